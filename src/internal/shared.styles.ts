import { css } from 'lit';

/**
 * The parts every widget shares, written once and adopted as one constructed sheet by all of them: buttons
 * (primary, secondary, quiet, icon), the chip/toggle, headings, small notes and citations, the loading frame, and
 * the colour scheme chosen from the page's background (see host-theme.ts). Sizes come from the type and space
 * scales in tokens.styles.ts, so every control follows the host's font size. Focus rings are outlines, which follow
 * each control's corner radius (a pill gets a pill ring, a square button a square one).
 */
export const sharedStyles = css`
  /* The background behind the widget decided the scheme (the page set no theme): see host-theme.ts. */
  :host(:state(kw-dark-host)) {
    color-scheme: dark;
  }
  :host(:state(kw-light-host)) {
    color-scheme: light;
  }

  [hidden] {
    display: none !important;
  }

  .kw-heading {
    margin: 0;
    font-weight: bold;
    line-height: 1.25;
    color: var(--_text);
  }
  .kw-heading--xl {
    font-size: var(--_font-size-xl);
  }
  .kw-heading--l {
    font-size: var(--_font-size-l);
  }
  .kw-heading--m {
    font-size: var(--_font-size-m);
  }
  .kw-heading--s {
    font-size: var(--_font-size-s);
  }

  .kw-note,
  .kw-loading {
    font-size: var(--_font-size-s);
    color: var(--_text-muted);
  }
  .kw-loading {
    margin: 0;
    padding-block: var(--_space-3);
  }

  /* Primary by default; --secondary and --quiet step down; --icon is square. */
  .kw-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-height: 2.75em;
    margin: 0;
    padding: 0 var(--_space-4);
    font: inherit;
    font-weight: bold;
    line-height: 1.2;
    text-align: center;
    color: var(--_accent-contrast);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .kw-button:hover {
    background: color-mix(in srgb, var(--_accent) 82%, var(--_text));
  }
  .kw-button--secondary {
    color: var(--_accent);
    background: var(--_surface);
    border-color: var(--_control-border);
  }
  .kw-button--quiet {
    color: var(--_text);
    background: transparent;
    border-color: transparent;
    font-weight: normal;
  }
  .kw-button--secondary:hover,
  .kw-button--quiet:hover {
    background: var(--_surface-alt);
    border-color: var(--_control-border);
  }
  .kw-button--icon {
    width: 2.75em;
    padding: 0;
  }
  .kw-button svg {
    flex: none;
    width: 1em;
    height: 1em;
    fill: currentColor;
  }

  /*
   * A toggle chip: the check sits in padding that both sides reserve equally, so the label stays centred and
   * pressing never changes the chip's width.
   */
  .kw-chip {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.5em;
    margin: 0;
    padding: 0 1.75em;
    font: inherit;
    font-size: var(--_font-size-s);
    line-height: 1.2;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_control-border);
    border-radius: 2em;
    cursor: pointer;
  }
  .kw-chip:hover {
    background: var(--_surface-alt);
  }
  .kw-chip[aria-pressed='true'] {
    color: var(--_accent-contrast);
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .kw-chip[aria-pressed='true']::before {
    content: '✓' / '';
    position: absolute;
    inset-inline-start: 0.7em;
  }

  @media (forced-colors: active) {
    .kw-button,
    .kw-chip {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .kw-chip[aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
      forced-color-adjust: none;
    }
  }
`;
