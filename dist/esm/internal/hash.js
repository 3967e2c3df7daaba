// src/internal/hash.ts
/** A 32-bit FNV-1a hash of `text`, in base 36: enough to tell two renders' inputs apart (see hydrationKey). */
function hash(text) {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
	return (h >>> 0).toString(36);
}
export { hash };

//# sourceMappingURL=hash.js.map