import { css } from 'lit';

export const styles = css`
  :host {
    --_drug: var(--kw-side-effects-drug-color, var(--_accent));
    --_placebo: var(--kw-side-effects-placebo-color, var(--_text-muted));
    --_bar-width: var(--kw-side-effects-bar-width, 6em);
    margin-block: var(--_space-4);
    /* Narrow layouts follow the widget's own width (a sidebar at 1280 px too), not the window's. */
    container-type: inline-size;
  }
  :host([compact]) {
    font-size: var(--_font-size-s);
  }
  /* Its own surface, like the other widgets: readable when its colour scheme differs from the page's. */
  [part='base'] {
    padding: var(--_space-3);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  p,
  ul {
    margin: 0 0 var(--_space-2);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-top: var(--_space-1);
  }
  [part='heading'] {
    margin-bottom: var(--_space-3);
  }
  .set {
    margin-top: var(--_space-5);
  }
  .set > .kw-heading {
    margin-bottom: var(--_space-2);
  }
  .group {
    margin-top: var(--_space-4);
  }
  .group > .kw-heading {
    padding-bottom: var(--_space-1);
    color: var(--_text-muted);
    border-bottom: 1px solid var(--_border);
  }

  /* Callouts: a tinted surface with a calm border of the same hue; the stripe carries the emphasis. */
  .help,
  .warning {
    margin: 0 0 var(--_space-4);
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid color-mix(in srgb, var(--_info) 45%, var(--_surface));
    border-inline-start: 0.375em solid var(--_info);
    border-radius: var(--_radius);
    background: var(--_info-surface);
  }
  .warning {
    margin-top: var(--_space-3);
    border-color: color-mix(in srgb, var(--_danger) 45%, var(--_surface));
    border-inline-start-color: var(--_danger);
    background: var(--_danger-surface);
  }
  .help > .kw-heading,
  .warning > .kw-heading {
    margin-bottom: var(--_space-2);
  }
  .help ul,
  .warning ul {
    margin-bottom: 0;
  }
  .warning-note {
    margin: var(--_space-2) 0 0;
    font-weight: bold;
  }
  .warning-note + .warning-note {
    font-weight: normal;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin-top: var(--_space-4);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .count {
    flex-basis: 100%;
    min-height: 1.5em;
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-2);
    margin: var(--_space-3) 0 0;
  }

  [role='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    margin: 0;
    padding-block: var(--_space-1) var(--_space-2);
    border-bottom: 1px solid var(--_border);
  }
  /* A full-width row, squared off so that its focus ring sits inside the row and never over the bars below. */
  .disclosure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-1) var(--_space-2);
    width: 100%;
    min-height: 2.75em;
    margin: 0;
    padding: var(--_space-1);
    font: inherit;
    font-weight: bold;
    text-align: start;
    color: inherit;
    background: none;
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .disclosure,
  .disclosure:focus-visible {
    outline-offset: calc(-1 * var(--_focus-width));
  }
  .disclosure:hover {
    background: var(--_surface-alt);
  }
  .disclosure::before {
    content: '▸' / '';
    flex: none;
    width: 1em;
    text-align: center;
  }
  .disclosure[aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  /* Below ~12em of room for the name, the tags wrap to their own line instead of squeezing it. */
  .name {
    flex: 1 1 12em;
  }
  /* Beside the name when there is room; otherwise on their own line, starting under the name. */
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    padding-inline-start: calc(1em + var(--_space-2));
    font-weight: normal;
    font-size: var(--_font-size-s);
  }
  .tag {
    padding: 0 var(--_space-2);
    border: 1px solid transparent;
    border-radius: 2em;
  }
  .severity {
    border-color: var(--_control-border);
  }
  .moderate .severity {
    border-color: var(--_warning);
    background: var(--_warning-surface);
  }
  .serious .severity,
  .boxed {
    border-color: var(--_danger);
    background: var(--_danger-surface);
    font-weight: bold;
  }

  /* Bars in a fixed column and the rate beside them: every rate wraps at the same place. */
  .frequency,
  .details {
    margin: 0;
    padding-inline-start: 2em;
  }
  .bars-and-rate {
    display: grid;
    grid-template-columns: var(--_bar-width) minmax(0, 1fr);
    align-items: center;
    gap: 0 var(--_space-3);
  }
  .bars {
    display: grid;
    gap: var(--_space-1);
  }
  .bars svg,
  i {
    display: block;
    width: 100%;
    height: 0.5em;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }
  i {
    display: inline-block;
    width: 1em;
    background: var(--_drug);
  }
  i + i {
    background: var(--_placebo);
  }
  rect {
    fill: var(--_drug);
  }
  svg + svg rect {
    fill: var(--_placebo);
  }
  .details {
    padding-block: var(--_space-2);
  }
  @container (max-width: 28em) {
    .bars-and-rate {
      grid-template-columns: minmax(0, 1fr);
    }
    .bars {
      width: var(--_bar-width);
      margin-block: var(--_space-1);
    }
    .help,
    .warning {
      padding-inline: var(--_space-3);
    }
  }
  .details p:last-child {
    margin-bottom: 0;
  }
  .show-all {
    margin-top: var(--_space-3);
  }
  :host([compact]) :is(.bars, [part='note'], .legend),
  .print .controls,
  .print .show-all {
    display: none;
  }
  :host([compact]) .bars-and-rate {
    display: block;
  }
  @media (forced-colors: active) {
    :host {
      --_drug: CanvasText;
      --_placebo: GrayText;
    }
    .bars svg,
    i {
      forced-color-adjust: none;
    }
    .kw-chip[aria-pressed='true'] {
      border: 3px solid;
    }
    .help,
    .warning {
      border-color: CanvasText;
    }
  }
  @media print {
    .controls,
    .show-all,
    .disclosure::before {
      display: none;
    }
    .details {
      display: block;
    }
    .item {
      break-inside: avoid;
    }
    .bars,
    i {
      print-color-adjust: exact;
    }
  }

  /* A pre-rendered page read without JavaScript (search engines, reader modes, scripts off): the whole list with
     every item's details, as in print. With scripting on, this never applies, so nothing moves on hydration. */
  @media (scripting: none) {
    .group[hidden],
    .item[hidden],
    .details[hidden] {
      display: block !important;
    }
    .controls,
    .show-all,
    .disclosure::before {
      display: none;
    }
  }
`;
