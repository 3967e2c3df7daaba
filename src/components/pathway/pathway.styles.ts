import { css } from 'lit';

export const styles = css`
  :host {
    --_edge: var(--kw-pathway-edge, light-dark(#6b7683, #8d98a5));
    --_hi: var(--kw-pathway-highlight, var(--_accent));
    --_fill: var(--_surface-alt);
    --_stroke: var(--_border);
    margin-block: var(--_space-4);
  }

  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-4);
    container-type: inline-size;
  }
  p {
    margin: 0 0 var(--_space-2);
  }
  .title {
    font-weight: bold;
    font-size: var(--_font-size-l);
  }
  .caption,
  .muted {
    color: var(--_text-muted);
  }

  /* The bar: steps (primary), the step caption, then the menu (secondary) at the end. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    margin-block-end: var(--_space-3);
  }
  .steps {
    display: inline-flex;
    flex: none;
  }
  .steps button {
    border-radius: 0;
    margin-inline-start: -1px;
  }
  .steps button:first-child {
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
    margin-inline-start: 0;
  }
  .steps button:last-child {
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  .sentence {
    flex: 1 1 16em;
    margin: 0;
    font-size: var(--_font-size-s);
  }
  .sentence:empty {
    display: none;
  }
  .menu {
    position: relative;
    margin-inline-start: auto;
  }
  .menu-list {
    position: absolute;
    inset-inline-end: 0;
    top: calc(100% + var(--_space-1));
    z-index: 3;
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    min-width: 12em;
    padding: var(--_space-2);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25em 1em light-dark(rgb(0 0 0 / 0.15), rgb(0 0 0 / 0.5));
  }
  .menu-list[hidden] {
    display: none;
  }
  .menu-list button {
    text-align: start;
    border-color: transparent;
    background: transparent;
  }
  /* Sticky only where the page has room, and below the site's own sticky header (--kw-sticky-offset). */
  @media (min-height: 40em) {
    .controls {
      position: sticky;
      top: var(--kw-sticky-offset, 0px);
      z-index: 2;
      background: var(--_surface);
      padding-block: var(--_space-1);
    }
    /* What gets focus or is scrolled to stops below the controls, not under them (WCAG 2.4.11). The controls
       hold the current step's sentence, two lines for the longer steps. */
    .node,
    [tabindex='-1'] {
      scroll-margin-block-start: calc(var(--kw-sticky-offset, 0px) + 6em);
    }
  }
  button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-1);
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface-alt);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
    position: relative;
  }
  .icon {
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .play .icon path {
    fill: currentColor;
  }
  [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  /* Dimmed text only: opacity would also fade the focus ring. */
  [aria-disabled='true'] {
    color: var(--_text-muted);
    cursor: default;
  }
  /* A narrow card keeps Previous | Play | Next on one row: their words go to screen readers only. */
  @container (max-width: 32em) {
    .sentence {
      order: 1;
      flex-basis: 100%;
    }
    .steps .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  .figure {
    position: relative;
  }
  .figure[hidden] {
    display: none;
  }
  .scroller {
    overflow: auto;
  }
  .diagram {
    display: block;
    margin-inline: auto;
  }
  svg {
    overflow: visible;
  }
  /* The arrowheads' definitions: drawn, so that every variant can use them, but taking no room. */
  .markers {
    position: absolute;
  }
  .probe {
    position: absolute;
    visibility: hidden;
    font-size: var(--_font-size-m);
  }

  .edge {
    fill: none;
    stroke: var(--_edge);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  marker * {
    fill: var(--_edge);
  }
  .node {
    cursor: pointer;
    outline: none;
  }
  .box {
    fill: var(--_fill);
    stroke: var(--_stroke);
    stroke-width: 1.5;
    transition: stroke-width 0.2s;
  }
  text {
    fill: var(--_text);
  }
  .label {
    font-size: var(--_font-size-m);
    font-weight: 600;
  }
  .badge-text,
  .band-label,
  .band-number {
    font-size: var(--_font-size-s);
  }
  .band-label {
    font-weight: 600;
    fill: var(--_text-muted);
  }
  .band circle {
    fill: var(--_text-muted);
  }
  .band-number {
    fill: var(--_surface);
    text-anchor: middle;
    font-weight: bold;
  }
  .pill {
    fill: var(--_surface);
    stroke: var(--_stroke);
    stroke-width: 1;
  }
  /* An arrow's own label: small type on the card's colour, so that lines under it do not show through. */
  .edge-label-box {
    fill: var(--_surface);
    stroke: var(--_edge);
    stroke-width: 1;
  }
  .edge-label {
    font-size: var(--_font-size-s);
    fill: var(--_text-muted);
    text-anchor: middle;
  }
  .icon-ring {
    fill: none;
    stroke: var(--_conf);
    stroke-width: 1.5;
  }
  .icon-fill {
    fill: var(--_conf);
  }
  .conf-established {
    --_conf: light-dark(#1a7f37, #5fd17a);
  }
  .conf-supported {
    --_conf: light-dark(#0b5cad, #79b8ff);
  }
  .conf-debated {
    --_conf: light-dark(#8a4b00, #f0b35a);
  }
  .conf-ungraded {
    --_conf: var(--_text-muted);
  }
  .node:hover .box {
    stroke-width: 2.5;
  }
  .current .box,
  .selected .box {
    stroke: var(--_hi);
    stroke-width: 3;
  }
  /* A ring in the text colour, outside the box: focus must not look like the current step's highlight. */
  .node:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 4px;
  }
  .edge.current {
    stroke: var(--_hi);
    stroke-width: 3;
  }
  .marker-hi * {
    fill: var(--_hi);
  }

  .kind-drug {
    --_fill: var(--kw-pathway-kind-drug, light-dark(#fdf0e6, #3a2516));
    --_stroke: light-dark(#e3b48f, #8a5a36);
  }
  .kind-receptor {
    --_fill: var(--kw-pathway-kind-receptor, light-dark(#eaf2fd, #172a42));
    --_stroke: light-dark(#9dbde6, #3f6593);
  }
  .kind-cell {
    --_fill: var(--kw-pathway-kind-cell, light-dark(#eaf6ed, #16301f));
    --_stroke: light-dark(#98cfa7, #3c7a50);
  }
  .kind-molecule {
    --_fill: var(--kw-pathway-kind-molecule, light-dark(#f4edfb, #2a1f3b));
    --_stroke: light-dark(#c6abe3, #6b5290);
  }
  .kind-structure {
    --_fill: var(--kw-pathway-kind-structure, light-dark(#fcf6e0, #332c12));
    --_stroke: light-dark(#dcc681, #80702f);
  }
  .kind-outcome {
    --_fill: var(--kw-pathway-kind-outcome, light-dark(#e4f5f5, #113232));
    --_stroke: light-dark(#8fcfcf, #357a7a);
  }

  /* One line of text where there is room; it wraps like a sentence where there is not. */
  .legend {
    margin: var(--_space-3) 0 0;
    font-size: var(--_font-size-s);
    line-height: 2;
    color: var(--_text-muted);
  }
  .key {
    margin-inline-end: var(--_space-4);
  }
  .key > svg {
    vertical-align: middle;
  }
  .chip {
    display: inline-flex;
    vertical-align: baseline;
    align-items: center;
    gap: 0.35em;
    padding: 0 0.6em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    color: var(--_text);
    font-size: var(--_font-size-s);
    line-height: 1.6;
    white-space: nowrap;
  }
  .chip svg {
    width: 0.75em;
    height: 0.75em;
  }

  .details {
    position: absolute;
    left: var(--_left, 0);
    top: var(--_top, 0);
    z-index: 1;
    width: min(22em, 100%);
    max-height: 70vh;
    overflow: auto;
    padding: var(--_space-3) var(--_space-4);
    border: 2px solid var(--_hi);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.25em 1.25em light-dark(rgb(0 0 0 / 0.18), rgb(0 0 0 / 0.6));
  }
  .details-head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .details .close {
    min-height: 2.25em;
    font-size: var(--_font-size-s);
  }
  .details ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .alts {
    margin-top: var(--_space-5);
    padding-top: var(--_space-4);
    border-top: 1px solid var(--_border);
  }
  .alt-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    gap: var(--_space-3);
  }
  .alt {
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-inline-start: 0.3em solid var(--_text-muted);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    font-size: var(--_font-size-s);
  }
  .alt ol {
    margin: 0 0 var(--_space-2);
    padding-inline-start: 1.25em;
  }
  .alt li + li {
    margin-top: var(--_space-2);
  }
  .alt-desc,
  .alt-refs {
    display: block;
  }
  .alt-refs {
    color: var(--_text-muted);
  }

  .text[part] ol {
    padding-inline-start: 1.5em;
  }
  .text li {
    margin-block: var(--_space-1);
  }

  /* A pre-rendered page read without JavaScript: the text version under the diagram; no controls, which would do
     nothing. With scripting on, this never applies, so nothing moves on hydration. */
  @media (scripting: none) {
    .text.visually-hidden {
      position: static !important;
      width: auto !important;
      height: auto !important;
      margin: var(--_space-4) 0 0 !important;
      overflow: visible !important;
      clip-path: none !important;
      white-space: normal !important;
    }
    .controls,
    .show-alternatives {
      display: none;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .box {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    :host {
      --_edge: CanvasText;
      --_hi: Highlight;
      --_stroke: CanvasText;
      --_conf: CanvasText;
    }
    .box,
    .pill,
    .edge-label-box {
      fill: Canvas;
    }
    .band circle {
      fill: CanvasText;
    }
    .band-number {
      fill: Canvas;
    }
    /* Pressed buttons keep Highlight colours; forced, their text would vanish into its backplate. */
    [aria-pressed='true'],
    button.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    /* The system's colour for unavailable controls. */
    [aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
