import type { Tree } from './morphology.js';
import { mulberry32 } from './random.js';

export type SceneName = 'grow' | 'stress' | 'restore' | 'compare';
/** The stages of all scenes; each has a label (`l_`), a caption (`t_`) and a timeline tick (`k_`) string. */
export type Stage = 'grow' | 'healthy' | 'stress' | 'stressed' | 'dose' | 'early' | 'sprout' | 'mature' | 'persist';

/** Stage ids and the playback second (at speed 1) each starts; times are illustrative (brief §1d, §6d). */
const restore = { duration: 15, stages: [['dose', 0], ['early', 2.5], ['sprout', 5], ['mature', 9], ['persist', 12.5]] as [Stage, number][] };
export const SCENES: Record<SceneName, { duration: number; stages: [Stage, number][] }> = {
  grow: { duration: 8, stages: [['grow', 0], ['healthy', 5.5]] },
  stress: { duration: 9, stages: [['healthy', 0], ['stress', 2], ['stressed', 7.5]] },
  restore,
  // Before (the stressed cell) beside the restore timeline.
  compare: restore,
};

/** Scenes that draw spines grown after the dose (in the new-spine colour, explained by the key). */
export const regrows = (scene: SceneName): boolean => scene === 'restore' || scene === 'compare';

/** Drawn spines per µm of dendrite. Real counts are ~0.3–2/µm (brief §6a, unverified); fewer are drawn so each stays readable. */
export const SPINE_DENSITY = 0.2;
/** Share of spines lost under chronic stress (brief §6a default: −20%). */
export const STRESS_LOSS = 0.2;
/** Dendrite pieces are at most this long (µm), so branches can curve and grow smoothly. */
const STEP = 5;

/** A straight dendrite piece (µm): start, end, radius, path distance from the soma at its start, length. */
export interface Segment {
  x: number; y: number; ex: number; ey: number; r: number; start: number; len: number;
  /** Path distance of the tip this piece retracts toward under stress, and by how much (0: none). */
  tip: number; cut: number;
  /** How strongly its branch loses spines under stress. */
  k: number;
}

/**
 * A spine: base (µm), dendrite radius there, unit direction, path distance from the soma, and its segment.
 * Shape is a continuum σ: 0 filopodium → 0.33 thin → 0.66 stubby → 1 mushroom (brief §6b).
 */
export interface Spine {
  x: number; y: number; r: number; dx: number; dy: number; path: number; seg: Segment;
  /** Shape before and after maturation. */
  sigma: number; end: number;
  /** Stress progress at which it is lost (2: never). */
  loss: number;
  /** Sprout progress at which a new spine appears (−1: present from the start). */
  born: number;
  /** Maturation progress at which a new spine starts to change shape, or vanishes (2: never). */
  mature: number; gone: number;
}

/** A point of the tree while the model is built: its parent, how many branches leave it, its path from the soma. */
interface TreeNode {
  x: number; y: number; r: number; type: number;
  parent?: TreeNode;
  children: number;
  /** Path distance from the soma, and how strongly its branch loses spines. */
  path: number; k: number;
  /** Its dendrite pieces: segments[first] up to (not including) segments[end]. */
  first: number; end: number;
}

/** Everything drawn, precomputed once per tree and seed (µm). */
export interface Model {
  segments: Segment[];
  spines: Spine[];
  soma: [number, number, number];
  maxPath: number;
  bounds: number[];
}

/**
 * Builds the drawable model: curves each branch gently (`wiggle`, off for real reconstructions), places spines
 * at SPINE_DENSITY with a 60/25/10/5 thin/mushroom/stubby/filopodium mix, picks which spines stress removes
 * (20%, weighted toward mushroom, distal and per-branch susceptible spines, and all on retracting tips), and
 * which come back after ketamine (60% of lost sites get a new thin spine or filopodium 0.5–3 µm away, plus 15%
 * elsewhere; later about a third mature toward mushroom and 15% vanish).
 */
