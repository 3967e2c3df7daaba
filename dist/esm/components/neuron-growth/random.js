// src/components/neuron-growth/random.ts
/**
* Mulberry32: a tiny seeded PRNG. The same seed gives the same sequence in every browser. Each call returns a
* value in [from, to), by default [0, 1).
*/
function mulberry32(seed) {
	let a = seed >>> 0;
	return (from = 0, to = 1) => {
		a = a + 1831565813 >>> 0;
		let t = a;
		t = Math.imul(t ^ t >>> 15, t | 1);
		t ^= t + Math.imul(t ^ t >>> 7, t | 61);
		return from + (to - from) * ((t ^ t >>> 14) >>> 0) / 4294967296;
	};
}
export { mulberry32 };

//# sourceMappingURL=random.js.map