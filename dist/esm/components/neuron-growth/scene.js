import { mulberry32 } from "./random.js";
// src/components/neuron-growth/scene.ts
/** Stage ids and the playback second (at speed 1) each starts; times are illustrative (brief §1d, §6d). */
var restore = {
	duration: 15,
	stages: [
		["dose", 0],
		["early", 2.5],
		["sprout", 5],
		["mature", 9],
		["persist", 12.5]
	]
};
var SCENES = {
	grow: {
		duration: 8,
		stages: [["grow", 0], ["healthy", 5.5]]
	},
	stress: {
		duration: 9,
		stages: [
			["healthy", 0],
			["stress", 2],
			["stressed", 7.5]
		]
	},
	restore,
	compare: restore
};
/** Scenes that draw spines grown after the dose (in the new-spine colour, explained by the key). */
var regrows = (scene) => scene === "restore" || scene === "compare";
/** Drawn spines per µm of dendrite. Real counts are ~0.3–2/µm (brief §6a, unverified); fewer are drawn so each stays readable. */
var SPINE_DENSITY = .2;
/** Share of spines lost under chronic stress (brief §6a default: −20%). */
var STRESS_LOSS = .2;
/** Dendrite pieces are at most this long (µm), so branches can curve and grow smoothly. */
var STEP = 5;
/**
* Builds the drawable model: curves each branch gently (`wiggle`, off for real reconstructions), places spines
* at SPINE_DENSITY with a 60/25/10/5 thin/mushroom/stubby/filopodium mix, picks which spines stress removes
* (20%, weighted toward mushroom, distal and per-branch susceptible spines, and all on retracting tips), and
* which come back after ketamine (60% of lost sites get a new thin spine or filopodium 0.5–3 µm away, plus 15%
* elsewhere; later about a third mature toward mushroom and 15% vanish).
*/
function buildModel(tree, seed, wiggle = true) {
	const random = mulberry32(seed ^ 24301);
	const segments = [];
	const spines = [];
	const nodes = tree.x.map((x, i) => ({
		x,
		y: tree.y[i] ?? 0,
		r: tree.r[i] ?? 0,
		type: tree.type[i] ?? 0,
		children: 0,
		path: 0,
		k: 1,
		first: 0,
		end: 0
	}));
	nodes.forEach((node, i) => {
		node.parent = nodes[tree.parent[i] ?? -1];
		if (node.parent) node.parent.children++;
	});
	const [soma0] = nodes;
	nodes.forEach((node) => {
		node.first = node.end = segments.length;
		const p = node.parent;
		if (node === soma0 || !p || node.type === 1) return;
		const k = node.k = p.children > 1 || p.type === 1 ? random(.2, 1.8) : p.k;
		const x0 = p.x, y0 = p.y, dx = node.x - x0, dy = node.y - y0;
		const length = Math.hypot(dx, dy);
		const pieces = Math.ceil(length / STEP) || 1;
		const bow = wiggle ? random(-1, 1) * Math.min(length * .1, 5) : 0;
		const sway = wiggle ? random(-1, 1) * Math.min(length * .05, 2) : 0;
		const r0 = p.type === 1 ? node.r : p.r;
		let ax = x0, ay = y0, start = p.path;
		for (let n = 1; n <= pieces; n++) {
			const u = n / pieces;
			const off = (bow * Math.sin(Math.PI * u) + sway * Math.sin(2 * Math.PI * u)) / (length || 1);
			const ex = x0 + dx * u - dy * off, ey = y0 + dy * u + dx * off;
			const len = Math.hypot(ex - ax, ey - ay);
			segments.push({
				x: ax,
				y: ay,
				ex,
				ey,
				r: r0 + (node.r - r0) * (u - .5 / pieces),
				start,
				len,
				tip: 1e9,
				cut: 0,
				k
			});
			start += len;
			ax = ex;
			ay = ey;
		}
		node.path = start;
		node.end = segments.length;
	});
	const maxPath = nodes.reduce((a, node) => Math.max(a, node.path), 1);
	for (const tip of nodes) {
		if (tip === soma0 || tip.children || tip.type === 1 || tip.path < .55 * maxPath || random() < .5) continue;
		const chain = [tip];
		for (let head = tip.parent; head && head !== soma0 && head.children === 1; head = head.parent) chain.unshift(head);
		const cut = Math.min(random(8, 25), .8 * (tip.path - (chain[0]?.parent?.path ?? 0)));
		for (const node of chain) for (const s of segments.slice(node.first, node.end)) {
			s.tip = tip.path;
			s.cut = cut;
		}
	}
	const addSpine = (seg, along, sigma) => {
		const ux = (seg.ex - seg.x) / (seg.len || 1), uy = (seg.ey - seg.y) / (seg.len || 1);
		const side = random() < .5 ? -1 : 1, tilt = random(-.5, .5);
		const cos = side * Math.cos(tilt), sin = Math.sin(tilt);
		const spine = {
			x: seg.x + ux * along,
			y: seg.y + uy * along,
			r: seg.r,
			dx: ux * sin - uy * cos,
			dy: ux * cos + uy * sin,
			path: seg.start + along,
			seg,
			sigma,
			end: sigma,
			loss: 2,
			born: -1,
			mature: 2,
			gone: 2
		};
		spines.push(spine);
		return spine;
	};
	const shape = () => {
		const roll = random();
		return roll < .6 ? random(.25, .42) : roll < .85 ? random(.86, 1) : roll < .95 ? random(.58, .72) : random(0, .1);
	};
	let gap = random() / SPINE_DENSITY;
	for (const s of segments) for (gap -= s.len; gap < 0; gap += random(.3, 1.7) / SPINE_DENSITY) {
		const along = s.len + gap;
		if (s.start + along < 14) continue;
		const spine = addSpine(s, along, shape());
		const beyondCut = s.tip - spine.path;
		if (beyondCut < s.cut) spine.loss = .9 * beyondCut / s.cut;
	}
	const lost = [];
	spines.map((p) => [p.loss < 2 ? 2 : random() ** (1 / ((p.sigma > .8 ? 3 : 1) * (.25 + p.path / maxPath) * p.seg.k)), p]).sort((a, b) => b[0] - a[0]).slice(0, Math.round(STRESS_LOSS * spines.length)).forEach(([, p]) => {
		if (p.loss === 2) {
			p.loss = random() * .92;
			lost.push(p);
		}
	});
	const sprout = (seg, along) => {
		const filopodium = random() < .3;
		const p = addSpine(seg, Math.min(Math.max(along, 0), seg.len), filopodium ? random(0, .1) : random(.25, .4));
		p.born = random() * .9;
		const fate = random();
		if (fate < .15) p.gone = random(0, .8);
		else if (filopodium || fate < .5) {
			p.end = filopodium ? .33 : random(.8, .95);
			p.mature = random(0, .6);
		}
	};
	lost.forEach((p) => random() < .6 && sprout(p.seg, p.path - p.seg.start + (random() < .5 ? -1 : 1) * random(.5, 3)));
	for (let n = Math.round(.15 * lost.length); n > 0; n--) {
		const s = segments[Math.floor(random() * segments.length)];
		if (!s.cut && s.start > 14) sprout(s, random() * s.len);
	}
	const [cx, cy, cr] = soma0 ? [
		soma0.x,
		soma0.y,
		Math.min(Math.max(soma0.r, 5), 20)
	] : [
		0,
		0,
		5
	];
	let minX = cx - cr * 2, minY = cy - cr * 2, maxX = cx + cr * 2, maxY = cy + cr * 2;
	for (const { ex, ey } of segments) {
		minX = Math.min(minX, ex);
		minY = Math.min(minY, ey);
		maxX = Math.max(maxX, ex);
		maxY = Math.max(maxY, ey);
	}
	return {
		segments,
		spines,
		soma: [
			cx,
			cy,
			cr
		],
		maxPath,
		bounds: [
			minX - 8,
			minY - 8,
			maxX + 8,
			maxY + 8
		]
	};
}
var clamp01 = (v) => v < 0 ? 0 : v > 1 ? 1 : v;
var smooth = (v) => v * v * (3 - 2 * v);
function sceneState(scene, t) {
	if (scene === "grow") return {
		grow: smooth(clamp01(t / 5.5)),
		stress: 0,
		sprout: 0,
		mature: 0,
		glow: 0
	};
	if (scene === "stress") return {
		grow: 1,
		stress: clamp01((t - 2) / 5.5),
		sprout: 0,
		mature: 0,
		glow: 0
	};
	return {
		grow: 1,
		stress: 1,
		sprout: clamp01((t - 5) / 3.5),
		mature: clamp01((t - 9) / 3.5),
		glow: t < 2.5 ? Math.sin(Math.PI * t / 2.5) : 0
	};
}
/** Index into SCENES[scene].stages of the stage shown at second `t`. */
function stageIndex(scene, t) {
	return SCENES[scene].stages.filter(([, start], i) => i && t >= start).length;
}
export { SCENES, SPINE_DENSITY, STRESS_LOSS, buildModel, clamp01, regrows, sceneState, stageIndex };

//# sourceMappingURL=scene.js.map