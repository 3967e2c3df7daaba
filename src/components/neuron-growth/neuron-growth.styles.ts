import { css } from 'lit';

// The canvas reads its colours from its own `color` (dendrite), `outline-color` (spine) and `caret-color` (new spine);
// the server's SVG drawing (`.poster`) takes the same ones as strokes.
export const styles = css`
  :host {
    margin-block: var(--_space-4);
    --_dendrite: var(--kw-neuron-dendrite, light-dark(#2d5a88, #8fb9e6));
    --_spine: var(--kw-neuron-spine, light-dark(#3f72a6, #b9d5f3));
    --_new-spine: var(--kw-neuron-new-spine, light-dark(#c2410c, #ffb45e));
    /* The timeline's thumb: the stage labels line up with the stretch its centre travels. */
    --_thumb: 1.25em;
    container-type: inline-size;
  }
  .base {
    margin: 0;
    padding: var(--_space-3);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .stage {
    position: relative;
  }
  canvas,
  .poster {
    display: block;
    width: 100%;
    background: var(--kw-neuron-background, light-dark(#f4f7fb, #111821));
    border-radius: var(--_radius);
  }
  /* The canvas sizes the drawing, with or without scripts; the poster lies over it until the canvas has drawn. */
  canvas {
    aspect-ratio: 4 / 5;
    max-height: 34em;
    color: var(--_dendrite);
    outline-color: var(--_spine);
    caret-color: var(--_new-spine);
  }
  .poster {
    position: absolute;
    inset: 0;
    box-sizing: border-box;
    height: 100%;
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .d {
    color: var(--_dendrite);
    stroke: currentColor;
  }
  .s {
    color: var(--_spine);
    stroke: currentColor;
  }
  .n {
    color: var(--_new-spine);
    stroke: currentColor;
  }
  .poster .soma {
    fill: var(--_dendrite);
    stroke: none;
  }
  /* Before the module runs (or without scripts) the controls that need it keep their place but do not show. */
  :host(:not(:defined)) :is(.play, .timeline, .export) {
    visibility: hidden;
  }
  .labels {
    position: absolute;
    inset: var(--_space-2) var(--_space-2) auto;
    display: flex;
    font-weight: bold;
  }
  .labels span {
    flex: 1;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space-2) var(--_space-4);
    margin-top: var(--_space-3);
  }
  /* Play and Pause (in either language) fit the same width, so the controls never jump. */
  .play {
    min-width: 9em;
  }
  .timeline {
    flex: 1 1 12em;
    min-width: 0;
  }
  input {
    display: block;
    width: 100%;
    height: 2.75em;
    margin: 0;
    background: transparent;
    accent-color: var(--_accent);
    appearance: none;
    cursor: pointer;
  }
  input::-webkit-slider-runnable-track {
    height: 0.375em;
    border-radius: 1em;
    background: var(--_control-border);
  }
  input::-moz-range-track {
    height: 0.375em;
    border-radius: 1em;
    background: var(--_control-border);
  }
  input::-webkit-slider-thumb {
    appearance: none;
    width: var(--_thumb);
    height: var(--_thumb);
    margin-top: calc((0.375em - var(--_thumb)) / 2);
    border: 2px solid var(--_surface);
    border-radius: 50%;
    background: var(--_accent);
  }
  input::-moz-range-thumb {
    width: var(--_thumb);
    height: var(--_thumb);
    border: 2px solid var(--_surface);
    border-radius: 50%;
    background: var(--_accent);
  }
  input:focus-visible {
    outline-offset: 0;
  }
  .ticks {
    display: flex;
    margin-inline: calc(var(--_thumb) / 2);
    font-size: var(--_font-size-xs);
    line-height: 1.2;
    color: var(--_text-muted);
  }
  /* Each label starts at its stage's tick (a notch), on one line; flex-grow (set by the element) is the stage's length. */
  .tick {
    position: relative;
    flex: 1 1 0;
    min-width: 0;
    padding: var(--_space-1) var(--_space-1) 0;
    white-space: nowrap;
  }
  .tick::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    top: 0;
    height: var(--_notch, 0.5em);
    border-inline-start: 1px solid var(--_control-border);
  }
  /*
   * In a narrow widget the labels take two rows, alternately, so that each has the room of two stages, and the last,
   * short stage's label ends at the timeline's end (its notch still marks where it starts).
   */
  @container (max-width: 34em) {
    .many > .tick:nth-child(even) {
      --_notch: calc(var(--_space-1) + 1.2em);
      padding-top: var(--_notch);
    }
    .many > .tick:last-child {
      display: flex;
      justify-content: flex-end;
    }
  }
  .tick.current {
    color: var(--_text);
    font-weight: bold;
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
    margin-inline-end: var(--_space-1);
    border-radius: 50%;
    background: var(--_new-spine);
    forced-color-adjust: none;
  }
  /* Every caption of the scene in one cell: the box is as tall as the longest, so no stage moves what follows. */
  .captions {
    display: grid;
    align-items: start;
    margin-top: var(--_space-3);
  }
  .caption {
    grid-area: 1 / 1;
    margin: 0;
  }
  .reserve {
    visibility: hidden;
  }
  .note {
    margin: var(--_space-2) 0 0;
  }
  .labels {
    font-size: var(--_font-size-s);
    color: var(--_text-muted);
  }
  @media (forced-colors: active) {
    /* Old spines in GrayText and new ones in Highlight: told apart by more than a shade of the same colour. */
    :host {
      --_dendrite: CanvasText;
      --_spine: GrayText;
      --_new-spine: Highlight;
    }
    input::-webkit-slider-runnable-track {
      background: CanvasText;
    }
    input::-webkit-slider-thumb {
      background: Highlight;
    }
    canvas,
    .poster {
      background: Canvas;
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
  }
`;
