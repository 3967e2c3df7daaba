import '../../internal/hydrate.js';
import { KwPathway } from './pathway.component.js';
export { KwPathway };
export type { Effect, PathwayData, PathwayEdge, PathwayNode } from './pathway-schema.js';
declare global {
    interface HTMLElementTagNameMap {
        'kw-pathway': KwPathway;
    }
    interface HTMLElementEventMap {
        'kw-step-change': CustomEvent<{
            index: number;
            id: string;
        }>;
    }
}