export function buildModel(tree: Tree, seed: number, wiggle = true): Model {
  const random = mulberry32(seed ^ 0x5eed);
  const segments: Segment[] = [];
  const spines: Spine[] = [];
  // The tree's points as linked records; the arrays of a Tree all have one entry per point.
  const nodes: TreeNode[] = tree.x.map((x, i) => ({ x, y: tree.y[i] ?? 0, r: tree.r[i] ?? 0, type: tree.type[i] ?? 0, children: 0, path: 0, k: 1, first: 0, end: 0 }));
  nodes.forEach((node, i) => {
    node.parent = nodes[tree.parent[i] ?? -1];
    if (node.parent) node.parent.children++;
  });
  const [soma0] = nodes;
  nodes.forEach((node) => {
    node.first = node.end = segments.length;
    const p = node.parent;
    if (node === soma0 || !p || node.type === 1) return;
    const k = (node.k = p.children > 1 || p.type === 1 ? random(0.2, 1.8) : p.k);
    const x0 = p.x, y0 = p.y, dx = node.x - x0, dy = node.y - y0;
    const length = Math.hypot(dx, dy);
    const pieces = Math.ceil(length / STEP) || 1;
    const bow = wiggle ? random(-1, 1) * Math.min(length * 0.1, 5) : 0;
    const sway = wiggle ? random(-1, 1) * Math.min(length * 0.05, 2) : 0;
    const r0 = p.type === 1 ? node.r : p.r;
    let ax = x0, ay = y0, start = p.path;
    for (let n = 1; n <= pieces; n++) {
      const u = n / pieces;
      const off = (bow * Math.sin(Math.PI * u) + sway * Math.sin(2 * Math.PI * u)) / (length || 1);
      const ex = x0 + dx * u - dy * off, ey = y0 + dy * u + dx * off;
      const len = Math.hypot(ex - ax, ey - ay);
      segments.push({ x: ax, y: ay, ex, ey, r: r0 + (node.r - r0) * (u - 0.5 / pieces), start, len, tip: 1e9, cut: 0, k });
      start += len;
      ax = ex;
      ay = ey;
    }
    node.path = start;
    node.end = segments.length;
  });
  // Loops, not Math.max(...spread): a large tree would overflow the call stack.
  const maxPath = nodes.reduce((a, node) => Math.max(a, node.path), 1);

  // Slight distal retraction: half of the far tips pull back 8–25 µm, never past their last branch point.
  for (const tip of nodes) {
    if (tip === soma0 || tip.children || tip.type === 1 || tip.path < 0.55 * maxPath || random() < 0.5) continue;
    const chain = [tip];
    for (let head = tip.parent; head && head !== soma0 && head.children === 1; head = head.parent) chain.unshift(head);
    const cut = Math.min(random(8, 25), 0.8 * (tip.path - (chain[0]?.parent?.path ?? 0)));
    for (const node of chain) {
      for (const s of segments.slice(node.first, node.end)) {
        s.tip = tip.path;
        s.cut = cut;
      }
    }
  }

  const addSpine = (seg: Segment, along: number, sigma: number): Spine => {
    const ux = (seg.ex - seg.x) / (seg.len || 1), uy = (seg.ey - seg.y) / (seg.len || 1);
    const side = random() < 0.5 ? -1 : 1, tilt = random(-0.5, 0.5);
    const cos = side * Math.cos(tilt), sin = Math.sin(tilt);
    const spine = { x: seg.x + ux * along, y: seg.y + uy * along, r: seg.r, dx: ux * sin - uy * cos, dy: ux * cos + uy * sin, path: seg.start + along, seg, sigma, end: sigma, loss: 2, born: -1, mature: 2, gone: 2 };
    spines.push(spine);
    return spine;
  };
  const shape = (): number => {
    const roll = random();
    return roll < 0.6 ? random(0.25, 0.42) : roll < 0.85 ? random(0.86, 1) : roll < 0.95 ? random(0.58, 0.72) : random(0, 0.1);
  };
  let gap = random() / SPINE_DENSITY;
  for (const s of segments) {
    for (gap -= s.len; gap < 0; gap += random(0.3, 1.7) / SPINE_DENSITY) {
      const along = s.len + gap;
      if (s.start + along < 14) continue;
      const spine = addSpine(s, along, shape());
      const beyondCut = s.tip - spine.path;
      if (beyondCut < s.cut) spine.loss = (0.9 * beyondCut) / s.cut;
    }
  }

  // Weighted sampling without replacement (Efraimidis–Spirakis keys) for a branch-specific loss of exactly 20%.
  const lost: Spine[] = [];
  spines
    .map((p) => [p.loss < 2 ? 2 : random() ** (1 / ((p.sigma > 0.8 ? 3 : 1) * (0.25 + p.path / maxPath) * p.seg.k)), p] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, Math.round(STRESS_LOSS * spines.length))
    .forEach(([, p]) => {
      if (p.loss === 2) {
        p.loss = random() * 0.92;
        lost.push(p);
      }
    });

  const sprout = (seg: Segment, along: number): void => {
    const filopodium = random() < 0.3;
    const p = addSpine(seg, Math.min(Math.max(along, 0), seg.len), filopodium ? random(0, 0.1) : random(0.25, 0.4));
    p.born = random() * 0.9;
    const fate = random();
    if (fate < 0.15) p.gone = random(0, 0.8);
    else if (filopodium || fate < 0.5) {
      p.end = filopodium ? 0.33 : random(0.8, 0.95);
      p.mature = random(0, 0.6);
    }
  };
  lost.forEach((p) => random() < 0.6 && sprout(p.seg, p.path - p.seg.start + (random() < 0.5 ? -1 : 1) * random(0.5, 3)));
  for (let n = Math.round(0.15 * lost.length); n > 0; n--) {
    const s = segments[Math.floor(random() * segments.length)]!;
    if (!s.cut && s.start > 14) sprout(s, random() * s.len);
  }

  // Point 0 is the soma in every tree (parseSwc rejects a file whose first root is not one).
  const [cx, cy, cr] = soma0 ? [soma0.x, soma0.y, Math.min(Math.max(soma0.r, 5), 20)] : [0, 0, 5];
  let minX = cx - cr * 2, minY = cy - cr * 2, maxX = cx + cr * 2, maxY = cy + cr * 2;
  for (const { ex, ey } of segments) {
    minX = Math.min(minX, ex);
    minY = Math.min(minY, ey);
    maxX = Math.max(maxX, ex);
    maxY = Math.max(maxY, ey);
  }
  return { segments, spines, soma: [cx, cy, cr], maxPath, bounds: [minX - 8, minY - 8, maxX + 8, maxY + 8] };
}

/** The scene's progress values at playback second `t`: growth, stress, sprouting, maturation (0–1) and the dose glow. */
export interface SceneState {
  grow: number;
  stress: number;
  sprout: number;
  mature: number;
  glow: number;
}

export const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);
const smooth = (v: number): number => v * v * (3 - 2 * v);

export function sceneState(scene: SceneName, t: number): SceneState {
  if (scene === 'grow') return { grow: smooth(clamp01(t / 5.5)), stress: 0, sprout: 0, mature: 0, glow: 0 };
  if (scene === 'stress') return { grow: 1, stress: clamp01((t - 2) / 5.5), sprout: 0, mature: 0, glow: 0 };
  return { grow: 1, stress: 1, sprout: clamp01((t - 5) / 3.5), mature: clamp01((t - 9) / 3.5), glow: t < 2.5 ? Math.sin((Math.PI * t) / 2.5) : 0 };
}

/** Index into SCENES[scene].stages of the stage shown at second `t`. */
export function stageIndex(scene: SceneName, t: number): number {
  // The stages after the first that have begun.
  return SCENES[scene].stages.filter(([, start], i) => i && t >= start).length;
}
