import { html, isServer, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { neuronGrowthSources, neuronGrowthStrings, type NeuronGrowthStrings } from '../../content/neuron-growth.js';
import { renderCitations } from '../../internal/citations.js';
import { DataSourceController, type DataState } from '../../internal/data-source.js';
import { renderFrameStatus } from '../../internal/frame.js';
import { KwElement, SSR_KEY_ATTRIBUTE } from '../../internal/kw-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { MotionController } from '../../internal/motion.js';
import { saveAs } from '../../internal/picture.js';
import { describe } from '../../internal/validate.js';
import { generateNeuron, type Tree } from './morphology.js';
import { countSpines, drawNeuron } from './paint.js';
import { stillPng } from './png.js';
import { posterMarkup } from './poster.js';
import { buildModel, regrows, SCENES, sceneState, stageIndex, type Model, type SceneName, type Stage } from './scene.js';
import { styles } from './neuron-growth.styles.js';
import { parseSwc } from './swc.js';

/** Opacity of the finished cell drawn under an unplayed `grow` scene, so that its first frame is not empty. */
const POSTER_ALPHA = 0.28;

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
export class KwNeuronGrowth extends KwElement {
  static override styles = [...KwElement.styles, styles];

  // Reactive properties and their attributes; each is documented on its field below.
  static override properties = {
    scene: { reflect: true },
    seed: { type: Number },
    autoplay: { type: Boolean },
    loop: { type: Boolean },
    speed: { type: Number },
    exportMenu: { attribute: 'export', type: Boolean, reflect: true },
    src: {},
    data: { attribute: false },
    strings: { type: Object },
    playing: { state: true },
    optIn: { state: true },
    poster: { state: true },
    svgShown: { state: true },
  };

  /** What to show: `grow`, `stress`, `restore` (after one ketamine dose) or `compare` (before beside after). */
  scene: SceneName = 'restore';

  /** Seed of the generated neuron: the same seed always draws the same neuron and spines. */
  seed = 1;

  /** Starts playing once visible (never under reduced motion; a pause button is always shown). */
  autoplay = false;

  /** Starts again from the beginning at the end. */
  loop = false;

  /** Playback speed (0.1–10; 1 plays a scene in 8–15 seconds). */
  speed = 1;

  /** Shows a "Download PNG" button: a still picture of the scene (see `toPNG()`), for pages that cannot run scripts. */
  exportMenu = false;

  /** URL of an SWC morphology file (NeuroMorpho.Org format) to draw instead of the generated neuron. */
  src?: string;

  /**
   * SWC morphology text to draw instead of the generated neuron; wins over `src`. An inline
   * `<script type="text/x-swc">` child works the same way when neither is set.
   */
  data?: string;

  /** Overrides for any UI string by key, e.g. `{"play": "Start"}`; as an attribute, JSON. */
  strings?: Partial<NeuronGrowthStrings>;

  /** @internal Playback position in seconds (at speed 1); within a stage it repaints without re-rendering. */
  private time = 0;
  /** @internal */
  private playing = false;
  /** @internal The reader pressed play although they prefer reduced motion. */
  private optIn = false;
  /**
   * @internal Pre-rendered: shows the stills a reader without JavaScript saw (before beside after, as under reduced
   * motion) until the reader presses play or autoplay can start, so that the page does not change under them.
   */
  private poster = false;
  /** @internal The server's SVG drawing, kept over the canvas until the canvas has drawn. */
  private svgShown = false;

  private readonly localize = new LocalizeController<NeuronGrowthStrings>(this, neuronGrowthStrings);
  // The morphology: SWC text from `data`, `src` or an inline <script type="text/x-swc">; null draws the generated neuron.
  private readonly source = new DataSourceController<Tree | null>(this, {
    type: 'text/x-swc',
    fallback: () => null,
    validate: (input) => {
      if (typeof input !== 'string') return { errors: [`expected the text of an SWC file, got ${describe(input)}`] };
      const { tree, errors } = parseSwc(input);
      return errors ? { errors } : { value: tree };
    },
  });
  private shownState?: DataState<Tree | null>;
  private readonly motion = new MotionController(this);
  private model?: Model;
  private frame = 0;
  private last = -1;
  private lastStage?: number;
  private wasReduced = false;
  // Sizes the canvas's bitmap in device pixels; it is 0 × 0 (nothing drawn) until the first report. Made on the
  // first connection, as is `media`: a server has neither.
  private resizer?: ResizeObserver;
  /** Colour scheme and forced colours: a change repaints (through `handleEvent`). */
  private media?: MediaQueryList[];

  /** Length of the current scene in seconds at speed 1. */
  get duration(): number {
    return SCENES[this.view].duration;
  }

  /** The scene shown: an unknown `scene` value falls back to `restore`. */
  private get view(): SceneName {
    return Object.hasOwn(SCENES, this.scene) ? this.scene : 'restore';
  }

  /**
   * Whether stage captions are announced: only once the reader has used the controls, so that an autoplaying loop
   * does not talk over the page (a screen reader can still read the caption at any time).
   * @internal
   */
  private heard = false;

  private listen(): void {
    if (!this.heard) {
      this.heard = true;
      this.requestUpdate();
    }
  }

  /** Still frames: under reduced motion (unless the reader pressed play), and a pre-rendered poster. */
  private get still(): boolean {
    return this.poster || (this.motion.reducedMotion && !this.optIn);
  }

  /** Before and after side by side: the compare scene, and the still frames. */
  private get split(): boolean {
    return this.view === 'compare' || this.still;
  }

  /** The times drawn, one per panel: the start beside now when split. */
  private get panels(): number[] {
    return this.split ? [0, this.time] : [this.time];
  }

  /** Plays from the current position (from the start if at the end). Under reduced motion this opts in. */
  play(): void {
    if (this.motion.reducedMotion) this.optIn = true;
    this.poster = false;
    if (this.time >= this.duration) this.seek(0);
    this.playing = true;
  }

  /** Stops at the current position; no animation frames run until `play()`. */
  pause(): void {
    this.playing = false;
  }

  /** Shows second `t` of the scene (0 to `duration`). */
  seek(t: number): void {
    this.time = Math.min(Math.max(+t || 0, 0), this.duration);
    // A new stage re-renders the caption; within a stage only the canvas, timeline and count change.
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
  async toPNG(scale = 2): Promise<Blob> {
    // Just added to the page or just changed: the drawing is made in the pending update (never, off the page).
    if (this.isConnected) await this.updateComplete;
    const { model, view: scene, localize, shadowRoot: root } = this;
    if (!model || !root || !this.isConnected) throw new Error('<kw-neuron-growth>: there is no drawing to export (not on the page, loading, or its SWC file could not be used)');
    return stillPng(model, scene, localize, root, scale);
  }

  /** @internal A colour media query changed. */
  handleEvent(): void {
    this.paint();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.media ??= ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => matchMedia(q));
    this.media.forEach((q) => q.addEventListener('change', this));
    if (this.hasUpdated) this.observeSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.schedule();
    this.resizer?.disconnect();
    this.media?.forEach((q) => q.removeEventListener('change', this));
  }

  protected override firstUpdated(): void {
    // Removed in the same task as it was added: connectedCallback will observe when it comes back.
    if (this.isConnected) this.observeSize();
  }

  private observeSize(): void {
    const canvas = this.shadowRoot!.querySelector('canvas')!;
    const resizer = (this.resizer ??= new ResizeObserver(this.resized));
    try {
      resizer.observe(canvas, { box: 'device-pixel-content-box' });
    } catch {
      resizer.observe(canvas);
    }
  }

  private readonly resized = (entries: ResizeObserverEntry[]): void => {
    for (const entry of entries) {
      const box = entry.devicePixelContentBoxSize?.[0];
      const { width, height } = entry.contentRect;
      const canvas = entry.target as HTMLCanvasElement;
      canvas.width = box ? box.inlineSize : Math.round(width * devicePixelRatio);
      canvas.height = box ? box.blockSize : Math.round(height * devicePixelRatio);
    }
    this.paint();
  };

  /** The view, the seed and the poster: a page that changed them before the module ran gets a fresh render. */
  protected override hydrationKey(): string {
    return `${super.hydrationKey()}|${this.view}|${this.seed >>> 0}`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A server render, and the first render of its markup in the browser (which must equal it), show the poster.
    if (!this.hasUpdated && (isServer || this.hasAttribute(SSR_KEY_ATTRIBUTE))) this.poster = this.svgShown = true;
    // A server calls no update(): the morphology the controllers just read is drawn here.
    if (isServer) this.syncModel(changed);
    const reduced = this.motion.reducedMotion;
    if (reduced !== this.wasReduced) {
      // Followed live: reduced motion stops and shows the stills; without it, autoplay resumes.
      this.wasReduced = reduced;
      if (reduced) {
        this.playing = this.optIn = false;
        this.time = this.duration;
      } else if (this.autoplay) this.play();
    }
    if (changed.has('scene')) {
      this.lastStage = undefined;
      // Stills (reduced motion) and a compare scene that does not play on its own open on the end: before
      // beside after, not two identical cells.
      this.time = this.still || (this.view === 'compare' && !this.autoplay) ? this.duration : 0;
    }
    // Autoplay leaves the poster once it can animate, never in the first render.
    if (this.poster && this.autoplay && this.motion.canAnimate) this.play();
    if (changed.has('autoplay') && this.autoplay && !reduced && !this.poster) this.playing = true;
  }

  protected override update(changed: PropertyValues): void {
    // After the controllers' hostUpdate, so a new morphology is drawn in the same update.
    this.syncModel(changed);
    super.update(changed);
  }

  private syncModel(changed: PropertyValues): void {
    const state = this.source.state;
    if (changed.has('seed') || state !== this.shownState) {
      const seed = this.seed >>> 0;
      this.shownState = state;
      this.model = state.status !== 'ready' ? undefined : state.value ? buildModel(state.value, seed, false) : buildModel(generateNeuron(seed), seed);
    }
  }

  /**
   * The spine count, which is also the drawing's description. At the start, one count and what Play will show;
   * after it, where the count started and where it is now.
   */
  private readoutText(model: Model): string {
    const { view: scene, time, localize } = this;
    const count = (t: number) => localize.number(countSpines(model, sceneState(scene, t)));
    if (scene === 'grow' && time === 0) return localize.term('spinesPoster', { after: count(this.duration) });
    return time === 0 ? localize.term('spinesStart', { before: count(0) }) : localize.term('spines', { before: count(0), after: count(time) });
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const { view: scene, time, model } = this;
    const stages = SCENES[scene].stages;
    const index = stageIndex(scene, time);
    const caption = (stage: Stage) => html`<strong>${term(`l_${stage}`)}.</strong> ${term(`t_${stage}`)}`;
    const stage = stages[index]![0];
    const label = term(`l_${stage}`);
    const name = term(`name_${scene === 'restore' && this.split ? 'compare' : scene}`);
    return html`<figure part="base" class="base">
      ${renderFrameStatus(this.source.state, this.localize)}
      <div class="stage" ?hidden=${!model}>
        ${model && this.svgShown
          ? // The drawing is made on a server only: the browser keeps what the server wrote (noChange hydrates it unread).
            html`<svg class="poster" role="img" aria-label=${name} aria-describedby="readout">${isServer ? unsafeSVG(posterMarkup(model, scene, this.panels)) : noChange}</svg>`
          : nothing}
        <div part="panel-labels" class="labels" ?hidden=${!this.split} aria-hidden="true">
          <span>${term('before')}</span><span>${term('after')}</span>
        </div>
        <canvas
          width="0"
          height="0"
          part="canvas"
          role="img"
          aria-label=${name}
          aria-describedby="readout"
          aria-hidden=${ifDefined(this.svgShown ? 'true' : undefined)}
        ></canvas>
      </div>
      <div part="controls" class="controls" ?hidden=${!model}>
        <button part="play-button" class="kw-button play" type="button" @click=${() => (this.listen(), this.playing ? this.pause() : this.play())}>
          <svg aria-hidden="true" viewBox="0 0 16 16"><path d=${this.playing ? 'M4 3h3v10H4zM9 3h3v10H9z' : 'M4 2.5v11l9-5.5z'} /></svg>
          ${term(this.playing ? 'pause' : 'play')}
        </button>
        <div class="timeline">
          <input
            part="scrubber"
            type="range"
            min="0"
            max=${this.duration}
            step="0.1"
            aria-label=${term('timeline')}
            aria-valuetext=${label}
            @input=${(event: Event) => (this.listen(), this.seek((event.target as HTMLInputElement).valueAsNumber))}
          />
          <div part="ticks" class=${stages.length > 3 ? 'ticks many' : 'ticks'} aria-hidden="true">
            ${stages.map(([id], i) => html`<span class=${i === index ? 'tick current' : 'tick'}>${term(`k_${id}`)}</span>`)}
          </div>
        </div>
        <p id="readout" part="readout" class="readout">${model ? this.readoutText(model) : nothing}</p>
        ${regrows(scene) ? html`<p part="key" class="key"><span class="swatch"></span>${term('newSpines')}</p>` : nothing}
        ${this.exportMenu
          ? html`<button part="export" class="kw-button kw-button--secondary export" type="button" @click=${() => void saveAs('kw-neuron-growth', 'neuron.png', () => this.toPNG())}>
              ${term('downloadPng')}
            </button>`
          : nothing}
      </div>
      <div class="captions" ?hidden=${!model}>
        <p part="caption" class="caption" aria-live=${this.heard ? 'polite' : 'off'}>${caption(stage)}</p>
        ${stages.map(([id]) => html`<p class="caption reserve" aria-hidden="true">${caption(id)}</p>`)}
      </div>
      <p part="note" class="note kw-note">${term('note')}</p>
      <p part="sources" class="note kw-note">${term('sources')} ${renderCitations(neuronGrowthSources)}</p>
    </figure>`;
  }

  protected override updated(): void {
    // Each stage label spans the stretch of the timeline its stage covers (CSSOM, so a strict CSP allows it).
    const { duration, stages } = SCENES[this.view];
    this.renderRoot.querySelectorAll<HTMLElement>('.tick').forEach((tick, i) => {
      tick.style.flexGrow = String((stages[i + 1]?.[1] ?? duration) - stages[i]![1]);
    });
    this.schedule();
    this.paint();
    const scene = this.view;
    const index = stageIndex(scene, this.time);
    if (this.lastStage !== undefined && index !== this.lastStage) {
      const detail = { scene, stage: SCENES[scene].stages[index]![0], index };
      this.dispatchEvent(new CustomEvent('kw-stage-change', { bubbles: true, composed: true, detail }));
    }
    this.lastStage = index;
  }

  /** Runs the frame loop only while playing, connected, on screen, in a visible tab, and motion is welcome. */
  private schedule(): void {
    const { motion } = this;
    if (!(this.playing && this.isConnected && motion.onScreen && !motion.pageHidden && (!motion.reducedMotion || this.optIn))) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.last = -1;
    } else if (!this.frame) this.frame = requestAnimationFrame(this.tick);
  }

  private readonly tick = (now: number): void => {
    // Time-based: the same speed at 60, 120 or 144 Hz; a long stall counts as one 0.1 s step.
    const step = this.last < 0 ? 0 : (Math.min(now - this.last, 100) / 1000) * Math.min(Math.max(this.speed || 1, 0.1), 10);
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

  /**
   * Draws the canvas (in the colours of its CSS `color`, `outline-color` and `caret-color`: dendrite, spine,
   * new spine) and updates the timeline position and the spine count (the canvas's description).
   */
  private paint(): void {
    const { model, view: scene, time, shadowRoot: root } = this;
    const canvas = root?.querySelector('canvas');
    if (!canvas || !model) return;
    const { width, height } = canvas;
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const { color, outlineColor, caretColor } = getComputedStyle(canvas);
    const { panels } = this;
    const colors = [color, outlineColor, caretColor] as const;
    // Before play, a growing cell would be an empty canvas: its finished shape shows faintly underneath.
    if (scene === 'grow' && time === 0) {
      ctx.globalAlpha = POSTER_ALPHA;
      drawNeuron(ctx, model, sceneState(scene, this.duration), colors, 0, width, height, devicePixelRatio);
      ctx.globalAlpha = 1;
    }
    panels.forEach((t, i) => drawNeuron(ctx, model, sceneState(scene, t), colors, (i * width) / panels.length, width / panels.length, height, devicePixelRatio));
    root!.querySelector('input')!.valueAsNumber = time;
    // The text node of the readout's binding, rewritten here on each frame of a stage that renders nothing else.
    const readout = [...root!.getElementById('readout')!.childNodes].find((node): node is Text => node instanceof Text);
    if (readout) readout.data = this.readoutText(model);
    // The canvas has drawn: the server's drawing over it can go.
    if (this.svgShown && width && height) this.svgShown = false;
  }
}
