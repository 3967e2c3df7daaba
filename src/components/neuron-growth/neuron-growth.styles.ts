import { css } from 'lit';

// The canvas reads its colours from its own `color` (dendrite), `outline-color` (spine) and `caret-color` (new spine).
export const styles = css`
  :host {
    margin-block: var(--_space-m);
    --_new-spine: var(--kw-neuron-new-spine, light-dark(#c2410c, #ffb45e));
  }
  .base {
    margin: 0;
    padding: var(--_space-s);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .stage {
    position: relative;
  }
  canvas {
    display: block;
    width: 100%;
    aspect-ratio: 4 / 5;
    max-height: 34em;
    background: var(--kw-neuron-background, light-dark(#f4f7fb, #111821));
    border-radius: var(--_radius);
    color: var(--kw-neuron-dendrite, light-dark(#2d5a88, #8fb9e6));
    outline-color: var(--kw-neuron-spine, light-dark(#3f72a6, #b9d5f3));
    caret-color: var(--_new-spine);
  }
  .labels {
    position: absolute;
    inset: var(--_space-s) var(--_space-s) auto;
    display: flex;
    font-weight: bold;
  }
  .labels span {
    flex: 1;
  }
  [hidden] {
    display: none !important;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-height: 2.75em;
    padding: 0 var(--_space-m);
    font: inherit;
    color: var(--_accent-contrast);
    background: var(--_accent);
    border: 1px solid;
    border-radius: var(--_radius);
    cursor: pointer;
    /* Play and Pause (in either language) fit the same width, so the controls never jump. */
    min-width: 9em;
    justify-content: center;
  }
  .export {
    color: var(--_accent);
    background: var(--_surface);
  }
  svg {
    width: 1em;
    fill: currentColor;
  }
  input {
    flex: 1 1 10em;
    min-height: 2.75em;
    accent-color: var(--_accent);
  }
  .readout,
  .key {
    flex-basis: 100%;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    margin-inline-end: var(--_space-xs);
    border-radius: 50%;
    background: var(--_new-spine);
    forced-color-adjust: none;
  }
  .caption {
    min-height: 4.5em;
  }
  .labels,
  .note {
    margin-block: var(--_space-xs);
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    /* A system button: Highlight text on the forced text backplate would be invisible. */
    button {
      color: ButtonText;
      background: ButtonFace;
    }
    :host {
      --_new-spine: Highlight;
    }
    canvas {
      background: Canvas;
      color: CanvasText;
      /* Old spines in GrayText and new ones in Highlight: told apart by more than a shade of the same colour. */
      outline-color: GrayText;
      caret-color: Highlight;
      forced-color-adjust: none;
      border: 1px solid;
    }
  }
`;
