import { css } from 'lit';

export const styles = css`
  :host {
    --_drug: var(--kw-side-effects-drug-color, var(--_accent));
    --_placebo: var(--kw-side-effects-placebo-color, var(--_text-muted));
    --_bar-width: var(--kw-side-effects-bar-width, 6em);
    color: var(--_text);
  }
  :host([compact]) {
    font-size: 0.9375em;
  }

  p,
  ul {
    margin: 0 0 var(--_space-s);
  }
  .h {
    margin: var(--_space-m) 0 var(--_space-s);
    font-weight: bold;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .group > .h {
    font-size: 1em;
    color: var(--_text-muted);
    border-block-end: 1px solid var(--_border);
    padding-block-end: var(--_space-xs);
  }
  .note,
  .legend {
    color: var(--_text-muted);
    font-size: 0.875em;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-height: 2.75em;
    padding: 0 0.875em 0 0.5em;
    border: 1px solid var(--_control-border);
    border-radius: 999px;
    background: var(--_surface);
  }
  .chip[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  /* The check keeps its space when hidden, so pressing a chip never changes its width. */
  .check {
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    visibility: hidden;
  }
  [aria-pressed='true'] > .check {
    visibility: visible;
  }
  .count {
    flex-basis: 100%;
    min-height: 1.5em;
    margin: 0;
    color: var(--_text-muted);
  }

  .warning {
    margin-block: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-surface);
  }
  .warning .h {
    margin-top: 0;
    display: flex;
    gap: var(--_space-s);
    align-items: center;
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    fill: var(--_danger);
  }
  .icon .glyph {
    fill: var(--_danger-surface);
  }
  .monitoring {
    font-weight: bold;
    margin: 0;
  }

  .items {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .item {
    border-block-end: 1px solid var(--_border);
    padding-block: var(--_space-xs);
  }
  .item .h {
    margin: 0;
    font-size: 1em;
  }
  .disclosure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space-s);
    width: 100%;
    min-height: 2.75em;
    padding: var(--_space-xs);
    border: 0;
    background: none;
    text-align: start;
    font-weight: bold;
  }
  .disclosure:hover .name {
    text-decoration: underline;
  }
  .chevron {
    width: 1em;
    height: 1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(90deg);
  }
  /* Below ~12em of room for the name, the tags wrap to their own line instead of squeezing it. */
  .name {
    flex: 1 1 12em;
  }
  .tags {
    display: flex;
    gap: var(--_space-s);
    margin-inline-start: auto;
    font-weight: normal;
    font-size: 0.875em;
  }
  .severity {
    padding: 0 0.5em;
    border: 1px solid var(--_control-border);
    border-radius: 999px;
  }
  .moderate .severity {
    border-color: var(--_warning);
    background: var(--_warning-surface);
  }
  .serious .severity {
    border-color: var(--_danger);
    background: var(--_danger-surface);
    font-weight: bold;
  }

  .frequency {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space-s);
    margin: 0 0 var(--_space-xs);
    padding-inline-start: calc(1em + var(--_space-s) + var(--_space-xs));
  }
  .bars {
    display: grid;
    gap: 2px;
    width: var(--_bar-width);
    flex: none;
  }
  .bar,
  .key {
    display: block;
    height: 0.5em;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }
  .bar::before {
    content: '';
    display: block;
    height: 100%;
    width: var(--_value);
    background: var(--_drug);
  }
  .bar.placebo::before,
  .key.placebo {
    background: var(--_placebo);
  }
  .key {
    display: inline-block;
    width: 1em;
    margin-inline: 0.5em 0.25em;
    vertical-align: middle;
    background: var(--_drug);
  }
  .key.drug {
    margin-inline-start: 0;
  }

  .details {
    padding: 0 0 var(--_space-xs) calc(1em + var(--_space-s) + var(--_space-xs));
  }
  .sources {
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  .help {
    margin-top: var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 1px solid var(--_border);
    border-inline-start: 0.375em solid var(--_info);
    border-radius: var(--_radius);
    background: var(--_info-surface);
  }
  .help .h {
    margin-top: 0;
  }
  .help ul,
  .warning ul {
    padding-inline-start: 1.25em;
  }

  :host([compact]) .bars,
  :host([compact]) .note,
  :host([compact]) .legend {
    display: none;
  }
  :host([compact]) .frequency {
    font-size: 0.875em;
  }
  :host([compact]) .h {
    margin-top: var(--_space-s);
  }

  .print .controls {
    display: none;
  }

  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s;
    }
  }

  @media (forced-colors: active) {
    .bar,
    .key {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
    .bar::before,
    .key.drug {
      background: CanvasText;
    }
    .bar.placebo::before,
    .key.placebo {
      background: GrayText;
    }
    .chip[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border: 3px solid ButtonText;
    }
    .icon {
      fill: CanvasText;
    }
    .icon .glyph {
      fill: Canvas;
    }
  }

  @media print {
    .controls,
    .chevron {
      display: none;
    }
    .details[hidden] {
      display: block;
    }
    .item {
      break-inside: avoid;
    }
    .bar,
    .bar::before,
    .key {
      print-color-adjust: exact;
    }
  }
`;
