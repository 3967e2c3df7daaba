import { neuronGrowthSources, neuronGrowthStrings } from "../../content/neuron-growth.js";
import { renderCitations } from "../../internal/citations.js";
import { DataSourceController } from "../../internal/data-source.js";
import { renderFrameStatus } from "../../internal/frame.js";
import { KwElement } from "../../internal/kw-element.js";
import { LocalizeController } from "../../internal/localize.js";
import { MotionController } from "../../internal/motion.js";
import { saveAs } from "../../internal/picture.js";
import { describe } from "../../internal/validate.js";
import { generateNeuron } from "./morphology.js";
import { countSpines, drawNeuron } from "./paint.js";
import { stillPng } from "./png.js";
import { posterMarkup } from "./poster.js";
import { SCENES, buildModel, regrows, sceneState, stageIndex } from "./scene.js";
import { styles } from "./neuron-growth.styles.js";
import { parseSwc } from "./swc.js";
import { html, isServer, noChange, nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { unsafeSVG } from "lit/directives/unsafe-svg.js";
// src/components/neuron-growth/neuron-growth.component.ts
var _KwNeuronGrowth;
/** Opacity of the finished cell drawn under an unplayed `grow` scene, so that its first frame is not empty. */
var POSTER_ALPHA = .28;
/**
* @tagname kw-neuron-growth
* @summary An animated drawing of dendritic spines lost under chronic stress and regrown after one ketamine dose,
* on an honest, illustrative timeline from rodent studies. Procedural, seeded and cheap to run.
*
* @csspart base - The figure around everything.
* @csspart canvas - The drawing (`role="img"`).
* @csspart panel-labels - The "Before" / "After" labels over a split view.
* @csspart controls - The row with the play button, timeline and spine count.
* @csspart play-button - The play / pause button.
* @csspart scrubber - The timeline (a range input).
* @csspart ticks - The stage labels under the timeline ("Dose", "Hours", "24 h", "1 week", "2 weeks"), each under the
*   stretch of the timeline that the stage covers.
* @csspart readout - The spine count, which is also the drawing's text description.
* @csspart key - What the new-spine colour means (scenes with new spines).
* @csspart export - The "Download PNG" button (with the `export` attribute).
* @csspart caption - The caption of the current stage (a polite live region).
* @csspart note - The "illustration based on studies in mice and rats" note.
* @csspart sources - The list of sources.
* @csspart error - The message shown when an SWC file cannot be used.
*
* @cssprop --kw-neuron-dendrite - Colour of the dendrites and cell body.
* @cssprop --kw-neuron-spine - Colour of the spines.
* @cssprop --kw-neuron-new-spine - Colour of spines that grow after the dose, and of the dose glow.
* @cssprop --kw-neuron-background - Background of the drawing.
*
* @fires {CustomEvent<{ scene: string; stage: string; index: number }>} kw-stage-change - The stage shown changed (while playing or on seeking). `detail`: `{ scene, stage, index }`.
*/
var KwNeuronGrowth = class extends KwElement {
	constructor(..._args) {
		super(..._args);
		this.scene = "restore";
		this.seed = 1;
		this.autoplay = false;
		this.loop = false;
		this.speed = 1;
		this.exportMenu = false;
		this.time = 0;
		this.playing = false;
		this.optIn = false;
		this.poster = false;
		this.svgShown = false;
		this.localize = new LocalizeController(this, neuronGrowthStrings);
		this.source = new DataSourceController(this, {
			type: "text/x-swc",
			fallback: () => null,
			validate: (input) => {
				if (typeof input !== "string") return { errors: [`expected the text of an SWC file, got ${describe(input)}`] };
				const { tree, errors } = parseSwc(input);
				return errors ? { errors } : { value: tree };
			}
		});
		this.motion = new MotionController(this);
		this.frame = 0;
		this.last = -1;
		this.wasReduced = false;
		this.heard = false;
		this.resized = (entries) => {
			for (const entry of entries) {
				const box = entry.devicePixelContentBoxSize?.[0];
				const { width, height } = entry.contentRect;
				const canvas = entry.target;
				canvas.width = box ? box.inlineSize : Math.round(width * devicePixelRatio);
				canvas.height = box ? box.blockSize : Math.round(height * devicePixelRatio);
			}
			this.paint();
		};
		this.tick = (now) => {
			const step = this.last < 0 ? 0 : Math.min(now - this.last, 100) / 1e3 * Math.min(Math.max(this.speed || 1, .1), 10);
			this.last = now;
			this.frame = 0;
			let time = this.time + step;
			if (time >= this.duration) {
				time = this.loop ? 0 : this.duration;
				this.playing = this.loop;
			}
			this.seek(time);
			this.schedule();
		};
	}
	/** Length of the current scene in seconds at speed 1. */
	get duration() {
		return SCENES[this.view].duration;
	}
	/** The scene shown: an unknown `scene` value falls back to `restore`. */
	get view() {
		return Object.hasOwn(SCENES, this.scene) ? this.scene : "restore";
	}
	listen() {
		if (!this.heard) {
			this.heard = true;
			this.requestUpdate();
		}
	}
	/** Still frames: under reduced motion (unless the reader pressed play), and a pre-rendered poster. */
	get still() {
		return this.poster || this.motion.reducedMotion && !this.optIn;
	}
	/** Before and after side by side: the compare scene, and the still frames. */
	get split() {
		return this.view === "compare" || this.still;
	}
	/** The times drawn, one per panel: the start beside now when split. */
	get panels() {
		return this.split ? [0, this.time] : [this.time];
	}
	/** Plays from the current position (from the start if at the end). Under reduced motion this opts in. */
	play() {
		if (this.motion.reducedMotion) this.optIn = true;
		this.poster = false;
		if (this.time >= this.duration) this.seek(0);
		this.playing = true;
	}
	/** Stops at the current position; no animation frames run until `play()`. */
	pause() {
		this.playing = false;
	}
	/** Shows second `t` of the scene (0 to `duration`). */
	seek(t) {
		this.time = Math.min(Math.max(+t || 0, 0), this.duration);
		if (stageIndex(this.view, this.time) !== this.lastStage) this.requestUpdate();
		else this.paint();
	}
	/**
	* A still picture of the scene for pages that cannot run scripts: before and after the whole scene (`grow` shows
	* its end alone) under the scene's name, then the key, the spine counts, the "illustration" note and the sources;
	* in the current theme and language, 640 CSS pixels wide at `scale` (above 0, up to 8; else 2) device pixels per
	* CSS pixel. Rejects, with a message, while there is no drawing (not on the page, loading, or an SWC file that
	* could not be used).
	*/
	async toPNG(scale = 2) {
		if (this.isConnected) await this.updateComplete;
		const { model, view: scene, localize, shadowRoot: root } = this;
		if (!model || !root || !this.isConnected) throw new Error("<kw-neuron-growth>: there is no drawing to export (not on the page, loading, or its SWC file could not be used)");
		return stillPng(model, scene, localize, root, scale);
	}
	/** @internal A colour media query changed. */
	handleEvent() {
		this.paint();
	}
	connectedCallback() {
		super.connectedCallback();
		this.media ??= ["(prefers-color-scheme: dark)", "(forced-colors: active)"].map((q) => matchMedia(q));
		this.media.forEach((q) => q.addEventListener("change", this));
		if (this.hasUpdated) this.observeSize();
	}
	disconnectedCallback() {
		super.disconnectedCallback();
		this.schedule();
		this.resizer?.disconnect();
		this.media?.forEach((q) => q.removeEventListener("change", this));
	}
	firstUpdated() {
		if (this.isConnected) this.observeSize();
	}
	observeSize() {
		const canvas = this.shadowRoot.querySelector("canvas");
		const resizer = this.resizer ??= new ResizeObserver(this.resized);
		try {
			resizer.observe(canvas, { box: "device-pixel-content-box" });
		} catch {
			resizer.observe(canvas);
		}
	}
	/** The view, the seed and the poster: a page that changed them before the module ran gets a fresh render. */
	hydrationKey() {
		return `${super.hydrationKey()}|${this.view}|${this.seed >>> 0}`;
	}
	willUpdate(changed) {
		super.willUpdate(changed);
		if (!this.hasUpdated && (isServer || this.hasAttribute("kw-ssr"))) this.poster = this.svgShown = true;
		if (isServer) this.syncModel(changed);
		const reduced = this.motion.reducedMotion;
		if (reduced !== this.wasReduced) {
			this.wasReduced = reduced;
			if (reduced) {
				this.playing = this.optIn = false;
				this.time = this.duration;
			} else if (this.autoplay) this.play();
		}
		if (changed.has("scene")) {
			this.lastStage = void 0;
			this.time = this.still || this.view === "compare" && !this.autoplay ? this.duration : 0;
		}
		if (this.poster && this.autoplay && this.motion.canAnimate) this.play();
		if (changed.has("autoplay") && this.autoplay && !reduced && !this.poster) this.playing = true;
	}
	update(changed) {
		this.syncModel(changed);
		super.update(changed);
	}
	syncModel(changed) {
		const state = this.source.state;
		if (changed.has("seed") || state !== this.shownState) {
			const seed = this.seed >>> 0;
			this.shownState = state;
			this.model = state.status !== "ready" ? void 0 : state.value ? buildModel(state.value, seed, false) : buildModel(generateNeuron(seed), seed);
		}
	}
	/**
	* The spine count, which is also the drawing's description. At the start, one count and what Play will show;
	* after it, where the count started and where it is now.
	*/
	readoutText(model) {
		const { view: scene, time, localize } = this;
		const count = (t) => localize.number(countSpines(model, sceneState(scene, t)));
		if (scene === "grow" && time === 0) return localize.term("spinesPoster", { after: count(this.duration) });
		return time === 0 ? localize.term("spinesStart", { before: count(0) }) : localize.term("spines", {
			before: count(0),
			after: count(time)
		});
	}
	render() {
		const term = this.localize.term.bind(this.localize);
		const { view: scene, time, model } = this;
		const stages = SCENES[scene].stages;
		const index = stageIndex(scene, time);
		const caption = (stage) => html`<strong>${term(`l_${stage}`)}.</strong> ${term(`t_${stage}`)}`;
		const stage = stages[index][0];
		const label = term(`l_${stage}`);
		const name = term(`name_${scene === "restore" && this.split ? "compare" : scene}`);
		return html`<figure part="base" class="base"> ${renderFrameStatus(this.source.state, this.localize)} <div class="stage" ?hidden=${!model}> ${model && this.svgShown ? html`<svg class="poster" role="img" aria-label=${name} aria-describedby="readout">${isServer ? unsafeSVG(posterMarkup(model, scene, this.panels)) : noChange}</svg>` : nothing} <div part="panel-labels" class="labels" ?hidden=${!this.split} aria-hidden="true"> <span>${term("before")}</span><span>${term("after")}</span> </div> <canvas width="0" height="0" part="canvas" role="img" aria-label=${name} aria-describedby="readout" aria-hidden=${ifDefined(this.svgShown ? "true" : void 0)} ></canvas> </div> <div part="controls" class="controls" ?hidden=${!model}> <button part="play-button" class="kw-button play" type="button" @click=${() => (this.listen(), this.playing ? this.pause() : this.play())}> <svg aria-hidden="true" viewBox="0 0 16 16"><path d=${this.playing ? "M4 3h3v10H4zM9 3h3v10H9z" : "M4 2.5v11l9-5.5z"} /></svg> ${term(this.playing ? "pause" : "play")} </button> <div class="timeline"> <input part="scrubber" type="range" min="0" max=${this.duration} step="0.1" aria-label=${term("timeline")} aria-valuetext=${label} @input=${(event) => (this.listen(), this.seek(event.target.valueAsNumber))} /> <div part="ticks" class=${stages.length > 3 ? "ticks many" : "ticks"} aria-hidden="true"> ${stages.map(([id], i) => html`<span class=${i === index ? "tick current" : "tick"}>${term(`k_${id}`)}</span>`)} </div> </div> <p id="readout" part="readout" class="readout">${model ? this.readoutText(model) : nothing}</p> ${regrows(scene) ? html`<p part="key" class="key"><span class="swatch"></span>${term("newSpines")}</p>` : nothing} ${this.exportMenu ? html`<button part="export" class="kw-button kw-button--secondary export" type="button" @click=${() => void saveAs("kw-neuron-growth", "neuron.png", () => this.toPNG())}> ${term("downloadPng")} </button>` : nothing} </div> <div class="captions" ?hidden=${!model}> <p part="caption" class="caption" aria-live=${this.heard ? "polite" : "off"}>${caption(stage)}</p> ${stages.map(([id]) => html`<p class="caption reserve" aria-hidden="true">${caption(id)}</p>`)} </div> <p part="note" class="note kw-note">${term("note")}</p> <p part="sources" class="note kw-note">${term("sources")} ${renderCitations(neuronGrowthSources)}</p> </figure>`;
	}
	updated() {
		const { duration, stages } = SCENES[this.view];
		this.renderRoot.querySelectorAll(".tick").forEach((tick, i) => {
			tick.style.flexGrow = String((stages[i + 1]?.[1] ?? duration) - stages[i][1]);
		});
		this.schedule();
		this.paint();
		const scene = this.view;
		const index = stageIndex(scene, this.time);
		if (this.lastStage !== void 0 && index !== this.lastStage) {
			const detail = {
				scene,
				stage: SCENES[scene].stages[index][0],
				index
			};
			this.dispatchEvent(new CustomEvent("kw-stage-change", {
				bubbles: true,
				composed: true,
				detail
			}));
		}
		this.lastStage = index;
	}
	/** Runs the frame loop only while playing, connected, on screen, in a visible tab, and motion is welcome. */
	schedule() {
		const { motion } = this;
		if (!(this.playing && this.isConnected && motion.onScreen && !motion.pageHidden && (!motion.reducedMotion || this.optIn))) {
			cancelAnimationFrame(this.frame);
			this.frame = 0;
			this.last = -1;
		} else if (!this.frame) this.frame = requestAnimationFrame(this.tick);
	}
	/**
	* Draws the canvas (in the colours of its CSS `color`, `outline-color` and `caret-color`: dendrite, spine,
	* new spine) and updates the timeline position and the spine count (the canvas's description).
	*/
	paint() {
		const { model, view: scene, time, shadowRoot: root } = this;
		const canvas = root?.querySelector("canvas");
		if (!canvas || !model) return;
		const { width, height } = canvas;
		const ctx = canvas.getContext("2d");
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		ctx.clearRect(0, 0, width, height);
		const { color, outlineColor, caretColor } = getComputedStyle(canvas);
		const { panels } = this;
		const colors = [
			color,
			outlineColor,
			caretColor
		];
		if (scene === "grow" && time === 0) {
			ctx.globalAlpha = POSTER_ALPHA;
			drawNeuron(ctx, model, sceneState(scene, this.duration), colors, 0, width, height, devicePixelRatio);
			ctx.globalAlpha = 1;
		}
		panels.forEach((t, i) => drawNeuron(ctx, model, sceneState(scene, t), colors, i * width / panels.length, width / panels.length, height, devicePixelRatio));
		root.querySelector("input").valueAsNumber = time;
		const readout = [...root.getElementById("readout").childNodes].find((node) => node instanceof Text);
		if (readout) readout.data = this.readoutText(model);
		if (this.svgShown && width && height) this.svgShown = false;
	}
};
_KwNeuronGrowth = KwNeuronGrowth;
_KwNeuronGrowth.styles = [...KwElement.styles, styles];
_KwNeuronGrowth.properties = {
	scene: { reflect: true },
	seed: { type: Number },
	autoplay: { type: Boolean },
	loop: { type: Boolean },
	speed: { type: Number },
	exportMenu: {
		attribute: "export",
		type: Boolean,
		reflect: true
	},
	src: {},
	data: { attribute: false },
	strings: { type: Object },
	playing: { state: true },
	optIn: { state: true },
	poster: { state: true },
	svgShown: { state: true }
};
export { KwNeuronGrowth };

//# sourceMappingURL=neuron-growth.component.js.map