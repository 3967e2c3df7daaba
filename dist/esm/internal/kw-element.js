import { HostThemeController } from "./host-theme.js";
import { headingLevelOf } from "./heading.js";
import { sharedStyles } from "./shared.styles.js";
import { tokenStyles } from "./tokens.styles.js";
import { VERSION } from "./version.js";
import { LitElement } from "lit";
// src/internal/kw-element.ts
var _KwElement;
/** Base class of every kw- widget: version stamp for `define()`, shared tokens and styles, the `theme` attribute. */
var KwElement = class extends LitElement {
	constructor(..._args) {
		super(..._args);
		this.debug = false;
		this.hostTheme = new HostThemeController(this);
	}
};
_KwElement = KwElement;
_KwElement.kwVersion = VERSION;
_KwElement.styles = [tokenStyles, sharedStyles];
_KwElement.properties = {
	theme: { reflect: true },
	debug: {
		type: Boolean,
		reflect: true
	}
};
export { KwElement, headingLevelOf };

//# sourceMappingURL=kw-element.js.map