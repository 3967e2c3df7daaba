import type { Tree } from './morphology.js';
import { mulberry32 } from './random.js';

export type SceneName = 'grow' | 'stress' | 'restore' | 'compare';

/** Stage ids and the playback second (at speed 1) each starts; times are illustrative (brief §1d, §6d). */
const restore = { duration: 15, stages: [['dose', 0], ['early', 2.5], ['sprout', 5], ['mature', 9], ['persist', 12.5]] as [string, number][] };
export const SCENES: Record<SceneName, { duration: number; stages: [string, number][] }> = {
  grow: { duration: 8, stages: [['grow', 0], ['healthy', 5.5]] },
  stress: { duration: 9, stages: [['healthy', 0], ['stress', 2], ['stressed', 7.5]] },
  restore,
  // Before (the stressed cell) beside the restore timeline.
  compare: restore,
};

/** Drawn spines per µm of dendrite. Real counts are ~0.3–2/µm (brief §6a, unverified); fewer are drawn so each stays readable. */
export const SPINE_DENSITY = 0.2;
/** Share of spines lost under chronic stress (brief §6a default: −20%). */
export const STRESS_LOSS = 0.2;
/** Dendrite pieces are at most this long (µm), so branches can curve and grow smoothly. */
const STEP = 5;

/**
 * Everything drawn, precomputed once per tree and seed (µm). Segments: `s*` arrays; spines: `p*` arrays.
 * Spine shape is a continuum σ: 0 filopodium → 0.33 thin → 0.66 stubby → 1 mushroom (brief §6b).
 */
export interface Model {
  sx: number[]; sy: number[]; ex: number[]; ey: number[];
  /** Radius (µm), path distance from the soma at the start, length. */
  sr: number[]; sStart: number[]; sLen: number[];
  /** Path distance of the tip this segment retracts toward under stress, and by how much (0: none). */
  sTip: number[]; sCut: number[];
  px: number[]; py: number[]; pr: number[]; pdx: number[]; pdy: number[]; pPath: number[];
  /** Shape before and after maturation. */
  pSigma: number[]; pSigmaEnd: number[];
  /** Stress progress at which a spine is lost (2: never). */
  pLoss: number[];
  /** Sprout progress at which a new spine appears (−1: present from the start). */
  pNew: number[];
  /** Maturation progress at which a new spine starts to change shape, or vanishes (2: never). */
  pMature: number[]; pGone: number[];
  soma: [number, number, number];
  maxPath: number;
  bounds: [number, number, number, number];
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
  const between = (a: number, b: number): number => a + (b - a) * random();
  const m: Model = {
    sx: [], sy: [], ex: [], ey: [], sr: [], sStart: [], sLen: [], sTip: [], sCut: [],
    px: [], py: [], pr: [], pdx: [], pdy: [], pPath: [], pSigma: [], pSigmaEnd: [], pLoss: [], pNew: [], pMature: [], pGone: [],
    soma: [tree.x[0] ?? 0, tree.y[0] ?? 0, Math.min(Math.max(tree.r[0] ?? 9, 5), 20)],
    maxPath: 1,
    bounds: [0, 0, 0, 0],
  };
  const count = tree.x.length;
  const children = tree.x.map(() => 0);
  tree.parent.forEach((p) => p >= 0 && children[p]++);
  const nodePath = tree.x.map(() => 0);
  const susceptibility = tree.x.map(() => 1);
  const segmentSusceptibility: number[] = [];
  const firstSegment: number[] = [];
  for (let i = 1; i < count; i++) {
    const p = tree.parent[i];
    firstSegment[i] = m.sx.length;
    if (p < 0 || tree.type[i] === 1) continue;
    susceptibility[i] = children[p] > 1 || tree.type[p] === 1 ? between(0.2, 1.8) : susceptibility[p];
    const x0 = tree.x[p], y0 = tree.y[p], x1 = tree.x[i], y1 = tree.y[i];
    const length = Math.hypot(x1 - x0, y1 - y0);
    const pieces = Math.max(1, Math.ceil(length / STEP));
    const bow = wiggle ? between(-1, 1) * Math.min(length * 0.1, 5) : 0;
    const sway = wiggle ? between(-1, 1) * Math.min(length * 0.05, 2) : 0;
    const nx = -(y1 - y0) / (length || 1), ny = (x1 - x0) / (length || 1);
    let ax = x0, ay = y0, travelled = nodePath[p];
    for (let k = 1; k <= pieces; k++) {
      const u = k / pieces;
      const off = bow * Math.sin(Math.PI * u) + sway * Math.sin(2 * Math.PI * u);
      const bx = x0 + (x1 - x0) * u + nx * off, by = y0 + (y1 - y0) * u + ny * off;
      const r0 = tree.type[p] === 1 ? tree.r[i] : tree.r[p];
      const piece = Math.hypot(bx - ax, by - ay);
      m.sx.push(ax); m.sy.push(ay); m.ex.push(bx); m.ey.push(by);
      m.sr.push(r0 + (tree.r[i] - r0) * (u - 0.5 / pieces));
      m.sStart.push(travelled); m.sLen.push(piece); m.sTip.push(1e9); m.sCut.push(0);
      segmentSusceptibility.push(susceptibility[i]);
      travelled += piece;
      ax = bx;
      ay = by;
    }
    nodePath[i] = travelled;
  }
  firstSegment[count] = m.sx.length;
  m.maxPath = Math.max(1, ...nodePath);

