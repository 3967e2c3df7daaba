// src/components/disclaimer/authored.ts
/**
* Whether a child of <kw-disclaimer> is the page's own text for the notice (which then replaces the built-in one):
* non-blank text, or an element that is not a script, template or style and not meant for a named slot. One rule
* for the browser (DOM nodes) and the server renderer (parsed HTML).
*/
function isAuthored(node) {
	if ("text" in node) return node.text.trim() !== "";
	return ![
		"script",
		"template",
		"style"
	].includes(node.tag) && !node.slotted;
}
export { isAuthored };

//# sourceMappingURL=authored.js.map