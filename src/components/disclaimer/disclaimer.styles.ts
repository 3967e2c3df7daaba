import { css } from 'lit';

export const styles = css`
  :host {
    --_accent-stripe: var(--kw-disclaimer-accent, var(--_info));
    --_background: var(--kw-disclaimer-background, var(--_info-surface));
    --_crisis-background: var(--kw-disclaimer-crisis-background, var(--_surface));
    --_icon-glyph: var(--_background);
    max-width: var(--kw-disclaimer-max-width, none);
    margin-block: var(--_space-m);
  }

  :host([variant='banner']) {
    position: sticky;
    top: var(--kw-disclaimer-sticky-offset, 0);
    z-index: 10;
    max-width: none;
    margin-block: 0;
  }
  :host([variant='banner'][position='bottom']) {
    top: auto;
    bottom: var(--kw-disclaimer-sticky-offset, 0);
  }
  /* Set by the element when a sticky banner would cover too much of the window (phones, zoom): it scrolls away. */
  :host([variant='banner'][unstuck]) {
    position: relative;
  }
  /* Dismissed: only the crisis strip is left, in the page flow (never sticky), or nothing at all. */
  :host([dismissed]),
  :host([variant][dismissed]) {
    position: static;
    margin-block: 0;
  }
  .alone {
    margin-block: var(--_space-m);
  }

  /* Icon, content and close button fill the columns in source order. */
  .base {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    gap: var(--_space-s) var(--_space-m);
    align-items: start;
    padding: var(--_space-m);
    background: var(--_background);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-inline-start: 0.375em solid var(--_accent-stripe);
    border-radius: var(--_radius);
  }
  :host([variant='banner']) .base {
    border-radius: 0;
    border-inline-width: 0;
    border-block-start-width: 0.25em;
    border-block-start-color: var(--_accent-stripe);
    padding-block: var(--_space-s);
  }

  .icon {
    width: 1.5em;
    height: 1.5em;
    color: var(--_accent-stripe);
  }

  .content {
    min-width: 0;
  }

  .heading {
    margin: 0 0 var(--_space-xs);
    font-size: 1.125em;
    line-height: 1.3;
  }
  :host([variant='banner']) .heading {
    font-size: 1em;
  }

  .body p,
  .body ::slotted(p) {
    margin: 0 0 var(--_space-s);
  }
  .body p:last-child,
  .body ::slotted(:last-child) {
    margin-bottom: 0;
  }
  .reviewed {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .crisis {
    margin-top: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    background: var(--_crisis-background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  :host([variant='banner']) .crisis {
    padding-block: var(--_space-xs);
  }
  .crisis p {
    margin: 0;
  }
  .crisis .kw-data-error {
    margin-bottom: var(--_space-s);
  }
  .crisis-heading {
    font-weight: bold;
  }
  .lines {
    list-style: none;
    margin: var(--_space-xs) 0;
    padding: 0;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
    padding-block: var(--_space-xs);
  }
  .line-name {
    font-weight: bold;
  }
  .line-description {
    color: var(--_text-muted);
  }
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-s);
  }
  .contact {
    display: inline-block;
    min-height: 24px;
    padding-block: 0.125em;
    font-weight: bold;
    white-space: nowrap;
  }
  .emergency .contact {
    padding: 0;
  }

  .close {
    display: inline-grid;
    place-items: center;
    width: 2.75em;
    height: 2.75em;
    margin: calc(-1 * var(--_space-s)) calc(-1 * var(--_space-s)) 0 0;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .close:hover {
    background: var(--_surface-alt);
    border-color: var(--_control-border);
  }
  .close svg {
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.25;
    stroke-linecap: round;
  }

  /* On narrow screens the icon moves above the text so the text keeps the full width. */
  @media (max-width: 24em) {
    .base {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .content {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }

  @media (forced-colors: active) {
    .base,
    .crisis {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText;
      --_icon-glyph: Canvas;
    }
    .close {
      border-color: ButtonText;
      color: ButtonText;
    }
  }

  @media print {
    .close {
      display: none;
    }
    :host([variant='banner']) {
      position: static;
    }
  }
`;
