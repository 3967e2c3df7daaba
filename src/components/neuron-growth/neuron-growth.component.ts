import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { neuronGrowthSources, neuronGrowthStrings, type NeuronGrowthStrings } from '../../content/neuron-growth.js';
import { referenceFor } from '../../content/references.js';
import { renderCitations } from '../../internal/citations.js';
import { DataSourceController, type DataState } from '../../internal/data-source.js';
import { renderFrameStatus } from '../../internal/frame.js';
import { KwElement } from '../../internal/kw-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { MotionController } from '../../internal/motion.js';
import { exportScale, pngOf, saveAs, wrapText } from '../../internal/picture.js';
import { describe } from '../../internal/validate.js';
import { generateNeuron, type Tree } from './morphology.js';
import { countSpines, drawNeuron } from './paint.js';
import { buildModel, SCENES, sceneState, stageIndex, type Model, type SceneName, type Stage } from './scene.js';
import { styles } from './neuron-growth.styles.js';
import { parseSwc } from './swc.js';

// The exported still: width, margin and the height of a drawing (4:5 like the widget's, two side by side).
const WIDTH = 640;
const PAD = 16;
const PANEL_HEIGHT = 380;

/** Opacity of the finished cell drawn under an unplayed `grow` scene, so that its first frame is not empty. */
const POSTER_ALPHA = 0.28;

