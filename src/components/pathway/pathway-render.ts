// The pathway's templates: the diagram (shared by the live widget and the exported picture), confidence
// badges, the key, the details, the controls, the alternatives and the text version.
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PathwayStrings } from '../../content/pathway.js';
import { CONFIDENCES, referenceFor, sourceKey, type SourceRef } from '../../content/references.js';
import type { CommonStringKey } from '../../internal/localize.js';
import { alternativeChains, smallFont, type Model } from './pathway-model.js';
import type { Confidence, PathwayNode } from './pathway-schema.js';

export type Term = (key: keyof PathwayStrings | CommonStringKey, vars?: Record<string, string | number>) => string;

export interface DiagramView {
  t: Term;
  model: Model;
  measure: (text: string, font: string) => number;
  /** The live widget's state; absent in an exported picture (a diagram at rest). */
  live?: {
    current?: string;
    previous?: string;
    selected?: string;
    roving?: string;
    click: (id: string) => void;
    key: (event: KeyboardEvent, id: string) => void;
    focus: (id: string) => void;
  };
}

/** A confidence level, or `ungraded` when the data gives none (never shown as established). */
export type Level = Confidence | 'ungraded';
const levelOf = (item: { confidence?: Confidence }): Level => item.confidence ?? 'ungraded';
export const legendKey = (c: Level) => `legend${c[0]!.toUpperCase()}${c.slice(1)}` as keyof PathwayStrings;

/** The levels the key explains: the three grades, and "not graded" when some step or arrow has none. */
export function levelsIn(model: Model): Level[] {
  const ungraded = [...model.nodes, ...model.edges].some((item) => !item.confidence);
  return ungraded ? [...CONFIDENCES, 'ungraded'] : [...CONFIDENCES];
}

/** The confidence icon: a full, half or empty circle (a dash for not graded), so that the level does not rest on colour alone. */
function icon(level: Level, cx: number, cy: number, r: number): SVGTemplateResult {
  return svg`<circle class="icon-ring" cx=${cx} cy=${cy} r=${r}></circle>${
    level === 'established'
      ? svg`<circle class="icon-fill" cx=${cx} cy=${cy} r=${r}></circle>`
      : level === 'supported'
        ? svg`<path class="icon-fill" d="M${cx} ${cy - r}A${r} ${r} 0 0 0 ${cx} ${cy + r}Z"></path>`
        : level === 'ungraded'
          ? svg`<path class="icon-ring" d="M${cx - r / 2} ${cy}H${cx + r / 2}"></path>`
          : nothing
  }`;
}

/** A confidence badge drawn in the diagram: icon and word in a pill. */
export function badge(view: DiagramView, level: Level, x: number, y: number): SVGTemplateResult {
  const { metrics: m } = view.model;
  const word = view.t(level);
  const r = 0.3 * m.small;
  const cx = 0.55 * m.small + r;
  const textX = cx + r + 0.4 * m.small;
  const width = textX + view.measure(word, smallFont(m)) + 0.6 * m.small;
  return svg`<g class="badge conf-${level}" transform="translate(${x} ${y})">
    <rect class="pill" width=${width} height=${m.badge} rx=${m.badge / 2}></rect>${icon(level, cx, m.badge / 2, r)}
    <text class="badge-text" x=${textX} y=${m.badge / 2 + 0.35 * m.small}>${word}</text>
  </g>`;
}

/** The badge in HTML (key, details, alternatives). */
export const chip = (t: Term, level: Level) =>
  html`<span class="chip conf-${level}"
    ><svg aria-hidden="true" viewBox="0 0 12 12" width="12" height="12">${icon(level, 6, 6, 4.5)}</svg>${t(level)}</span
  >`;

/** The arrowheads and bars the lines end in (the key's sample lines use them too). */
export const markers = () =>
  svg`<defs>
    ${['', '-hi'].map(
      (hi) => svg`<marker id="arrow${hi}" class="marker${hi}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto"><path d="M1 1L9 5L1 9z"/></marker>
      <marker id="bar${hi}" class="marker${hi}" viewBox="0 0 4 12" refX="3" refY="6" markerUnits="userSpaceOnUse" markerWidth="4" markerHeight="14" orient="auto"><rect width="4" height="12"/></marker>`,
    )}
  </defs>`;

/**
 * The live diagram's SVG; `unit`: user units per em, for a variant laid out in em (pre-rendered), which is
 * sized in em of the host's text. The markers are drawn once beside it (`markers`), for every variant.
 */
