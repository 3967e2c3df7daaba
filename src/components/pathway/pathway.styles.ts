import { css } from 'lit';

export const styles = css`
  :host {
    --_edge: var(--kw-pathway-edge, var(--_text-muted));
    --_hi: var(--kw-pathway-highlight, var(--_accent));
    --_fill: var(--_surface-alt);
    margin-block: var(--_space-m);
  }

  .base {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-m);
  }
  p {
    margin: 0 0 var(--_space-s);
  }
  .title {
    font-weight: bold;
    font-size: 1.125em;
  }
  .caption,
  .muted {
    color: var(--_text-muted);
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .controls > .row {
    margin-block-end: var(--_space-s);
  }
  /* On roomy screens the controls stay in view while the reader scrolls through a tall diagram. */
  @media (min-width: 40em) and (min-height: 40em) {
    .controls {
      position: sticky;
      top: 0;
      z-index: 1;
      background: var(--_surface);
      padding-block: var(--_space-xs);
    }
    /* What gets focus or is scrolled to stops below the controls, not under them (WCAG 2.4.11). The controls
       hold the current step's sentence, two lines for the longer steps. */
    .node,
    [tabindex='-1'] {
      scroll-margin-block-start: 10em;
    }
  }
  button {
    font: inherit;
    min-height: 2.25em;
    padding: .25em .75em;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
    cursor: pointer;
  }
  [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  /* Dimmed text only: opacity would also fade the focus ring. */
  [aria-disabled='true'] {
    color: var(--_text-muted);
    border-style: dashed;
    cursor: default;
  }
  .sentence:empty {
    display: none;
  }
  .sentence {
    border-inline-start: .25em solid var(--_hi);
    padding-inline-start: var(--_space-s);
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

  .edge {
    fill: none;
    stroke: var(--_edge);
    stroke-width: 2;
  }
  marker * {
    fill: var(--_edge);
  }
  .node {
    cursor: pointer;
    outline: none;
  }
  .node rect {
    fill: var(--_fill);
    stroke: var(--_text);
    stroke-width: 2;
    transition: stroke-width .2s;
  }
  text {
    fill: var(--_text);
    text-anchor: middle;
    font-size: 14px;
    font-weight: 600;
  }
  .level {
    font-size: 12px;
    font-weight: normal;
    fill: var(--_text-muted);
  }
  .node:hover rect {
    stroke-width: 3;
  }
  .current rect,
  .selected rect {
    stroke: var(--_hi);
    stroke-width: 4;
  }
  .node:focus-visible rect {
    stroke: var(--_focus);
    stroke-width: 5;
  }
  /* A ring in the text colour, outside the box: focus must not look like the current step's highlight. */
  .node:focus-visible {
    outline: var(--_focus-width) solid var(--_text);
    outline-offset: 5px;
  }
  .edge.current {
    stroke: var(--_hi);
    stroke-width: 3.5;
  }
  .marker-hi * {
    fill: var(--_hi);
  }

  .kind-drug {
    --_fill: var(--kw-pathway-kind-drug, light-dark(#fde9d9, #44291a));
  }
  .kind-receptor {
    --_fill: var(--kw-pathway-kind-receptor, light-dark(#e2ecfb, #1b2b45));
  }
  .kind-cell {
    --_fill: var(--kw-pathway-kind-cell, light-dark(#e3f4e7, #193322));
  }
  .kind-molecule {
    --_fill: var(--kw-pathway-kind-molecule, light-dark(#f2e7fb, #2e2140));
  }
  .kind-structure {
    --_fill: var(--kw-pathway-kind-structure, light-dark(#fbf3d4, #383013));
  }
  .kind-outcome {
    --_fill: var(--kw-pathway-kind-outcome, light-dark(#dcf2f2, #123535));
  }

  .legend {
    list-style: none;
    margin: var(--_space-s) 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    font-size: .875em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }

  /* In the flow, not sticky: a panel over the diagram would hide the step that has keyboard focus (WCAG 2.4.11). */
  .details {
    margin-top: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_hi);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  @media (prefers-reduced-motion: reduce) {
    .node rect {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    :host {
      --_edge: CanvasText;
      --_hi: Highlight;
    }
    .node rect {
      fill: Canvas;
    }
    /* Pressed buttons keep Highlight colours; forced, their text would vanish into its backplate. */
    [aria-pressed='true'] {
      forced-color-adjust: none;
    }
    /* The system's colour for unavailable controls, not only a dashed border. */
    [aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
