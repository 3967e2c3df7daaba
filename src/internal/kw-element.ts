import { LitElement, type PropertyDeclarations } from 'lit';
import { HostThemeController } from './host-theme.js';
import { sharedStyles } from './shared.styles.js';
import { tokenStyles } from './tokens.styles.js';
import { VERSION } from './version.js';

export { headingLevelOf } from './heading.js';

/** Colour scheme of a widget: `light`, `dark`, or `auto` (the reader's system setting). Unset follows the page's background. */
export type Theme = 'light' | 'dark' | 'auto';

/** Base class of every kw- widget: version stamp for `define()`, shared tokens and styles, the `theme` attribute. */
export class KwElement extends LitElement {
  /** @internal */
  static readonly kwVersion = VERSION;

  static override styles = [tokenStyles, sharedStyles];

  // Reactive properties and their attributes; each is documented on its field below.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    debug: { type: Boolean, reflect: true },
  };

  /**
   * Shows the widget's data problems in the page, for its author (readers otherwise see one calm sentence;
   * the console always has the list). `data-kw-debug` on `<html>` does the same for every widget.
   */
  debug = false;

  /**
   * Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). Unset, the widget follows the
   * background behind it: dark on a dark page even when the page sets no CSS `color-scheme` (as many dark themes
   * do not), light on a light one, and the page's `color-scheme` where every background is transparent.
   */
  theme?: Theme;

  /** @internal */
  protected readonly hostTheme = new HostThemeController(this);
}
