import { defaultPathway, pathwayStrings } from "../../content/pathway.js";
import { clock } from "../../internal/clock.js";
import { headingLevelOf } from "../../internal/heading.js";
import { DataSourceController, renderDataErrors } from "../../internal/data-source.js";
import { KwElement, SSR_KEY_ATTRIBUTE } from "../../internal/kw-element.js";
import { LocalizeController } from "../../internal/localize.js";
import { saveAs } from "../../internal/picture.js";
import { breakpointStyles } from "./breakpoints.js";
import { EXPORT_SHAPES, picturePNG, pictureSVG } from "./pathway-export.js";
import { focusInView, keyTarget, placeBeside } from "./pathway-interaction.js";
import { mermaidToPathway } from "./mermaid.js";
import { alternatives, controlBar, details, diagramSVG, legend, markers, textVersion } from "./pathway-render.js";
import { PathwaySizing } from "./pathway-sizing.js";
import { validatePathway } from "./pathway-schema.js";
import { styles } from "./pathway.styles.js";
import { html, isServer, nothing } from "lit";
// src/components/pathway/pathway.component.ts
var _KwPathway;
/**
* @tagname kw-pathway
* @summary An explorable, sourced diagram of how ketamine may relieve depression, with confidence levels,
* step-by-step mode, a text alternative, and SVG / PNG export.
*
* @slot - An inline `<script type="application/json">` child supplies your own pathway (see the data format docs), or a `<script type="text/x-mermaid">` child a Mermaid flowchart.
*
* @csspart base - The outer container.
* @csspart caption - The caption that is always shown.
* @csspart alt-note - The line under the diagram saying that other ideas exist, with the button that shows them.
* @csspart diagram - The box around the SVG (it scrolls only for a custom layered diagram wider than the page).
* @csspart legend - The one-line key: confidence badges and arrows.
* @csspart details - The details popover of the chosen step, beside it (below it on a phone).
* @csspart controls - The bar with the step controls, the step caption and the menu.
* @csspart steps - The Previous / Play / Next group.
* @csspart menu - The "More" menu (text version, SVG, PNG), or the text-version button alone without `export`.
* @csspart text - The text alternative.
* @csspart alternatives - The "Other proposed mechanisms" panel (with `show-alternatives`).
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
* @cssprop --kw-sticky-offset - Height of the page's own sticky header: the step controls stick below it (default 0).
* @cssprop --kw-font-size-m - Label size (default 1em of the host's text); the key and badges use --kw-font-size-s.
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
		this.exportShape = "wide";
		this.textShown = false;
		this.menuOpen = false;
		this.playing = false;
		this.width = 0;
		this.localize = new LocalizeController(this, pathwayStrings);
		this.source = new DataSourceController(this, {
			validate: validatePathway,
			fallback: () => defaultPathway,
			textFormats: [{
				type: "text/x-mermaid",
				extensions: [".mmd", ".mermaid"],
				convert: mermaidToPathway
			}]
		});
		this.frame = 0;
		this.hovering = false;
		this.sizing = new PathwaySizing(this);
		this.hydrated = false;
	}
	get term() {
		return this.localize.term.bind(this.localize);
	}
	updated() {
		const probe = this.renderRoot.querySelector(".probe");
		const base = this.renderRoot.querySelector(".base");
		const { sizing } = this;
		const m = sizing.current;
		if (sizing.quantized && m) {
			if (!this.hydrated) this.updateComplete.then(() => this.hydrated = true);
			else if (!sizing.fits(m)) this.updateComplete.then(() => (sizing.quantized = false, this.requestUpdate()));
		} else if (probe && base && m && sizing.readTokens(probe, base, m)) this.requestUpdate();
		this.placeDetails();
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
		super.willUpdate(changed);
		if (changed.has("stepMode") && !this.stepMode) this.stop();
	}
	/** What the server's layout assumed: the label size (the type scale's) and the attributes that shape the diagram. */
	hydrationKey() {
		const probe = isServer ? null : this.renderRoot.querySelector(".probe");
		const scale = this.source.state.status === "ready" ? this.sizing.labelScale(probe) : "";
		return `${super.hydrationKey()}|${scale}|${this.showAlternatives}|${this.orientation}`;
	}
	update(changed) {
		if (!this.hasUpdated && this.hasAttribute("kw-ssr")) this.sizing.quantized = this.getAttribute(SSR_KEY_ATTRIBUTE) === this.hydrationKey();
		super.update(changed);
	}
	render() {
		const t = this.term;
		const state = this.source.state;
		if (state.status !== "ready") return html`<div part="base" class="base"> ${state.status === "loading" ? html`<p aria-busy="true">${t("loading")}</p>` : renderDataErrors(state.errors, this.localize)} </div>`;
		const data = state.value;
		const { sizing } = this;
		const figures = sizing.quantized ? sizing.variants(data, this.inputs(), this.hydrated ? sizing.breakpoint(this.renderRoot.querySelector(".base")) : void 0) : [{ model: sizing.model(data, this.width || this.clientWidth, this.inputs()) }];
		const m = sizing.current;
		const title = this.strings?.title ?? this.localize.pick(data.title) ?? t("title");
		const caption = this.localize.pick(data.caption);
		const index = this.index(m);
		const current = this.stepMode ? m.steps[index] : void 0;
		const roving = this.focusId && m.placed.has(this.focusId) ? this.focusId : m.nodes[0]?.id;
		const chosen = m.nodes.find((n) => n.id === this.selected);
		const depth = headingLevelOf(this.headingLevel);
		const sub = Math.min(6, depth + 1);
		const view = (model) => ({
			t,
			model,
			measure: sizing.textWidth,
			live: {
				current,
				previous: this.stepMode ? m.steps[index - 1] : void 0,
				selected: this.selected,
				roving,
				click: (id) => this.open(id),
				key: (e, id) => this.onKey(e, id, model),
				focus: (id) => this.focusId = id
			}
		});
		return html`<div part="base" class="base"> <p class="title" id="title" role="heading" aria-level=${depth}>${title}</p> ${caption ? html`<p part="caption" class="caption">${caption}</p>` : nothing} ${this.controls(m, index, current)} <p id="keys" class="visually-hidden">${t("keys")}</p> <div class="figure" ?hidden=${this.textShown}> <div part="diagram" class="scroller" @pointerenter=${() => this.hovering = true} @pointerleave=${() => this.hovering = false}> ${figures.map(({ model, at }) => html`<div class="variant ${at ? at.map((a) => `at-${a}`).join(" ") : ""}${!at || this.hydrated ? " kept" : ""}">${diagramSVG(view(model), title, at && 16)}</div>`)} </div> <svg class="markers" aria-hidden="true" width="0" height="0">${markers()}</svg> ${chosen ? details(t, m, chosen, sub, () => this.close(), (e) => e.key === "Escape" && this.close(e)) : nothing} ${legend(t, m)} ${data.nodes.some((n) => n.track === "alt") ? html`<p part="alt-note" class="muted alt-note"> ${t("altNote")} <button type="button" class="show-alternatives" aria-pressed=${this.showAlternatives ? "true" : "false"} @click=${() => this.showAlternatives = !this.showAlternatives}> ${t("showAlternatives")} </button> </p>` : nothing} </div> ${textVersion(t, m, sub, this.textShown)} ${alternatives(t, m, sub)} <span class="probe" aria-hidden="true"></span> </div>`;
	}
	controls(m, index, current) {
		return controlBar(this.term, m, {
			index,
			current,
			stepMode: this.stepMode,
			playing: this.playing,
			textShown: this.textShown,
			exportMenu: this.exportMenu,
			menuOpen: this.menuOpen,
			goTo: (to) => this.goTo(to, m),
			togglePlay: () => this.togglePlay(m),
			toggleText: () => this.toggleText(),
			toggleMenu: () => this.menuOpen = !this.menuOpen,
			menuKey: (e) => this.onMenuKey(e),
			menuFocusOut: (e) => this.onMenuFocusOut(e),
			download: (kind) => this.download(kind)
		});
	}
	/**
	* The diagram as a standalone SVG document laid out for `shape` (`wide` 16:9, the default; `square`; `tall`
	* 4:5): title and caption above, key and sources below, in the current theme and language; styles inlined,
	* no scripts, no interactive state. Empty until the diagram has rendered.
	*/
	toSVG(shape = "wide") {
		if (!Object.hasOwn(EXPORT_SHAPES, shape)) shape = "wide";
		const live = this.shadowRoot?.querySelector("svg.diagram");
		const data = this.source.state.status === "ready" ? this.source.state.value : void 0;
		const base = this.shadowRoot?.querySelector(".base");
		if (!live || !data || !base || !this.sizing.current) return "";
		return pictureSVG({
			holder: base,
			t: this.term,
			title: live.getAttribute("aria-label") ?? "",
			caption: this.renderRoot.querySelector(".caption")?.textContent?.trim() ?? "",
			language: this.localize.language,
			background: getComputedStyle(base).backgroundColor,
			measure: (text, font) => this.sizing.measure(text, font),
			modelFor: (width) => this.sizing.model(data, width, this.inputs(), false)
		}, shape in {
			wide: 1,
			square: 1,
			tall: 1
		} ? shape : "wide");
	}
	/**
	* The diagram as a PNG image of `shape` (see `toSVG`), `scale` (above 0, up to 8; else 2) device pixels per
	* CSS pixel. Rejects, with a message, when there is no diagram to export.
	*/
	async toPNG(scale = 2, shape = "wide") {
		const svgText = this.toSVG(shape);
		if (!svgText) throw new Error("<kw-pathway>: there is no diagram to export yet (not rendered, or its data could not be shown)");
		return picturePNG(svgText, scale);
	}
	inputs() {
		return {
			showAlternatives: this.showAlternatives,
			orientation: this.orientation,
			lang: this.localize.lang,
			pick: (text) => this.localize.pick(text)
		};
	}
	index(m) {
		return Math.max(0, Math.min(m.steps.length - 1, Math.floor(this.step) || 0));
	}
	/** After the next render, focuses `selector` and scrolls it into view, keeping `keep` on screen. */
	focusLater(selector, keep) {
		this.updateComplete.then(() => {
			const target = this.renderRoot.querySelector(selector);
			if (target) focusInView(target, keep ? this.renderRoot.querySelector(keep) : void 0, this.renderRoot.querySelector(".controls"));
		});
	}
	open(id) {
		this.selected = this.focusId = id;
		this.focusLater("#details-title", `[data-id="${CSS.escape(id)}"]`);
	}
	close(event) {
		event?.preventDefault();
		const id = this.selected;
		this.selected = void 0;
		if (id) this.focusNode(id);
	}
	focusNode(id) {
		this.focusId = id;
		this.focusLater(`[data-id="${CSS.escape(id)}"]`);
	}
	placeDetails() {
		const panel = this.renderRoot.querySelector(".details");
		const node = this.selected && this.renderRoot.querySelector(`[data-id="${CSS.escape(this.selected)}"]`);
		const figure = this.renderRoot.querySelector(".figure");
		if (panel && node && figure) placeBeside(panel, node, figure);
	}
	onKey(event, id, m) {
		const { key } = event;
		if (key === "Enter" || key === " ") this.open(id);
		else if (key === "Escape" && this.selected) this.selected = void 0;
		else {
			const next = keyTarget(key, id, m);
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
		this.emit("kw-step-change", {
			index,
			id: m.steps[index]
		});
	}
	emit(name, detail) {
		this.dispatchEvent(new CustomEvent(name, {
			bubbles: true,
			composed: true,
			detail
		}));
	}
	togglePlay(m) {
		if (this.playing) return this.stop();
		if (this.index(m) >= m.steps.length - 1) this.goTo(0, m);
		this.playing = true;
		this.timer = clock.setInterval(() => {
			const current = this.sizing.current;
			if (this.hovering || this.renderRoot.querySelector(".scroller:focus-within, .details:focus-within")) return;
			const index = this.index(current) + 1;
			this.goTo(index, current);
			if (index >= current.steps.length - 1) this.stop();
		}, 3500);
	}
	stop() {
		clock.clearInterval(this.timer);
		this.playing = false;
	}
	/** The text version takes the diagram's place and gets focus; turned off, focus goes back to its control. */
	toggleText() {
		this.textShown = !this.textShown;
		this.menuOpen = false;
		this.selected = void 0;
		this.focusLater(this.textShown ? "#text-title" : this.exportMenu ? ".menu-button" : ".show-text");
	}
	onMenuKey(event) {
		if (event.key !== "Escape" || !this.menuOpen) return;
		event.preventDefault();
		this.menuOpen = false;
		this.focusLater(".menu-button");
	}
	onMenuFocusOut(event) {
		if (!event.currentTarget.contains(event.relatedTarget)) this.menuOpen = false;
	}
	download(kind) {
		this.menuOpen = false;
		const shape = this.exportShape;
		saveAs("kw-pathway", `pathway.${kind}`, () => kind === "svg" ? new Blob([this.toSVG(shape)], { type: "image/svg+xml" }) : this.toPNG(2, shape));
	}
};
_KwPathway = KwPathway;
_KwPathway.styles = [
	...KwElement.styles,
	styles,
	breakpointStyles
];
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
	exportShape: {
		attribute: "export-shape",
		reflect: true
	},
	strings: { type: Object },
	data: { attribute: false },
	src: {},
	selected: { state: true },
	focusId: { state: true },
	textShown: { state: true },
	menuOpen: { state: true },
	playing: { state: true },
	width: { state: true }
};
export { KwPathway };

//# sourceMappingURL=pathway.component.js.map