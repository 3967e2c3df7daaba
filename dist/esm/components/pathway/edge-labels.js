import { wrapText } from "../../internal/picture.js";
/** How far the label moves along its line per try while looking for a clear place. */
var STEP = 4;
/** Line height and padding of a label, in units of its font size. */
var LABEL_LINE = 1.25;
var LABEL_PAD = .4;
/**
* A label's lines, at most 3 of at most `maxWidth` (the third ends in "…" when the text goes on; the whole text
* stays in the tooltip and the text version), and the size of its box for a font of `size` px.
*/
function wrapLabel(text, maxWidth, measure, size) {
	const lines = wrapText(text, maxWidth, measure);
	if (lines.length > 3) lines.splice(2, lines.length, `${lines[2]}…`);
	return {
		lines,
		width: Math.max(...lines.map(measure)) + 2 * LABEL_PAD * size,
		height: (lines.length * LABEL_LINE + LABEL_PAD) * size
	};
}
var grow = (b, by) => ({
	x: b.x - by,
	y: b.y - by,
	width: b.width + 2 * by,
	height: b.height + 2 * by
});
var contains = (outer, b) => b.x >= outer.x && b.y >= outer.y && b.x + b.width <= outer.x + outer.width && b.y + b.height <= outer.y + outer.height;
var overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** The point `at` units along a polyline from its start, and the unit direction of the line there. */
function pointAlong(points, at) {
	let left = at;
	for (let k = 1; k < points.length; k++) {
		const [x0, y0] = points[k - 1];
		const [x1, y1] = points[k];
		const length = Math.hypot(x1 - x0, y1 - y0);
		if (left <= length && length > 0) return [[x0 + (x1 - x0) * left / length, y0 + (y1 - y0) * left / length], [(x1 - x0) / length, (y1 - y0) / length]];
		left -= length;
	}
	return [points[points.length - 1] ?? [0, 0], [1, 0]];
}
/**
* Where each labelled route's label goes: over its line, from the middle outward in both directions (and, where
* that is taken, slid sideways as far as the line stays inside the label), the first place clear of `obstacles`
* and of the labels placed before it, and inside `within` when given (a drawing as wide as its container);
* undefined when the line has no such place (the label is still in the line's tooltip and the text version).
*/
function placeLabels(routes, sizes, obstacles, within) {
	const taken = obstacles.map((box) => grow(box, 6));
	return routes.map((points, i) => {
		const size = sizes[i];
		if (!size) return void 0;
		let length = 0;
		for (let k = 1; k < points.length; k++) length += Math.hypot(points[k][0] - points[k - 1][0], points[k][1] - points[k - 1][1]);
		for (let k = 0; k * STEP <= length / 2; k++) for (const at of k ? [length / 2 - k * STEP, length / 2 + k * STEP] : [length / 2]) {
			const [[x, y], [dx, dy]] = pointAlong(points, at);
			const side = Math.max(0, (Math.abs(dy) * size.width + Math.abs(dx) * size.height) / 2 - 3);
			for (const shift of [
				0,
				side,
				-side
			]) {
				const box = {
					x: x - dy * shift - size.width / 2,
					y: y + dx * shift - size.height / 2,
					width: size.width,
					height: size.height
				};
				if (within && !contains(within, box) || taken.some((other) => overlaps(other, box))) continue;
				taken.push(grow(box, 2));
				return box;
			}
		}
	});
}
/** The smallest box around `box` and every label, with `pad` around each label. */
function boundsWith(box, labels, pad) {
	const all = [box, ...labels.flatMap((l) => l ? [grow(l, pad)] : [])];
	const x = Math.min(...all.map((b) => b.x));
	const y = Math.min(...all.map((b) => b.y));
	return {
		x,
		y,
		width: Math.max(...all.map((b) => b.x + b.width)) - x,
		height: Math.max(...all.map((b) => b.y + b.height)) - y
	};
}
export { LABEL_LINE, LABEL_PAD, boundsWith, placeLabels, wrapLabel };

//# sourceMappingURL=edge-labels.js.map