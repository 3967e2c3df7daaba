import '../../internal/hydrate.js';
import { define } from '../../internal/define.js';
import { KwSideEffects } from './side-effects.component.js';

export { KwSideEffects };
export type { FrequencyWord, Severity, SideEffect, SideEffectList, SideEffectSet, SideEffectWarning, Timing } from './side-effects-schema.js';

define('kw-side-effects', KwSideEffects);

declare global {
  interface HTMLElementTagNameMap {
    'kw-side-effects': KwSideEffects;
  }
  interface HTMLElementEventMap {
    'kw-filter-change': CustomEvent<{ severity: import('./side-effects-schema.js').Severity[] }>;
    'kw-toggle': CustomEvent<{ id: string; open: boolean }>;
  }
}
