// src/internal/host-theme.ts
/** Relative luminance below which a background counts as dark: where white and black text contrast equally. */
var DARK_LUMINANCE = .179;
/** sRGB relative luminance (WCAG) of channel values 0–255. */
function luminance(r, g, b) {
	const linear = (c) => (c /= 255) <= .04045 ? c / 12.92 : ((c + .055) / 1.055) ** 2.4;
	return .2126 * linear(r) + .7152 * linear(g) + .0722 * linear(b);
}
/** Red, green, blue (0–255) and alpha (0–1) of a computed colour in `rgb()`/`rgba()` or `color(srgb …)` form. */
function parseColor(value) {
	const numbers = value.match(/[\d.]+(e-?\d+)?%?/g)?.map((n) => n.endsWith("%") ? parseFloat(n) / 100 : Number(n));
	if (!numbers || numbers.length < 3) return void 0;
	const [r = 0, g = 0, b = 0, a = 1] = numbers;
	return value.startsWith("rgb") ? [
		r,
		g,
		b,
		a
	] : value.startsWith("color(srgb ") ? [
		r * 255,
		g * 255,
		b * 255,
		a
	] : void 0;
}
/** The element a background is painted on behind `node`: its parent, or the host of the shadow root it is in. */
var behind = (node) => node.parentElement ?? (node.getRootNode().host || null);
/**
* `dark` or `light` from the first mostly opaque background colour (alpha ≥ 0.5) behind `el`, walking up its
* ancestors and out of shadow roots; undefined when every one is transparent (the page's canvas shows, whose colour
* follows the page's `color-scheme`) or is an unreadable colour format. Background images are not looked at.
* Reads computed styles only: no layout.
*/
function schemeBehind(el) {
	for (let node = behind(el); node; node = behind(node)) {
		const rgba = parseColor(getComputedStyle(node).backgroundColor);
		if (rgba && rgba[3] >= .5) return luminance(rgba[0], rgba[1], rgba[2]) < .179 ? "dark" : "light";
	}
}
var hosts = /* @__PURE__ */ new Set();
var observer;
var dark;
var recheckAll = () => hosts.forEach((c) => c.check());
/**
* Follows a dark page even when it sets no `color-scheme`: without a `theme` attribute, the widget takes the scheme
* of the background behind it (custom state `kw-dark-host` or `kw-light-host`, which the shared sheet turns into
* `color-scheme`). Checked on connection, when `theme` changes, when the reader's colour preference changes, and
* when the `class`, `style` or a `data-theme`/`data-bs-theme` attribute of <html> or <body> changes. Nothing runs
* before connection or on a server; browsers without custom states keep following the page's `color-scheme`.
*/
var HostThemeController = class {
	constructor(host) {
		this.host = host;
		host.addController(this);
	}
	hostConnected() {
		try {
			this.states ??= this.host.attachInternals().states;
		} catch {}
		hosts.add(this);
		if (!observer) {
			observer = new MutationObserver(recheckAll);
			for (const node of [document.documentElement, document.body]) if (node) observer.observe(node, {
				attributes: true,
				attributeFilter: [
					"class",
					"style",
					"data-theme",
					"data-bs-theme"
				]
			});
			dark = matchMedia("(prefers-color-scheme: dark)");
			dark.addEventListener("change", recheckAll);
		}
		this.check();
	}
	hostUpdate() {
		if (this.host.theme !== this.theme) this.check();
	}
	hostDisconnected() {
		hosts.delete(this);
		if (!hosts.size) {
			observer?.disconnect();
			dark?.removeEventListener("change", recheckAll);
			observer = dark = void 0;
		}
	}
	/** Re-reads the background behind the widget; a `theme` attribute wins. */
	check() {
		const { states, host } = this;
		if (!states) return;
		this.theme = host.theme;
		const scheme = host.theme ? void 0 : schemeBehind(host);
		if (scheme === this.scheme) return;
		this.scheme = scheme;
		host.requestUpdate();
		try {
			states.delete("kw-dark-host");
			states.delete("kw-light-host");
			if (scheme) states.add(`kw-${scheme}-host`);
		} catch {}
	}
};
export { DARK_LUMINANCE, HostThemeController, luminance, parseColor, schemeBehind };

//# sourceMappingURL=host-theme.js.map