import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { tokenStyles } from './tokens.styles.js';
import { VERSION } from './version.js';

/** Colour scheme of a widget: `light`, `dark`, or `auto` (the reader's system setting). Unset follows the page's `color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** Base class of every kw- widget: version stamp for `define()`, shared tokens and the `theme` attribute. */
export class KwElement extends LitElement {
  /** @internal */
  static readonly kwVersion = VERSION;

  static override styles = [tokenStyles];

  /**
   * Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). Unset, the widget
   * follows the page's CSS `color-scheme`, which is light on most sites.
   */
  @property({ reflect: true }) theme?: Theme;
}
