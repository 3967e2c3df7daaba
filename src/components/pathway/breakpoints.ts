/**
 * A diagram laid out where the width is not known yet (on a server): once for each of a few card widths, in em
 * of the host's text, each variant shown by a container query from its width to the next. The browser's first
 * frame of a pre-rendered element lays out at the same widths, so hydration finds the server's markup and
 * nothing moves; after it only the variant in view is kept (the others were display: none).
 */
import { css, unsafeCSS } from 'lit';
import { TYPE_SCALE } from '../../internal/tokens.styles.js';
import type { Model } from './pathway-model.js';

/** SVG user units per em of the host's text: a variant is laid out at a 16 px label and scaled to the real text size. */
export const EM = 16;

/**
 * The card's content widths (em) where a variant starts; the first covers anything narrower. Chosen where the
 * staged layout's column count changes (every 11.5 em from 20.5), with one between 2 and 3 columns and one for
 * 320 px phones; past the last (a 1,100 px card) the widest variant is centred. Each costs about 26 KB of
 * HTML (1.5 KB gzip) for the default pathway.
 */
export const BREAKPOINTS = [0, 16.5, 20.5, 26.25, 32, 43.5, 55, 66.5] as const;
/** The width the first variant is laid out at: a phone's column of boxes below the first breakpoint. */
const NARROWEST = 12;

export interface Variant {
  model: Model;
  /** The breakpoints (indices into `BREAKPOINTS`) it is shown at: neighbours with the same layout share one. */
  at: number[];
}

/** The breakpoint of a card whose content is `widthEm` wide. */
export const breakpointAt = (widthEm: number): number => Math.max(0, BREAKPOINTS.filter((bound) => widthEm >= bound).length - 1);

/** The layout's boxes and lines, measured from its leftmost box: two widths whose layouts differ only in centring match. */
function shape(model: Model): string {
  const { nodes, edges } = model.layout;
  const left = Math.min(...nodes.map((n) => n.x));
  return JSON.stringify([nodes.map((n) => [n.x - left, n.y, n.width, n.height]), edges.map((e) => e.points.map(([x, y]) => [x - left, y]))]);
}

/** One model per breakpoint (`layout(width)` lays out for a drawing that many user units wide), neighbours merged. */
export function variantsAt(layout: (width: number) => Model, only?: number): Variant[] {
  const variants: (Variant & { shape: string })[] = [];
  BREAKPOINTS.forEach((bound, at) => {
    const model = layout(EM * (at ? bound : NARROWEST));
    const key = shape(model);
    const last = variants[variants.length - 1];
    if (last?.shape === key) last.at.push(at);
    else variants.push({ model, at: [at], shape: key });
  });
  return variants.filter((v) => only === undefined || v.at.includes(only)).map(({ model, at }) => ({ model, at }));
}

/**
 * Each variant is hidden but at its own breakpoints (`.at-N` classes), and the one kept after hydration
 * (`.kept`) always shows. In a variant, SVG text is sized in its user units (`EM`), which the SVG scales to the
 * host's text.
 */
export const breakpointStyles = css`
  .variant:not(.kept) {
    display: none;
  }
  .diagram.em {
    --_font-size-m: ${EM * TYPE_SCALE.m}px;
    --_font-size-s: ${EM * TYPE_SCALE.s}px;
  }
  ${unsafeCSS(
    BREAKPOINTS.map((bound, at) => {
      const next = BREAKPOINTS[at + 1];
      const range = [at ? `(width >= ${bound}em)` : '', next ? `(width < ${next}em)` : ''].filter(Boolean).join(' and ');
      return `@container ${range} { .variant.at-${at} { display: block; } }`;
    }).join('\n'),
  )}
`;
