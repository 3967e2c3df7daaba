import { css } from 'lit';

export const styles = css`
  :host {
    --_edge: var(--kw-pathway-edge, var(--_text-muted));
    --_highlight: var(--kw-pathway-highlight, var(--_accent));
    --_fill: var(--_surface-alt);
    margin-block: var(--_space-m);
  }

  .base {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-m);
  }
  .base > p {
    margin: 0 0 var(--_space-s);
  }
  .title {
    font-weight: bold;
    font-size: 1.125em;
  }
  .caption {
    color: var(--_text-muted);
  }

  .toolbar,
  .steps,
  .export {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .toolbar {
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
  }
  button {
    font: inherit;
    min-height: 2.25em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    color: var(--_text);
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: default;
  }
  .sentence:empty {
    display: none;
  }
  .sentence {
    border-inline-start: 0.25em solid var(--_highlight);
    padding-inline-start: var(--_space-s);
  }

  .scroller {
    overflow: auto;
    max-width: 100%;
  }
  .diagram {
    display: block;
    margin-inline: auto;
    font-family: inherit;
    overflow: visible;
  }

  .edge {
    fill: none;
    stroke: var(--_edge);
    stroke-width: 2;
  }
  .edge.current {
    stroke: var(--_highlight);
    stroke-width: 3.5;
  }
  marker path,
  marker rect {
    fill: var(--_edge);
  }
  .marker-hi path,
  .marker-hi rect {
    fill: var(--_highlight);
  }

  .node {
    cursor: pointer;
    outline: none;
  }
  .node rect {
    fill: var(--_fill);
    stroke: var(--_text);
    stroke-width: 2;
    transition: stroke-width 0.2s;
  }
  .node text {
    fill: var(--_text);
    text-anchor: middle;
  }
  .node .label {
    font-size: 14px;
    font-weight: 600;
  }
  .node .level {
    font-size: 12px;
    fill: var(--_text-muted);
  }
  .node.current rect,
  .node.selected rect {
    stroke: var(--_highlight);
    stroke-width: 4;
  }
  .node:focus-visible rect {
    stroke: var(--_focus);
    stroke-width: 5;
  }
  .node:hover rect {
    stroke-width: 3;
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
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  .sample {
    flex: none;
    overflow: visible;
  }

  .details {
    position: sticky;
    bottom: 0;
    z-index: 1;
    max-height: 60vh;
    overflow: auto;
    margin-top: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border: 2px solid var(--_highlight);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .details p {
    margin: 0 0 var(--_space-s);
  }
  .details-level {
    color: var(--_text-muted);
  }
  .refs {
    margin: 0 0 var(--_space-s);
    padding-inline-start: 1.25em;
  }

  .text ol {
    padding-inline-start: 1.5em;
  }
  .text-title {
    font-weight: bold;
    margin: var(--_space-m) 0 0;
  }

  @media (prefers-reduced-motion: reduce) {
    .node rect {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .node rect {
      fill: Canvas;
      stroke: CanvasText;
    }
    .node text,
    .node .level {
      fill: CanvasText;
    }
    .edge,
    .legend .edge {
      stroke: CanvasText;
    }
    marker path,
    marker rect {
      fill: CanvasText;
    }
    .node.current rect,
    .node.selected rect,
    .node:focus-visible rect,
    .edge.current {
      stroke: Highlight;
    }
    .marker-hi path,
    .marker-hi rect {
      fill: Highlight;
    }
  }
`;
