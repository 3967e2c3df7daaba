import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defaultPathway, pathwayStrings, type PathwayStrings } from '../../content/pathway.js';
import { referenceFor } from '../../content/references.js';
import { DataSourceController, renderDataErrors } from '../../internal/data-source.js';
import { KwElement } from '../../internal/kw-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { layoutGraph, wrapText, type Layout, type Orientation, type PlacedNode } from './layout.js';
import { validatePathway, type Confidence, type PathwayData, type PathwayEdge, type PathwayNode } from './pathway-schema.js';
import { styles } from './pathway.styles.js';

const NODE_WIDTH = 150;
const PAD = 10;
const LINE = 18;
const PLAY_MS = 3500;
const DASH: Record<Confidence, string> = { established: '', supported: '7 4', debated: '2 4' };
// Computed styles copied into an exported SVG so that it looks the same without the stylesheet.
const EXPORT_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-family', 'font-size', 'font-weight', 'text-anchor'];

interface Model {
  nodes: PathwayNode[];
  edges: PathwayEdge[];
  steps: string[];
  lines: Map<string, string[]>;
  layout: Layout;
  placed: Map<string, PlacedNode>;
  orientation: Orientation;
}

/**
 * @tagname kw-pathway
 * @summary An explorable, sourced diagram of how ketamine may relieve depression, with confidence levels,
 * step-by-step mode, a text alternative, and SVG / PNG export.
 *
 * @slot - An inline `<script type="application/json">` child supplies your own pathway (see the data format docs).
 *
 * @csspart base - The outer container.
 * @csspart caption - The caption that is always shown.
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
 * @event kw-step-change - The reader moved to another step (Previous, Next or Play). `detail: { index, id }`.
 */
export class KwPathway extends KwElement {
  static override styles = [...KwElement.styles, styles];

  /** Also shows the alternative and parallel hypotheses (nodes with `track: "alt"`). */
  @property({ attribute: 'show-alternatives', type: Boolean, reflect: true }) showAlternatives = false;

  /** `auto` flows left to right when the diagram fits the width, else top to bottom; or force `horizontal` / `vertical`. */
  @property({ reflect: true }) orientation: 'auto' | Orientation = 'auto';

  /** Shows Previous / Play / Next controls that walk through the story one step at a time. */
  @property({ attribute: 'step-mode', type: Boolean, reflect: true }) stepMode = false;

  /** The current step (0-based) in step mode. */
  @property({ type: Number, reflect: true }) step = 0;

  /** Shows "Download SVG" and "Download PNG" buttons. */
  @property({ attribute: 'export', type: Boolean, reflect: true }) exportMenu = false;

  /** Overrides for any UI string by key, e.g. `{"title": "Ketamine"}`; as an attribute, JSON. */
  @property({ type: Object }) strings?: Partial<PathwayStrings>;

  /** Your own pathway (see the data format docs); replaces the built-in one. */
  @property({ attribute: false }) data?: PathwayData;

  /** URL of a JSON file with a pathway, in the same format as `data`. */
  @property() src?: string;

  /** @internal */
  @state() private selected?: string;
  /** @internal */
  @state() private focusId?: string;
  /** @internal */
  @state() private textShown = false;
  /** @internal */
  @state() private playing = false;
  /** @internal */
  @state() private width = 0;

