import { html, nothing, render, svg, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultPathway, pathwayStrings, type PathwayStrings } from '../../content/pathway.js';
import { CONFIDENCES, referenceFor } from '../../content/references.js';
import { DataSourceController, renderDataErrors } from '../../internal/data-source.js';
import { KwElement, headingLevelOf } from '../../internal/kw-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { exportScale, pngOf, saveAs, wrapText } from '../../internal/picture.js';
import { layoutGraph, type Layout, type Orientation, type PlacedNode } from './layout.js';
import { validatePathway, type Confidence, type PathwayData, type PathwayEdge, type PathwayNode } from './pathway-schema.js';
import { styles } from './pathway.styles.js';

const NODE_WIDTH = 150;
const PAD = 10;
const LINE = 18;
// Established lines and boxes are solid.
const DASH: Partial<Record<Confidence, string>> = { supported: '7 4', debated: '2 4' };
const dash = (level?: Confidence) => (level && DASH[level]) ?? nothing;
/** Keeps a text's drawn length: in another font it is squeezed or stretched to fit, not spilled out of its box. */
function setTextLength(el: Element, length: number): void {
  el.setAttribute('textLength', String(Math.round(length * 10) / 10));
  el.setAttribute('lengthAdjust', 'spacingAndGlyphs');
}
// Computed styles copied into an exported SVG so that it looks the same without the stylesheet.
const EXPORT_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-family', 'font-size', 'font-weight', 'text-anchor'];

interface Model {
  nodes: PathwayNode[];
  edges: PathwayEdge[];
  steps: string[];
  /** Label and description in the current language, by id. */
  label: Map<string, string>;
  desc: Map<string, string>;
  lines: Map<string, string[]>;
  layout: Layout;
  placed: Map<string, PlacedNode>;
  orientation: Orientation;
}

/** One button; `pressed` / `disabled` become aria-pressed / aria-disabled when given. */
const button = (cls: string, label: string, click: () => void, pressed?: `${boolean}`, disabled?: `${boolean}`) =>
  html`<button type="button" class=${cls} aria-pressed=${ifDefined(pressed)} aria-disabled=${ifDefined(disabled)} @click=${click}>${label}</button>`;

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
export class KwPathway extends KwElement {
  static override styles = [...KwElement.styles, styles];

