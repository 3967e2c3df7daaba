import { TYPE_SCALE } from "../../internal/tokens.styles.js";
import { breakpointAt, variantsAt } from "./breakpoints.js";
import { buildModel, labelFont, metricsFor } from "./pathway-model.js";
import { estimateTextWidth } from "./text-metrics.js";
import { isServer } from "lit";
// src/components/pathway/pathway-sizing.ts
var PathwaySizing = class {
	constructor(host) {
		this.host = host;
		this.quantized = isServer;
		this.textWidth = (text, font) => this.quantized ? estimateTextWidth(text, font) : this.measure(text, font);
	}
	/** Text width in px as the browser draws it. */
	measure(text, font, margin = 1.05) {
		if (this.ctx === void 0) this.ctx = document.createElement("canvas").getContext("2d");
		if (!this.ctx) return text.length * 8.5;
		this.ctx.font = font;
		return this.ctx.measureText(text).width * margin;
	}
	/** The model for a card `available` px wide (the live diagram's, cached, or an export's), with measured text. */
	model(data, available, inputs, keep = true) {
		const hostPx = parseFloat(getComputedStyle(this.host).fontSize) || 16;
		const metrics = metricsFor(hostPx, getComputedStyle(this.host).fontFamily, this.labelPx);
		const width = Math.max(0, available - (this.chrome ?? 2 * hostPx + 2));
		const key = `${inputs.showAlternatives}|${inputs.orientation}|${inputs.lang}|${width}|${metrics.size}|${metrics.family}`;
		if (keep && this.cache?.data === data && this.cache.key === key) return this.cache.model;
		const model = this.build(data, inputs, width, metrics, (text, font) => this.measure(text, font));
		if (keep) this.cache = {
			key,
			data,
			model: this.current = model
		};
		return model;
	}
	/** The diagram at each breakpoint, laid out in `EM` units with the estimate; `only`: the variant of one breakpoint. */
	variants(data, inputs, only) {
		const key = `${inputs.showAlternatives}|${inputs.orientation}|${inputs.lang}`;
		if (this.variantCache?.data !== data || this.variantCache.key !== key) {
			const metrics = metricsFor(16, "sans-serif");
			this.variantCache = {
				key,
				data,
				variants: variantsAt((width) => this.build(data, inputs, width, metrics, estimateTextWidth))
			};
		}
		const variants = this.variantCache.variants.filter((v) => only === void 0 || v.at.includes(only));
		this.current = variants[0]?.model;
		return variants;
	}
	/** Whether every label line of an estimated model fits its box in the font the page really uses. */
	fits(model) {
		const family = getComputedStyle(this.host).fontFamily;
		const m = model.metrics;
		const font = labelFont({
			...m,
			family
		});
		return model.layout.nodes.every((p) => (model.lines.get(p.id) ?? []).every((line) => this.measure(line, font, 1) <= p.width - 2 * m.pad));
	}
	/**
	* After a measured render: reads the label size and the card's padding and border the page gives, and says
	* whether they differ from what the layout assumed (only when the page overrides a token or the card's
	* padding: the first frame is final otherwise).
	*/
	readTokens(probe, base, m) {
		const px = parseFloat(getComputedStyle(probe).fontSize);
		const style = getComputedStyle(base);
		const chrome = base.offsetWidth - base.clientWidth + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
		const estimate = this.chrome ?? 2 * parseFloat(getComputedStyle(this.host).fontSize) + 2;
		if (!(px && Math.abs(px - m.metrics.size) > .01 || Math.abs(chrome - estimate) > .5)) return false;
		this.labelPx = px || void 0;
		this.chrome = chrome;
		return true;
	}
	/** The breakpoint of the card's content width (in the browser, after hydration). */
	breakpoint(base) {
		if (!base) return 0;
		const style = getComputedStyle(base);
		return breakpointAt((base.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)) / parseFloat(style.fontSize));
	}
	/** The label size over the host's text size: what a pre-rendered layout assumed (the type scale), or what the page gives. */
	labelScale(probe) {
		if (isServer) return String(TYPE_SCALE.m);
		if (!probe) return "";
		const ratio = parseFloat(getComputedStyle(probe).fontSize) / parseFloat(getComputedStyle(this.host).fontSize);
		return String(Math.round(ratio * 1e3) / 1e3);
	}
	build(data, inputs, width, metrics, measure) {
		const layeredKey = `${inputs.showAlternatives}|${inputs.lang}|${metrics.size}|${metrics.family}|${measure === estimateTextWidth}`;
		if (this.layouts?.data !== data || this.layouts.key !== layeredKey) this.layouts = {
			key: layeredKey,
			data,
			byOrientation: /* @__PURE__ */ new Map()
		};
		const { byOrientation } = this.layouts;
		return buildModel(data, {
			showAlternatives: inputs.showAlternatives,
			orientation: inputs.orientation,
			width,
			pick: inputs.pick,
			measure,
			metrics,
			layered: (o, make) => byOrientation.get(o) ?? byOrientation.set(o, make()).get(o)
		});
	}
};
export { PathwaySizing };

//# sourceMappingURL=pathway-sizing.js.map