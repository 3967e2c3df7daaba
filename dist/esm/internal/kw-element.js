import { tokenStyles } from "./tokens.styles.js";
import { VERSION } from "./version.js";
import { LitElement } from "lit";
// src/internal/kw-element.ts
var _KwElement;
/** A `heading-level` attribute as a usable level: a whole number from 2 to 6 (2 when missing or not a number). */
var headingLevelOf = (level) => Math.min(6, Math.max(2, Math.round(level) || 2));
/** Base class of every kw- widget: version stamp for `define()`, shared tokens and the `theme` attribute. */
var KwElement = class extends LitElement {};
_KwElement = KwElement;
_KwElement.kwVersion = VERSION;
_KwElement.styles = [tokenStyles];
_KwElement.properties = { theme: { reflect: true } };
export { KwElement, headingLevelOf };

//# sourceMappingURL=kw-element.js.map