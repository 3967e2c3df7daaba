import { VERSION } from "./version.js";
// src/internal/define.ts
var warnedKey = Symbol.for("ketamine-widgets.version-warnings");
/**
* Registers `tag` unless it is taken. A second copy of the library (same or another URL) is common on
* pages assembled by plugins; it must never throw. The same version is silent; another version warns once.
* Returns the class that ends up registered for the tag.
*/
function define(tag, elementClass) {
	if (typeof customElements === "undefined") return elementClass;
	const registered = customElements.get(tag);
	if (!registered) {
		customElements.define(tag, elementClass);
		return elementClass;
	}
	if (registered !== elementClass) {
		const existingVersion = registered.kwVersion ?? "unknown";
		if (existingVersion !== "0.1.0") {
			const registry = globalThis;
			const warned = registry[warnedKey] ??= /* @__PURE__ */ new Set();
			const clash = `${existingVersion}→${VERSION}`;
			if (!warned.has(clash)) {
				warned.add(clash);
				console.warn(`ketamine-widgets: version ${existingVersion} is already registered on this page; this copy (${VERSION}) was not registered. Load the library once to avoid surprises.`);
			}
		}
	}
	return registered;
}
export { define };

//# sourceMappingURL=define.js.map