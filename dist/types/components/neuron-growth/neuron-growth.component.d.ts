import { type PropertyValues, type TemplateResult } from 'lit';
import { type NeuronGrowthStrings } from '../../content/neuron-growth.js';
import { KwElement } from '../../internal/kw-element.js';
import { type SceneName } from './scene.js';
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
export declare class KwNeuronGrowth extends KwElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        scene: {
            reflect: boolean;
        };
        seed: {
            type: NumberConstructor;
        };
        autoplay: {
            type: BooleanConstructor;
        };
        loop: {
            type: BooleanConstructor;
        };
        speed: {
            type: NumberConstructor;
        };
        exportMenu: {
            attribute: string;
            type: BooleanConstructor;
            reflect: boolean;
        };
        src: {};
        data: {
            attribute: boolean;
        };
        strings: {
            type: ObjectConstructor;
        };
        playing: {
            state: boolean;
        };
        optIn: {
            state: boolean;
        };
        poster: {
            state: boolean;
        };
        svgShown: {
            state: boolean;
        };
    };
    /** What to show: `grow`, `stress`, `restore` (after one ketamine dose) or `compare` (before beside after). */
    scene: SceneName;
    /** Seed of the generated neuron: the same seed always draws the same neuron and spines. */
    seed: number;
    /** Starts playing once visible (never under reduced motion; a pause button is always shown). */
    autoplay: boolean;
    /** Starts again from the beginning at the end. */
    loop: boolean;
    /** Playback speed (0.1–10; 1 plays a scene in 8–15 seconds). */
    speed: number;
    /** Shows a "Download PNG" button: a still picture of the scene (see `toPNG()`), for pages that cannot run scripts. */
    exportMenu: boolean;
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
    private time;
    /** @internal */
    private playing;
    /** @internal The reader pressed play although they prefer reduced motion. */
    private optIn;
    /**
     * @internal Pre-rendered: shows the stills a reader without JavaScript saw (before beside after, as under reduced
     * motion) until the reader presses play or autoplay can start, so that the page does not change under them.
     */
    private poster;
    /** @internal The server's SVG drawing, kept over the canvas until the canvas has drawn. */
    private svgShown;
    private readonly localize;
    private readonly source;
    private shownState?;
    private readonly motion;
    private model?;
    private frame;
    private last;
    private lastStage?;
    private wasReduced;
    private resizer?;
    /** Colour scheme and forced colours: a change repaints (through `handleEvent`). */
    private media?;
    /** Length of the current scene in seconds at speed 1. */
    get duration(): number;
    /** The scene shown: an unknown `scene` value falls back to `restore`. */
    private get view();
    /**
     * Whether stage captions are announced: only once the reader has used the controls, so that an autoplaying loop
     * does not talk over the page (a screen reader can still read the caption at any time).
     * @internal
     */
    private heard;
    private listen;
    /** Still frames: under reduced motion (unless the reader pressed play), and a pre-rendered poster. */
    private get still();
    /** Before and after side by side: the compare scene, and the still frames. */
    private get split();
    /** The times drawn, one per panel: the start beside now when split. */
    private get panels();
    /** Plays from the current position (from the start if at the end). Under reduced motion this opts in. */
    play(): void;
    /** Stops at the current position; no animation frames run until `play()`. */
    pause(): void;
    /** Shows second `t` of the scene (0 to `duration`). */
    seek(t: number): void;
    /**
     * A still picture of the scene for pages that cannot run scripts: before and after the whole scene (`grow` shows
     * its end alone) under the scene's name, then the key, the spine counts, the "illustration" note and the sources;
     * in the current theme and language, 640 CSS pixels wide at `scale` (above 0, up to 8; else 2) device pixels per
     * CSS pixel. Rejects, with a message, while there is no drawing (not on the page, loading, or an SWC file that
     * could not be used).
     */
    toPNG(scale?: number): Promise<Blob>;
    /** @internal A colour media query changed. */
    handleEvent(): void;
    connectedCallback(): void;
    disconnectedCallback(): void;
    protected firstUpdated(): void;
    private observeSize;
    private readonly resized;
    /** The view, the seed and the poster: a page that changed them before the module ran gets a fresh render. */
    protected hydrationKey(): string;
    protected willUpdate(changed: PropertyValues): void;
    protected update(changed: PropertyValues): void;
    private syncModel;
    /**
     * The spine count, which is also the drawing's description. At the start, one count and what Play will show;
     * after it, where the count started and where it is now.
     */
    private readoutText;
    render(): TemplateResult;
    protected updated(): void;
    /** Runs the frame loop only while playing, connected, on screen, in a visible tab, and motion is welcome. */
    private schedule;
    private readonly tick;
    /**
     * Draws the canvas (in the colours of its CSS `color`, `outline-color` and `caret-color`: dendrite, spine,
     * new spine) and updates the timeline position and the spine count (the canvas's description).
     */
    private paint;
}
