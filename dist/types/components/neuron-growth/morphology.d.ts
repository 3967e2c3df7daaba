/**
 * A neuron as SWC-like parallel arrays (NeuroMorpho types: 1 soma, 3 basal, 4 apical dendrite). Units are µm;
 * x to the right, y downward, so the apical dendrite points to negative y. Every parent comes before its children.
 */
export interface Tree {
    x: number[];
    y: number[];
    r: number[];
    parent: number[];
    type: number[];
}
/**
 * Grows a pyramidal-like neuron (layer 5, prefrontal cortex; shared/content/brief.md §6c) with the
 * minimum-spanning-tree rule of Cuntz et al. 2010 (PLoS Comput Biol 6:e1000877), as a greedy Prim's algorithm:
 * - fixed skeleton: soma (radius 9 µm), an apical trunk of 340–440 µm up to the tuft bifurcation, which sits
 *   120 µm below the pia, and 4–7 basal stems;
 * - carrier points (all from `seed`): 140 basal points within 175 µm of the soma, 65 oblique points 15–125 µm
 *   beside the trunk, 70 tuft points in a cone up to 250 µm wide;
 * - repeatedly the free point p and tree node q (same dendrite type, not the soma, at most 60 µm apart) with the
 *   lowest cost `|p − q| + 0.4 · path(q → soma)` are joined, so branches stay short and point away from the soma;
 * - radius tapers with the number of tips a node feeds: `0.25 + 0.17 · √tips` µm (about 3 µm across at the
 *   trunk's base, under 1 µm at the tips).
 * The same seed always gives the same neuron.
 */
export declare function generateNeuron(seed: number): Tree;
