import "../../internal/hydrate.js";
import { define } from "../../internal/define.js";
import { KwPathway } from "./pathway.component.js";
// src/components/pathway/pathway.ts
define("kw-pathway", KwPathway);
export { KwPathway };

//# sourceMappingURL=pathway.js.map