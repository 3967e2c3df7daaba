import { css } from 'lit';

export const styles = css`
  :host {
    --_dendrite: var(--kw-neuron-dendrite, light-dark(#2d5a88, #8fb9e6));
    --_spine: var(--kw-neuron-spine, light-dark(#3f72a6, #b9d5f3));
    --_new-spine: var(--kw-neuron-new-spine, light-dark(#c2410c, #ffb45e));
    --_background: var(--kw-neuron-background, light-dark(#f4f7fb, #111821));
    margin-block: var(--_space-m);
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
    max-height: 34rem;
    background: var(--_background);
    border-radius: var(--_radius);
  }
  .labels {
    position: absolute;
    inset: var(--_space-s) var(--_space-s) auto;
    display: flex;
    font-size: 0.875em;
    font-weight: bold;
    color: var(--_text-muted);
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
    margin-block-start: var(--_space-s);
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-height: 2.75em;
    min-width: 6.5em;
    padding: 0 var(--_space-m);
    font: inherit;
    color: var(--_accent-contrast);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  svg {
    width: 1em;
    height: 1em;
    fill: currentColor;
  }
  input {
    flex: 1 1 10em;
    min-height: 2.75em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .readout {
    flex-basis: 100%;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .caption {
    min-height: 4.5em;
    margin-block: var(--_space-s);
  }
  .note {
    margin-block: var(--_space-xs);
    font-size: 0.875em;
    color: var(--_text-muted);
  }
  .palette i:nth-child(1) {
    color: var(--_dendrite);
  }
  .palette i:nth-child(2) {
    color: var(--_spine);
  }
  .palette i:nth-child(3) {
    color: var(--_new-spine);
  }
  @media (forced-colors: active) {
    :host {
      --_dendrite: CanvasText;
      --_spine: CanvasText;
      --_new-spine: Highlight;
      --_background: Canvas;
    }
    .palette {
      forced-color-adjust: none;
    }
    canvas {
      border: 1px solid CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }
`;
