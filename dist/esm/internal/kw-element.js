import { HostThemeController } from "./host-theme.js";
import { headingLevelOf } from "./heading.js";
import { sharedStyles } from "./shared.styles.js";
import { tokenStyles } from "./tokens.styles.js";
import { VERSION } from "./version.js";
import { LitElement, isServer } from "lit";
// src/internal/kw-element.ts
var _KwElement;
/** The attribute a server render leaves on the element: what it was rendered from (see `hydrationKey`). */
var SSR_KEY_ATTRIBUTE = "kw-ssr";
/**
* Base class of every kw- widget: version stamp for `define()`, shared tokens and styles, the `theme` attribute.
*
* @attr defer-hydration - On pre-rendered markup (declarative shadow DOM): the element stays as the server rendered
* it, without interactions, until a script removes this attribute (Lit's hydration support).
*/
var KwElement = class extends LitElement {
	constructor(..._args) {
		super(..._args);
		this.kwControllers = [];
		this.debug = false;
		this.hostTheme = new HostThemeController(this);
	}
	addController(controller) {
		super.addController(controller);
		this.kwControllers.push(controller);
	}
	/**
	* What this render depends on beyond its template: language, data and anything else a widget adds. A server
	* render writes it into the `kw-ssr` attribute; in the browser, a pre-rendered element whose key differs (the
	* page changed `lang` or the data before the module loaded) is rendered afresh instead of hydrated, since
	* hydration keeps the server's text.
	*/
	hydrationKey() {
		return this.kwControllers.flatMap((c) => c.hydrationKey?.() ?? []).join("|");
	}
	willUpdate(changed) {
		super.willUpdate(changed);
		if (!isServer) return;
		for (const controller of this.kwControllers) controller.serverUpdate?.();
		this.setAttribute(SSR_KEY_ATTRIBUTE, this.hydrationKey());
	}
	update(changed) {
		if (this.hasAttribute("kw-ssr")) {
			const rendered = this.getAttribute(SSR_KEY_ATTRIBUTE);
			this.removeAttribute(SSR_KEY_ATTRIBUTE);
			const flags = this;
			const flag = ["_$AG", "_$needsHydration"].find((name) => flags[name]);
			if (flag && rendered !== this.hydrationKey()) {
				flags[flag] = false;
				for (const node of [...this.renderRoot.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
			}
		}
		super.update(changed);
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
export { KwElement, SSR_KEY_ATTRIBUTE, headingLevelOf };

//# sourceMappingURL=kw-element.js.map