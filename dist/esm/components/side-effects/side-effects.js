import "../../internal/hydrate.js";
import { define } from "../../internal/define.js";
import { KwSideEffects } from "./side-effects.component.js";
// src/components/side-effects/side-effects.ts
define("kw-side-effects", KwSideEffects);
export { KwSideEffects };

//# sourceMappingURL=side-effects.js.map