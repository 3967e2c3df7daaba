import "../../internal/hydrate.js";
import { define } from "../../internal/define.js";
import { KwDisclaimer } from "./disclaimer.component.js";
// src/components/disclaimer/disclaimer.ts
define("kw-disclaimer", KwDisclaimer);
export { KwDisclaimer };

//# sourceMappingURL=disclaimer.js.map