import { LitElement, type PropertyDeclarations } from 'lit';
import { HostThemeController } from './host-theme.js';
export { headingLevelOf } from './heading.js';
/** Colour scheme of a widget: `light`, `dark`, or `auto` (the reader's system setting). Unset follows the page's background. */
export type Theme = 'light' | 'dark' | 'auto';
/** Base class of every kw- widget: version stamp for `define()`, shared tokens and styles, the `theme` attribute. */
export declare class KwElement extends LitElement {
    /** @internal */
    static readonly kwVersion = "0.1.0";
    static styles: import("lit").CSSResult[];
    static properties: PropertyDeclarations;
    /**
     * Shows the widget's data problems in the page, for its author (readers otherwise see one calm sentence;
     * the console always has the list). `data-kw-debug` on `<html>` does the same for every widget.
     */
    debug: boolean;
    /**
     * Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). Unset, the widget follows the
     * background behind it: dark on a dark page even when the page sets no CSS `color-scheme` (as many dark themes
     * do not), light on a light one, and the page's `color-scheme` where every background is transparent.
     */
    theme?: Theme;
    /** @internal */
    protected readonly hostTheme: HostThemeController;
}
