/**
 * A text-width estimate that needs no fonts and no DOM, so that a server lays the diagram out exactly as the
 * browser's first frame of the pre-rendered element does. Each character class has the widest advance (in em)
 * of DejaVu Sans and Liberation Sans (the Arial metrics) as Chromium measures them, rounded up: real sans-serif
 * text is a little narrower than its estimate, so it fits the boxes laid out for it.
 */
/**
 * The estimated width in px of `text` set in `font`, a CSS font shorthand as the layout writes it
 * (`600 16px Inter, sans-serif`): its size and whether it is bold (600 or more) count, the family does not.
 */
export declare function estimateTextWidth(text: string, font: string): number;
