// src/internal/author-messages.ts
/**
* Problems in a page's data, in the words of the person who wrote it: positions counted from 1 and named by
* their id ("node 3 (id "bdnf"): label is 70 characters; the limit is 60"). Validators report plain paths
* (`nodes[2].label`); this turns the leading path of each message into words, looking the ids up in the data.
*/
var SINGULAR = {
	nodes: "node",
	edges: "edge",
	stages: "stage",
	steps: "step",
	sets: "set",
	items: "item",
	lines: "line",
	contacts: "contact",
	help: "help line",
	refs: "source",
	warnings: "warning"
};
var PATH = /^((?:[A-Za-z_$][\w$-]*|\["(?:[^"\\]|\\.)*"\]|\[\d+\])(?:\[\d+\]|\.[A-Za-z_$][\w$-]*|\["(?:[^"\\]|\\.)*"\])*): /;
/**
* `nodes[2].label: …` → `node 3 (id "bdnf"): label …`; messages without a path are kept as they are. Never throws:
* anything it cannot read (a getter that throws, an odd key) leaves the message as the validator wrote it.
*/
function authorMessage(message, input) {
	try {
		return inWords(message, input);
	} catch {
		return message;
	}
}
function inWords(message, input) {
	const match = PATH.exec(message);
	if (!match) return message;
	const segments = [...match[1].matchAll(/([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)];
	const words = [];
	const fields = [];
	let value = input;
	for (let i = 0; i < segments.length; i++) {
		const [, name, index, quoted] = segments[i];
		const key = name ?? (quoted !== void 0 ? JSON.parse(`"${quoted}"`) : void 0);
		const nextIndex = segments[i + 1]?.[2];
		if (key !== void 0 && nextIndex !== void 0) {
			const item = value?.[key]?.[Number(nextIndex)];
			words.push(`${SINGULAR[key] ?? `${key} item`} ${Number(nextIndex) + 1}${nameOf(item)}`);
			value = item;
			i++;
		} else if (key !== void 0 && words.length === 0 && fields.length === 0 && key === "regions") {
			const region = segments[i + 1];
			const regionKey = region?.[1] ?? (region?.[3] !== void 0 ? JSON.parse(`"${region[3]}"`) : void 0);
			if (regionKey === void 0) fields.push(key);
			else {
				words.push(`region "${regionKey}"`);
				value = value?.regions?.[regionKey];
				i++;
			}
		} else if (key !== void 0) {
			fields.push(key);
			value = value?.[key];
		} else if (index !== void 0 && !words.length && !fields.length) {
			value = value?.[Number(index)];
			words.push(`item ${Number(index) + 1}${nameOf(value)}`);
		} else if (index !== void 0) {
			fields.push(`${fields.pop() ?? "item"} ${Number(index) + 1}`);
			value = value?.[Number(index)];
		}
	}
	const rest = message.slice(match[0].length);
	const field = fields.join(".");
	if (!words.length) return `${field}: ${rest}`;
	const joined = !field ? rest : /^(is|has|must|are) /.test(rest) ? `${field} ${rest}` : `${field}: ${rest}`;
	return `${words.join(", ")}: ${joined}`;
}
/** How an author finds an item again: its id, for an arrow its two ends, else its name (ids are optional in lists). */
function nameOf(item) {
	if (!item || typeof item !== "object") return "";
	const { id, from, to, name } = item;
	if (typeof id === "string" && id) return ` (id "${id.slice(0, 40)}")`;
	if (typeof from === "string" && typeof to === "string") return ` (from "${from.slice(0, 40)}" to "${to.slice(0, 40)}")`;
	const text = typeof name === "string" ? name : name && typeof name === "object" ? Object.values(name).find((v) => typeof v === "string") : void 0;
	return typeof text === "string" && text.trim() ? ` ("${text.slice(0, 40)}")` : "";
}
/** A path alone as positions from 1, for use inside a message: `sets[0].items[2]` → `set 1, item 3`. */
function positionWords(path) {
	return authorMessage(`${path}: x`, void 0).replace(/: x$/, "");
}
export { authorMessage, positionWords };

//# sourceMappingURL=author-messages.js.map