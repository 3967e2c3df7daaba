import type { Tree } from './morphology.js';
export type SceneName = 'grow' | 'stress' | 'restore' | 'compare';
/** The stages of all scenes; each has a label (`l_`), a caption (`t_`) and a timeline tick (`k_`) string. */
export type Stage = 'grow' | 'healthy' | 'stress' | 'stressed' | 'dose' | 'early' | 'sprout' | 'mature' | 'persist';
export declare const SCENES: Record<SceneName, {
    duration: number;
    stages: [Stage, number][];
}>;
/** Scenes that draw spines grown after the dose (in the new-spine colour, explained by the key). */
export declare const regrows: (scene: SceneName) => boolean;
/** Drawn spines per µm of dendrite. Real counts are ~0.3–2/µm (brief §6a, unverified); fewer are drawn so each stays readable. */
export declare const SPINE_DENSITY = 0.2;
/** Share of spines lost under chronic stress (brief §6a default: −20%). */
export declare const STRESS_LOSS = 0.2;
/** A straight dendrite piece (µm): start, end, radius, path distance from the soma at its start, length. */
export interface Segment {
    x: number;
    y: number;
    ex: number;
    ey: number;
    r: number;
    start: number;
    len: number;
    /** Path distance of the tip this piece retracts toward under stress, and by how much (0: none). */
    tip: number;
    cut: number;
    /** How strongly its branch loses spines under stress. */
    k: number;
}
/**
 * A spine: base (µm), dendrite radius there, unit direction, path distance from the soma, and its segment.
 * Shape is a continuum σ: 0 filopodium → 0.33 thin → 0.66 stubby → 1 mushroom (brief §6b).
 */
export interface Spine {
    x: number;
    y: number;
    r: number;
    dx: number;
    dy: number;
    path: number;
    seg: Segment;
    /** Shape before and after maturation. */
    sigma: number;
    end: number;
    /** Stress progress at which it is lost (2: never). */
    loss: number;
    /** Sprout progress at which a new spine appears (−1: present from the start). */
    born: number;
    /** Maturation progress at which a new spine starts to change shape, or vanishes (2: never). */
    mature: number;
    gone: number;
}
/** Everything drawn, precomputed once per tree and seed (µm). */
export interface Model {
    segments: Segment[];
    spines: Spine[];
    soma: [number, number, number];
    maxPath: number;
    bounds: number[];
}
/**
 * Builds the drawable model: curves each branch gently (`wiggle`, off for real reconstructions), places spines
 * at SPINE_DENSITY with a 60/25/10/5 thin/mushroom/stubby/filopodium mix, picks which spines stress removes
 * (20%, weighted toward mushroom, distal and per-branch susceptible spines, and all on retracting tips), and
 * which come back after ketamine (60% of lost sites get a new thin spine or filopodium 0.5–3 µm away, plus 15%
 * elsewhere; later about a third mature toward mushroom and 15% vanish).
 */
export declare function buildModel(tree: Tree, seed: number, wiggle?: boolean): Model;
/** The scene's progress values at playback second `t`: growth, stress, sprouting, maturation (0–1) and the dose glow. */
export interface SceneState {
    grow: number;
    stress: number;
    sprout: number;
    mature: number;
    glow: number;
}
export declare const clamp01: (v: number) => number;
export declare function sceneState(scene: SceneName, t: number): SceneState;
/** Index into SCENES[scene].stages of the stage shown at second `t`. */
export declare function stageIndex(scene: SceneName, t: number): number;
