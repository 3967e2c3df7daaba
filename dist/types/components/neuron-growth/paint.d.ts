import { type Model, type SceneState } from './scene.js';
/** Colours of the dendrite, the spines and the new spines. */
type NeuronColors = readonly [dendrite: string, spine: string, newSpine: string];
/**
 * Draws one neuron at `state` into the device-pixel box `width` × `height` at (`left`, `top`), fitted to the
 * model's bounds, in `colors` (dendrite, spine, new spine).
 * Dendrites and spines are drawn thicker and longer than life (×2.2, ×4) so they stay readable at 320 px, and
 * batched into 16 paths: 8 dendrite radius classes of 0.2 µm, then [neck, small, medium, large head] of old and new spines.
 */
export declare function drawNeuron(ctx: CanvasRenderingContext2D, m: Model, state: SceneState, colors: NeuronColors, left: number, width: number, height: number, dpr: number, top?: number): void;
/** Number of spines more than half grown in `state`: the readout shows these illustrative counts. */
export declare const countSpines: (m: Model, state: SceneState) => number;
export {};
