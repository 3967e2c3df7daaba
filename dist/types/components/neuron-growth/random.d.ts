/**
 * Mulberry32: a tiny seeded PRNG. The same seed gives the same sequence in every browser. Each call returns a
 * value in [from, to), by default [0, 1).
 */
export declare function mulberry32(seed: number): (from?: number, to?: number) => number;
