/**
 * Mulberry32: a tiny seeded PRNG. The same seed gives the same sequence in every browser. Each call returns a
 * value in [from, to), by default [0, 1).
 */
export function mulberry32(seed: number): (from?: number, to?: number) => number {
  let a = seed >>> 0;
  return (from = 0, to = 1) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return from + ((to - from) * ((t ^ (t >>> 14)) >>> 0)) / 4294967296;
  };
}
