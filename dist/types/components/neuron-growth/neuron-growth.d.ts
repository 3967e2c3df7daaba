import '../../internal/hydrate.js';
import { KwNeuronGrowth } from './neuron-growth.component.js';
export { KwNeuronGrowth };
export type { SceneName } from './scene.js';
declare global {
    interface HTMLElementTagNameMap {
        'kw-neuron-growth': KwNeuronGrowth;
    }
    interface HTMLElementEventMap {
        'kw-stage-change': CustomEvent<{
            scene: string;
            stage: string;
            index: number;
        }>;
    }
}
