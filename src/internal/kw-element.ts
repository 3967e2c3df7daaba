import { LitElement, type PropertyDeclarations } from 'lit';
import { tokenStyles } from './tokens.styles.js';
import { VERSION } from './version.js';

/** Colour scheme of a widget: `light`, `dark`, or `auto` (the reader's system setting). Unset follows the page's `color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** A `heading-level` attribute as a usable level: a whole number from 2 to 6 (2 when missing or not a number). */
export const headingLevelOf = (level: number): number => Math.min(6, Math.max(2, Math.round(level) || 2));

/** Base class of every kw- widget: version stamp for `define()`, shared tokens and the `theme` attribute. */
export class KwElement extends LitElement {
  /** @internal */
  static readonly kwVersion = VERSION;

  static override styles = [tokenStyles];

  // Reactive properties and their attributes; each is documented on its field below.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /**
   * Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). Unset, the widget
   * follows the page's CSS `color-scheme`, which is light on most sites.
   */
  theme?: Theme;
}
