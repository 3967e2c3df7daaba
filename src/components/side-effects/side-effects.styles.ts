import { css } from 'lit';

export const styles = css`
  :host {
    --_drug: var(--kw-side-effects-drug-color, var(--_accent));
    --_placebo: var(--kw-side-effects-placebo-color, var(--_text-muted));
  }
  :host([compact]) {
    font-size: 0.9375em;
  }
  /* Its own surface, like the other widgets: readable when its colour scheme differs from the page's. */
  [part='base'] {
    padding: var(--_space-s);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  p,
  ul {
    margin: 0 0 var(--_space-s);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  .h {
    margin: var(--_space-m) 0 var(--_space-s);
    font-weight: bold;
    font-size: 1.125em;
  }
  .group > .h {
    font-size: 1em;
    color: var(--_text-muted);
    border-bottom: 1px solid var(--_border);
  }
  [part='note'],
  .legend,
  .sources,
  [role='status'] {
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .controls,
  .chips,
  button,
  [part~='frequency'],
  small {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
  }
  button {
    font: inherit;
    color: inherit;
    min-height: 2.75em;
    border: 1px solid var(--_control-border);
    border-radius: 2em;
    background: var(--_surface);
    padding: 0 0.8em 0 0.5em;
    gap: 0.25em;
  }
  [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  /* The check keeps its space when hidden, so pressing a chip never changes its width. */
  [aria-pressed]::before {
    content: '✓' / '';
  }
  [aria-pressed='false']::before {
    visibility: hidden;
  }
  [aria-expanded]::before {
    content: '▸' / '';
  }
  [role='status'] {
    flex-basis: 100%;
    min-height: 1.5em;
  }
  [part='warning'],
  [part='help'] {
    margin-top: var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-surface);
  }
  [part='help'] {
    border-color: var(--_info);
    background: var(--_info-surface);
  }
  [part='warning'] .h,
  [part='help'] .h {
    margin-top: 0;
  }
  [role='list'] {
    padding: 0;
    list-style: none;
  }
  [part~='item'] {
    border-bottom: 1px solid var(--_border);
    padding-block: var(--_space-xs);
  }
  [part~='item'] .h {
    margin: 0;
    font-size: 1em;
  }
  [part~='disclosure'] {
    width: 100%;
    padding: var(--_space-xs);
    border: 0;
    background: none;
    text-align: start;
    gap: 0 var(--_space-s);
  }
  /* Below ~12em of room for the name, the tags wrap to their own line instead of squeezing it. */
  .name {
    flex: 1 1 12em;
  }
  [aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  small {
    margin-inline-start: auto;
    font-weight: normal;
  }
  [part='severity'] {
    padding: 0 0.5em;
    border: 1px solid var(--_control-border);
    border-radius: 2em;
  }
  .moderate [part='severity'] {
    border-color: var(--_warning);
    background: var(--_warning-surface);
  }
  .serious [part='severity'] {
    border-color: var(--_danger);
    background: var(--_danger-surface);
    font-weight: bold;
  }
  [part~='frequency'],
  .details {
    margin: 0;
    padding: 0 0 var(--_space-xs) 1.75em;
  }
  .bars {
    flex: none;
    width: var(--kw-side-effects-bar-width, 6em);
  }
  .bars svg,
  i {
    display: block;
    width: 100%;
    height: 0.5em;
    margin-top: 2px;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }
  i {
    display: inline-block;
    width: 1em;
    margin: 0 0.25em 0 0.5em;
    vertical-align: middle;
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
  :host([compact]) :is(.bars, [part='note'], .legend),
  .print .controls {
    display: none;
  }
  @media (forced-colors: active) {
    :host {
      --_drug: CanvasText;
      --_placebo: GrayText;
    }
    .bars svg,
    i,
    [aria-pressed='true'] {
      forced-color-adjust: none;
    }
    [aria-pressed='true'] {
      border: 3px solid;
    }
  }
  @media print {
    .controls,
    button::before {
      display: none;
    }
    .details {
      display: block;
    }
    [part~='item'] {
      break-inside: avoid;
    }
    .bars,
    i {
      print-color-adjust: exact;
    }
  }
`;