  // Slight distal retraction: half of the far tips pull back 8–25 µm, never past their last branch point.
  for (let tip = 1; tip < count; tip++) {
    if (children[tip] || tree.type[tip] === 1 || nodePath[tip] < 0.55 * m.maxPath || random() < 0.5) continue;
    const chain = [tip];
    while (tree.parent[chain[0]] > 0 && children[tree.parent[chain[0]]] === 1) chain.unshift(tree.parent[chain[0]]);
    const cut = Math.min(between(8, 25), 0.8 * (nodePath[tip] - nodePath[tree.parent[chain[0]]]));
    for (const node of chain) {
      for (let s = firstSegment[node]; s < firstSegment[node + 1]; s++) {
        m.sTip[s] = nodePath[tip];
        m.sCut[s] = cut;
      }
    }
  }

  const weights: number[] = [];
  const segOf: number[] = [];
  const addSpine = (s: number, along: number, sigma: number): number => {
    const ux = (m.ex[s] - m.sx[s]) / (m.sLen[s] || 1), uy = (m.ey[s] - m.sy[s]) / (m.sLen[s] || 1);
    const side = random() < 0.5 ? -1 : 1, tilt = between(-0.5, 0.5);
    m.px.push(m.sx[s] + ux * along);
    m.py.push(m.sy[s] + uy * along);
    m.pr.push(m.sr[s]);
    m.pdx.push(-uy * side * Math.cos(tilt) + ux * Math.sin(tilt));
    m.pdy.push(ux * side * Math.cos(tilt) + uy * Math.sin(tilt));
    m.pPath.push(m.sStart[s] + along);
    m.pSigma.push(sigma);
    m.pSigmaEnd.push(sigma);
    m.pLoss.push(2);
    m.pNew.push(-1);
    m.pMature.push(2);
    m.pGone.push(2);
    segOf.push(s);
    return m.px.length - 1;
  };
  const shape = (): number => {
    const roll = random();
    return roll < 0.6 ? between(0.25, 0.42) : roll < 0.85 ? between(0.86, 1) : roll < 0.95 ? between(0.58, 0.72) : between(0, 0.1);
  };
  let gap = between(0, 1) / SPINE_DENSITY;
  for (let s = 0; s < m.sx.length; s++) {
    for (gap -= m.sLen[s]; gap < 0; gap += between(0.3, 1.7) / SPINE_DENSITY) {
      const along = m.sLen[s] + gap;
      if (m.sStart[s] + along < 14) continue;
      const i = addSpine(s, along, shape());
      const beyondCut = m.sTip[s] - m.pPath[i];
      if (beyondCut < m.sCut[s]) m.pLoss[i] = (0.9 * beyondCut) / m.sCut[s];
      weights.push((m.pSigma[i] > 0.8 ? 3 : 1) * (0.25 + m.pPath[i] / m.maxPath) * segmentSusceptibility[s]);
    }
  }
  const base = m.px.length;

  // Weighted sampling without replacement (Efraimidis–Spirakis keys) for a branch-specific loss of exactly 20%.
  const keyed = weights.map((w, i) => [m.pLoss[i] < 2 ? 2 : random() ** (1 / w), i]).sort((a, b) => b[0] - a[0]);
  const lost: number[] = [];
  keyed.slice(0, Math.round(STRESS_LOSS * base)).forEach(([, i]) => {
    if (m.pLoss[i] === 2) {
      m.pLoss[i] = random() * 0.92;
      lost.push(i);
    }
  });