export function diagramSVG(view: DiagramView, title: string, unit?: number): TemplateResult {
  const m = view.model;
  const { box } = m.layout;
  const size = (length: number) => (unit ? `${Math.round((length / unit) * 1000) / 1000}em` : length);
  return html`<svg class="diagram ${m.orientation}${m.staged ? ' staged' : ''}${unit ? ' em' : ''}" role="graphics-document" aria-label=${title}
    aria-describedby="keys" viewBox="${box.x} ${box.y} ${box.width} ${box.height}" width=${size(box.width)} height=${size(box.height)}>
    ${diagram(view)}
  </svg>`;
}

export function diagram(view: DiagramView): SVGTemplateResult {
  const { model: mo, t, live } = view;
  const m = mo.metrics;
  return svg`${live ? nothing : markers()}
    ${mo.staged
      ? svg`<g class="stages" aria-hidden="true">${mo.staged.layout.bands.map((band) => {
          const r = 0.65 * m.small;
          const cy = band.y + 0.9 * m.small;
          return svg`<g class="band"><circle cx=${band.x + r} cy=${cy} r=${r}></circle>
            <text class="band-number" x=${band.x + r} y=${cy + 0.35 * m.small}>${band.stage + 1}</text>
            <text class="band-label" x=${band.x + 2 * r + 0.4 * m.small} y=${cy + 0.35 * m.small}>${mo.staged!.labels[band.stage]}</text></g>`;
        })}</g>`
      : nothing}
    <g aria-hidden="true">
      ${mo.layout.edges.map((routed, i) => {
        const edge = mo.edges[i]!;
        const hi = !!live && edge.to === live.current && (live.previous === undefined || edge.from === live.previous);
        // `.textContent`: a server renderer cannot bind inside <title>, so the tooltip comes with hydration.
        return svg`<path class="edge conf-${levelOf(edge)}${hi ? ' current' : ''}" d=${`M${routed.points.join('L')}`}
          marker-end="url(#${edge.effect === 'inhibits' ? 'bar' : 'arrow'}${hi ? '-hi' : ''})">${mo.edgeLabel.has(edge) ? svg`<title .textContent=${mo.edgeLabel.get(edge)!}></title>` : nothing}</path>`;
      })}
    </g>
    ${mo.nodes.map((node, i) => {
      const p = mo.placed.get(node.id)!;
      const lines = mo.lines.get(node.id)!;
      const level = levelOf(node);
      const content = svg`<rect class="box" width=${p.width} height=${p.height} rx=${0.5 * m.size}></rect>
        <text class="label" x=${m.pad} y=${m.pad + 0.95 * m.size}>${lines.map((line, k) => svg`<tspan x=${m.pad} dy=${k ? m.line : 0}>${k < lines.length - 1 ? `${line} ` : line}</tspan>`)}</text>
        ${badge(view, level, m.pad, m.pad + lines.length * m.line + 0.4 * m.size)}`;
      if (!live) return svg`<g class="node kind-${node.kind ?? 'none'}" transform="translate(${p.x} ${p.y})">${content}</g>`;
      const { current, selected, roving } = live;
      return svg`<g class="node kind-${node.kind ?? 'none'}${node.id === current ? ' current' : ''}${node.id === selected ? ' selected' : ''}" data-id=${node.id}
        role="button" tabindex=${node.id === roving ? 0 : -1}
        aria-label=${t('nodeName', { label: mo.label.get(node.id)!, level: t(level), index: i + 1, count: mo.nodes.length })}
        aria-expanded=${node.id === selected ? 'true' : 'false'}
        aria-controls=${ifDefined(node.id === selected ? 'details' : undefined)}
        aria-current=${ifDefined(node.id === current ? 'step' : undefined)}
        transform="translate(${p.x} ${p.y})" @click=${() => live.click(node.id)} @keydown=${(e: KeyboardEvent) => live.key(e, node.id)}
        @focus=${() => live.focus(node.id)}>${content}</g>`;
    })}
    <g class="edge-labels" aria-hidden="true">
      ${mo.layout.labels?.map((box, i) => {
        const lines = box && mo.edgeLabelLines.get(mo.edges[i]!);
        if (!box || !lines) return nothing;
        const cx = box.x + box.width / 2;
        return svg`<rect class="edge-label-box" x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx=${0.3 * m.small}></rect>
          <text class="edge-label" x=${cx} y=${box.y + (0.2 + 0.95) * m.small}>${lines.map((line, k) => svg`<tspan x=${cx} dy=${k ? 1.25 * m.small : 0}>${line}</tspan>`)}</text>`;
      })}
    </g>`;
}

