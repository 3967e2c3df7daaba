import type { Box, Point } from './layout.js';
/** Clear space between a label and a box (in diagram units, CSS px). */
export declare const LABEL_MARGIN = 6;
export interface LabelSize {
    width: number;
    height: number;
}
/** Line height and padding of a label, in units of its font size. */
export declare const LABEL_LINE = 1.25;
export declare const LABEL_PAD = 0.4;
/**
 * A label's lines, at most 3 of at most `maxWidth` (the third ends in "…" when the text goes on; the whole text
 * stays in the tooltip and the text version), and the size of its box for a font of `size` px.
 */
export declare function wrapLabel(text: string, maxWidth: number, measure: (text: string) => number, size: number): LabelSize & {
    lines: string[];
};
/**
 * Where each labelled route's label goes: over its line, from the middle outward in both directions (and, where
 * that is taken, slid sideways as far as the line stays inside the label), the first place clear of `obstacles`
 * and of the labels placed before it, and inside `within` when given (a drawing as wide as its container);
 * undefined when the line has no such place (the label is still in the line's tooltip and the text version).
 */
export declare function placeLabels(routes: readonly (readonly Point[])[], sizes: readonly (LabelSize | undefined)[], obstacles: readonly Box[], within?: Box): (Box | undefined)[];
/** The smallest box around `box` and every label, with `pad` around each label. */
export declare function boundsWith(box: Box, labels: readonly (Box | undefined)[], pad: number): Box;
