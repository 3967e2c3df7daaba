import { defaultPathway, pathwayStrings } from "../../content/pathway.js";
import { CONFIDENCES, referenceFor } from "../../content/references.js";
import { DataSourceController, renderDataErrors } from "../../internal/data-source.js";
import { KwElement, headingLevelOf } from "../../internal/kw-element.js";
import { LocalizeController } from "../../internal/localize.js";
import { exportScale, pngOf, saveAs, wrapText } from "../../internal/picture.js";
import { layoutGraph } from "./layout.js";
import { validatePathway } from "./pathway-schema.js";
import { styles } from "./pathway.styles.js";
import { html, nothing, render, svg } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
// src/components/pathway/pathway.component.ts
var _KwPathway;
var NODE_WIDTH = 150;
var LINE = 18;
var DASH = {
	supported: "7 4",
	debated: "2 4"
};
var dash = (level) => (level && DASH[level]) ?? nothing;
/** Keeps a text's drawn length: in another font it is squeezed or stretched to fit, not spilled out of its box. */
function setTextLength(el, length) {
	el.setAttribute("textLength", String(Math.round(length * 10) / 10));
	el.setAttribute("lengthAdjust", "spacingAndGlyphs");
}
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
/** One button; `pressed` / `disabled` become aria-pressed / aria-disabled when given. */
var button = (cls, label, click, pressed, disabled) => html`<button type="button" class=${cls} aria-pressed=${ifDefined(pressed)} aria-disabled=${ifDefined(disabled)} @click=${click}>${label}</button>`;
/**
* @tagname kw-pathway
* @summary An explorable, sourced diagram of how ketamine may relieve depression, with confidence levels,
* step-by-step mode, a text alternative, and SVG / PNG export.
*
* @slot - An inline `<script type="application/json">` child supplies your own pathway (see the data format docs).
*
* @csspart base - The outer container.
* @csspart caption - The caption that is always shown.
* @csspart alt-note - The line under the diagram saying that other ideas exist, with the button that shows them.
* @csspart diagram - The scrolling box around the SVG.
* @csspart legend - The key to line styles and arrow heads.
* @csspart details - The details panel of the chosen step.
* @csspart steps - The Previous / Play / Next controls.
* @csspart text - The text alternative.
* @csspart export - The download buttons.
* @csspart error - The message shown when the data is invalid.
*
* @cssprop --kw-pathway-kind-drug - Fill of `drug` nodes.
* @cssprop --kw-pathway-kind-receptor - Fill of `receptor` nodes.
* @cssprop --kw-pathway-kind-cell - Fill of `cell` nodes.
* @cssprop --kw-pathway-kind-molecule - Fill of `molecule` nodes.
* @cssprop --kw-pathway-kind-structure - Fill of `structure` nodes.
* @cssprop --kw-pathway-kind-outcome - Fill of `outcome` nodes.
* @cssprop --kw-pathway-edge - Colour of the connecting lines.
* @cssprop --kw-pathway-highlight - Colour of the current step.
*
* @fires {CustomEvent<{ index: number; id: string }>} kw-step-change - The reader moved to another step (Previous, Next or Play). `detail: { index, id }`.
*/
var KwPathway = class extends KwElement {
	constructor(..._args) {
		super(..._args);
		this.showAlternatives = false;
		this.orientation = "auto";
		this.stepMode = false;
		this.step = 0;
		this.headingLevel = 2;
		this.exportMenu = false;
		this.textShown = false;
		this.playing = false;
		this.width = 0;
		this.localize = new LocalizeController(this, pathwayStrings);
		this.source = new DataSourceController(this, {
			validate: validatePathway,
			fallback: () => defaultPathway
		});
		this.frame = 0;
		this.hovering = false;
	}
	updated() {
		const m = this.cache?.model;
		if (!m || m.layout === this.scrolledFor) return;
		this.scrolledFor = m.layout;
		const scroller = this.renderRoot.querySelector(".scroller");
		const first = this.renderRoot.querySelector(`[data-id="${CSS.escape(m.steps[0] ?? m.nodes[0]?.id ?? "")}"]`);
		if (!scroller || !first) return;
		const box = scroller.getBoundingClientRect();
		const node = first.getBoundingClientRect();
		if (node.left < box.left || node.right > box.right) scroller.scrollLeft += node.left - box.left - (box.width - node.width) / 2;
	}
	connectedCallback() {
		super.connectedCallback();
		this.observer = new ResizeObserver(([entry]) => {
			const width = Math.round(entry.contentRect.width);
			cancelAnimationFrame(this.frame);
			this.frame = requestAnimationFrame(() => this.width = width);
		});
		this.observer.observe(this);
	}
	disconnectedCallback() {
		super.disconnectedCallback();
		this.observer?.disconnect();
		cancelAnimationFrame(this.frame);
		this.stop();
	}
	willUpdate(changed) {
		if (changed.has("stepMode") && !this.stepMode) this.stop();
	}
	render() {
		const t = this.localize.term.bind(this.localize);
		const state = this.source.state;
		if (state.status !== "ready") return html`<div part="base" class="base"> ${state.status === "loading" ? html`<p aria-busy="true">${t("loading")}</p>` : renderDataErrors(state.errors, this.localize)} </div>`;
		const data = state.value;
		const m = this.model(data);
		const { nodes, edges, steps, label, desc, placed } = m;
		const { box } = m.layout;
		const title = this.strings?.title ?? this.localize.pick(data.title) ?? t("title");
		const caption = this.localize.pick(data.caption);
		const index = this.index(m);
		const current = this.stepMode ? steps[index] : void 0;
		const previous = this.stepMode ? steps[index - 1] : void 0;
		const roving = this.focusId && placed.has(this.focusId) ? this.focusId : nodes[0]?.id;
		const chosen = nodes.find((n) => n.id === this.selected);
		const alt = (node, prefix) => node.track === "alt" ? prefix + t("alt") : "";
		const level = (node) => t(node.confidence ?? "established");
		const cite = (key, hidden) => {
			const ref = referenceFor(key);
			const text = html`<span lang=${ifDefined(ref.lang)}>${ref.cite}</span>`;
			return ref.url ? html`<a href=${ref.url} target="_blank" rel="noopener noreferrer" tabindex=${ifDefined(hidden ? -1 : void 0)} >${text}<span class="visually-hidden"> ${t("newTab")}</span></a >` : text;
		};
		const textOrder = [.../* @__PURE__ */ new Set([...steps, ...nodes.map((n) => n.id)])];
		const depth = headingLevelOf(this.headingLevel);
		return html`<div part="base" class="base"> <p class="title" id="title" role="heading" aria-level=${depth}>${title}</p> ${caption ? html`<p part="caption" class="caption">${caption}</p>` : nothing} <div class="controls"> <div class="row"> ${this.stepMode ? html`<div part="steps" class="row" role="group" aria-labelledby="title"> ${button("prev", t("prev"), () => this.goTo(index - 1, m), void 0, `${index <= 0}`)} ${button("play", t(this.playing ? "pause" : "play"), () => this.togglePlay(m))} ${button("next", t("next"), () => this.goTo(index + 1, m), void 0, `${index >= steps.length - 1}`)} </div>` : nothing} ${button("show-text", t("showText"), () => this.textShown = !this.textShown, `${this.textShown}`)} ${this.exportMenu ? html`<div part="export" class="row"> ${button("download-svg", t("downloadSvg"), () => void saveAs("kw-pathway", "pathway.svg", () => new Blob([this.toSVG()], { type: "image/svg+xml" })))} ${button("download-png", t("downloadPng"), () => void saveAs("kw-pathway", "pathway.png", () => this.toPNG()))} </div>` : nothing} </div> <p class="sentence">${current ? t("step", {
			index: index + 1,
			count: steps.length,
			label: label.get(current),
			description: desc.get(current)
		}) : ""}</p> <p class="visually-hidden" aria-live="polite">${current ? t("step", {
			index: index + 1,
			count: steps.length,
			label: label.get(current),
			description: ""
		}).trim() : ""}</p> </div> <p id="keys" class="visually-hidden">${t("keys")}</p> <div part="diagram" class="scroller" @pointerenter=${() => this.hovering = true} @pointerleave=${() => this.hovering = false} > <svg class="diagram ${m.orientation}" role="graphics-document" aria-label=${title} aria-describedby="keys" viewBox="${box.x} ${box.y} ${box.width} ${box.height}" width=${box.width} height=${box.height} > <defs> ${["", "-hi"].map((hi) => svg`<marker id="arrow${hi}" class="marker${hi}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto"><path d="M0 0L10 5L0 10z"/></marker> <marker id="bar${hi}" class="marker${hi}" viewBox="0 0 4 12" refX="3" refY="6" markerUnits="userSpaceOnUse" markerWidth="4" markerHeight="14" orient="auto"><rect width="4" height="12"/></marker>`)} </defs> <g aria-hidden="true"> ${m.layout.edges.map((routed, i) => {
			const edge = edges[i];
			const hi = edge.to === current && (previous === void 0 || edge.from === previous);
			return svg`<path class="edge${hi ? " current" : ""}" stroke-dasharray=${dash(edge.confidence)} d=${`M${routed.points.join("L")}`} marker-end="url(#${edge.effect === "inhibits" ? "bar" : "arrow"}${hi ? "-hi" : ""})"></path>`;
		})} </g> ${nodes.map((node, i) => {
			const p = placed.get(node.id);
			const lines = m.lines.get(node.id);
			const x = p.width / 2;
			return svg`<g class="node kind-${node.kind}${node.id === current ? " current" : ""}${node.id === this.selected ? " selected" : ""}" data-id=${node.id} role="button" tabindex=${node.id === roving ? 0 : -1} aria-label=${t("nodeName", {
				label: label.get(node.id),
				level: level(node),
				index: i + 1,
				count: nodes.length
			}) + alt(node, " ")} aria-expanded=${node.id === this.selected ? "true" : "false"} aria-controls=${ifDefined(node.id === this.selected ? "details" : void 0)} aria-current=${ifDefined(node.id === current ? "step" : void 0)} transform="translate(${p.x} ${p.y})" @click=${() => this.open(node.id)} @keydown=${(e) => this.onKey(e, node.id, m)} @focus=${() => this.focusId = node.id}> <rect width=${p.width} height=${p.height} rx="6" stroke-dasharray=${dash(node.confidence)}></rect> <text x=${x} y=${24}>${lines.map((line, k) => svg`<tspan x=${x} dy=${k ? LINE : 0}>${k ? " " : ""}${line}</tspan>`)}</text> <text class="level" x=${x} y=${23 + lines.length * LINE}>${node.track === "alt" ? "◇ " : ""}${level(node)}</text> </g>`;
		})} </svg> </div> ${data.nodes.some((n) => n.track === "alt") ? html`<p part="alt-note" class="muted"> ${t("altNote")} ${button("show-alternatives", t("showAlternatives"), () => this.showAlternatives = !this.showAlternatives, `${this.showAlternatives}`)} </p>` : nothing} ${chosen ? html`<section id="details" part="details" class="details" role="region" aria-labelledby="details-title" @keydown=${(e) => e.key === "Escape" && this.close(e)}> <p id="details-title" tabindex="-1" role="heading" aria-level=${Math.min(6, depth + 1)}><strong>${label.get(chosen.id)}</strong></p> <p class="muted">${t("confidence", { level: level(chosen) })}${alt(chosen, " · ")}</p> <p>${desc.get(chosen.id)}</p> ${chosen.refs?.length ? html`<p>${t("references")}</p> <ul> ${chosen.refs.map((key) => html`<li>${cite(key)}</li>`)} </ul>` : nothing} ${button("close", t("close"), () => this.close())} </section>` : nothing} <ul part="legend" class="legend" aria-label=${t("legend")}> ${[
			...CONFIDENCES.map((c) => [
				c,
				"",
				html`<strong>${t(c)}</strong>: ${t(`legend${c[0].toUpperCase()}${c.slice(1)}`)}`
			]),
			[
				"established",
				"arrow",
				t("legendArrow")
			],
			...edges.some((e) => e.effect === "inhibits") ? [[
				"established",
				"bar",
				t("legendBar")
			]] : []
		].map(([c, marker, text]) => html`<li> <svg aria-hidden="true" viewBox="0 0 36 12" width="36" height="12"> <path class="edge" d="M2 6H30" stroke-dasharray=${dash(c)} marker-end=${marker ? `url(#${marker})` : nothing}></path> </svg> <span>${text}</span> </li>`)} ${this.showAlternatives && nodes.some((n) => n.track === "alt") ? html`<li><span aria-hidden="true">◇</span>${t("alt")}</li>` : nothing} </ul> <div part="text" class="text ${this.textShown ? "" : "visually-hidden"}"> <p class="title" role="heading" aria-level=${Math.min(6, depth + 1)}>${t("textHeading")}</p> <ol> ${textOrder.map((id) => {
			const node = nodes.find((n) => n.id === id);
			const out = edges.filter((e) => e.from === id);
			return html`<li> <strong>${label.get(id)}</strong> (${level(node)}${alt(node, ", ")}). ${desc.get(id)} ${out.length ? html`<ul> ${out.map((e) => html`<li> ${t("relation", {
				from: label.get(e.from),
				effect: t(e.effect),
				to: label.get(e.to)
			})} (${level(e)}${e.refs?.length ? html`; ${t("references")}: ${e.refs.map((key, i) => html`${i ? ", " : ""}${cite(key, !this.textShown)}`)}` : nothing}) </li>`)} </ul>` : nothing} </li>`;
		})} </ol> </div> </div>`;
	}
	/**
	* The diagram as a standalone SVG document: title and caption above, key below, in the current theme and
	* language; styles inlined, no scripts, no interactive state (the current step and open details are not drawn).
	*/
	toSVG() {
		const live = this.shadowRoot?.querySelector("svg.diagram");
		const model = this.cache?.model;
		if (!live || !model) return "";
		const t = this.localize.term.bind(this.localize);
		const clone = live.cloneNode(true);
		for (const el of clone.querySelectorAll(".current, .selected")) el.classList.remove("current", "selected");
		for (const el of clone.querySelectorAll("[marker-end]")) el.setAttribute("marker-end", el.getAttribute("marker-end").replace("-hi", ""));
		live.after(clone);
		const all = [clone, ...clone.querySelectorAll("*")];
		const read = all.map((el) => {
			const computed = getComputedStyle(el);
			return [EXPORT_PROPS.map((prop) => computed.getPropertyValue(prop)), el instanceof SVGTextContentElement && !el.querySelector("tspan") ? el.getComputedTextLength() : 0];
		});
		clone.remove();
		all.forEach((el, i) => {
			const [values, length] = read[i];
			EXPORT_PROPS.forEach((prop, k) => el.style.setProperty(prop, values[k]));
			if (length) setTextLength(el, length);
			for (const { name } of [...el.attributes]) if (/^(class|tabindex|role|aria-.*|data-.*)$/.test(name)) el.removeAttribute(name);
		});
		const { fontFamily: family, color, backgroundColor } = getComputedStyle(this.renderRoot.querySelector(".base"));
		const edgeColor = read[all.findIndex((el) => el.localName === "path" && el.parentElement?.localName === "g")]?.[0][1] ?? color;
		const { x, y, width, height } = live.viewBox.baseVal;
		const full = Math.max(width, 320);
		const left = x - (full - width) / 2;
		const inner = full - 20;
		const wrap = (text, font, max = inner) => wrapText(text, max, (line) => this.measure(line, font));
		const title = live.getAttribute("aria-label") ?? "";
		const caption = this.renderRoot.querySelector(".caption")?.textContent?.trim() ?? "";
		const titleLines = wrap(title, `bold 16px ${family}`);
		const captionLines = caption ? wrap(caption, `12px ${family}`) : [];
		const head = 12 + titleLines.length * 20 + captionLines.length * 16 + 8;
		const key = [
			...CONFIDENCES.map((c) => [
				DASH[c] ?? "",
				void 0,
				`${t(c)}: ${t(`legend${c[0].toUpperCase()}${c.slice(1)}`)}`
			]),
			[
				"",
				"arrow",
				t("legendArrow")
			],
			...model.edges.some((e) => e.effect === "inhibits") ? [[
				"",
				"bar",
				t("legendBar")
			]] : []
		];
		let keyY = y + height + 12;
		const text = (line, tx, ty, size, bold = false) => {
			const length = this.measure(line, `${bold ? "bold " : ""}${size}px ${family}`);
			return svg`<text x=${tx} y=${ty} font-family=${family} font-size=${size} font-weight=${bold ? "bold" : "normal"} fill=${color} textLength=${length} lengthAdjust="spacingAndGlyphs">${line}</text>`;
		};
		const keyRows = key.map(([dasharray, marker, label]) => {
			const lines = wrap(label, `12px ${family}`, inner - 40);
			const row = svg`<path d="M${left + 10} ${keyY - 4}h28" fill="none" stroke=${edgeColor} stroke-width="2" stroke-dasharray=${dasharray || nothing} marker-end=${marker ? `url(#${marker})` : nothing}></path> ${lines.map((line, i) => text(line, left + 50, keyY + i * 16, 12))}`;
			keyY += lines.length * 16 + 4;
			return row;
		});
		const top = y - head;
		const bottom = keyY + 4;
		render(svg`<title>${title}</title>${caption ? svg`<desc>${caption}</desc>` : nothing} <rect x=${left} y=${top} width=${full} height=${bottom - top} fill=${backgroundColor}></rect> ${titleLines.map((line, i) => text(line, left + 10, top + 28 + i * 20, 16, true))} ${captionLines.map((line, i) => text(line, left + 10, top + 12 + titleLines.length * 20 + 12 + i * 16, 12))} ${keyRows}`, clone, { renderBefore: clone.firstChild });
		clone.setAttribute("viewBox", `${left} ${top} ${full} ${bottom - top}`);
		clone.setAttribute("width", String(full));
		clone.setAttribute("height", String(bottom - top));
		clone.setAttribute("xml:lang", this.localize.language);
		clone.setAttribute("role", "img");
		return new XMLSerializer().serializeToString(clone).replace(/<!--.*?-->/g, "");
	}
	/**
	* The diagram as a PNG image, `scale` (above 0, up to 8; else 2) device pixels per CSS pixel. Rejects, with a
	* message, when there is no diagram to export.
	*/
	async toPNG(scale = 2) {
		const svgText = this.toSVG();
		if (!svgText) throw new Error("<kw-pathway>: there is no diagram to export yet (not rendered, or its data could not be shown)");
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
	model(data) {
		const wanted = this.orientation;
		const key = `${this.showAlternatives}|${wanted}|${this.localize.lang}|${wanted === "auto" ? this.width : ""}`;
		if (this.cache?.data === data && this.cache.key === key) return this.cache.model;
		const pick = (text) => this.localize.pick(text) ?? "";
		const nodes = data.nodes.filter((n) => this.showAlternatives || n.track !== "alt");
		const ids = new Set(nodes.map((n) => n.id));
		const edges = data.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
		const font = `600 14px ${getComputedStyle(this).fontFamily}`;
		const label = new Map(nodes.map((n) => [n.id, pick(n.label) || n.id]));
		const lines = new Map(nodes.map((n) => [n.id, wrapText(label.get(n.id), 130, (text) => this.measure(text, font))]));
		const inputs = nodes.map((n) => ({
			id: n.id,
			width: NODE_WIDTH,
			height: 20 + (lines.get(n.id).length + 1) * LINE,
			x: n.x,
			y: n.y
		}));
		const layoutKey = `${this.showAlternatives}|${this.localize.lang}|${font}`;
		if (this.layouts?.data !== data || this.layouts.key !== layoutKey) this.layouts = {
			key: layoutKey,
			data,
			byOrientation: /* @__PURE__ */ new Map()
		};
		const { byOrientation } = this.layouts;
		const layoutFor = (o) => byOrientation.get(o) ?? byOrientation.set(o, layoutGraph(inputs, edges, { orientation: o })).get(o);
		let orientation = wanted === "auto" ? "horizontal" : wanted;
		let layout = layoutFor(orientation);
		const available = this.width || this.clientWidth;
		if (wanted === "auto" && available > 0 && layout.box.width > available) layout = layoutFor(orientation = "vertical");
		const model = {
			nodes,
			edges,
			steps: (data.steps ?? nodes.filter((n) => n.track !== "alt").map((n) => n.id)).filter((id) => ids.has(id)),
			label,
			desc: new Map(nodes.map((n) => [n.id, pick(n.description)])),
			lines,
			layout,
			placed: new Map(layout.nodes.map((p) => [p.id, p])),
			orientation
		};
		this.cache = {
			key,
			data,
			model
		};
		return model;
	}
	measure(text, font) {
		if (this.ctx === void 0) this.ctx = document.createElement("canvas").getContext("2d");
		if (!this.ctx) return text.length * 8.5;
		this.ctx.font = font;
		return this.ctx.measureText(text).width * 1.05;
	}
	index(m) {
		return Math.max(0, Math.min(m.steps.length - 1, Math.floor(this.step) || 0));
	}
	/** Focuses an element of the next render (the browser scrolls it into view, clear of the sticky controls). */
	focusLater(selector) {
		this.updateComplete.then(() => this.renderRoot.querySelector(selector)?.focus());
	}
	open(id) {
		this.selected = this.focusId = id;
		this.focusLater("#details-title");
	}
	close(event) {
		event?.preventDefault();
		const id = this.selected;
		this.selected = void 0;
		if (id) this.focusNode(id);
	}
	focusNode(id) {
		this.focusId = id;
		this.focusLater(`[data-id="${id}"]`);
	}
	onKey(event, id, m) {
		const { key } = event;
		if (key === "Enter" || key === " ") this.open(id);
		else if (key === "Escape" && this.selected) this.selected = void 0;
		else {
			const h = m.orientation === "horizontal";
			const layer = m.layout.layers[m.placed.get(id).layer];
			const crossOf = (other) => m.placed.get(other)[h ? "y" : "x"];
			const nearest = (ids) => ids.sort((a, b) => crossOf(a) - crossOf(b))[0];
			const next = key === (h ? "ArrowRight" : "ArrowDown") ? nearest(m.edges.filter((e) => e.from === id).map((e) => e.to)) : key === (h ? "ArrowLeft" : "ArrowUp") ? nearest(m.edges.filter((e) => e.to === id).map((e) => e.from)) : key === (h ? "ArrowDown" : "ArrowRight") ? layer[layer.indexOf(id) + 1] : key === (h ? "ArrowUp" : "ArrowLeft") ? layer[layer.indexOf(id) - 1] : key === "Home" ? m.nodes[0].id : key === "End" ? m.nodes[m.nodes.length - 1].id : null;
			if (next === null) return;
			if (next) this.focusNode(next);
		}
		event.preventDefault();
	}
	goTo(index, m) {
		if (index < 0 || index >= m.steps.length || index === this.index(m)) return;
		this.step = index;
		this.updateComplete.then(() => this.renderRoot.querySelector(".node.current")?.scrollIntoView({
			block: "nearest",
			inline: "nearest",
			behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth"
		}));
		this.dispatchEvent(new CustomEvent("kw-step-change", {
			bubbles: true,
			composed: true,
			detail: {
				index,
				id: m.steps[index]
			}
		}));
	}
	togglePlay(m) {
		if (this.playing) return this.stop();
		if (this.index(m) >= m.steps.length - 1) this.goTo(0, m);
		this.playing = true;
		this.timer = setInterval(() => {
			const current = this.cache.model;
			if (this.hovering || this.renderRoot.querySelector(".scroller:focus-within, .details:focus-within")) return;
			const index = this.index(current) + 1;
			this.goTo(index, current);
			if (index >= current.steps.length - 1) this.stop();
		}, 3500);
	}
	stop() {
		clearInterval(this.timer);
		this.playing = false;
	}
};
_KwPathway = KwPathway;
_KwPathway.styles = [...KwElement.styles, styles];
_KwPathway.properties = {
	showAlternatives: {
		attribute: "show-alternatives",
		type: Boolean,
		reflect: true
	},
	orientation: { reflect: true },
	stepMode: {
		attribute: "step-mode",
		type: Boolean,
		reflect: true
	},
	headingLevel: {
		attribute: "heading-level",
		type: Number
	},
	step: {
		type: Number,
		reflect: true
	},
	exportMenu: {
		attribute: "export",
		type: Boolean,
		reflect: true
	},
	strings: { type: Object },
	data: { attribute: false },
	src: {},
	selected: { state: true },
	focusId: { state: true },
	textShown: { state: true },
	playing: { state: true },
	width: { state: true }
};
export { KwPathway };

//# sourceMappingURL=pathway.component.js.map