/** One line: what the badges mean, then the arrows. */
export function legend(t: Term, model: Model): TemplateResult {
  const inhibits = model.edges.some((e) => e.effect === 'inhibits');
  return html`<p part="legend" class="legend">
    <span class="visually-hidden">${t('legend')}: </span>
    ${levelsIn(model).map((c) => html`<span class="key">${chip(t, c)} ${t(legendKey(c))}</span>`)}
    <span class="key"
      ><svg aria-hidden="true" viewBox="0 0 30 12" width="30" height="12"><path class="edge" d="M2 6H26" marker-end="url(#arrow)"></path></svg>
      ${t('legendArrow')}</span
    >
    ${inhibits
      ? html`<span class="key"
          ><svg aria-hidden="true" viewBox="0 0 30 12" width="30" height="12"><path class="edge" d="M2 6H26" marker-end="url(#bar)"></path></svg>
          ${t('legendBar')}</span
        >`
      : nothing}
  </p>`;
}

/** A citation, linked when it has an address; `hidden`: not a tab stop (the text version while it is not shown). */
export function cite(t: Term, key: SourceRef, hidden?: boolean): TemplateResult {
  const ref = referenceFor(key);
  const text = html`<span lang=${ifDefined(ref.lang)}>${ref.cite}</span>`;
  return ref.url
    ? html`<a href=${ref.url} target="_blank" rel="noopener noreferrer" tabindex=${ifDefined(hidden ? -1 : undefined)}
        >${text}<span class="visually-hidden"> ${t('newTab')}</span></a
      >`
    : text;
}

export function details(t: Term, model: Model, node: PathwayNode, level: number, close: () => void, onKey: (e: KeyboardEvent) => void): TemplateResult {
  return html`<section id="details" part="details" class="details" role="region" aria-labelledby="details-title" @keydown=${onKey}>
    <div class="details-head">
      <p id="details-title" tabindex="-1" role="heading" aria-level=${level}><strong>${model.label.get(node.id)}</strong></p>
      <button type="button" class="close" @click=${close}>${t('close')}</button>
    </div>
    <p class="muted">${t('confidence', { level: '' })}${chip(t, levelOf(node))}${node.track === 'alt' ? ` · ${t('alt')}` : ''}</p>
    ${model.desc.get(node.id) ? html`<p>${model.desc.get(node.id)}</p>` : nothing}
    ${node.refs?.length
      ? html`<p>${t('references')}</p>
          <ul>
            ${node.refs.map((key) => html`<li>${cite(t, key)}</li>`)}
          </ul>`
      : nothing}
  </section>`;
}

/** "Other proposed mechanisms": each hypothesis a card of its steps, where it starts and where it joins. */
export function alternatives(t: Term, model: Model, level: number): TemplateResult | typeof nothing {
  if (!model.alts.length) return nothing;
  const names = (ids: string[]) => ids.map((id) => `“${model.label.get(id)}”`).join(', ');
  return html`<section part="alternatives" class="alts" aria-labelledby="alts-title">
    <p id="alts-title" class="title" role="heading" aria-level=${level}>${t('alternatives')}</p>
    <p class="muted">${t('altIntro')}</p>
    <ul class="alt-list">
      ${alternativeChains(model).map(
        (chain) => html`<li class="alt">
          ${chain.from.length ? html`<p class="muted">${t('startsFrom', { label: names(chain.from) })}</p>` : nothing}
          <ol>
            ${chain.steps.map(
              (step) => html`<li>
                <strong>${model.label.get(step.id)}</strong> ${chip(t, levelOf(step))}
                <span class="alt-desc">${model.desc.get(step.id)}</span>
                ${step.refs?.length ? html`<span class="alt-refs">${step.refs.map((key, i) => html`${i ? '; ' : ''}${cite(t, key)}`)}</span>` : nothing}
              </li>`,
            )}
          </ol>
          ${chain.to.length ? html`<p class="muted">${t('joins', { label: names(chain.to) })}</p>` : nothing}
        </li>`,
      )}
    </ul>
  </section>`;
}

