import { type Model, type SceneState } from './scene.js';
export interface Palette {
    dendrite: string;
    spine: string;
    fresh: string;
}
/**
 * Draws one neuron at `state` into the device-pixel box starting at `left`, `width` × `height`, fitted to the
 * model's bounds, and returns how many spines are more than half grown. Per frame only what changed is rebuilt
 * (the growth front, or the spines and tips that stress and the dose change); then two layers of 16 batched
 * paths are stroked.
 */
export declare function drawNeuron(ctx: CanvasRenderingContext2D, m: Model, state: SceneState, colors: Palette, left: number, width: number, height: number, dpr: number): number;
