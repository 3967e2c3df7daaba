/**
 * Design tokens shared by every widget. Each `--kw-*` property may be set by the page; the defaults use
 * `light-dark()`, so a widget follows the page's `color-scheme` (light unless the page opts into dark),
 * and the `theme` attribute forces `light`, `dark` or `auto` (the reader's system setting).
 * Private copies (`--_name`) are what the widgets' styles use.
 */
export declare const tokenStyles: import("lit").CSSResult;
