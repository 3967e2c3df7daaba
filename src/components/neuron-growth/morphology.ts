import { mulberry32 } from './random.js';

/**
 * A neuron as SWC-like parallel arrays (NeuroMorpho types: 1 soma, 3 basal, 4 apical dendrite). Units are µm;
 * x to the right, y downward, so the apical dendrite points to negative y. Every parent comes before its children.
 */
export interface Tree {
  x: number[];
  y: number[];
  r: number[];
  parent: number[];
  type: number[];
}

/** Weight of the path length back to the soma in the wiring cost (Cuntz 2010 "balancing factor", 0.2–0.7). */
const BALANCING_FACTOR = 0.4;
/** Longest new wire (µm): points farther than this from the tree are left out. */
const MAX_REACH = 60;

/** A node while the tree grows: its index in the tree, parent, path length back to the soma and tips it feeds. */
interface GrowingNode { index: number; x: number; y: number; type: number; parent: GrowingNode | undefined; path: number; tips: number }
/** A carrier point: its cheapest join to the tree so far (cost, via node), or joined. */
interface CarrierPoint { x: number; y: number; type: number; cost: number; via: GrowingNode | undefined; joined: boolean }

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
export function generateNeuron(seed: number): Tree {
  const random = mulberry32(seed);
  const tree: Tree = { x: [0], y: [0], r: [9], parent: [-1], type: [1] };
  const soma: GrowingNode = { index: 0, x: 0, y: 0, type: 1, parent: undefined, path: 0, tips: 0 };
  const nodes = [soma];
  const add = (x: number, y: number, parent: GrowingNode, type: number): GrowingNode => {
    tree.x.push(x);
    tree.y.push(y);
    tree.r.push(0);
    tree.parent.push(parent.index);
    tree.type.push(type);
    // `y: y`: the manifest analyzer (0.11) would list the carrier loops' `const y` as an export of this module.
    const grown: GrowingNode = { index: nodes.length, x, y: y, type, parent, path: parent.path + Math.hypot(x - parent.x, y - parent.y), tips: 0 };
    nodes.push(grown);
    return grown;
  };

  const height = random(460, 560);
  const fork = 120 - height;
  const lean = random(-0.1, 0.1);
  let node = soma;
  for (let y = -12; y > fork; y -= 22) node = add(-lean * y + random(-2, 2), y, node, 4);
  const topX = -lean * fork;
  add(topX, fork, node, 4);
  const stems = 4 + Math.floor(random() * 4);
  for (let i = 0; i < stems; i++) {
    const angle = Math.PI / 2 + (i - (stems - 1) / 2) * (4.4 / stems) + random(-0.2, 0.2);
    add(Math.cos(angle) * 15, Math.sin(angle) * 15, soma, 3);
  }

  const points: CarrierPoint[] = [];
  const carrier = (x: number, y: number, type: number): number => points.push({ x, y, type, cost: Infinity, via: undefined, joined: false });
  for (let i = 0; i < 140; i++) {
    const angle = Math.PI / 2 + random(-2.5, 2.5);
    const radius = 28 + 147 * Math.sqrt(random());
    carrier(Math.cos(angle) * radius, Math.sin(angle) * radius * 0.9, 3);
  }
  for (let i = 0; i < 65; i++) {
    const y = random(fork + 40, -45);
    carrier(-lean * y + (random() < 0.5 ? -1 : 1) * random(15, 125), y, 4);
  }
  for (let i = 0; i < 70; i++) {
    const y = random(-height, fork - 8);
    carrier(topX + random(-1, 1) * (30 + (95 * (fork - y)) / 120), y, 4);
  }

  // Prim's algorithm with the Cuntz cost.
  const relax = (q: GrowingNode): void => {
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
    // The first cheapest point; joined points and points out of reach cost Infinity.
    let pick: CarrierPoint | undefined;
    for (const p of points) if (p.cost < (pick?.cost ?? Infinity)) pick = p;
    if (!pick?.via) break;
    pick.joined = true;
    pick.cost = Infinity;
    relax(add(pick.x, pick.y, pick.via, pick.type));
  }

  // Children come after their parent, so counting from the end finishes each node's tips before its parent's.
  for (const node of nodes.slice(1).reverse()) {
    node.tips ||= 1;
    if (node.parent) node.parent.tips += node.tips;
    tree.r[node.index] = 0.25 + 0.17 * Math.sqrt(node.tips);
  }
  return tree;
}
