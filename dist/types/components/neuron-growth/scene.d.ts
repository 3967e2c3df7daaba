import type { Tree } from './morphology.js';
export type SceneName = 'grow' | 'stress' | 'restore' | 'compare';
export declare const SCENES: Record<SceneName, {
    duration: number;
    stages: [string, number][];
}>;
/** Drawn spines per µm of dendrite. Real counts are ~0.3–2/µm (brief §6a, unverified); fewer are drawn so each stays readable. */
export declare const SPINE_DENSITY = 0.2;
/** Share of spines lost under chronic stress (brief §6a default: −20%). */
export declare const STRESS_LOSS = 0.2;
/**
 * Everything drawn, precomputed once per tree and seed (µm). Segments: `s*` arrays; spines: `p*` arrays.
 * Spine shape is a continuum σ: 0 filopodium → 0.33 thin → 0.66 stubby → 1 mushroom (brief §6b).
 */
export interface Model {
    sx: number[];
    sy: number[];
    ex: number[];
    ey: number[];
    /** Radius (µm), path distance from the soma at the start, length. */
    sr: number[];
    sStart: number[];
    sLen: number[];
    /** Path distance of the tip this segment retracts toward under stress, and by how much (0: none). */
    sTip: number[];
    sCut: number[];
    px: number[];
    py: number[];
    pr: number[];
    pdx: number[];
    pdy: number[];
    pPath: number[];
    /** Shape before and after maturation. */
    pSigma: number[];
    pSigmaEnd: number[];
    /** Stress progress at which a spine is lost (2: never). */
    pLoss: number[];
    /** Sprout progress at which a new spine appears (−1: present from the start). */
    pNew: number[];
    /** Maturation progress at which a new spine starts to change shape, or vanishes (2: never). */
    pMature: number[];
    pGone: number[];
    soma: [number, number, number];
    maxPath: number;
    bounds: [number, number, number, number];
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
export declare function sceneState(scene: SceneName, t: number): SceneState;
/** Index into SCENES[scene].stages of the stage shown at second `t`. */
export declare function stageIndex(scene: SceneName, t: number): number;
/** Visible length (µm) of segment `s`: cut by the growth front and by tip retraction. */
export declare function segmentLength(m: Model, s: number, state: SceneState): number;
/** Shape σ of spine `i` now; read it after `spineScale`. */
export declare let spineSigma: number;
/** How far spine `i` has grown (0 = absent, 1 = full size); also sets `spineSigma`. */
export declare function spineScale(m: Model, i: number, state: SceneState): number;
/** Number of spines more than half grown in `state`: the readout shows these illustrative counts. */
export declare function countSpines(m: Model, state: SceneState): number;
