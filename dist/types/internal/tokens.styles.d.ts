/**
 * The type scale, in em of the host's font size, so that a widget's text follows the page it is on. Code that
 * measures text (the pathway's layout) reads the same numbers; the page may override each `--kw-font-size-*`.
 */
export declare const TYPE_SCALE: {
    readonly xs: 0.8125;
    readonly s: 0.875;
    readonly m: 1;
    readonly l: 1.125;
    readonly xl: 1.375;
};
export type TypeStep = keyof typeof TYPE_SCALE;
/** The spacing scale, in em: `--kw-space-1` … `--kw-space-6`. */
export declare const SPACE_SCALE: readonly [0.25, 0.5, 0.75, 1, 1.5, 2.5];
/**
 * Design tokens shared by every widget. Each `--kw-*` property may be set by the page; the defaults use
 * `light-dark()`, so a widget follows the page's `color-scheme` (light unless the page opts into dark),
 * and the `theme` attribute forces `light`, `dark` or `auto` (the reader's system setting).
 * Private copies (`--_name`) are what the widgets' styles use.
 */
export declare const tokenStyles: import("lit").CSSResult;
