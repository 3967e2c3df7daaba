import { clamp01 } from "./scene.js";
// src/components/neuron-growth/paint.ts
/** Spine shape knots at σ = 0, ⅓, ⅔, 1 (filopodium, thin, stubby, mushroom): neck and head length (µm). */
var NECK = [
	2.6,
	1.1,
	.25,
	.8,
	.8
];
var HEAD = [
	0,
	.08,
	.12,
	.2,
	.2
];
/** Head widths (µm) of small, medium and large heads (brief §6b: thin < 0.6 µm, mushroom ~0.6–1.2 µm). */
var HEAD_WIDTH = [
	.3,
	.45,
	.65,
	.9
];
var knot = (values, sigma) => {
	const x = sigma * 3;
	const i = x | 0;
	const from = values[i] ?? 0;
	return from + ((values[i + 1] ?? from) - from) * (x - i);
};
var paths16 = () => Array(16).fill(0).map(() => new Path2D());
var into = (paths) => (group, x, y, ex, ey) => {
	paths[group]?.moveTo(x, y);
	paths[group]?.lineTo(ex, ey);
};
/**
* Traces one dendrite piece or spine into `add` as it looks at growth front `front` in `state`; returns 1 when it
* is a spine more than half grown (the readout counts those).
*/
function emit(add, e, front, state) {
	const { stress, sprout, mature } = state;
	if ("len" in e) {
		const f = Math.min(e.len, front - e.start, e.tip - stress * e.cut - e.start) / e.len;
		if (f > 0) add(Math.min(7, e.r * 5 | 0), e.x, e.y, e.x + (e.ex - e.x) * f, e.y + (e.ey - e.y) * f);
		return 0;
	}
	const scale = (e.born < 0 ? clamp01((front - e.path) / 25) : clamp01((sprout - e.born) / .1)) * (1 - clamp01((stress - e.loss) / .06)) * (1 - clamp01((mature - e.gone) / .15));
	if (scale < .02) return 0;
	const sigma = e.sigma + (e.end - e.sigma) * clamp01((mature - e.mature) / .35);
	const reach = scale * 4;
	const { dx, dy } = e;
	const bx = e.x + dx * e.r * 1.76, by = e.y + dy * e.r * 1.76;
	const neck = knot(NECK, sigma) * reach;
	const group = e.born < 0 ? 8 : 12;
	const hx = bx + dx * neck, hy = by + dy * neck;
	add(group, bx, by, hx, hy);
	if (sigma >= .15) {
		const head = knot(HEAD, sigma) * reach + .01;
		add(group + (sigma < .5 ? 1 : sigma < .8 ? 2 : 3), hx, hy, hx + dx * head, hy + dy * head);
	}
	return +(scale >= .5);
}
/** The growth front (path distance from the soma, µm) of `state`. */
var frontOf = (m, state) => state.grow * (m.maxPath + 25);
/** Growth front at which an element stops changing as the front moves on (pieces and original spines grow in 25 µm). */
var settled = (e) => "len" in e ? e.start + e.len : e.born < 0 ? e.path + 25 : -1;
var perModel = /* @__PURE__ */ new WeakMap();
function layer(m, state, changing) {
	let cached = perModel.get(m);
	if (!cached) {
		const items = [[], []];
		for (const s of m.segments) items[s.cut > 0 ? 1 : 0].push(s);
		for (const p of m.spines) items[p.loss < 2 || p.born >= 0 ? 1 : 0].push(p);
		items.forEach((list) => list.sort((a, b) => settled(a) - settled(b)));
		perModel.set(m, cached = {
			items,
			reach: m.segments.reduce((r, s) => Math.max(r, s.len), 25),
			layers: []
		});
	}
	const { stress, sprout, mature } = state;
	const rest = changing ? [
		stress,
		sprout,
		mature
	] + "" : "";
	const front = frontOf(m, state);
	let best;
	for (const l of cached.layers) {
		if (l.rest !== rest || l.front > front) continue;
		if (l.shown?.front === front) return l.shown;
		if (!best || l.front > best.front) best = l;
	}
	if (!best) best = {
		rest,
		front: -Infinity,
		next: 0,
		done: paths16(),
		count: 0
	};
	cached.layers = [best, ...cached.layers.filter((l) => l !== best).slice(0, 7)];
	const list = cached.items[changing];
	const done = into(best.done);
	let i = best.next;
	for (let e = list[i]; e && settled(e) <= front; e = list[++i]) best.count += emit(done, e, front, state);
	best.next = i;
	best.front = front;
	const partial = paths16();
	const add = into(partial);
	let count = best.count;
	for (let e = list[i]; e && settled(e) - cached.reach < front; e = list[++i]) count += emit(add, e, front, state);
	return best.shown = {
		front,
		sets: [best.done, partial],
		count
	};
}
/**
* Scale (`k`: box units per µm) and offset that fit the model's bounds into a `width` × `height` box, centred,
* filling 96% of it.
*/
function fitNeuron(m, width, height) {
	const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = m.bounds;
	const k = Math.min(width / (x1 - x0), height / (y1 - y0)) * .96;
	return {
		k,
		x: (width - (x1 - x0) * k) / 2 - x0 * k,
		y: (height - (y1 - y0) * k) / 2 - y0 * k
	};
}
/**
* Line width (µm) of a group (see LineSink) where one CSS pixel is `px` µm: drawn thicker than life (×2.2 for
* dendrites, ×4 for spine heads) and never thinner than about a pixel, so that they stay readable at 320 px.
*/
var lineWidth = (group, px) => group < 8 ? Math.max((group + .5) * .88, 1.1 * px) : Math.max((HEAD_WIDTH[group % 4] ?? 0) * 4, (group % 4 ? 1.6 : .9) * px);
/**
* The cell body, a rounded pyramid pointing along the apical trunk: its top, then three quadratic curves (control
* point, end), in units of the soma's radius from its centre.
*/
var SOMA_OUTLINE = {
	top: [0, -2.2],
	curves: [
		[
			.6,
			-.6,
			1.4,
			.7
		],
		[
			0,
			1.3,
			-1.4,
			.7
		],
		[
			-.6,
			-.6,
			0,
			-2.2
		]
	]
};
/** Traces every line of one neuron at `state` into `add`; returns the spine count the readout shows. */
function traceNeuron(m, state, add) {
	const front = frontOf(m, state);
	let count = 0;
	for (const e of m.segments) emit(add, e, front, state);
	for (const p of m.spines) count += emit(add, p, front, state);
	return count;
}
/**
* Draws one neuron at `state` into the device-pixel box `width` × `height` at (`left`, `top`), fitted to the
* model's bounds, in `colors` (dendrite, spine, new spine), batched into the 16 groups of LineSink.
*/
function drawNeuron(ctx, m, state, colors, left, width, height, dpr, top = 0) {
	const [dendrite, spine, newSpine] = colors;
	const { k, x, y } = fitNeuron(m, width, height);
	ctx.setTransform(k, 0, 0, k, left + x, top + y);
	ctx.lineCap = ctx.lineJoin = "round";
	const px = dpr / k;
	const drawn = [layer(m, state, 0), layer(m, state, 1)];
	const stroke = (from, color, extra = 0) => {
		ctx.strokeStyle = color;
		for (let i = from; i < from + 8; i++) {
			ctx.lineWidth = lineWidth(i, px) + extra;
			if (i === 12) ctx.strokeStyle = newSpine;
			for (const { sets } of drawn) for (const set of sets) {
				const path = set[i];
				if (path) ctx.stroke(path);
			}
		}
	};
	stroke(0, dendrite);
	const [cx, cy, r] = m.soma;
	const [sx, sy] = SOMA_OUTLINE.top;
	ctx.fillStyle = dendrite;
	ctx.beginPath();
	ctx.moveTo(cx + sx * r, cy + sy * r);
	for (const [qx, qy, ex, ey] of SOMA_OUTLINE.curves) ctx.quadraticCurveTo(cx + qx * r, cy + qy * r, cx + ex * r, cy + ey * r);
	ctx.fill();
	stroke(8, spine);
	if (state.glow > 0) {
		ctx.globalAlpha = state.glow * .55;
		stroke(0, newSpine, 1.5 * px);
		ctx.globalAlpha = 1;
	}
}
/**
* Number of spines more than half grown in `state`: the readout shows these illustrative counts. A server, which has
* no Path2D to keep them in, traces them afresh.
*/
var countSpines = (m, state) => typeof Path2D === "function" ? layer(m, state, 0).count + layer(m, state, 1).count : traceNeuron(m, state, () => {});
export { SOMA_OUTLINE, countSpines, drawNeuron, fitNeuron, lineWidth, traceNeuron };

//# sourceMappingURL=paint.js.map