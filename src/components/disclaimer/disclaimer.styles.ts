import { css } from 'lit';

export const styles = css`
  :host {
    --_accent-stripe: var(--kw-disclaimer-accent, var(--_info));
    --_background: var(--kw-disclaimer-background, var(--_info-surface));
    --_crisis-background: var(--kw-disclaimer-crisis-background, var(--_surface));
    --_icon-glyph: var(--_background);
    max-width: var(--kw-disclaimer-max-width, none);
    margin-block: var(--_space-4);
    /* Narrow layouts follow the widget's own width (a sidebar or blog column too), not the window's. */
    container-type: inline-size;
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
    margin-block: var(--_space-4);
  }

  /* Icon, content and close button fill the columns in source order. */
  .base {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    gap: var(--_space-2) var(--_space-3);
    align-items: start;
    padding: var(--_space-4);
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
    padding-block: var(--_space-2);
  }

  .icon {
    width: 1.5em;
    height: 1.5em;
    color: var(--_accent-stripe);
  }

  .content {
    min-width: 0;
  }

  .body {
    margin-top: var(--_space-2);
  }
  .body p,
  .body ::slotted(p) {
    margin: 0 0 var(--_space-2);
  }
  .body p:last-child,
  .body ::slotted(:last-child) {
    margin-bottom: 0;
  }

  /* The rest of the notice, after the crisis lines. */
  .more {
    margin-top: var(--_space-3);
  }
  .more p {
    margin: var(--_space-2) 0 0;
  }
  summary {
    display: list-item;
    width: fit-content;
    padding-block: var(--_space-1);
    border-radius: var(--_radius);
    color: var(--_link);
    font-weight: bold;
    cursor: pointer;
  }
  summary:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .reviewed {
    margin: var(--_space-3) 0 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }

  .crisis {
    margin-top: var(--_space-3);
    padding: var(--_space-3) var(--_space-4);
    background: var(--_crisis-background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  :host([variant='banner']) .crisis {
    padding-block: var(--_space-1);
  }
  .crisis p {
    margin: 0;
  }
  .crisis .kw-data-error {
    margin-bottom: var(--_space-2);
  }
  .lines {
    list-style: none;
    margin: var(--_space-1) 0;
    padding: 0;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-2);
    padding-block: var(--_space-1);
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
    gap: var(--_space-1) var(--_space-3);
  }
  /* A link may wrap between words in a very narrow column; its number never does (see keepNumbersTogether). */
  .contact {
    display: inline-block;
    min-height: 24px;
    padding-block: 0.125em;
    font-weight: bold;
  }
  .nowrap {
    white-space: nowrap;
  }
  .emergency .contact {
    padding: 0;
  }

  .close {
    margin: calc(-1 * var(--_space-2)) calc(-1 * var(--_space-2)) 0 0;
  }
  .close svg {
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.25;
    stroke-linecap: round;
  }

  /*
   * On narrow screens the text takes the full width: the icon sits beside the heading only, and the nested boxes
   * pad less, so the crisis lines come sooner.
   */
  @container (max-width: 26em) {
    .base {
      padding: var(--_space-3);
      gap: 0 var(--_space-2);
    }
    .content {
      display: contents;
    }
    .content > * {
      grid-column: 1 / -1;
    }
    .content > .kw-heading {
      grid-column: 2;
      align-self: center;
    }
    .close {
      grid-area: 1 / 3;
    }
    .crisis {
      padding: var(--_space-2) var(--_space-3);
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
    summary {
      color: LinkText;
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