  // Reactive properties and their attributes; each is documented on its field below.
  static override properties = {
    showAlternatives: { attribute: 'show-alternatives', type: Boolean, reflect: true },
    orientation: { reflect: true },
    stepMode: { attribute: 'step-mode', type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    step: { type: Number, reflect: true },
    exportMenu: { attribute: 'export', type: Boolean, reflect: true },
    strings: { type: Object },
    data: { attribute: false },
    src: {},
    selected: { state: true },
    focusId: { state: true },
    textShown: { state: true },
    playing: { state: true },
    width: { state: true },
  };

  /** Also shows the alternative and parallel hypotheses (nodes with `track: "alt"`). */
  showAlternatives = false;

  /** `auto` flows left to right when the diagram fits the width, else top to bottom; or force `horizontal` / `vertical`. */
  orientation: 'auto' | Orientation = 'auto';

  /** Shows Previous / Play / Next controls that walk through the story one step at a time. */
  stepMode = false;

  /** The current step (0-based) in step mode. */
  step = 0;

  /** Heading level (2–6) of the diagram's title, to fit the page's outline; the details and text version use the next level. */
  headingLevel = 2;

  /** Shows "Download SVG" and "Download PNG" buttons. */
  exportMenu = false;

  /** Overrides for any UI string by key, e.g. `{"title": "Ketamine"}`; as an attribute, JSON. */
  strings?: Partial<PathwayStrings>;

  /** Your own pathway (see the data format docs); replaces the built-in one. */
  data?: PathwayData;

  /** URL of a JSON file with a pathway, in the same format as `data`. */
  src?: string;

  /** @internal */
  private selected?: string;
  /** @internal */
  private focusId?: string;
  /** @internal */
  private textShown = false;
  /** @internal */
  private playing = false;
  /** @internal */
  private width = 0;

  private readonly localize = new LocalizeController<PathwayStrings>(this, pathwayStrings);
  private readonly source = new DataSourceController<PathwayData>(this, { validate: validatePathway, fallback: () => defaultPathway });
  private observer?: ResizeObserver;
  private timer?: ReturnType<typeof setInterval>;
  private frame = 0;
  private hovering = false;
  private cache?: { key: string; data: PathwayData; model: Model };
  /** Layouts by orientation for the same data, alternatives and language: a resize only picks one (large diagrams take long to lay out). */
  private layouts?: { key: string; data: PathwayData; byOrientation: Map<Orientation, Layout> };
  private ctx?: CanvasRenderingContext2D | null;

  /** The layout last scrolled to its first step. */
  private scrolledFor?: Layout;

  protected override updated(): void {
    // A diagram wider than its box (alternatives beside a vertical chain on a phone) opens on the story's first
    // step, not on its left edge; once per layout, so it never fights the reader's own scrolling.
    const m = this.cache?.model;
    if (!m || m.layout === this.scrolledFor) return;
    this.scrolledFor = m.layout;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    const first = this.renderRoot.querySelector(`[data-id="${CSS.escape(m.steps[0] ?? m.nodes[0]?.id ?? '')}"]`);
    if (!scroller || !first) return;
    const box = scroller.getBoundingClientRect();
    const node = first.getBoundingClientRect();
    // Only when that step is not already in view (the page itself never scrolls).
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
    if (changed.has('stepMode') && !this.stepMode) this.stop();
  }

  override render(): TemplateResult {
    const t = this.localize.term.bind(this.localize);
    const state = this.source.state;
    if (state.status !== 'ready') {
      return html`<div part="base" class="base">
        ${state.status === 'loading'
          ? html`<p aria-busy="true">${t('loading')}</p>`
          : renderDataErrors(state.errors, this.localize)}
      </div>`;
    }
    const data = state.value;
    const m = this.model(data);
    const { nodes, edges, steps, label, desc, placed } = m;
    const { box } = m.layout;
    const title = this.strings?.title ?? this.localize.pick(data.title) ?? t('title');
    const caption = this.localize.pick(data.caption);
    const index = this.index(m);
    const current = this.stepMode ? steps[index] : undefined;
    const previous = this.stepMode ? steps[index - 1] : undefined;
    const roving = this.focusId && placed.has(this.focusId) ? this.focusId : nodes[0]?.id;
    const chosen = nodes.find((n) => n.id === this.selected);
    const alt = (node: PathwayNode, prefix: string) => (node.track === 'alt' ? prefix + t('alt') : '');
    const level = (node: { confidence?: Confidence }) => t(node.confidence ?? 'established');
    // `hidden`: in the text version while only screen readers have it, a link must not be an invisible tab stop.
    const cite = (key: string, hidden?: boolean) => {
      const ref = referenceFor(key);
      const text = html`<span lang=${ifDefined(ref.lang)}>${ref.cite}</span>`;
      return ref.url
        ? html`<a href=${ref.url} target="_blank" rel="noopener noreferrer" tabindex=${ifDefined(hidden ? -1 : undefined)}
            >${text}<span class="visually-hidden"> ${t('newTab')}</span></a
          >`
        : text;
    };
    // The text alternative follows the story, then lists the nodes outside it.
    const textOrder = [...new Set([...steps, ...nodes.map((n) => n.id)])];
    const depth = headingLevelOf(this.headingLevel);
    return html`<div part="base" class="base">
      <p class="title" id="title" role="heading" aria-level=${depth}>${title}</p>
      ${caption ? html`<p part="caption" class="caption">${caption}</p>` : nothing}
      <div class="controls">
        <div class="row">
          ${this.stepMode
            ? html`<div part="steps" class="row" role="group" aria-labelledby="title">
                ${button('prev', t('prev'), () => this.goTo(index - 1, m), undefined, `${index <= 0}`)}
                ${button('play', t(this.playing ? 'pause' : 'play'), () => this.togglePlay(m))}
                ${button('next', t('next'), () => this.goTo(index + 1, m), undefined, `${index >= steps.length - 1}`)}
              </div>`
            : nothing}
          ${button('show-text', t('showText'), () => (this.textShown = !this.textShown), `${this.textShown}`)}
          ${this.exportMenu
            ? html`<div part="export" class="row">
                ${button('download-svg', t('downloadSvg'), () => void saveAs('kw-pathway', 'pathway.svg', () => new Blob([this.toSVG()], { type: 'image/svg+xml' })))}
                ${button('download-png', t('downloadPng'), () => void saveAs('kw-pathway', 'pathway.png', () => this.toPNG()))}
              </div>`
            : nothing}
        </div>
        <p class="sentence">${current ? t('step', { index: index + 1, count: steps.length, label: label.get(current)!, description: desc.get(current)! }) : ''}</p>
        <p class="visually-hidden" aria-live="polite">${current ? t('step', { index: index + 1, count: steps.length, label: label.get(current)!, description: '' }).trim() : ''}</p>
      </div>
      <p id="keys" class="visually-hidden">${t('keys')}</p>
      <div
        part="diagram"
        class="scroller"
        @pointerenter=${() => (this.hovering = true)}
        @pointerleave=${() => (this.hovering = false)}
      >
        <svg
          class="diagram ${m.orientation}"
          role="graphics-document"
          aria-label=${title}
          aria-describedby="keys"
          viewBox="${box.x} ${box.y} ${box.width} ${box.height}"
          width=${box.width}
          height=${box.height}
        >
          <defs>
            ${['', '-hi'].map(
              (hi) => svg`<marker id="arrow${hi}" class="marker${hi}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto"><path d="M0 0L10 5L0 10z"/></marker>
              <marker id="bar${hi}" class="marker${hi}" viewBox="0 0 4 12" refX="3" refY="6" markerUnits="userSpaceOnUse" markerWidth="4" markerHeight="14" orient="auto"><rect width="4" height="12"/></marker>`,
            )}
          </defs>
          <g aria-hidden="true">
            ${m.layout.edges.map((routed, i) => {
              const edge = edges[i]!;
              const hi = edge.to === current && (previous === undefined || edge.from === previous);
              return svg`<path class="edge${hi ? ' current' : ''}" stroke-dasharray=${dash(edge.confidence)}
                d=${`M${routed.points.join('L')}`} marker-end="url(#${edge.effect === 'inhibits' ? 'bar' : 'arrow'}${hi ? '-hi' : ''})"></path>`;
            })}
          </g>
          ${nodes.map((node, i) => {
            const p = placed.get(node.id)!;
            const lines = m.lines.get(node.id)!;
            const x = p.width / 2;
            return svg`<g class="node kind-${node.kind}${node.id === current ? ' current' : ''}${node.id === this.selected ? ' selected' : ''}" data-id=${node.id}
              role="button" tabindex=${node.id === roving ? 0 : -1}
              aria-label=${t('nodeName', { label: label.get(node.id)!, level: level(node), index: i + 1, count: nodes.length }) + alt(node, ' ')}
              aria-expanded=${node.id === this.selected ? 'true' : 'false'}
              aria-controls=${ifDefined(node.id === this.selected ? 'details' : undefined)}
              aria-current=${ifDefined(node.id === current ? 'step' : undefined)}
              transform="translate(${p.x} ${p.y})" @click=${() => this.open(node.id)} @keydown=${(e: KeyboardEvent) => this.onKey(e, node.id, m)}
              @focus=${() => (this.focusId = node.id)}>
              <rect width=${p.width} height=${p.height} rx="6" stroke-dasharray=${dash(node.confidence)}></rect>
              <text x=${x} y=${PAD + 14}>${lines.map((line, k) => svg`<tspan x=${x} dy=${k ? LINE : 0}>${k ? ' ' : ''}${line}</tspan>`)}</text>
              <text class="level" x=${x} y=${PAD + 13 + lines.length * LINE}>${node.track === 'alt' ? '◇ ' : ''}${level(node)}</text>
            </g>`;
          })}
        </svg>
      </div>
      ${data.nodes.some((n) => n.track === 'alt')
        ? html`<p part="alt-note" class="muted">
            ${t('altNote')} ${button('show-alternatives', t('showAlternatives'), () => (this.showAlternatives = !this.showAlternatives), `${this.showAlternatives}`)}
          </p>`
        : nothing}
      ${chosen
        ? html`<section id="details" part="details" class="details" role="region" aria-labelledby="details-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.close(e)}>
            <p id="details-title" tabindex="-1" role="heading" aria-level=${Math.min(6, depth + 1)}><strong>${label.get(chosen.id)}</strong></p>
            <p class="muted">${t('confidence', { level: level(chosen) })}${alt(chosen, ' · ')}</p>
            <p>${desc.get(chosen.id)}</p>
            ${chosen.refs?.length
              ? html`<p>${t('references')}</p>
                  <ul>
                    ${chosen.refs.map((key) => html`<li>${cite(key)}</li>`)}
                  </ul>`
              : nothing}
            ${button('close', t('close'), () => this.close())}
          </section>`
        : nothing}
      <ul part="legend" class="legend" aria-label=${t('legend')}>
        ${[
          ...CONFIDENCES.map((c) => [c, '', html`<strong>${t(c)}</strong>: ${t(`legend${c[0]!.toUpperCase()}${c.slice(1)}` as keyof PathwayStrings)}`] as const),
          ['established', 'arrow', t('legendArrow')] as const,
          // The flat-ended "inhibits" line is explained only when the diagram draws one.
          ...(edges.some((e) => e.effect === 'inhibits') ? [['established', 'bar', t('legendBar')] as const] : []),
        ].map(
          ([c, marker, text]) =>
            html`<li>
              <svg aria-hidden="true" viewBox="0 0 36 12" width="36" height="12">
                <path class="edge" d="M2 6H30" stroke-dasharray=${dash(c)} marker-end=${marker ? `url(#${marker})` : nothing}></path>
              </svg>
              <span>${text}</span>
            </li>`,
        )}
        ${this.showAlternatives && nodes.some((n) => n.track === 'alt') ? html`<li><span aria-hidden="true">◇</span>${t('alt')}</li>` : nothing}
      </ul>
      <div part="text" class="text ${this.textShown ? '' : 'visually-hidden'}">
        <p class="title" role="heading" aria-level=${Math.min(6, depth + 1)}>${t('textHeading')}</p>
        <ol>
          ${textOrder.map((id) => {
            const node = nodes.find((n) => n.id === id)!;
            const out = edges.filter((e) => e.from === id);
            return html`<li>
              <strong>${label.get(id)}</strong> (${level(node)}${alt(node, ', ')}). ${desc.get(id)}
              ${out.length
                ? html`<ul>
                    ${out.map(
                      (e) =>
                        html`<li>
                          ${t('relation', { from: label.get(e.from)!, effect: t(e.effect), to: label.get(e.to)! })} (${level(e)}${e.refs?.length
                            ? html`; ${t('references')}: ${e.refs.map((key, i) => html`${i ? ', ' : ''}${cite(key, !this.textShown)}`)}`
                            : nothing})
                        </li>`,
                    )}
                  </ul>`
                : nothing}
            </li>`;
          })}
        </ol>
      </div>
    </div>`;
  }

  /**
   * The diagram as a standalone SVG document: title and caption above, key below, in the current theme and
   * language; styles inlined, no scripts, no interactive state (the current step and open details are not drawn).
   */
  toSVG(): string {
    // Empty until the diagram has rendered (e.g. before the element is connected, or while its data is bad).
    const live = this.shadowRoot?.querySelector<SVGSVGElement>('svg.diagram');
    const model = this.cache?.model;
    if (!live || !model) return '';
    const t = this.localize.term.bind(this.localize);
    const clone = live.cloneNode(true) as SVGSVGElement;
    for (const el of clone.querySelectorAll('.current, .selected')) el.classList.remove('current', 'selected');
    for (const el of clone.querySelectorAll('[marker-end]')) el.setAttribute('marker-end', el.getAttribute('marker-end')!.replace('-hi', ''));
    // Styles are read from the clone in place of the live diagram: the same rules and inherited values, without
    // hover, focus or highlight. All are read before any class is removed (rules depend on ancestors' classes).
    live.after(clone);
    const all = [clone, ...clone.querySelectorAll<SVGElement>('*')];
    const read = all.map((el) => {
      const computed = getComputedStyle(el);
      const values = EXPORT_PROPS.map((prop) => computed.getPropertyValue(prop));
      // Text keeps its measured length, so that it still fits its box where the reader's font is wider.
      const length = el instanceof SVGTextContentElement && !el.querySelector('tspan') ? el.getComputedTextLength() : 0;
      return [values, length] as const;
    });
    clone.remove();
    all.forEach((el, i) => {
      const [values, length] = read[i]!;
      EXPORT_PROPS.forEach((prop, k) => el.style.setProperty(prop, values[k]!));
      if (length) setTextLength(el, length);
      // A picture, not a widget: no buttons, states or references to elements that stay behind.
      for (const { name } of [...el.attributes]) if (/^(class|tabindex|role|aria-.*|data-.*)$/.test(name)) el.removeAttribute(name);
    });

    const base = getComputedStyle(this.renderRoot.querySelector('.base')!);
    const { fontFamily: family, color, backgroundColor } = base;
    const edgeColor = read[all.findIndex((el) => el.localName === 'path' && el.parentElement?.localName === 'g')]?.[0][1] ?? color;
    const { x, y, width, height } = live.viewBox.baseVal;
    // At least 320 wide, so that a narrow (vertical) diagram still has room for its title and key.
    const full = Math.max(width, 320);
    const left = x - (full - width) / 2;
    const inner = full - 20;
    const wrap = (text: string, font: string, max = inner) => wrapText(text, max, (line) => this.measure(line, font));
    const title = live.getAttribute('aria-label') ?? '';
    const caption = this.renderRoot.querySelector('.caption')?.textContent?.trim() ?? '';
    const titleLines = wrap(title, `bold 16px ${family}`);
    const captionLines = caption ? wrap(caption, `12px ${family}`) : [];
    const head = 12 + titleLines.length * 20 + captionLines.length * 16 + 8;
    const key: [string, string | undefined, string][] = [
      ...CONFIDENCES.map((c) => [DASH[c] ?? '', undefined, `${t(c)}: ${t(`legend${c[0]!.toUpperCase()}${c.slice(1)}` as keyof PathwayStrings)}`] as [string, undefined, string]),
      ['', 'arrow', t('legendArrow')],
      ...(model.edges.some((e) => e.effect === 'inhibits') ? [['', 'bar', t('legendBar')] as [string, string, string]] : []),
    ];
    let keyY = y + height + 12;
    const text = (line: string, tx: number, ty: number, size: number, bold = false) => {
      const length = this.measure(line, `${bold ? 'bold ' : ''}${size}px ${family}`);
      return svg`<text x=${tx} y=${ty} font-family=${family} font-size=${size} font-weight=${bold ? 'bold' : 'normal'} fill=${color}
        textLength=${length} lengthAdjust="spacingAndGlyphs">${line}</text>`;
    };
    const keyRows = key.map(([dasharray, marker, label]) => {
      const lines = wrap(label, `12px ${family}`, inner - 40);
      const row = svg`<path d="M${left + 10} ${keyY - 4}h28" fill="none" stroke=${edgeColor} stroke-width="2" stroke-dasharray=${dasharray || nothing}
          marker-end=${marker ? `url(#${marker})` : nothing}></path>
        ${lines.map((line, i) => text(line, left + 50, keyY + i * 16, 12))}`;
      keyY += lines.length * 16 + 4;
      return row;
    });
    const top = y - head;
    const bottom = keyY + 4;
    // Presentation attributes, not style strings, so that a strict CSP does not object.
    render(
      svg`<title>${title}</title>${caption ? svg`<desc>${caption}</desc>` : nothing}
        <rect x=${left} y=${top} width=${full} height=${bottom - top} fill=${backgroundColor}></rect>
        ${titleLines.map((line, i) => text(line, left + 10, top + 28 + i * 20, 16, true))}
        ${captionLines.map((line, i) => text(line, left + 10, top + 12 + titleLines.length * 20 + 12 + i * 16, 12))}
        ${keyRows}`,
      clone,
      { renderBefore: clone.firstChild },
    );
    clone.setAttribute('viewBox', `${left} ${top} ${full} ${bottom - top}`);
    clone.setAttribute('width', String(full));
    clone.setAttribute('height', String(bottom - top));
    clone.setAttribute('xml:lang', this.localize.language);
    // Inline in a page, the picture is one image named by its <title>.
    clone.setAttribute('role', 'img');
    // Lit's template markers are comments; they mean nothing outside the widget.
    return new XMLSerializer().serializeToString(clone).replace(/<!--.*?-->/g, '');
  }

  /**
   * The diagram as a PNG image, `scale` (above 0, up to 8; else 2) device pixels per CSS pixel. Rejects, with a
   * message, when there is no diagram to export.
   */
  async toPNG(scale = 2): Promise<Blob> {
    const svgText = this.toSVG();
    if (!svgText) throw new Error('<kw-pathway>: there is no diagram to export yet (not rendered, or its data could not be shown)');
    const factor = exportScale(scale);
    // A data: URL, not a blob: one: strict Content-Security-Policies commonly allow `img-src data:` only.
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * factor);
    canvas.height = Math.ceil(image.naturalHeight * factor);
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return pngOf(canvas);
  }

  private model(data: PathwayData): Model {
    const wanted = this.orientation;
    const key = `${this.showAlternatives}|${wanted}|${this.localize.lang}|${wanted === 'auto' ? this.width : ''}`;
    if (this.cache?.data === data && this.cache.key === key) return this.cache.model;
    const pick = (text: PathwayNode['label']) => this.localize.pick(text) ?? '';
    const nodes = data.nodes.filter((n) => this.showAlternatives || n.track !== 'alt');
    const ids = new Set(nodes.map((n) => n.id));
    const edges = data.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
    const font = `600 14px ${getComputedStyle(this).fontFamily}`;
    const label = new Map(nodes.map((n) => [n.id, pick(n.label) || n.id]));
    const lines = new Map(nodes.map((n) => [n.id, wrapText(label.get(n.id)!, NODE_WIDTH - 2 * PAD, (text) => this.measure(text, font))]));
    const inputs = nodes.map((n) => ({ id: n.id, width: NODE_WIDTH, height: 2 * PAD + (lines.get(n.id)!.length + 1) * LINE, x: n.x, y: n.y }));
    const layoutKey = `${this.showAlternatives}|${this.localize.lang}|${font}`;
    if (this.layouts?.data !== data || this.layouts.key !== layoutKey) this.layouts = { key: layoutKey, data, byOrientation: new Map() };
    const { byOrientation } = this.layouts;
    const layoutFor = (o: Orientation) => byOrientation.get(o) ?? byOrientation.set(o, layoutGraph(inputs, edges, { orientation: o })).get(o)!;
    let orientation: Orientation = wanted === 'auto' ? 'horizontal' : wanted;
    let layout = layoutFor(orientation);
    // Before the ResizeObserver reports, the element's own width decides, so the first frame is already final (no layout shift).
    const available = this.width || this.clientWidth;
    if (wanted === 'auto' && available > 0 && layout.box.width > available) layout = layoutFor((orientation = 'vertical'));
    const model: Model = {
      nodes,
      edges,
      steps: (data.steps ?? nodes.filter((n) => n.track !== 'alt').map((n) => n.id)).filter((id) => ids.has(id)),
      label,
      desc: new Map(nodes.map((n) => [n.id, pick(n.description)])),
      lines,
      layout,
      placed: new Map(layout.nodes.map((p) => [p.id, p])),
      orientation,
    };
    this.cache = { key, data, model };
    return model;
  }

  private measure(text: string, font: string): number {
    if (this.ctx === undefined) this.ctx = document.createElement('canvas').getContext('2d');
    if (!this.ctx) return text.length * 8.5;
    this.ctx.font = font;
    // A small margin covers fonts that load after measuring.
    return this.ctx.measureText(text).width * 1.05;
  }

  private index(m: Model): number {
    return Math.max(0, Math.min(m.steps.length - 1, Math.floor(this.step) || 0));
  }

  /** Focuses an element of the next render (the browser scrolls it into view, clear of the sticky controls). */
  private focusLater(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  private open(id: string): void {
    this.selected = this.focusId = id;
    this.focusLater('#details-title');
  }

  private close(event?: Event): void {
    event?.preventDefault();
    const id = this.selected;
    this.selected = undefined;
    if (id) this.focusNode(id);
  }

  private focusNode(id: string): void {
    this.focusId = id;
    this.focusLater(`[data-id="${id}"]`);
  }

  private onKey(event: KeyboardEvent, id: string, m: Model): void {
    const { key } = event;
    if (key === 'Enter' || key === ' ') this.open(id);
    else if (key === 'Escape' && this.selected) this.selected = undefined;
    else {
      const h = m.orientation === 'horizontal';
      const layer = m.layout.layers[m.placed.get(id)!.layer]!;
      const crossOf = (other: string) => m.placed.get(other)![h ? 'y' : 'x'];
      const nearest = (ids: string[]) => ids.sort((a, b) => crossOf(a) - crossOf(b))[0];
      const next =
        key === (h ? 'ArrowRight' : 'ArrowDown')
          ? nearest(m.edges.filter((e) => e.from === id).map((e) => e.to))
          : key === (h ? 'ArrowLeft' : 'ArrowUp')
            ? nearest(m.edges.filter((e) => e.to === id).map((e) => e.from))
            : key === (h ? 'ArrowDown' : 'ArrowRight')
              ? layer[layer.indexOf(id) + 1]
              : key === (h ? 'ArrowUp' : 'ArrowLeft')
                ? layer[layer.indexOf(id) - 1]
                : key === 'Home'
                  ? m.nodes[0]!.id
                  : key === 'End'
                    ? m.nodes[m.nodes.length - 1]!.id
                    : null;
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
    this.dispatchEvent(new CustomEvent('kw-step-change', { bubbles: true, composed: true, detail: { index, id: m.steps[index] } }));
  }

  private togglePlay(m: Model): void {
    if (this.playing) return this.stop();
    if (this.index(m) >= m.steps.length - 1) this.goTo(0, m);
    this.playing = true;
    this.timer = setInterval(() => {
      // Reading or exploring the diagram holds the story still.
      const current = this.cache!.model;
      if (this.hovering || this.renderRoot.querySelector('.scroller:focus-within, .details:focus-within')) return;
      const index = this.index(current) + 1;
      this.goTo(index, current);
      if (index >= current.steps.length - 1) this.stop();
    }, 3500);
  }

  private stop(): void {
    clearInterval(this.timer);
    this.playing = false;
  }
}
