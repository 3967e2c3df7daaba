import type { Model } from './pathway-model.js';
/** SVG user units per em of the host's text: a variant is laid out at a 16 px label and scaled to the real text size. */
export declare const EM = 16;
/**
 * The card's content widths (em) where a variant starts; the first covers anything narrower. Chosen where the
 * staged layout's column count changes (every 11.5 em from 20.5), with one between 2 and 3 columns and one for
 * 320 px phones; past the last (a 1,100 px card) the widest variant is centred. Each costs about 26 KB of
 * HTML (1.5 KB gzip) for the default pathway.
 */
export declare const BREAKPOINTS: readonly [0, 16.5, 20.5, 26.25, 32, 43.5, 55, 66.5];
export interface Variant {
    model: Model;
    /** The breakpoints (indices into `BREAKPOINTS`) it is shown at: neighbours with the same layout share one. */
    at: number[];
}
/** The breakpoint of a card whose content is `widthEm` wide. */
export declare const breakpointAt: (widthEm: number) => number;
/** One model per breakpoint (`layout(width)` lays out for a drawing that many user units wide), neighbours merged. */
export declare function variantsAt(layout: (width: number) => Model, only?: number): Variant[];
/**
 * Each variant is hidden but at its own breakpoints (`.at-N` classes), and the one kept after hydration
 * (`.kept`) always shows. In a variant, SVG text is sized in its user units (`EM`), which the SVG scales to the
 * host's text.
 */
export declare const breakpointStyles: import("lit").CSSResult;
