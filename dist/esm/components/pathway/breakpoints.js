import { TYPE_SCALE } from "../../internal/tokens.styles.js";
import { css, unsafeCSS } from "lit";
/**
* The card's content widths (em) where a variant starts; the first covers anything narrower. Chosen where the
* staged layout's column count changes (every 11.5 em from 20.5), with one between 2 and 3 columns and one for
* 320 px phones; past the last (a 1,100 px card) the widest variant is centred. Each costs about 26 KB of
* HTML (1.5 KB gzip) for the default pathway.
*/
var BREAKPOINTS = [
	0,
	16.5,
	20.5,
	26.25,
	32,
	43.5,
	55,
	66.5
];
/** The width the first variant is laid out at: a phone's column of boxes below the first breakpoint. */
var NARROWEST = 12;
/** The breakpoint of a card whose content is `widthEm` wide. */
var breakpointAt = (widthEm) => Math.max(0, BREAKPOINTS.filter((bound) => widthEm >= bound).length - 1);
/** The layout's boxes and lines, measured from its leftmost box: two widths whose layouts differ only in centring match. */
function shape(model) {
	const { nodes, edges } = model.layout;
	const left = Math.min(...nodes.map((n) => n.x));
	return JSON.stringify([nodes.map((n) => [
		n.x - left,
		n.y,
		n.width,
		n.height
	]), edges.map((e) => e.points.map(([x, y]) => [x - left, y]))]);
}
/** One model per breakpoint (`layout(width)` lays out for a drawing that many user units wide), neighbours merged. */
function variantsAt(layout, only) {
	const variants = [];
	BREAKPOINTS.forEach((bound, at) => {
		const model = layout(16 * (at ? bound : NARROWEST));
		const key = shape(model);
		const last = variants[variants.length - 1];
		if (last?.shape === key) last.at.push(at);
		else variants.push({
			model,
			at: [at],
			shape: key
		});
	});
	return variants.filter((v) => only === void 0 || v.at.includes(only)).map(({ model, at }) => ({
		model,
		at
	}));
}
/**
* Each variant is hidden but at its own breakpoints (`.at-N` classes), and the one kept after hydration
* (`.kept`) always shows. In a variant, SVG text is sized in its user units (`EM`), which the SVG scales to the
* host's text.
*/
var breakpointStyles = css` .variant:not(.kept){display:none}.diagram.em{--_font-size-m: ${16 * TYPE_SCALE.m}px;--_font-size-s: ${16 * TYPE_SCALE.s}px} ${unsafeCSS(BREAKPOINTS.map((bound, at) => {
	const next = BREAKPOINTS[at + 1];
	return `@container ${[at ? `(width >= ${bound}em)` : "", next ? `(width < ${next}em)` : ""].filter(Boolean).join(" and ")} { .variant.at-${at} { display: block; } }`;
}).join("\n"))} `;
export { BREAKPOINTS, breakpointAt, breakpointStyles, variantsAt };

//# sourceMappingURL=breakpoints.js.map