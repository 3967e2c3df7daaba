import '../../internal/hydrate.js';
import { KwDisclaimer } from './disclaimer.component.js';
export { KwDisclaimer };
export type { CrisisContact, CrisisDirectory, CrisisLine, CrisisRegion } from './crisis-directory.js';
declare global {
    interface HTMLElementTagNameMap {
        'kw-disclaimer': KwDisclaimer;
    }
    interface HTMLElementEventMap {
        'kw-dismiss': CustomEvent<null>;
    }
}
