import '../../internal/hydrate.js';
import { define } from '../../internal/define.js';
import { KwDisclaimer } from './disclaimer.component.js';

export { KwDisclaimer };
export type { CrisisContact, CrisisDirectory, CrisisLine, CrisisRegion } from './crisis-directory.js';

define('kw-disclaimer', KwDisclaimer);

declare global {
  interface HTMLElementTagNameMap {
    'kw-disclaimer': KwDisclaimer;
  }
  interface HTMLElementEventMap {
    'kw-dismiss': CustomEvent<null>;
  }
}