  private readonly localize = new LocalizeController<PathwayStrings>(this, pathwayStrings);
  private readonly source = new DataSourceController<PathwayData>(this, { validate: validatePathway, fallback: () => defaultPathway });
  private resizeObserver?: ResizeObserver;
  private timer?: ReturnType<typeof setInterval>;
  private frame = 0;
  private hovering = false;
  private focusInside = false;
  private cache?: { key: string; data: PathwayData; model: Model };
  private measureContext?: CanvasRenderingContext2D | null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]!.contentRect.width);
      // Re-laying out changes the element's height; doing it in the next frame avoids a resize-observer loop.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => (this.width = width));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    cancelAnimationFrame(this.frame);
    this.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('stepMode') && !this.stepMode) this.stop();
  }

  override render(): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const state = this.source.state;
    if (state.status === 'loading') return html`<div part="base" class="base"><p aria-busy="true">${term('loading')}</p></div>`;
    if (state.status === 'error') {
      return html`<div part="base" class="base">${renderDataErrors(state.errors, term('dataError'), (count) => term('moreErrors', { count }))}</div>`;
    }
    const data = state.value;
    const model = this.model(data);
    const title = this.strings?.title ?? this.localize.pick(data.title) ?? term('title');
    const caption = this.localize.pick(data.caption);
    return html`<div part="base" class="base">
      <p class="title" id="title">${title}</p>
      ${caption ? html`<p part="caption" class="caption">${caption}</p>` : nothing}
      <div class="controls">
        ${this.renderToolbar(model)}
        <p class="sentence" aria-live="polite">${this.stepMode ? this.stepSentence(model) : ''}</p>
      </div>
      <div
        part="diagram"
        class="scroller"
        @pointerenter=${() => (this.hovering = true)}
        @pointerleave=${() => (this.hovering = false)}
        @focusin=${() => (this.focusInside = true)}
        @focusout=${() => (this.focusInside = false)}
      >
        ${this.renderSvg(model, title)}
      </div>
      ${this.renderDetails(model)} ${this.renderLegend()} ${this.renderText(model)}
    </div>`;
  }

  /** The diagram as a standalone SVG document (styles inlined, current theme and language, no scripts). */
  toSVG(): string {
    const live = this.renderRoot.querySelector<SVGSVGElement>('svg.diagram');
    if (!live) return '';
    const clone = live.cloneNode(true) as SVGSVGElement;
    const from = [live, ...live.querySelectorAll('*')];
    const to = [clone, ...clone.querySelectorAll('*')];
    from.forEach((el, i) => {
      const target = to[i] as SVGElement;
      const computed = getComputedStyle(el);
      for (const prop of EXPORT_PROPS) target.style.setProperty(prop, computed.getPropertyValue(prop));
      for (const attr of ['class', 'tabindex', 'part']) target.removeAttribute(attr);
    });
    const comments = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
    const markers: Node[] = [];
    while (comments.nextNode()) markers.push(comments.currentNode);
    markers.forEach((c) => c.parentNode!.removeChild(c));
    // The caption travels with the picture, on the widget's background.
    const base = this.renderRoot.querySelector('.base')!;
    const box = live.viewBox.baseVal;
    const caption = this.renderRoot.querySelector('.caption')?.textContent ?? '';
    const font = getComputedStyle(base).fontFamily;
    const lines = wrapText(caption, Math.max(box.width - 20, 200), (t) => this.measure(t, `12px ${font}`));
    const extra = lines.length * 16 + 12;
    const ns = 'http://www.w3.org/2000/svg';
    const background = document.createElementNS(ns, 'rect');
    background.setAttribute('x', String(box.x));
    background.setAttribute('y', String(box.y));
    background.setAttribute('width', String(box.width));
    background.setAttribute('height', String(box.height + extra));
    background.setAttribute('fill', getComputedStyle(base).backgroundColor);
    const title = document.createElementNS(ns, 'title');
    title.textContent = live.getAttribute('aria-label');
    clone.prepend(title, background);
    lines.forEach((line, i) => {
      const text = document.createElementNS(ns, 'text');
      text.setAttribute('x', String(box.x + 10));
      text.setAttribute('y', String(box.y + box.height + 14 + i * 16));
      // CSSOM, not a style attribute string, so that a strict CSP does not object.
      text.style.setProperty('font', `12px ${font}`);
      text.style.setProperty('fill', getComputedStyle(base).color);
      text.textContent = line;
      clone.append(text);
    });
    clone.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height + extra}`);
    clone.setAttribute('height', String(box.height + extra));
    clone.setAttribute('xml:lang', this.localize.language);
    return new XMLSerializer().serializeToString(clone);
  }

  /** The diagram as a PNG image, `scale` device pixels per CSS pixel. */
  async toPNG(scale = 2): Promise<Blob> {
    const text = this.toSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    const width = Number(doc.getAttribute('width')) * scale;
    const height = Number(doc.getAttribute('height')) * scale;
    const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(width);
      canvas.height = Math.ceil(height);
      canvas.getContext('2d')!.drawImage(image, 0, 0, width, height);
      return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  private model(data: PathwayData): Model {
    const orientationWanted = this.orientation;
    const key = `${this.showAlternatives}|${orientationWanted}|${this.localize.lang}|${orientationWanted === 'auto' ? this.width : ''}`;
    if (this.cache && this.cache.data === data && this.cache.key === key) return this.cache.model;
    const nodes = data.nodes.filter((n) => this.showAlternatives || n.track !== 'alt');
    const ids = new Set(nodes.map((n) => n.id));
    const edges = data.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
    const font = getComputedStyle(this).fontFamily;
    const lines = new Map(nodes.map((n) => [n.id, wrapText(this.localize.pick(n.label) ?? n.id, NODE_WIDTH - 2 * PAD, (t) => this.measure(t, `600 14px ${font}`))]));
    const inputs = nodes.map((n) => ({ id: n.id, width: NODE_WIDTH, height: 2 * PAD + (lines.get(n.id)!.length + 1) * LINE, x: n.x, y: n.y }));
    const run = (orientation: Orientation) => layoutGraph(inputs, edges, { orientation });
    let orientation: Orientation = orientationWanted === 'auto' ? 'horizontal' : orientationWanted;
    let layout = run(orientation);
    // Before the ResizeObserver reports, the element's own width decides, so the first frame is already final (no layout shift).
    const available = this.width || this.clientWidth;
    if (orientationWanted === 'auto' && available > 0 && layout.box.width > available) {
      orientation = 'vertical';
      layout = run(orientation);
    }
    const steps = (data.steps ?? nodes.filter((n) => n.track !== 'alt').map((n) => n.id)).filter((id) => ids.has(id));
    const model = { nodes, edges, steps, lines, layout, placed: new Map(layout.nodes.map((p) => [p.id, p])), orientation };
    this.cache = { key, data, model };
    return model;
  }

  private measure(text: string, font: string): number {
    if (this.measureContext === undefined) this.measureContext = document.createElement('canvas').getContext('2d');
    if (!this.measureContext) return text.length * 8.5;
    this.measureContext.font = font;
    // A small margin covers fonts that load after measuring.
    return this.measureContext.measureText(text).width * 1.05;
  }

  private label(id: string, model: Model): string {
    const node = model.nodes.find((n) => n.id === id);
    return (node && this.localize.pick(node.label)) ?? id;
  }

  private currentStepIndex(model: Model): number {
    return Math.max(0, Math.min(model.steps.length - 1, Math.floor(this.step) || 0));
  }

  private stepSentence(model: Model): string {
    const index = this.currentStepIndex(model);
    const id = model.steps[index];
    const node = model.nodes.find((n) => n.id === id);
    if (!node) return '';
    return this.localize.term('step', {
      index: index + 1,
      count: model.steps.length,
      label: this.localize.pick(node.label) ?? node.id,
      description: this.localize.pick(node.description) ?? '',
    });
  }

  private renderToolbar(model: Model): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const index = this.currentStepIndex(model);
    return html`<div class="toolbar">
      ${this.stepMode
        ? html`<div part="steps" class="steps" role="group" aria-labelledby="title">
            <button type="button" class="prev" aria-disabled=${index <= 0 ? 'true' : 'false'} @click=${() => this.goTo(index - 1, model)}>
              ${term('prev')}
            </button>
            <button type="button" class="play" aria-pressed=${this.playing ? 'true' : 'false'} @click=${() => this.togglePlay(model)}>
              ${this.playing ? term('pause') : term('play')}
            </button>
            <button type="button" class="next" aria-disabled=${index >= model.steps.length - 1 ? 'true' : 'false'} @click=${() => this.goTo(index + 1, model)}>
              ${term('next')}
            </button>
          </div>`
        : nothing}
      <button type="button" class="show-text" aria-pressed=${this.textShown ? 'true' : 'false'} @click=${() => (this.textShown = !this.textShown)}>
        ${term('showText')}
      </button>
      ${this.exportMenu
        ? html`<div part="export" class="export">
            <button type="button" class="download-svg" @click=${() => this.download('svg')}>${term('downloadSvg')}</button>
            <button type="button" class="download-png" @click=${() => this.download('png')}>${term('downloadPng')}</button>
          </div>`
        : nothing}
    </div>`;
  }

  private renderSvg(model: Model, title: string): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const { box } = model.layout;
    const current = this.stepMode ? model.steps[this.currentStepIndex(model)] : undefined;
    const previous = this.stepMode ? model.steps[this.currentStepIndex(model) - 1] : undefined;
    const roving = this.focusId && model.placed.has(this.focusId) ? this.focusId : model.nodes[0]?.id;
    return html`<svg
      class="diagram ${model.orientation}"
      role="graphics-document"
      aria-label=${title}
      viewBox="${box.x} ${box.y} ${box.width} ${box.height}"
      width=${box.width}
      height=${box.height}
      xmlns="http://www.w3.org/2000/svg"
    >
      <defs>
        ${['', '-hi'].map(
          (suffix) => svg`<marker id="arrow${suffix}" class="marker${suffix}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z"/></marker>
          <marker id="bar${suffix}" class="marker${suffix}" viewBox="0 0 4 12" refX="3" refY="6" markerUnits="userSpaceOnUse" markerWidth="4" markerHeight="14" orient="auto"><rect width="4" height="12"/></marker>`,
        )}
      </defs>
      <g aria-hidden="true">
        ${model.layout.edges.map((routed, i) => {
          const edge = model.edges[i]!;
          const hi = current !== undefined && edge.to === current && (previous === undefined || edge.from === previous);
          const marker = `url(#${edge.effect === 'inhibits' ? 'bar' : 'arrow'}${hi ? '-hi' : ''})`;
          return svg`<path class="edge conf-${edge.confidence ?? 'established'}${hi ? ' current' : ''}" stroke-dasharray=${DASH[edge.confidence ?? 'established'] || nothing}
            d=${`M${routed.points.map(([x, y]) => `${x} ${y}`).join('L')}`} marker-end=${marker}></path>`;
        })}
      </g>
      ${model.nodes.map((node, i) => {
        const p = model.placed.get(node.id)!;
        const level = term(node.confidence);
        const lines = model.lines.get(node.id)!;
        const classes = `node kind-${node.kind} conf-${node.confidence}${node.id === current ? ' current' : ''}${node.id === this.selected ? ' selected' : ''}`;
        return svg`<g class=${classes} data-id=${node.id} role="graphics-object" tabindex=${node.id === roving ? 0 : -1}
          aria-label=${term('nodeName', { label: this.localize.pick(node.label) ?? node.id, level, index: i + 1, count: model.nodes.length })}
          transform="translate(${p.x} ${p.y})" @click=${() => this.open(node.id)} @keydown=${(e: KeyboardEvent) => this.handleNodeKey(e, node.id, model)}
          @focus=${() => (this.focusId = node.id)}>
          <rect width=${p.width} height=${p.height} rx="6" stroke-dasharray=${DASH[node.confidence] || nothing}></rect>
          <text class="label" x=${p.width / 2} y=${PAD + 14}>${lines.map((line, k) => svg`<tspan x=${p.width / 2} dy=${k ? LINE : 0}>${line}</tspan>`)}</text>
          <text class="level" x=${p.width / 2} y=${PAD + 13 + lines.length * LINE}>${node.track === 'alt' ? '◇ ' : ''}${level}</text>
        </g>`;
      })}
    </svg>`;
  }

  private renderLegend(): TemplateResult {
    const alt = this.showAlternatives && this.source.value?.nodes.some((n) => n.track === 'alt');
    const term = this.localize.term.bind(this.localize);
    const sample = (cls: string, dash: string, marker = '') =>
      html`<svg class="sample" aria-hidden="true" viewBox="0 0 36 12" width="36" height="12"><path class=${cls} d="M2 6H30" stroke-dasharray=${dash || nothing} marker-end=${marker || nothing}></path></svg>`;
    return html`<ul part="legend" class="legend" aria-label=${term('legend')}>
      ${(['established', 'supported', 'debated'] as const).map(
        (level) => html`<li>${sample('edge', DASH[level])}<span><strong>${term(level)}</strong>: ${term(`legend${level[0]!.toUpperCase()}${level.slice(1)}` as keyof PathwayStrings)}</span></li>`,
      )}
      <li>${sample('edge', '', 'url(#arrow)')}<span>${term('legendArrow')}</span></li>
      <li>${sample('edge', '', 'url(#bar)')}<span>${term('legendBar')}</span></li>
      ${alt ? html`<li><span aria-hidden="true">◇</span><span>${term('alt')}</span></li>` : nothing}
    </ul>`;
  }

  private renderDetails(model: Model): TemplateResult | typeof nothing {
    const node = model.nodes.find((n) => n.id === this.selected);
    if (!node) return nothing;
    const term = this.localize.term.bind(this.localize);
    return html`<section part="details" class="details" role="region" aria-labelledby="details-title" @keydown=${this.handleDetailsKey}>
      <p class="details-title" id="details-title" tabindex="-1"><strong>${this.localize.pick(node.label)}</strong></p>
      <p class="details-level">${term('confidence', { level: term(node.confidence) })}${node.track === 'alt' ? html` · ${term('alt')}` : nothing}</p>
      <p>${this.localize.pick(node.description)}</p>
      ${node.refs?.length
        ? html`<p class="details-refs-title">${term('references')}</p>
            <ul class="refs">
              ${node.refs.map((key) => {
                const ref = referenceFor(key);
                return html`<li>
                  ${ref.url
                    ? html`<a href=${ref.url} target="_blank" rel="noopener noreferrer">${ref.cite}<span class="visually-hidden"> ${term('newTab')}</span></a>`
                    : ref.cite}
                </li>`;
              })}
            </ul>`
        : nothing}
      <button type="button" class="close" @click=${() => this.close()}>${term('close')}</button>
    </section>`;
  }

  private renderText(model: Model): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    const order = [...model.steps, ...model.nodes.map((n) => n.id).filter((id) => !model.steps.includes(id))];
    return html`<div part="text" class="text ${this.textShown ? '' : 'visually-hidden'}">
      <p class="text-title">${term('textHeading')}</p>
      <ol>
        ${order.map((id) => {
          const node = model.nodes.find((n) => n.id === id)!;
          const relations = model.edges.filter((e) => e.from === id);
          return html`<li>
            <strong>${this.localize.pick(node.label)}</strong> (${term(node.confidence)}${node.track === 'alt' ? `, ${term('alt')}` : ''}).
            ${this.localize.pick(node.description)}
            ${relations.length
              ? html`<ul>
                  ${relations.map(
                    (e) =>
                      html`<li>
                        ${term('relation', { from: this.label(e.from, model), effect: term(e.effect), to: this.label(e.to, model) })}
                        (${term(e.confidence ?? 'established')})
                      </li>`,
                  )}
                </ul>`
              : nothing}
          </li>`;
        })}
      </ol>
    </div>`;
  }

  private open(id: string): void {
    this.selected = id;
    this.focusId = id;
    // The panel sticks to the bottom of the viewport, so moving focus there need not scroll the page.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus({ preventScroll: true }));
  }

  private close(): void {
    const id = this.selected;
    this.selected = undefined;
    if (id) this.focusNode(id);
  }

  private focusNode(id: string): void {
    this.focusId = id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>(`[data-id="${id}"]`)?.focus());
  }

  private readonly handleDetailsKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    }
  };

  private handleNodeKey(event: KeyboardEvent, id: string, model: Model): void {
    const horizontal = model.orientation === 'horizontal';
    const placed = model.placed.get(id)!;
    const layer = model.layout.layers[placed.layer]!;
    const along = (ids: string[]) => ids.sort((a, b) => (horizontal ? model.placed.get(a)!.y - model.placed.get(b)!.y : model.placed.get(a)!.x - model.placed.get(b)!.x))[0];
    let next: string | undefined;
    const key = event.key;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      this.open(id);
      return;
    }
    if (key === 'Escape' && this.selected) {
      event.preventDefault();
      this.selected = undefined;
      return;
    }
    if (key === (horizontal ? 'ArrowRight' : 'ArrowDown')) next = along(model.edges.filter((e) => e.from === id).map((e) => e.to));
    else if (key === (horizontal ? 'ArrowLeft' : 'ArrowUp')) next = along(model.edges.filter((e) => e.to === id).map((e) => e.from));
    else if (key === (horizontal ? 'ArrowDown' : 'ArrowRight')) next = layer[layer.indexOf(id) + 1];
    else if (key === (horizontal ? 'ArrowUp' : 'ArrowLeft')) next = layer[layer.indexOf(id) - 1];
    else if (key === 'Home') next = model.nodes[0]?.id;
    else if (key === 'End') next = model.nodes[model.nodes.length - 1]?.id;
    else return;
    event.preventDefault();
    if (next) this.focusNode(next);
  }

  private goTo(index: number, model: Model): void {
    if (index < 0 || index >= model.steps.length || index === this.currentStepIndex(model)) return;
    this.step = index;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector('.node.current')?.scrollIntoView({
        block: 'center',
        inline: 'center',
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      }),
    );
    this.dispatchEvent(new CustomEvent('kw-step-change', { bubbles: true, composed: true, detail: { index, id: model.steps[index] } }));
  }

  private togglePlay(model: Model): void {
    if (this.playing) {
      this.stop();
      return;
    }
    if (this.currentStepIndex(model) >= model.steps.length - 1) this.goTo(0, model);
    this.playing = true;
    this.timer = setInterval(() => {
      // Reading or exploring the diagram holds the story still.
      if (this.hovering || this.focusInside) return;
      const current = this.cache?.model;
      if (!current) return;
      const index = this.currentStepIndex(current);
      if (index >= current.steps.length - 1) this.stop();
      else this.goTo(index + 1, current);
      if (this.currentStepIndex(current) >= current.steps.length - 1) this.stop();
    }, PLAY_MS);
  }

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.playing = false;
  }

  private async download(kind: 'svg' | 'png'): Promise<void> {
    const blob = kind === 'svg' ? new Blob([this.toSVG()], { type: 'image/svg+xml' }) : await this.toPNG();
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `pathway.${kind}`;
    link.click();
    URL.revokeObjectURL(url);
  }
}
