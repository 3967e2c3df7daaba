import '../../internal/hydrate.js';
import { define } from '../../internal/define.js';
import { KwPathway } from './pathway.component.js';

export { KwPathway };
export type { Effect, PathwayData, PathwayEdge, PathwayNode } from './pathway-schema.js';

define('kw-pathway', KwPathway);

declare global {
  interface HTMLElementTagNameMap {
    'kw-pathway': KwPathway;
  }
  interface HTMLElementEventMap {
    'kw-step-change': CustomEvent<{ index: number; id: string }>;
  }
}