  const sprout = (s: number, along: number): void => {
    const filopodium = random() < 0.3;
    const i = addSpine(s, Math.min(Math.max(along, 0), m.sLen[s]), filopodium ? between(0, 0.1) : between(0.25, 0.4));
    m.pNew[i] = random() * 0.9;
    const fate = random();
    if (fate < 0.15) m.pGone[i] = between(0, 0.8);
    else if (filopodium || fate < 0.5) {
      m.pSigmaEnd[i] = filopodium ? 0.33 : between(0.8, 0.95);
      m.pMature[i] = between(0, 0.6);
    }
  };
  lost.forEach((i) => {
    if (random() < 0.6) {
      const s = segOf[i];
      sprout(s, m.pPath[i] - m.sStart[s] + (random() < 0.5 ? -1 : 1) * between(0.5, 3));
    }
  });
  for (let n = Math.round(0.15 * lost.length); n > 0; n--) {
    const s = Math.floor(random() * m.sx.length);
    if (m.sCut[s] === 0 && m.sStart[s] > 14) sprout(s, random() * m.sLen[s]);
  }

  const r = m.soma[2];
  let [x0, y0, x1, y1] = [m.soma[0] - r * 2, m.soma[1] - r * 2, m.soma[0] + r * 2, m.soma[1] + r * 2];
  m.ex.forEach((x, s) => {
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, m.ey[s]);
    y1 = Math.max(y1, m.ey[s]);
  });
  m.bounds = [x0 - 8, y0 - 8, x1 + 8, y1 + 8];
  return m;
}

/** The scene's progress values at playback second `t`: growth, stress, sprouting, maturation (0–1) and the dose glow. */
export interface SceneState {
  grow: number;
  stress: number;
  sprout: number;
  mature: number;
  glow: number;
}

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);
const smooth = (v: number): number => v * v * (3 - 2 * v);

export function sceneState(scene: SceneName, t: number): SceneState {
  if (scene === 'grow') return { grow: smooth(clamp01(t / 5.5)), stress: 0, sprout: 0, mature: 0, glow: 0 };
  if (scene === 'stress') return { grow: 1, stress: clamp01((t - 2) / 5.5), sprout: 0, mature: 0, glow: 0 };
  return { grow: 1, stress: 1, sprout: clamp01((t - 5) / 3.5), mature: clamp01((t - 9) / 3.5), glow: t < 2.5 ? Math.sin((Math.PI * t) / 2.5) : 0 };
}

/** Index into SCENES[scene].stages of the stage shown at second `t`. */
export function stageIndex(scene: SceneName, t: number): number {
  const stages = SCENES[scene].stages;
  let i = 0;
  while (i + 1 < stages.length && t >= stages[i + 1][1]) i++;
  return i;
}

/** Visible length (µm) of segment `s`: cut by the growth front and by tip retraction. */
export function segmentLength(m: Model, s: number, state: SceneState): number {
  const front = state.grow * (m.maxPath + 25) - m.sStart[s];
  const retracted = m.sTip[s] - state.stress * m.sCut[s] - m.sStart[s];
  return Math.max(0, Math.min(m.sLen[s], front, retracted));
}

/** Shape σ of spine `i` now; read it after `spineScale`. */
export let spineSigma = 0;

/** How far spine `i` has grown (0 = absent, 1 = full size); also sets `spineSigma`. */
export function spineScale(m: Model, i: number, state: SceneState): number {
  const mature = clamp01((state.mature - m.pMature[i]) / 0.35);
  spineSigma = m.pSigma[i] + (m.pSigmaEnd[i] - m.pSigma[i]) * mature;
  const born = m.pNew[i] < 0 ? clamp01((state.grow * (m.maxPath + 25) - m.pPath[i]) / 25) : clamp01((state.sprout - m.pNew[i]) / 0.1);
  return born * (1 - clamp01((state.stress - m.pLoss[i]) / 0.06)) * (1 - clamp01((state.mature - m.pGone[i]) / 0.15));
}

/** Number of spines more than half grown in `state`: the readout shows these illustrative counts. */
export function countSpines(m: Model, state: SceneState): number {
  let n = 0;
  for (let i = 0; i < m.px.length; i++) if (spineScale(m, i, state) >= 0.5) n++;
  return n;
}
