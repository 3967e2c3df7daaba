import '../../internal/hydrate.js';
import { define } from '../../internal/define.js';
import { KwNeuronGrowth } from './neuron-growth.component.js';

export { KwNeuronGrowth };
export type { SceneName } from './scene.js';

define('kw-neuron-growth', KwNeuronGrowth);

declare global {
  interface HTMLElementTagNameMap {
    'kw-neuron-growth': KwNeuronGrowth;
  }
  interface HTMLElementEventMap {
    'kw-stage-change': CustomEvent<{ scene: string; stage: string; index: number }>;
  }
}