/** Scenes that draw spines grown after the dose (in the new-spine colour, explained by the key). */
const regrows = (scene: SceneName): boolean => scene === 'restore' || scene === 'compare';

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
  // Sizes the canvas's bitmap in device pixels; it is 0 × 0 (nothing drawn) until the first report.
  private readonly resizer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.devicePixelContentBoxSize?.[0];
      const { width, height } = entry.contentRect;
      const canvas = entry.target as HTMLCanvasElement;
      canvas.width = box ? box.inlineSize : Math.round(width * devicePixelRatio);
      canvas.height = box ? box.blockSize : Math.round(height * devicePixelRatio);
    }
    this.paint();
  });
  /** Colour scheme and forced colours: a change repaints (through `handleEvent`). */
  private readonly media = ['(prefers-color-scheme: dark)', '(forced-colors: active)'].map((q) => matchMedia(q));

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

  /** Before and after side by side: the compare scene, and the still frames shown under reduced motion. */
  private get split(): boolean {
    return this.view === 'compare' || (this.motion.reducedMotion && !this.optIn);
  }

  /** Plays from the current position (from the start if at the end). Under reduced motion this opts in. */
  play(): void {
    if (this.motion.reducedMotion) this.optIn = true;
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
    const k = exportScale(scale);
    const term = localize.term.bind(localize);
    const look = getComputedStyle(root.querySelector('canvas')!);
    const { fontFamily, color, backgroundColor } = getComputedStyle(root.querySelector('.base')!);
    const muted = getComputedStyle(root.querySelector('.note')!).color;
    const out = document.createElement('canvas');
    const ctx = out.getContext('2d')!;
    // Laid out first, to know the height (sizing a canvas resets it), then drawn in order.
    const draw: (() => void)[] = [];
    let y = PAD;
    const text = (value: string, size: number, fill = color, bold = false, x = PAD, max = WIDTH - PAD - x) => {
      const font = `${bold ? 'bold ' : ''}${size}px ${fontFamily}`;
      ctx.font = font;
      for (const line of wrapText(value, max, (part) => ctx.measureText(part).width)) {
        const at = (y += Math.round(size * 1.35));
        draw.push(() => {
          ctx.font = font;
          ctx.fillStyle = fill;
          ctx.fillText(line, x, at - size * 0.3);
        });
      }
    };
    const split = scene !== 'grow';
    const panel = split ? (WIDTH - 3 * PAD) / 2 : WIDTH - 2 * PAD;
    text(term(`name_${scene === 'restore' ? 'compare' : scene}`), 18, color, true);
    if (split) {
      // Each label over its own drawing, wrapped to its width; the drawings start below the longer one.
      const row = (y += PAD / 2);
      text(term('before'), 14, color, true, PAD, panel);
      const below = y;
      y = row;
      text(term('after'), 14, color, true, 2 * PAD + panel, panel);
      y = Math.max(y, below);
    }
    const top = y + PAD / 2;
    const end = this.duration;
    draw.push(() => {
      (split ? [0, end] : [end]).forEach((t, i) => {
        ctx.fillStyle = look.backgroundColor;
        ctx.fillRect(PAD + i * (panel + PAD), top, panel, PANEL_HEIGHT);
        drawNeuron(ctx, model, sceneState(scene, t), [look.color, look.outlineColor, look.caretColor], (PAD + i * (panel + PAD)) * k, panel * k, PANEL_HEIGHT * k, k, top * k);
        ctx.setTransform(k, 0, 0, k, 0, 0);
      });
    });
    y = top + PANEL_HEIGHT + PAD / 2;
    if (regrows(scene)) {
      const at = y;
      draw.push(() => {
        ctx.fillStyle = look.caretColor;
        ctx.beginPath();
        ctx.arc(PAD + 6, at + 12, 6, 0, 2 * Math.PI);
        ctx.fill();
      });
      text(term('newSpines'), 14, color, false, PAD + 20);
    }
    const count = (t: number) => localize.number(countSpines(model, sceneState(scene, t)));
    text(term('spines', { before: count(0), after: count(end) }), 14);
    y += PAD / 2;
    text(term('note'), 12, muted);
    text(`${term('sources')} ${neuronGrowthSources.map((key) => referenceFor(key).cite).join('; ')}`, 12, muted);
    out.width = WIDTH * k;
    out.height = Math.ceil((y + PAD) * k);
    ctx.setTransform(k, 0, 0, k, 0, 0);
    // The widget's surface, or the drawing's background where the surface is transparent.
    ctx.fillStyle = /^rgba\(.*, 0\)$/.test(backgroundColor) ? look.backgroundColor : backgroundColor;
    ctx.fillRect(0, 0, WIDTH, y + PAD);
    draw.forEach((step) => step());
    return pngOf(out);
  }

  /** @internal A colour media query changed. */
  handleEvent(): void {
    this.paint();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.media.forEach((q) => q.addEventListener('change', this));
    if (this.hasUpdated) this.observeSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.schedule();
    this.resizer.disconnect();
    this.media.forEach((q) => q.removeEventListener('change', this));
  }

  protected override firstUpdated(): void {
    // Removed in the same task as it was added: connectedCallback will observe when it comes back.
    if (this.isConnected) this.observeSize();
  }

  private observeSize(): void {
    const canvas = this.shadowRoot!.querySelector('canvas')!;
    try {
      this.resizer.observe(canvas, { box: 'device-pixel-content-box' });
    } catch {
      this.resizer.observe(canvas);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
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
      this.time = (reduced && !this.optIn) || (this.view === 'compare' && !this.autoplay) ? this.duration : 0;
    }
    if (changed.has('autoplay') && this.autoplay && !reduced) this.playing = true;
  }

  protected override update(changed: PropertyValues): void {
    // After the controllers' hostUpdate, so a new morphology is drawn in the same update.
    const state = this.source.state;
    if (changed.has('seed') || state !== this.shownState) {
      const seed = this.seed >>> 0;
      this.shownState = state;
      this.model = state.status !== 'ready' ? undefined : state.value ? buildModel(state.value, seed, false) : buildModel(generateNeuron(seed), seed);
    }
    super.update(changed);
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const { view: scene, time, model } = this;
    const stages = SCENES[scene].stages;
    const index = stageIndex(scene, time);
    const caption = (stage: Stage) => html`<strong>${term(`l_${stage}`)}.</strong> ${term(`t_${stage}`)}`;
    const stage = stages[index]![0];
    const label = term(`l_${stage}`);
    return html`<figure part="base" class="base">
      ${renderFrameStatus(this.source.state, this.localize)}
      <div class="stage" ?hidden=${!model}>
        <div part="panel-labels" class="labels" ?hidden=${!this.split} aria-hidden="true">
          <span>${term('before')}</span><span>${term('after')}</span>
        </div>
        <canvas
          width="0"
          height="0"
          part="canvas"
          role="img"
          aria-label=${term(`name_${scene === 'restore' && this.split ? 'compare' : scene}`)}
          aria-describedby="readout"
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
        <p id="readout" part="readout" class="readout"></p>
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
    const panels = this.split ? [0, time] : [time];
    const colors = [color, outlineColor, caretColor] as const;
    // Before play, a growing cell would be an empty canvas: its finished shape shows faintly underneath.
    const poster = scene === 'grow' && time === 0;
    if (poster) {
      ctx.globalAlpha = POSTER_ALPHA;
      drawNeuron(ctx, model, sceneState(scene, this.duration), colors, 0, width, height, devicePixelRatio);
      ctx.globalAlpha = 1;
    }
    panels.forEach((t, i) => drawNeuron(ctx, model, sceneState(scene, t), colors, (i * width) / panels.length, width / panels.length, height, devicePixelRatio));
    root!.querySelector('input')!.valueAsNumber = time;
    const count = (t: number) => this.localize.number(countSpines(model, sceneState(scene, t)));
    // At the start, one count and what Play will show; after it, where the count started and where it is now.
    root!.getElementById('readout')!.textContent = poster
      ? this.localize.term('spinesPoster', { after: count(this.duration) })
      : time === 0
        ? this.localize.term('spinesStart', { before: count(0) })
        : this.localize.term('spines', { before: count(0), after: count(time) });
  }
}
