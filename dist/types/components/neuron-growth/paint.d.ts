import { type Model, type SceneState } from './scene.js';
/** Colours of the dendrite, the spines and the new spines. */
type NeuronColors = readonly [dendrite: string, spine: string, newSpine: string];
/**
 * Where a traced line goes: its group (0–7 dendrite radius classes, then neck, small, medium, large head of old
 * spines, 8–11, and of new spines, 12–15), its start and its end (µm).
 */
export type LineSink = (group: number, x: number, y: number, ex: number, ey: number) => void;
/**
 * Scale (`k`: box units per µm) and offset that fit the model's bounds into a `width` × `height` box, centred,
 * filling 96% of it.
 */
export declare function fitNeuron(m: Model, width: number, height: number): {
    k: number;
    x: number;
    y: number;
};
/**
 * Line width (µm) of a group (see LineSink) where one CSS pixel is `px` µm: drawn thicker than life (×2.2 for
 * dendrites, ×4 for spine heads) and never thinner than about a pixel, so that they stay readable at 320 px.
 */
export declare const lineWidth: (group: number, px: number) => number;
/**
 * The cell body, a rounded pyramid pointing along the apical trunk: its top, then three quadratic curves (control
 * point, end), in units of the soma's radius from its centre.
 */
export declare const SOMA_OUTLINE: {
    readonly top: readonly [0, -2.2];
    readonly curves: readonly [readonly [0.6, -0.6, 1.4, 0.7], readonly [0, 1.3, -1.4, 0.7], readonly [-0.6, -0.6, 0, -2.2]];
};
/** Traces every line of one neuron at `state` into `add`; returns the spine count the readout shows. */
export declare function traceNeuron(m: Model, state: SceneState, add: LineSink): number;
/**
 * Draws one neuron at `state` into the device-pixel box `width` × `height` at (`left`, `top`), fitted to the
 * model's bounds, in `colors` (dendrite, spine, new spine), batched into the 16 groups of LineSink.
 */
export declare function drawNeuron(ctx: CanvasRenderingContext2D, m: Model, state: SceneState, colors: NeuronColors, left: number, width: number, height: number, dpr: number, top?: number): void;
/**
 * Number of spines more than half grown in `state`: the readout shows these illustrative counts. A server, which has
 * no Path2D to keep them in, traces them afresh.
 */
export declare const countSpines: (m: Model, state: SceneState) => number;
export {};
