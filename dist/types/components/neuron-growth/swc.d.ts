import type { Tree } from './morphology.js';
/** Longest SWC file accepted, in lines (a full reconstruction has a few thousand). */
export declare const SWC_MAX_LINES = 20000;
/**
 * Most dendrite (in µm, in the drawing's plane) drawn and animated: a mouse pyramidal cell has about 6,000 µm.
 * Much more is a file in other units (nm), and would hang the page building its spines.
 */
export declare const SWC_MAX_LENGTH = 30000;
/**
 * Parses a NeuroMorpho.Org SWC file (`n T x y z R P` per line, `#` comments; columns after the seventh, as in
 * Vaa3D's .eswc, are ignored). Soma (1), basal (3) and apical (4) points are kept, with y flipped so the apical
 * side points up on screen; axons and other types are dropped with their subtrees. Each problem names its line.
 */
export declare function parseSwc(text: string): {
    tree: Tree;
    errors?: undefined;
} | {
    errors: string[];
    tree?: undefined;
};
