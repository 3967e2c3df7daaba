import '../../internal/hydrate.js';
import { KwSideEffects } from './side-effects.component.js';
export { KwSideEffects };
export type { FrequencyWord, Severity, SideEffect, SideEffectList, SideEffectSet, SideEffectWarning, Timing } from './side-effects-schema.js';
export type { ShownSeverity } from './side-effects-model.js';
declare global {
    interface HTMLElementTagNameMap {
        'kw-side-effects': KwSideEffects;
    }
    interface HTMLElementEventMap {
        'kw-filter-change': CustomEvent<{
            severity: import('./side-effects-model.js').ShownSeverity[];
        }>;
        'kw-toggle': CustomEvent<{
            id: string;
            open: boolean;
        }>;
    }
}
