// src/components/neuron-growth/swc.ts
/** Longest SWC file accepted, in lines (a full reconstruction has a few thousand). */
var SWC_MAX_LINES = 2e4;
var MAX_ERRORS = 20;
/**
* Most dendrite (in µm, in the drawing's plane) drawn and animated: a mouse pyramidal cell has about 6,000 µm.
* Much more is a file in other units (nm), and would hang the page building its spines.
*/
var SWC_MAX_LENGTH = 3e4;
/**
* Parses a NeuroMorpho.Org SWC file (`n T x y z R P` per line, `#` comments; columns after the seventh, as in
* Vaa3D's .eswc, are ignored). Soma (1), basal (3) and apical (4) points are kept, with y flipped so the apical
* side points up on screen; axons and other types are dropped with their subtrees. Each problem names its line.
*/
function parseSwc(text) {
	const lines = text.split(/\r\n?|\n/);
	if (lines.length > 2e4) return { errors: [`line 20001: the file has ${lines.length.toLocaleString("en")} lines; the limit is ${SWC_MAX_LINES.toLocaleString("en")}`] };
	const errors = [];
	const byId = /* @__PURE__ */ new Map();
	lines.forEach((raw, index) => {
		const line = raw.replace(/#.*/, "").trim();
		const at = `line ${index + 1}: `;
		if (!line || errors.length >= MAX_ERRORS) return;
		const cols = line.split(/\s+/).slice(0, 7);
		if (cols.length < 7) return errors.push(`${at}expected 7 columns (n T x y z R P), found ${cols.length}`);
		const bad = cols.find((c) => !isFinite(+c));
		if (bad !== void 0) return errors.push(`${at}"${bad.slice(0, 20)}" is not a number`);
		const [id = NaN, type = NaN, x = NaN, y = NaN, , r = NaN, parent = NaN] = cols.map(Number);
		if (!Number.isInteger(id) || !Number.isInteger(parent) || id < 1 || parent < 1 && parent !== -1) return errors.push(`${at}ids must be whole numbers from 1, and a parent is -1 or another point's id`);
		const first = byId.get(id);
		if (first) return errors.push(`${at}duplicate id ${id} (first on line ${first.line})`);
		byId.set(id, {
			id,
			type,
			x,
			y,
			r,
			parent,
			line: index + 1
		});
	});
	for (const { id, parent, line } of byId.values()) {
		if (errors.length >= MAX_ERRORS) break;
		if (parent !== -1 && !byId.has(parent)) errors.push(`line ${line}: parent ${parent} of point ${id} does not exist`);
	}
	if (errors.length) return { errors };
	const kids = /* @__PURE__ */ new Map();
	byId.forEach((point) => {
		const siblings = kids.get(point.parent);
		if (siblings) siblings.push(point);
		else kids.set(point.parent, [point]);
	});
	const tree = {
		x: [],
		y: [],
		r: [],
		parent: [],
		type: []
	};
	const queue = (kids.get(-1) ?? []).map((point) => [
		point,
		-1,
		void 0
	]);
	let length = 0;
	let firstDropped;
	for (const [point, parent, from] of queue) {
		const { id, type, x, y, r, line } = point;
		byId.delete(id);
		let index = -2;
		if (parent > -2 && (type === 1 || type === 3 || type === 4)) {
			if (from) length += Math.hypot(x - from.x, -y - -from.y);
			if (length > 3e4) {
				const [total, limit] = [Math.ceil(length), SWC_MAX_LENGTH].map((n) => n.toLocaleString("en"));
				return { errors: [`line ${line}: the dendrites are ${total} µm long in all by this point; the limit is ${limit} µm (are the coordinates in µm?)`] };
			}
			index = tree.x.push(x) - 1;
			tree.y.push(-y);
			tree.r.push(Math.min(Math.max(r, .2), 50));
			tree.parent.push(parent);
			tree.type.push(type);
		} else if (parent > -2) firstDropped ??= point;
		kids.get(id)?.forEach((child) => queue.push([
			child,
			index,
			point
		]));
	}
	const [unreached] = byId.values();
	if (unreached) {
		let point = unreached;
		byId.forEach(() => point = byId.get(point.parent) ?? point);
		return { errors: [`line ${point.line}: point ${point.id} is its own ancestor (the parents form a cycle)`] };
	}
	const root = kids.get(-1)?.[0];
	if (!root) return { errors: ["the file has no points: each line is \"n T x y z R P\", the first the soma, such as \"1 1 0 0 0 8 -1\""] };
	if (root.type !== 1) return { errors: [`line ${root.line}: the first point with parent -1 is type ${root.type}; it must be the soma, type 1`] };
	if (!tree.type.some((type) => type === 3 || type === 4)) {
		const [line, found] = firstDropped ? [firstDropped.line, `point ${firstDropped.id} is type ${firstDropped.type}`] : [root.line, "the soma has no dendrites"];
		return { errors: [`line ${line}: ${found}; a drawing needs dendrites, type 3 (basal) or 4 (apical)`] };
	}
	return { tree };
}
export { SWC_MAX_LENGTH, SWC_MAX_LINES, parseSwc };

//# sourceMappingURL=swc.js.map