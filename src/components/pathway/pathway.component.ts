import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defaultPathway, pathwayStrings, type PathwayStrings } from '../../content/pathway.js';
import { clock } from '../../internal/clock.js';
import { DataSourceController, renderDataErrors } from '../../internal/data-source.js';
import { KwElement, SSR_KEY_ATTRIBUTE, headingLevelOf } from '../../internal/kw-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { saveAs } from '../../internal/picture.js';
import { breakpointStyles, EM } from './breakpoints.js';
import type { Layout, Orientation } from './layout.js';
import { EXPORT_SHAPES, picturePNG, pictureSVG, type ExportShape } from './pathway-export.js';
import { focusInView, keyTarget, placeBeside } from './pathway-interaction.js';
import { mermaidToPathway } from './mermaid.js';
import type { Model } from './pathway-model.js';
import { alternatives, controlBar, details, diagramSVG, legend, markers, textVersion, type DiagramView, type Term } from './pathway-render.js';
import { PathwaySizing, type ModelInputs } from './pathway-sizing.js';
import { validatePathway, type PathwayData } from './pathway-schema.js';
import { styles } from './pathway.styles.js';

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
export class KwPathway extends KwElement {
  static override styles = [...KwElement.styles, styles, breakpointStyles];

  // Reactive properties and their attributes; each is documented on its field below.
  static override properties = {
    showAlternatives: { attribute: 'show-alternatives', type: Boolean, reflect: true },
    orientation: { reflect: true },
    stepMode: { attribute: 'step-mode', type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    step: { type: Number, reflect: true },
    exportMenu: { attribute: 'export', type: Boolean, reflect: true },
    exportShape: { attribute: 'export-shape', reflect: true },
    strings: { type: Object },
    data: { attribute: false },
    src: {},
    selected: { state: true },
    focusId: { state: true },
    textShown: { state: true },
    menuOpen: { state: true },
    playing: { state: true },
    width: { state: true },
  };

  /** Also lists the alternative and parallel hypotheses (nodes with `track: "alt"`) in a panel of their own. */
  showAlternatives = false;

  /** `auto` draws staged data in rows of stages that fit the width (others flow left to right when they fit, else top to bottom); or force a layered `horizontal` / `vertical` flowchart. */
  orientation: 'auto' | Orientation = 'auto';

  /** Shows Previous / Play / Next controls that walk through the story one step at a time. */
  stepMode = false;

  /** The current step (0-based) in step mode. */
  step = 0;

  /** Heading level (2–6) of the diagram's title, to fit the page's outline; the details and text version use the next level. */
  headingLevel = 2;

  /** Adds "Download SVG" and "Download PNG" to a "More" menu with the text version. */
  exportMenu = false;

  /** The shape of the downloaded pictures: `wide` (16:9, for posts and slides), `square` (social posts) or `tall` (4:5, a blog column). */
  exportShape: ExportShape = 'wide';

  /** Overrides for any UI string by key, e.g. `{"title": "Ketamine"}`; as an attribute, JSON. */
  strings?: Partial<PathwayStrings>;

  /** Your own pathway (see the data format docs); replaces the built-in one. */
  data?: PathwayData;

  /** URL of a JSON file with a pathway, in the same format as `data`, or of a Mermaid flowchart (`.mmd`). */
  src?: string;

  /** @internal */
  private selected?: string;
  /** @internal */
  private focusId?: string;
  /** @internal */
  private textShown = false;
  /** @internal */
  private menuOpen = false;
  /** @internal */
  private playing = false;
  /** @internal */
  private width = 0;

  private readonly localize = new LocalizeController<PathwayStrings>(this, pathwayStrings);
  private readonly source = new DataSourceController<PathwayData>(this, {
    validate: validatePathway,
    fallback: () => defaultPathway,
    textFormats: [{ type: 'text/x-mermaid', extensions: ['.mmd', '.mermaid'], convert: mermaidToPathway }],
  });
  private observer?: ResizeObserver;
  private timer?: number;
  private frame = 0;
  private hovering = false;
  private readonly sizing = new PathwaySizing(this);
  /** A pre-rendered element has hydrated: only the variant of its breakpoint is drawn (see breakpoints.ts). */
  private hydrated = false;
  /** The layout last scrolled to its first step. */
  private scrolledFor?: Layout;

  private get term(): Term {
    return this.localize.term.bind(this.localize);
  }

  protected override updated(): void {
    const probe = this.renderRoot.querySelector('.probe');
    const base = this.renderRoot.querySelector<HTMLElement>('.base');
    const { sizing } = this;
    const m = sizing.current;
    if (sizing.quantized && m) {
      // Hydrated: next, only the variant in view; then laid out afresh if a label does not fit in the page's font.
      if (!this.hydrated) void this.updateComplete.then(() => (this.hydrated = true));
      else if (!sizing.fits(m)) void this.updateComplete.then(() => ((sizing.quantized = false), this.requestUpdate()));
    } else if (probe && base && m && sizing.readTokens(probe, base, m)) this.requestUpdate();
    this.placeDetails();
    // A layered diagram wider than its box opens on the story's first step, not on its left edge; once per
    // layout, so it never fights the reader's own scrolling.
    if (!m || m.layout === this.scrolledFor) return;
    this.scrolledFor = m.layout;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    const first = this.renderRoot.querySelector(`[data-id="${CSS.escape(m.steps[0] ?? m.nodes[0]?.id ?? '')}"]`);
    if (!scroller || !first) return;
    const box = scroller.getBoundingClientRect();
    const node = first.getBoundingClientRect();
    if (node.left < box.left || node.right > box.right) scroller.scrollLeft += node.left - box.left - (box.width - node.width) / 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // It observes only this element, so each report has one entry.
    this.observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry!.contentRect.width);
      // Re-laying out changes the element's height; doing it in the next frame avoids a resize-observer loop.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => (this.width = width));
    });
    this.observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    this.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('stepMode') && !this.stepMode) this.stop();
  }

  /** What the server's layout assumed: the label size (the type scale's) and the attributes that shape the diagram. */
  protected override hydrationKey(): string {
    const probe = isServer ? null : this.renderRoot.querySelector('.probe');
    const scale = this.source.state.status === 'ready' ? this.sizing.labelScale(probe) : '';
    return `${super.hydrationKey()}|${scale}|${this.showAlternatives}|${this.orientation}`;
  }

  protected override update(changed: PropertyValues<this>): void {
    // Pre-rendered, and still as the page has it: laid out as the server did, so hydration finds its markup.
    if (!this.hasUpdated && this.hasAttribute(SSR_KEY_ATTRIBUTE)) this.sizing.quantized = this.getAttribute(SSR_KEY_ATTRIBUTE) === this.hydrationKey();
    super.update(changed);
  }

  override render(): TemplateResult {
    const t = this.term;
    const state = this.source.state;
    if (state.status !== 'ready') {
      return html`<div part="base" class="base">
        ${state.status === 'loading' ? html`<p aria-busy="true">${t('loading')}</p>` : renderDataErrors(state.errors, this.localize)}
      </div>`;
    }
    const data = state.value;
    const { sizing } = this;
    const figures: { model: Model; at?: number[] }[] = sizing.quantized
      ? sizing.variants(data, this.inputs(), this.hydrated ? sizing.breakpoint(this.renderRoot.querySelector('.base')) : undefined)
      : [{ model: sizing.model(data, this.width || this.clientWidth, this.inputs()) }];
    const m = sizing.current!;
    const title = this.strings?.title ?? this.localize.pick(data.title) ?? t('title');
    const caption = this.localize.pick(data.caption);
    const index = this.index(m);
    const current = this.stepMode ? m.steps[index] : undefined;
    const roving = this.focusId && m.placed.has(this.focusId) ? this.focusId : m.nodes[0]?.id;
    const chosen = m.nodes.find((n) => n.id === this.selected);
    const depth = headingLevelOf(this.headingLevel);
    const sub = Math.min(6, depth + 1);
    const view = (model: Model): DiagramView => ({
      t,
      model,
      measure: sizing.textWidth,
      live: {
        current,
        previous: this.stepMode ? m.steps[index - 1] : undefined,
        selected: this.selected,
        roving,
        click: (id: string) => this.open(id),
        key: (e: KeyboardEvent, id: string) => this.onKey(e, id, model),
        focus: (id: string) => (this.focusId = id),
      },
    });
    return html`<div part="base" class="base">
      <p class="title" id="title" role="heading" aria-level=${depth}>${title}</p>
      ${caption ? html`<p part="caption" class="caption">${caption}</p>` : nothing}
      ${this.controls(m, index, current)}
      <p id="keys" class="visually-hidden">${t('keys')}</p>
      <div class="figure" ?hidden=${this.textShown}>
        <div part="diagram" class="scroller" @pointerenter=${() => (this.hovering = true)} @pointerleave=${() => (this.hovering = false)}>
          ${figures.map(
            ({ model, at }) =>
              html`<div class="variant ${at ? at.map((a) => `at-${a}`).join(' ') : ''}${!at || this.hydrated ? ' kept' : ''}">${diagramSVG(view(model), title, at && EM)}</div>`,
          )}
        </div>
        <svg class="markers" aria-hidden="true" width="0" height="0">${markers()}</svg>
        ${chosen ? details(t, m, chosen, sub, () => this.close(), (e) => e.key === 'Escape' && this.close(e)) : nothing}
        ${legend(t, m)}
        ${data.nodes.some((n) => n.track === 'alt')
          ? html`<p part="alt-note" class="muted alt-note">
              ${t('altNote')}
              <button type="button" class="show-alternatives" aria-pressed=${this.showAlternatives ? 'true' : 'false'} @click=${() => (this.showAlternatives = !this.showAlternatives)}>
                ${t('showAlternatives')}
              </button>
            </p>`
          : nothing}
      </div>
      ${textVersion(t, m, sub, this.textShown)} ${alternatives(t, m, sub)}
      <span class="probe" aria-hidden="true"></span>
    </div>`;
  }

  private controls(m: Model, index: number, current: string | undefined): TemplateResult {
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
      toggleMenu: () => (this.menuOpen = !this.menuOpen),
      menuKey: (e) => this.onMenuKey(e),
      menuFocusOut: (e) => this.onMenuFocusOut(e),
      download: (kind) => this.download(kind),
    });
  }

  /**
   * The diagram as a standalone SVG document laid out for `shape` (`wide` 16:9, the default; `square`; `tall`
   * 4:5): title and caption above, key and sources below, in the current theme and language; styles inlined,
   * no scripts, no interactive state. Empty until the diagram has rendered.
   */
  toSVG(shape: ExportShape = 'wide'): string {
    // An unknown shape (a typo in the export-shape attribute) gives the wide picture.
    if (!Object.hasOwn(EXPORT_SHAPES, shape)) shape = 'wide';
    const live = this.shadowRoot?.querySelector<SVGSVGElement>('svg.diagram');
    const data = this.source.state.status === 'ready' ? this.source.state.value : undefined;
    const base = this.shadowRoot?.querySelector('.base');
    if (!live || !data || !base || !this.sizing.current) return '';
    return pictureSVG(
      {
        holder: base,
        t: this.term,
        title: live.getAttribute('aria-label') ?? '',
        caption: this.renderRoot.querySelector('.caption')?.textContent?.trim() ?? '',
        language: this.localize.language,
        background: getComputedStyle(base).backgroundColor,
        measure: (text, font) => this.sizing.measure(text, font),
        modelFor: (width) => this.sizing.model(data, width, this.inputs(), false),
      },
      shape in { wide: 1, square: 1, tall: 1 } ? shape : 'wide',
    );
  }

  /**
   * The diagram as a PNG image of `shape` (see `toSVG`), `scale` (above 0, up to 8; else 2) device pixels per
   * CSS pixel. Rejects, with a message, when there is no diagram to export.
   */
  async toPNG(scale = 2, shape: ExportShape = 'wide'): Promise<Blob> {
    const svgText = this.toSVG(shape);
    if (!svgText) throw new Error('<kw-pathway>: there is no diagram to export yet (not rendered, or its data could not be shown)');
    return picturePNG(svgText, scale);
  }

  private inputs(): ModelInputs {
    return { showAlternatives: this.showAlternatives, orientation: this.orientation, lang: this.localize.lang, pick: (text) => this.localize.pick(text) };
  }

  private index(m: Model): number {
    return Math.max(0, Math.min(m.steps.length - 1, Math.floor(this.step) || 0));
  }

  /** After the next render, focuses `selector` and scrolls it into view, keeping `keep` on screen. */
  private focusLater(selector: string, keep?: string): void {
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target) focusInView(target, keep ? this.renderRoot.querySelector(keep) : undefined, this.renderRoot.querySelector('.controls'));
    });
  }

  private open(id: string): void {
    this.selected = this.focusId = id;
    this.focusLater('#details-title', `[data-id="${CSS.escape(id)}"]`);
  }

  private close(event?: Event): void {
    event?.preventDefault();
    const id = this.selected;
    this.selected = undefined;
    if (id) this.focusNode(id);
  }

  private focusNode(id: string): void {
    this.focusId = id;
    this.focusLater(`[data-id="${CSS.escape(id)}"]`);
  }

  private placeDetails(): void {
    const panel = this.renderRoot.querySelector<HTMLElement>('.details');
    const node = this.selected && this.renderRoot.querySelector(`[data-id="${CSS.escape(this.selected)}"]`);
    const figure = this.renderRoot.querySelector('.figure');
    if (panel && node && figure) placeBeside(panel, node, figure);
  }

  private onKey(event: KeyboardEvent, id: string, m: Model): void {
    const { key } = event;
    if (key === 'Enter' || key === ' ') this.open(id);
    else if (key === 'Escape' && this.selected) this.selected = undefined;
    else {
      const next = keyTarget(key, id, m);
      if (next === null) return;
      if (next) this.focusNode(next);
    }
    event.preventDefault();
  }

  private goTo(index: number, m: Model): void {
    if (index < 0 || index >= m.steps.length || index === this.index(m)) return;
    this.step = index;
    void this.updateComplete.then(() =>
      // `nearest`: scroll only when the step is out of view, so that the step buttons stay where they are.
      this.renderRoot.querySelector('.node.current')?.scrollIntoView({
        block: 'nearest',
        inline: 'nearest',
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      }),
    );
    this.emit('kw-step-change', { index, id: m.steps[index] });
  }

  private emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  private togglePlay(m: Model): void {
    if (this.playing) return this.stop();
    if (this.index(m) >= m.steps.length - 1) this.goTo(0, m);
    this.playing = true;
    this.timer = clock.setInterval(() => {
      // Reading or exploring the diagram holds the story still.
      const current = this.sizing.current!;
      if (this.hovering || this.renderRoot.querySelector('.scroller:focus-within, .details:focus-within')) return;
      const index = this.index(current) + 1;
      this.goTo(index, current);
      if (index >= current.steps.length - 1) this.stop();
    }, 3500);
  }

  private stop(): void {
    clock.clearInterval(this.timer);
    this.playing = false;
  }

  /** The text version takes the diagram's place and gets focus; turned off, focus goes back to its control. */
  private toggleText(): void {
    this.textShown = !this.textShown;
    this.menuOpen = false;
    this.selected = undefined;
    this.focusLater(this.textShown ? '#text-title' : this.exportMenu ? '.menu-button' : '.show-text');
  }

  private onMenuKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.menuOpen) return;
    event.preventDefault();
    this.menuOpen = false;
    this.focusLater('.menu-button');
  }

  private onMenuFocusOut(event: FocusEvent): void {
    const menu = event.currentTarget as HTMLElement;
    if (!menu.contains(event.relatedTarget as Node | null)) this.menuOpen = false;
  }

  private download(kind: 'svg' | 'png'): void {
    this.menuOpen = false;
    const shape = this.exportShape;
    void saveAs('kw-pathway', `pathway.${kind}`, () => (kind === 'svg' ? new Blob([this.toSVG(shape)], { type: 'image/svg+xml' }) : this.toPNG(2, shape)));
  }
}
