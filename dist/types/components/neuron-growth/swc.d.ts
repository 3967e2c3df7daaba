import type { Tree } from './morphology.js';
/** Longest SWC file accepted, in lines (a full reconstruction has a few thousand). */
export declare const SWC_MAX_LINES = 20000;
/**
 * Parses a NeuroMorpho.Org SWC file (`n T x y z R P` per line, `#` comments). Soma (1), basal (3) and apical (4)
 * points are kept, with y flipped so the apical side points up on screen;
 * axons and other types are dropped with their subtrees. Each problem names its line.
 */
export declare function parseSwc(text: string): {
    tree: Tree;
    errors?: undefined;
} | {
    errors: string[];
    tree?: undefined;
};
