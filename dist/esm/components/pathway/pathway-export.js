import { exportScale, pngOf, wrapText } from "../../internal/picture.js";
import { smallFont } from "./pathway-model.js";
import { badge, diagram, legendKey, levelsIn, sourcesOf } from "./pathway-render.js";
import { render, svg } from "lit";
// src/components/pathway/pathway-export.ts
/** Picture shapes and their height : width. */
var EXPORT_SHAPES = {
	wide: 9 / 16,
	square: 1,
	tall: 5 / 4
};
var EXPORT_PROPS = [
	"fill",
	"stroke",
	"stroke-width",
	"stroke-dasharray",
	"font-family",
	"font-size",
	"font-weight",
	"text-anchor"
];
var TRIAL_WIDTHS = [
	560,
	720,
	880,
	1040,
	1200,
	1360
];
/** Keeps a text's drawn length: in another font it is squeezed or stretched to fit, not spilled out of its box. */
function setTextLength(el, length) {
	el.setAttribute("textLength", String(Math.round(length * 10) / 10));
	el.setAttribute("lengthAdjust", "spacingAndGlyphs");
}
function compose(src, model, shape) {
	const { t, measure } = src;
	const m = model.metrics;
	const margin = 1.5 * m.size;
	const box = model.layout.box;
	const inner = Math.max(box.width, 20 * m.size);
	const view = {
		t,
		model,
		measure
	};
	const title = {
		size: 1.5 * m.size,
		line: 1.9 * m.size
	};
	const wrap = (text, font, max = inner) => wrapText(text, max, (line) => measure(line, font));
	const titleLines = wrap(src.title, `bold ${title.size}px ${m.family}`);
	const captionLines = src.caption ? wrap(src.caption, `${m.size}px ${m.family}`) : [];
	const sources = sourcesOf(model);
	const sourceLines = sources.length ? wrap(t("sources", { list: sources.join("; ") }), smallFont(m)) : [];
	const head = titleLines.length * title.line + captionLines.length * m.line + m.size;
	const keyItems = levelsIn(model).map((c) => {
		const text = t(legendKey(c));
		return {
			c,
			text,
			width: measure(t(c), smallFont(m)) + 3 * m.small + measure(text, smallFont(m)) + 2 * m.small
		};
	});
	let kx = 0;
	let krow = 0;
	const keyAt = keyItems.map((item) => {
		if (kx && kx + item.width > inner) {
			kx = 0;
			krow++;
		}
		const at = {
			...item,
			x: kx,
			row: krow
		};
		kx += item.width;
		return at;
	});
	const keyHeight = (krow + 1) * (m.badge + .5 * m.size);
	const contentHeight = head + box.height + m.size + keyHeight + sourceLines.length * 1.35 * m.small;
	const ratio = EXPORT_SHAPES[shape];
	const width = Math.max(inner + 2 * margin, (contentHeight + 2 * margin) / ratio);
	const height = width * ratio;
	const x0 = (width - inner) / 2;
	const y0 = (height - contentHeight) / 2;
	const dx = x0 + (inner - box.width) / 2 - box.x;
	const dy = y0 + head - box.y;
	const keyY = y0 + head + box.height + m.size;
	const sourcesY = keyY + keyHeight + m.small;
	const text = (cls, line, x, y) => svg`<text class=${cls} x=${x} y=${y}>${line}</text>`;
	return {
		template: svg`<rect x="0" y="0" width=${width} height=${height} fill=${src.background}></rect> ${titleLines.map((line, i) => text("x-title", line, x0, y0 + (i + .8) * title.line))} ${captionLines.map((line, i) => text("x-caption", line, x0, y0 + titleLines.length * title.line + (i + .8) * m.line))} <g transform="translate(${dx} ${dy})">${diagram(view)}</g> ${keyAt.map(({ c, text: explanation, x, row }) => {
			const y = keyY + row * (m.badge + .5 * m.size);
			const badgeWidth = measure(t(c), smallFont(m)) + 2.6 * m.small;
			return svg`${badge(view, c, x0 + x, y)}${text("x-key", explanation, x0 + x + badgeWidth + .4 * m.small, y + m.badge / 2 + .35 * m.small)}`;
		})} ${sourceLines.map((line, i) => text("x-sources", line, x0, sourcesY + (i + .8) * 1.35 * m.small))}`,
		width,
		height
	};
}
/** The picture nearest the shape: staged diagrams are tried at several widths. */
function best(src, shape) {
	const ratio = EXPORT_SHAPES[shape];
	const tried = /* @__PURE__ */ new Set();
	let pick;
	let score = Infinity;
	for (const width of TRIAL_WIDTHS) {
		const model = src.modelFor(width);
		if (tried.has(model.layout)) continue;
		tried.add(model.layout);
		const picture = compose(src, model, shape);
		const natural = picture.width * picture.height;
		const used = (model.layout.box.width + 3 * model.metrics.size) * (picture.height - 3 * model.metrics.size);
		const waste = Math.abs(1 - used / natural) + (Math.abs(ratio - picture.height / picture.width) > .01 ? 1 : 0);
		if (waste < score) {
			score = waste;
			pick = picture;
		}
	}
	return pick;
}
function pictureSVG(src, shape) {
	const { template, width, height } = best(src, shape);
	const doc = document.createElementNS("http://www.w3.org/2000/svg", "svg");
	doc.setAttribute("class", "export-copy");
	src.holder.append(doc);
	try {
		render(template, doc);
		const all = [doc, ...doc.querySelectorAll("*")];
		const read = all.map((el) => {
			const computed = getComputedStyle(el);
			return [EXPORT_PROPS.map((prop) => computed.getPropertyValue(prop)), el instanceof SVGTextContentElement && !el.querySelector("tspan") ? el.getComputedTextLength() : 0];
		});
		all.forEach((el, i) => {
			const [values, length] = read[i];
			if (el.localName !== "svg" && !el.hasAttribute("fill")) EXPORT_PROPS.forEach((prop, k) => el.style.setProperty(prop, values[k]));
			if (length) setTextLength(el, length);
			for (const { name } of [...el.attributes]) if (/^(class|tabindex|role|aria-.*|data-.*)$/.test(name)) el.removeAttribute(name);
		});
		const head = document.createElementNS("http://www.w3.org/2000/svg", "title");
		head.textContent = src.title;
		const desc = document.createElementNS("http://www.w3.org/2000/svg", "desc");
		desc.textContent = src.caption;
		doc.prepend(head, ...src.caption ? [desc] : []);
		doc.setAttribute("xmlns", "http://www.w3.org/2000/svg");
		doc.setAttribute("viewBox", `0 0 ${Math.round(width)} ${Math.round(height)}`);
		doc.setAttribute("width", String(Math.round(width)));
		doc.setAttribute("height", String(Math.round(height)));
		doc.setAttribute("xml:lang", src.language);
		doc.setAttribute("role", "img");
		return new XMLSerializer().serializeToString(doc).replace(/<!--.*?-->/g, "");
	} finally {
		doc.remove();
	}
}
/** The picture as a PNG, `scale` device pixels per CSS pixel (above 0, up to 8; else 2). */
async function picturePNG(svgText, scale) {
	const factor = exportScale(scale);
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
	await image.decode();
	const canvas = document.createElement("canvas");
	canvas.width = Math.ceil(image.naturalWidth * factor);
	canvas.height = Math.ceil(image.naturalHeight * factor);
	canvas.getContext("2d").drawImage(image, 0, 0, canvas.width, canvas.height);
	return pngOf(canvas);
}
export { EXPORT_SHAPES, picturePNG, pictureSVG };

//# sourceMappingURL=pathway-export.js.map