/** The story as an ordered list: always in the shadow root for screen readers; shown in the diagram's place. */
export function textVersion(t: Term, model: Model, level: number, shown: boolean): TemplateResult {
  const all = [...model.nodes, ...model.alts];
  const order = [...new Set([...model.steps, ...all.map((n) => n.id)])];
  const edges = [...model.edges, ...model.altEdges];
  return html`<div part="text" class="text ${shown ? '' : 'visually-hidden'}">
    <p id="text-title" class="title" role="heading" aria-level=${level} tabindex="-1">${t('textHeading')}</p>
    <ol>
      ${order.map((id) => {
        const node = all.find((n) => n.id === id)!;
        const out = edges.filter((e) => e.from === id);
        return html`<li>
          <strong>${model.label.get(id)}</strong> (${t(levelOf(node))}${node.track === 'alt' ? `, ${t('alt')}` : ''}). ${model.desc.get(id)}
          ${out.length
            ? html`<ul>
                ${out.map(
                  (e) =>
                    html`<li>
                      ${t('relation', { from: model.label.get(e.from)!, effect: t(e.effect ?? 'leads-to'), to: model.label.get(e.to)! })}${model.edgeLabel.has(e) ? `: ${model.edgeLabel.get(e)}` : ''} (${t(levelOf(e))}${e.refs?.length
                        ? html`; ${t('references')}: ${e.refs.map((key, i) => html`${i ? ', ' : ''}${cite(t, key, !shown)}`)}`
                        : nothing})
                    </li>`,
                )}
              </ul>`
            : nothing}
        </li>`;
      })}
    </ol>
  </div>`;
}

/** Unique citations of everything the diagram draws, in order of appearance. */
export function sourcesOf(model: Model): string[] {
  const refs = [...model.nodes.flatMap((n) => n.refs ?? []), ...model.edges.flatMap((e) => e.refs ?? [])];
  const once = new Map(refs.map((ref) => [sourceKey(ref), ref]));
  return [...once.values()].map((ref) => referenceFor(ref).cite);
}

const ICONS = { prev: 'M10 3L5 8l5 5', next: 'M6 3l5 5-5 5', play: 'M5 3v10l8-5z', pause: 'M5 3v10M11 3v10', more: 'M4 6l4 4 4-4' };
const controlIcon = (d: string) => html`<svg class="icon" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d=${d}></path></svg>`;

export interface ControlState {
  index: number;
  current?: string;
  stepMode: boolean;
  playing: boolean;
  textShown: boolean;
  exportMenu: boolean;
  menuOpen: boolean;
  goTo: (index: number) => void;
  togglePlay: () => void;
  toggleText: () => void;
  toggleMenu: () => void;
  menuKey: (event: KeyboardEvent) => void;
  menuFocusOut: (event: FocusEvent) => void;
  download: (kind: 'svg' | 'png') => void;
}

/** Previous | Play | Next (primary), the step's caption, then the secondary actions in one menu. */
export function controlBar(t: Term, m: Model, c: ControlState): TemplateResult {
  const stepButton = (cls: 'prev' | 'next', disabled: boolean) =>
    html`<button type="button" class=${cls} aria-disabled=${disabled ? 'true' : 'false'} @click=${() => c.goTo(c.index + (cls === 'prev' ? -1 : 1))}>
      ${cls === 'prev' ? controlIcon(ICONS.prev) : nothing}<span class="label">${t(cls)}</span>${cls === 'next' ? controlIcon(ICONS.next) : nothing}
    </button>`;
  const textButton = html`<button type="button" class="show-text" aria-pressed=${c.textShown ? 'true' : 'false'} @click=${c.toggleText}>${t('showText')}</button>`;
  const say = (description: string) =>
    c.current ? t('step', { index: c.index + 1, count: m.steps.length, label: m.label.get(c.current)!, description }) : '';
  return html`<div part="controls" class="controls">
    ${c.stepMode
      ? html`<div part="steps" class="steps" role="group" aria-labelledby="title">
          ${stepButton('prev', c.index <= 0)}
          <button type="button" class="play primary" @click=${c.togglePlay}>
            ${controlIcon(c.playing ? ICONS.pause : ICONS.play)}<span class="label">${t(c.playing ? 'pause' : 'play')}</span>
          </button>
          ${stepButton('next', c.index >= m.steps.length - 1)}
        </div>`
      : nothing}
    <p class="sentence">${say(m.desc.get(c.current ?? '') ?? '')}</p>
    ${c.exportMenu
      ? html`<div part="menu" class="menu" @focusout=${c.menuFocusOut} @keydown=${c.menuKey}>
          <button type="button" class="menu-button" aria-expanded=${c.menuOpen ? 'true' : 'false'} aria-controls="menu-list" @click=${c.toggleMenu}>
            ${t('more')}${controlIcon(ICONS.more)}
          </button>
          <div id="menu-list" class="menu-list" ?hidden=${!c.menuOpen}>
            ${textButton}
            <button type="button" class="download-svg" @click=${() => c.download('svg')}>${t('downloadSvg')}</button>
            <button type="button" class="download-png" @click=${() => c.download('png')}>${t('downloadPng')}</button>
          </div>
        </div>`
      : html`<div part="menu" class="menu">${textButton}</div>`}
    <p class="visually-hidden" aria-live="polite">${say('').trim()}</p>
  </div>`;
}
