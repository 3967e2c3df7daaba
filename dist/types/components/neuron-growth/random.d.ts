/** Mulberry32: a tiny seeded PRNG. The same seed gives the same sequence in every browser. Returns values in [0, 1). */
export declare function mulberry32(seed: number): () => number;
