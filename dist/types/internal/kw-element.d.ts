import { LitElement, type PropertyDeclarations } from 'lit';
/** Colour scheme of a widget: `light`, `dark`, or `auto` (the reader's system setting). Unset follows the page's `color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';
/** A `heading-level` attribute as a usable level: a whole number from 2 to 6 (2 when missing or not a number). */
export declare const headingLevelOf: (level: number) => number;
/** Base class of every kw- widget: version stamp for `define()`, shared tokens and the `theme` attribute. */
export declare class KwElement extends LitElement {
    /** @internal */
    static readonly kwVersion = "0.1.0";
    static styles: import("lit").CSSResult[];
    static properties: PropertyDeclarations;
    /**
     * Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). Unset, the widget
     * follows the page's CSS `color-scheme`, which is light on most sites.
     */
    theme?: Theme;
}
