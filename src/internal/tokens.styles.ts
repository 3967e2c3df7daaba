import { css, unsafeCSS } from 'lit';

/**
 * The type scale, in em of the host's font size, so that a widget's text follows the page it is on. Code that
 * measures text (the pathway's layout) reads the same numbers; the page may override each `--kw-font-size-*`.
 */
export const TYPE_SCALE = { xs: 0.8125, s: 0.875, m: 1, l: 1.125, xl: 1.375 } as const;
export type TypeStep = keyof typeof TYPE_SCALE;

/** The spacing scale, in em: `--kw-space-1` … `--kw-space-6`. */
export const SPACE_SCALE = [0.25, 0.5, 0.75, 1, 1.5, 2.5] as const;

const scaleTokens = unsafeCSS(
  [
    ...Object.entries(TYPE_SCALE).map(([step, em]) => `--_font-size-${step}: var(--kw-font-size-${step}, ${em}em);`),
    ...SPACE_SCALE.map((em, i) => `--_space-${i + 1}: var(--kw-space-${i + 1}, ${em}em);`),
  ].join('\n'),
);

/**
 * Design tokens shared by every widget. Each `--kw-*` property may be set by the page; the defaults use
 * `light-dark()`, so a widget follows the page's `color-scheme` (light unless the page opts into dark),
 * and the `theme` attribute forces `light`, `dark` or `auto` (the reader's system setting).
 * Private copies (`--_name`) are what the widgets' styles use.
 */
export const tokenStyles = css`
  :host {
    --_text: var(--kw-color-text, light-dark(#1f2328, #e6edf3));
    --_text-muted: var(--kw-color-text-muted, light-dark(#545d68, #a3adb8));
    --_surface: var(--kw-color-surface, light-dark(#ffffff, #14181e));
    --_surface-alt: var(--kw-color-surface-alt, light-dark(#f3f5f7, #1d232b));
    --_border: var(--kw-color-border, light-dark(#c9d1d9, #3d444d));
    --_control-border: var(--kw-color-control-border, light-dark(#6e7781, #8b949e));
    --_accent: var(--kw-color-accent, light-dark(#0b5cad, #79b8ff));
    --_accent-contrast: var(--kw-color-accent-contrast, light-dark(#ffffff, #0b1220));
    --_link: var(--kw-color-link, light-dark(#0a58a8, #8cc4ff));
    --_focus: var(--kw-color-focus, light-dark(#0b5cad, #9ccaff));
    --_info: var(--kw-color-info, light-dark(#0b5cad, #79b8ff));
    --_info-surface: var(--kw-color-info-surface, light-dark(#eaf2fb, #10243a));
    --_warning: var(--kw-color-warning, light-dark(#8a4b00, #f0b35a));
    --_warning-surface: var(--kw-color-warning-surface, light-dark(#fff4e2, #33260f));
    --_danger: var(--kw-color-danger, light-dark(#b42318, #ff938a));
    --_danger-surface: var(--kw-color-danger-surface, light-dark(#fdecea, #3a1618));
    --_success: var(--kw-color-success, light-dark(#1a7f37, #5fd17a));
    --_radius: var(--kw-radius, 0.375rem);
    --_space-xs: var(--kw-space-xs, 0.25em);
    --_space-s: var(--kw-space-s, 0.5em);
    --_space-m: var(--kw-space-m, 1em);
    --_space-l: var(--kw-space-l, 1.5em);
    --_focus-width: var(--kw-focus-width, 3px);
    /* Type and space scales (em of the host's text): --kw-font-size-xs/s/m/l/xl, --kw-space-1 … 6. */
    ${scaleTokens}

    display: block;
    box-sizing: border-box;
    /* Fonts come from the page. */
    font-family: var(--kw-font-family, inherit);
    font-size: var(--kw-font-size, inherit);
  }

  /*
   * The page's other inherited text styles are reset so that they do not leak in. This is done on the shadow
   * tree's top elements, not on :host, because any page rule that matches the element itself (e.g.
   * \`.entry-content * { letter-spacing: .1em }\`) beats a :host rule.
   */
  :host > * {
    line-height: var(--kw-line-height, 1.5);
    font-style: normal;
    font-weight: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    color: var(--_text);
    overflow-wrap: break-word;
  }

  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none !important;
  }

  /* Not \`inherit\`: a page's \`* { box-sizing: content-box !important }\` would win on :host and flow in. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  .kw-data-error {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-surface);
    color: var(--_text);
    padding: var(--_space-s) var(--_space-m);
  }
  .kw-data-error__heading {
    margin: 0;
    font-weight: bold;
  }
  .kw-data-error ul {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: 1.25em;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_text-muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_border: CanvasText;
      --_control-border: ButtonText;
      --_accent: Highlight;
      --_accent-contrast: HighlightText;
      --_link: LinkText;
      --_focus: Highlight;
      --_info: CanvasText;
      --_info-surface: Canvas;
      --_warning: CanvasText;
      --_warning-surface: Canvas;
      --_danger: CanvasText;
      --_danger-surface: Canvas;
      --_success: CanvasText;
    }
  }
`;
