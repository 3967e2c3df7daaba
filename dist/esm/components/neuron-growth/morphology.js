import { mulberry32 } from "./random.js";
// src/components/neuron-growth/morphology.ts
/** Weight of the path length back to the soma in the wiring cost (Cuntz 2010 "balancing factor", 0.2–0.7). */
var BALANCING_FACTOR = .4;
/** Longest new wire (µm): points farther than this from the tree are left out. */
var MAX_REACH = 60;
/**
* Grows a pyramidal-like neuron (layer 5, prefrontal cortex; shared/content/brief.md §6c) with the
* minimum-spanning-tree rule of Cuntz et al. 2010 (PLoS Comput Biol 6:e1000877), as a greedy Prim's algorithm:
* - fixed skeleton: soma (radius 9 µm), an apical trunk of 340–440 µm up to the tuft bifurcation, which sits
*   120 µm below the pia, and 4–7 basal stems;
* - carrier points (all from `seed`): 140 basal points within 175 µm of the soma, 65 oblique points 15–125 µm
*   beside the trunk, 70 tuft points in a cone up to 250 µm wide;
* - repeatedly the free point p and tree node q (same dendrite type, not the soma, at most 60 µm apart) with the
*   lowest cost `|p − q| + 0.4 · path(q → soma)` are joined, so branches stay short and point away from the soma;
* - radius tapers with the number of tips a node feeds: `0.25 + 0.17 · √tips` µm (about 3 µm across at the
*   trunk's base, under 1 µm at the tips).
* The same seed always gives the same neuron.
*/
function generateNeuron(seed) {
	const random = mulberry32(seed);
	const tree = {
		x: [0],
		y: [0],
		r: [9],
		parent: [-1],
		type: [1]
	};
	const soma = {
		index: 0,
		x: 0,
		y: 0,
		type: 1,
		parent: void 0,
		path: 0,
		tips: 0
	};
	const nodes = [soma];
	const add = (x, y, parent, type) => {
		tree.x.push(x);
		tree.y.push(y);
		tree.r.push(0);
		tree.parent.push(parent.index);
		tree.type.push(type);
		const grown = {
			index: nodes.length,
			x,
			y,
			type,
			parent,
			path: parent.path + Math.hypot(x - parent.x, y - parent.y),
			tips: 0
		};
		nodes.push(grown);
		return grown;
	};
	const height = random(460, 560);
	const fork = 120 - height;
	const lean = random(-.1, .1);
	let node = soma;
	for (let y = -12; y > fork; y -= 22) node = add(-lean * y + random(-2, 2), y, node, 4);
	const topX = -lean * fork;
	add(topX, fork, node, 4);
	const stems = 4 + Math.floor(random() * 4);
	for (let i = 0; i < stems; i++) {
		const angle = Math.PI / 2 + (i - (stems - 1) / 2) * (4.4 / stems) + random(-.2, .2);
		add(Math.cos(angle) * 15, Math.sin(angle) * 15, soma, 3);
	}
	const points = [];
	const carrier = (x, y, type) => points.push({
		x,
		y,
		type,
		cost: Infinity,
		via: void 0,
		joined: false
	});
	for (let i = 0; i < 140; i++) {
		const angle = Math.PI / 2 + random(-2.5, 2.5);
		const radius = 28 + 147 * Math.sqrt(random());
		carrier(Math.cos(angle) * radius, Math.sin(angle) * radius * .9, 3);
	}
	for (let i = 0; i < 65; i++) {
		const y = random(fork + 40, -45);
		carrier(-lean * y + (random() < .5 ? -1 : 1) * random(15, 125), y, 4);
	}
	for (let i = 0; i < 70; i++) {
		const y = random(-height, fork - 8);
		carrier(topX + random(-1, 1) * (30 + 95 * (fork - y) / 120), y, 4);
	}
	const relax = (q) => {
		for (const p of points) {
			if (p.joined || p.type !== q.type) continue;
			const distance = Math.hypot(p.x - q.x, p.y - q.y);
			const cost = distance + BALANCING_FACTOR * q.path;
			if (distance < MAX_REACH && cost < p.cost) {
				p.cost = cost;
				p.via = q;
			}
		}
	};
	nodes.forEach((q) => q !== soma && relax(q));
	for (;;) {
		let pick;
		for (const p of points) if (p.cost < (pick?.cost ?? Infinity)) pick = p;
		if (!pick?.via) break;
		pick.joined = true;
		pick.cost = Infinity;
		relax(add(pick.x, pick.y, pick.via, pick.type));
	}
	for (const node of nodes.slice(1).reverse()) {
		node.tips ||= 1;
		if (node.parent) node.parent.tips += node.tips;
		tree.r[node.index] = .25 + .17 * Math.sqrt(node.tips);
	}
	return tree;
}
export { generateNeuron };

//# sourceMappingURL=morphology.js.map