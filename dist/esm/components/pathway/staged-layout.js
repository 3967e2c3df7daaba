import { placeLabels } from "./edge-labels.js";
import { layerNodes, simplify } from "./layout.js";
// src/components/pathway/staged-layout.ts
/**
* The staged layout: a pathway read like a textbook figure, left to right in rows that wrap at the container's
* width, each stage (drug → receptor → signal → growth → outcome) kept in one row under its label when it fits.
* A linear chain is straight: along a row, and down the single column of a phone. Other edges leave a box's
* bottom, run in the gap below its row and enter the target from above; an edge that skips rows goes down a
* corridor beside the boxes of the rows between. Lines sharing a gap are stacked to cross as little as
* possible. Pure: no DOM.
*/
/** `roomFor`: edges (by index) whose label found no clear place in an earlier pass, so their gap is made deeper. */
function layoutStaged(inputNodes, inputEdges, o, roomFor = /* @__PURE__ */ new Set()) {
	const index = new Map(inputNodes.map((node, i) => [node.id, i]));
	const edges = inputEdges.filter((e) => index.has(e.from) && index.has(e.to) && e.from !== e.to);
	const ends = edges.map((e) => [index.get(e.from), index.get(e.to)]);
	const { layerOf } = layerNodes(inputNodes.length, ends);
	const stageOf = (v) => inputNodes[v].stage;
	const order = inputNodes.map((_, i) => i).sort((a, b) => stageOf(a) - stageOf(b) || layerOf[a] - layerOf[b] || a - b);
	const groups = [];
	for (const v of order) {
		const last = groups[groups.length - 1];
		if (last && stageOf(last[0]) === stageOf(v)) last.push(v);
		else groups.push([v]);
	}
	const perRow = Math.max(1, Math.floor((o.width + o.gutter) / (o.minWidth + o.gutter)));
	const rows = [[]];
	const segments = [];
	for (const group of groups) {
		let row = rows[rows.length - 1];
		if (row.length && row.length + group.length > perRow && row.length * 2 >= perRow) rows.push(row = []);
		for (let k = 0; k < group.length;) {
			if (row.length === perRow) rows.push(row = []);
			const take = Math.min(perRow - row.length, group.length - k);
			segments.push({
				stage: stageOf(group[0]),
				row: rows.length - 1,
				slot: row.length,
				count: take,
				first: k === 0
			});
			row.push(...group.slice(k, k + take));
			k += take;
		}
	}
	const rowOf = [];
	const slotOf = [];
	rows.forEach((row, r) => row.forEach((v, s) => (rowOf[v] = r, slotOf[v] = s)));
	const columns = Math.max(1, ...rows.map((row) => row.length));
	const reserve = ends.some(([a, b]) => Math.abs(rowOf[a] - rowOf[b]) > 1) ? o.gutter : 0;
	const width = Math.max(o.minWidth / 2, Math.min(o.maxWidth, (o.width - reserve - (columns - 1) * o.gutter) / columns));
	const gridWidth = columns * width + (columns - 1) * o.gutter;
	const x0 = Math.max(0, (o.width - reserve - gridWidth) / 2);
	const slotX = (s) => x0 + s * (width + o.gutter);
	const heights = inputNodes.map((node) => o.heightFor(node.id, width));
	const rowHeight = rows.map((row) => Math.max(0, ...row.map((v) => heights[v])));
	const labelled = segments.filter((seg) => seg.first || columns > 1 && seg.slot === 0);
	const segmentStart = new Map(labelled.map((seg) => [rows[seg.row][seg.slot], seg]));
	const bandOf = rows.map((_, r) => labelled.some((seg) => seg.row === r) ? o.band : 0);
	const kinds = ends.map(([a, b]) => rowOf[a] === rowOf[b] ? slotOf[b] === slotOf[a] + 1 ? "row" : "same" : rowOf[b] > rowOf[a] ? "down" : "up");
	const room = (size) => size + 12 + 4;
	const gutter = Math.max(0, ...edges.map((e, ei) => kinds[ei] === "row" && e.labelSize ? room(e.labelSize.width) : 0));
	if (gutter > o.gutter) return layoutStaged(inputNodes, inputEdges, {
		...o,
		gutter
	}, roomFor);
	const gapRoom = rows.map(() => 0);
	ends.forEach(([a, b], ei) => {
		const size = edges[ei].labelSize;
		const gap = Math.min(rowOf[a], rowOf[b]);
		if (size && roomFor.has(ei)) gapRoom[gap] = Math.max(gapRoom[gap], room(size.height));
	});
	const sides = /* @__PURE__ */ new Map();
	const attach = (v, side, ei) => sides.set(`${v}${side}`, [...sides.get(`${v}${side}`) ?? [], ei]);
	ends.forEach(([a, b], ei) => {
		const kind = kinds[ei];
		if (kind === "row") return;
		attach(a, kind === "up" ? "top" : "bottom", ei);
		attach(b, kind === "down" ? "top" : "bottom", ei);
	});
	const portX = /* @__PURE__ */ new Map();
	for (const [key, list] of sides) {
		const v = Number.parseInt(key, 10);
		const top = key.endsWith("top");
		const other = (ei) => ends[ei][0] === v ? ends[ei][1] : ends[ei][0];
		list.sort((p, q) => slotX(slotOf[other(p)]) - slotX(slotOf[other(q)]) || rowOf[other(p)] - rowOf[other(q)]);
		const seg = segmentStart.get(v);
		const lo = Math.min(.75 * width, Math.max(.25 * width, top && seg ? o.labelWidth(seg.stage) + o.track : 0));
		const hi = .75 * width;
		list.forEach((ei, k) => portX.set(`${ei}${ends[ei][0] === v ? "a" : "b"}`, slotX(slotOf[v]) + lo + (hi - lo) * (k + 1) / (list.length + 1)));
	}
	ends.forEach(([a, b], ei) => {
		const entry = portX.get(`${ei}b`);
		const ax = slotX(slotOf[a]);
		if (kinds[ei] !== "down" || rowOf[b] !== rowOf[a] + 1 || entry <= ax + .1 * width || entry >= ax + .9 * width) return;
		if (sides.get(`${a}bottom`).filter((other) => other !== ei).some((other) => Math.abs(portX.get(`${other}a`) - entry) < o.track)) return;
		portX.set(`${ei}a`, entry);
	});
	const corridors = [];
	const corridorFor = (ra, rb) => {
		const lo = Math.min(ra, rb) + 1;
		const hi = Math.max(ra, rb) - 1;
		const right = Math.max(...rows.slice(lo, hi + 1).map((row) => slotX(row.length - 1) + width));
		const taken = corridors.filter((c) => c.lo <= hi && lo <= c.hi && Math.abs(c.x - right - o.gutter / 2) < o.gutter / 2).length;
		const x = right + o.gutter / 2 + taken * o.track;
		corridors.push({
			lo,
			hi,
			x
		});
		return x;
	};
	const gaps = rows.map(() => []);
	const plans = ends.map(([a, b], ei) => {
		const kind = kinds[ei];
		if (kind === "row") return {
			kind,
			runs: []
		};
		const xa = portX.get(`${ei}a`);
		const xb = portX.get(`${ei}b`);
		const ra = rowOf[a];
		const rb = rowOf[b];
		const run = (gap, x1, x2, d1, d2) => {
			const r = {
				from: Math.min(x1, x2),
				to: Math.max(x1, x2),
				ends: [[x1, d1], [x2, d2]],
				y: 0
			};
			gaps[gap].push(r);
			return r;
		};
		if (kind === "same") return {
			kind,
			runs: [run(ra, xa, xb, "up", "up")]
		};
		const down = kind === "down";
		const near = down ? ra : ra - 1;
		const far = down ? rb - 1 : rb;
		if (near === far) return {
			kind,
			runs: xa === xb ? [] : [run(near, xa, xb, down ? "up" : "down", down ? "down" : "up")]
		};
		const xc = corridorFor(ra, rb);
		return {
			kind,
			xc,
			runs: [run(near, xa, xc, down ? "up" : "down", down ? "down" : "up"), run(far, xc, xb, down ? "up" : "down", down ? "down" : "up")]
		};
	});
	const inside = (x, r) => x > r.from + .5 && x < r.to - .5;
	const above = (p, q) => q.ends.filter(([x, d]) => d === "up" && inside(x, p)).length + p.ends.filter(([x, d]) => d === "down" && inside(x, q)).length;
	for (const runs of gaps) {
		const left = runs.splice(0);
		const cost = (p) => left.reduce((sum, q) => sum + Math.max(0, above(p, q) - above(q, p)), 0);
		while (left.length) {
			let best = 0;
			left.forEach((p, k) => cost(p) < cost(left[best]) && (best = k));
			runs.push(...left.splice(best, 1));
		}
	}
	const rowTop = [];
	let y = 0;
	rows.forEach((_, r) => {
		y += bandOf[r];
		rowTop[r] = y;
		y += rowHeight[r];
		const runs = gaps[r];
		const last = r === rows.length - 1;
		const depth = Math.max(last && !runs.length ? o.track : Math.max(last ? 0 : o.rowGap, (runs.length + 1) * o.track), gapRoom[r]);
		runs.forEach((run, k) => run.y = y + depth * (k + 1) / (runs.length + 1));
		y += depth;
	});
	const placed = inputNodes.map((node, v) => ({
		id: node.id,
		layer: layerOf[v],
		width,
		height: heights[v],
		x: slotX(slotOf[v]),
		y: rowTop[rowOf[v]] + (rowHeight[rowOf[v]] - heights[v]) / 2
	}));
	const routed = edges.map((edge, ei) => {
		const [a, b] = ends[ei];
		const pa = placed[a];
		const pb = placed[b];
		const plan = plans[ei];
		const back = plan.kind === "up" || plan.kind === "same" && slotOf[b] < slotOf[a];
		if (plan.kind === "row") {
			const mid = pa.y + pa.height / 2;
			return {
				from: edge.from,
				to: edge.to,
				points: [[pa.x + width, mid], [pb.x, mid]],
				back
			};
		}
		const xa = portX.get(`${ei}a`);
		const xb = portX.get(`${ei}b`);
		const startY = plan.kind === "up" ? pa.y : pa.y + pa.height;
		const endY = plan.kind === "down" ? pb.y : pb.y + pb.height;
		const points = [[xa, startY]];
		for (const run of plan.runs) points.push([points[points.length - 1][0], run.y], [run.ends[1][0], run.y]);
		points.push([xb, points[points.length - 1][1]], [xb, endY]);
		return {
			from: edge.from,
			to: edge.to,
			points: simplify(points),
			back
		};
	});
	const bands = labelled.map((seg) => ({
		stage: seg.stage,
		x: slotX(seg.slot),
		y: rowTop[seg.row] - o.band,
		width: seg.count * width + (seg.count - 1) * o.gutter,
		first: seg.first
	}));
	const right = Math.max(o.width, ...routed.flatMap((r) => r.points.map(([x]) => x + o.track)));
	const layers = [];
	for (const v of order) (layers[layerOf[v]] ??= []).push(inputNodes[v].id);
	const box = {
		x: 0,
		y: 0,
		width: right,
		height: y
	};
	const obstacles = [...placed, ...bands.map((band) => ({
		...band,
		height: o.band
	}))];
	const labels = edges.some((e) => e.labelSize) ? placeLabels(routed.map((r) => r.points), edges.map((e) => e.labelSize), obstacles, box) : void 0;
	const missing = edges.flatMap((e, ei) => e.labelSize && !labels?.[ei] && kinds[ei] !== "row" && !roomFor.has(ei) ? [ei] : []);
	if (missing.length) return layoutStaged(inputNodes, inputEdges, o, /* @__PURE__ */ new Set([...roomFor, ...missing]));
	return {
		box,
		nodes: placed,
		edges: routed,
		layers: layers.filter(Boolean),
		bands,
		columns,
		labels
	};
}
export { layoutStaged };

//# sourceMappingURL=staged-layout.js.map