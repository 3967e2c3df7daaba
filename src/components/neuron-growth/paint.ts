import { clamp01, type Model, type SceneState, type Segment, type Spine } from './scene.js';

/** Spine shape knots at σ = 0, ⅓, ⅔, 1 (filopodium, thin, stubby, mushroom): neck and head length (µm). */
const NECK = [2.6, 1.1, 0.25, 0.8, 0.8];
const HEAD = [0, 0.08, 0.12, 0.2, 0.2];
/** Head widths (µm) of small, medium and large heads (brief §6b: thin < 0.6 µm, mushroom ~0.6–1.2 µm). */
const HEAD_WIDTH = [0.3, 0.45, 0.65, 0.9];

const knot = (values: number[], sigma: number): number => {
  const x = sigma * 3;
  const i = x | 0;
  // σ is in [0, 1], so i + 1 is at most 4: both knots exist (the fallbacks only satisfy the type checker).
  const from = values[i] ?? 0;
  return from + ((values[i + 1] ?? from) - from) * (x - i);
};

type Paths = Path2D[];
type Element = Segment | Spine;
/** Colours of the dendrite, the spines and the new spines. */
type NeuronColors = readonly [dendrite: string, spine: string, newSpine: string];
/**
 * Where a traced line goes: its group (0–7 dendrite radius classes, then neck, small, medium, large head of old
 * spines, 8–11, and of new spines, 12–15), its start and its end (µm).
 */
export type LineSink = (group: number, x: number, y: number, ex: number, ey: number) => void;
// Not Array.from(…, fn): old page scripts (Prototype.js) replace Array.from with one that ignores fn.
const paths16 = (): Paths => Array(16).fill(0).map(() => new Path2D());
// Takes `paths[i]` unchecked: every index drawn is below 16.
const into =
  (paths: Paths): LineSink =>
  (group, x, y, ex, ey) => {
    paths[group]?.moveTo(x, y);
    paths[group]?.lineTo(ex, ey);
  };

/**
 * Traces one dendrite piece or spine into `add` as it looks at growth front `front` in `state`; returns 1 when it
 * is a spine more than half grown (the readout counts those).
 */
function emit(add: LineSink, e: Element, front: number, state: SceneState): number {
  const { stress, sprout, mature } = state;
  if ('len' in e) {
    // Visible share of the piece: cut by the growth front and by tip retraction.
    const f = Math.min(e.len, front - e.start, e.tip - stress * e.cut - e.start) / e.len;
    if (f > 0) add(Math.min(7, (e.r * 5) | 0), e.x, e.y, e.x + (e.ex - e.x) * f, e.y + (e.ey - e.y) * f);
    return 0;
  }
  // How far it has grown (0 absent, 1 full size), and its shape now.
  const scale =
    (e.born < 0 ? clamp01((front - e.path) / 25) : clamp01((sprout - e.born) / 0.1)) *
    (1 - clamp01((stress - e.loss) / 0.06)) *
    (1 - clamp01((mature - e.gone) / 0.15));
  if (scale < 0.02) return 0;
  const sigma = e.sigma + (e.end - e.sigma) * clamp01((mature - e.mature) / 0.35);
  const reach = scale * 4;
  const { dx, dy } = e;
  // Spines start at the drawn edge of the dendrite, not its centre line.
  const bx = e.x + dx * e.r * 1.76, by = e.y + dy * e.r * 1.76;
  const neck = knot(NECK, sigma) * reach;
  const group = e.born < 0 ? 8 : 12;
  const hx = bx + dx * neck, hy = by + dy * neck;
  add(group, bx, by, hx, hy);
  if (sigma >= 0.15) {
    const head = knot(HEAD, sigma) * reach + 0.01;
    add(group + (sigma < 0.5 ? 1 : sigma < 0.8 ? 2 : 3), hx, hy, hx + dx * head, hy + dy * head);
  }
  return +(scale >= 0.5);
}

/** The growth front (path distance from the soma, µm) of `state`. */
const frontOf = (m: Model, state: SceneState): number => state.grow * (m.maxPath + 25);

/** Growth front at which an element stops changing as the front moves on (pieces and original spines grow in 25 µm). */
const settled = (e: Element): number => ('len' in e ? e.start + e.len : e.born < 0 ? e.path + 25 : -1);

/**
 * A layer grown up to some front: everything already settled is kept in `done` and only appended to while the
 * front moves forward, so a growing neuron costs the newly settled and the still-growing elements per frame,
 * not all of them.
 */
interface Layer { rest: string; front: number; next: number; done: Paths; count: number; shown?: { front: number; sets: Paths[]; count: number } }

// Per model (one per widget): the elements of each layer sorted by `settled` — what only depends on growth (0),
// and what stress or the dose change (1: retracting pieces, spines lost or new) — and its recent layers; a few
// are kept, as the readout and a split view ask for other states in the same frame.
const perModel = new WeakMap<Model, { items: [Element[], Element[]]; reach: number; layers: Layer[] }>();

function layer(m: Model, state: SceneState, changing: 0 | 1): { front: number; sets: Paths[]; count: number } {
  let cached = perModel.get(m);
  if (!cached) {
    const items: [Element[], Element[]] = [[], []];
    for (const s of m.segments) items[s.cut > 0 ? 1 : 0].push(s);
    for (const p of m.spines) items[p.loss < 2 || p.born >= 0 ? 1 : 0].push(p);
    items.forEach((list) => list.sort((a, b) => settled(a) - settled(b)));
    perModel.set(m, (cached = { items, reach: m.segments.reduce((r, s) => Math.max(r, s.len), 25), layers: [] }));
  }
  const { stress, sprout, mature } = state;
  // What the elements of the layer depend on besides growth ('' only for the unchanging layer).
  const rest = changing ? [stress, sprout, mature] + '' : '';
  const front = frontOf(m, state);
  let best: Layer | undefined;
  for (const l of cached.layers) {
    if (l.rest !== rest || l.front > front) continue;
    if (l.shown?.front === front) return l.shown;
    if (!best || l.front > best.front) best = l;
  }
  if (!best) best = { rest, front: -Infinity, next: 0, done: paths16(), count: 0 };
  cached.layers = [best, ...cached.layers.filter((l) => l !== best).slice(0, 7)];
  const list = cached.items[changing];
  const done = into(best.done);
  let i = best.next;
  // `e` is undefined only past the end of the list.
  for (let e = list[i]; e && settled(e) <= front; e = list[++i]) best.count += emit(done, e, front, state);
  best.next = i;
  best.front = front;
  // Still growing (or not yet shown: emit skips those): drawn fresh each frame.
  const partial = paths16();
  const add = into(partial);
  let count = best.count;
  for (let e = list[i]; e && settled(e) - cached.reach < front; e = list[++i]) count += emit(add, e, front, state);
  return (best.shown = { front, sets: [best.done, partial], count });
}

/**
 * Scale (`k`: box units per µm) and offset that fit the model's bounds into a `width` × `height` box, centred,
 * filling 96% of it.
 */
export function fitNeuron(m: Model, width: number, height: number): { k: number; x: number; y: number } {
  // The model's bounds are always [x0, y0, x1, y1].
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = m.bounds;
  const k = Math.min(width / (x1 - x0), height / (y1 - y0)) * 0.96;
  return { k, x: (width - (x1 - x0) * k) / 2 - x0 * k, y: (height - (y1 - y0) * k) / 2 - y0 * k };
}

/**
 * Line width (µm) of a group (see LineSink) where one CSS pixel is `px` µm: drawn thicker than life (×2.2 for
 * dendrites, ×4 for spine heads) and never thinner than about a pixel, so that they stay readable at 320 px.
 */
export const lineWidth = (group: number, px: number): number =>
  group < 8 ? Math.max((group + 0.5) * 0.88, 1.1 * px) : Math.max((HEAD_WIDTH[group % 4] ?? 0) * 4, (group % 4 ? 1.6 : 0.9) * px);

/**
 * The cell body, a rounded pyramid pointing along the apical trunk: its top, then three quadratic curves (control
 * point, end), in units of the soma's radius from its centre.
 */
export const SOMA_OUTLINE = {
  top: [0, -2.2],
  curves: [
    [0.6, -0.6, 1.4, 0.7],
    [0, 1.3, -1.4, 0.7],
    [-0.6, -0.6, 0, -2.2],
  ],
} as const;

/** Traces every line of one neuron at `state` into `add`; returns the spine count the readout shows. */
export function traceNeuron(m: Model, state: SceneState, add: LineSink): number {
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
export function drawNeuron(ctx: CanvasRenderingContext2D, m: Model, state: SceneState, colors: NeuronColors, left: number, width: number, height: number, dpr: number, top = 0): void {
  const [dendrite, spine, newSpine] = colors;
  const { k, x, y } = fitNeuron(m, width, height);
  ctx.setTransform(k, 0, 0, k, left + x, top + y);
  ctx.lineCap = ctx.lineJoin = 'round';
  const px = dpr / k; // one CSS pixel in µm
  const drawn = [layer(m, state, 0), layer(m, state, 1)];
  const stroke = (from: number, color: string, extra = 0): void => {
    ctx.strokeStyle = color;
    for (let i = from; i < from + 8; i++) {
      ctx.lineWidth = lineWidth(i, px) + extra;
      if (i === 12) ctx.strokeStyle = newSpine;
      for (const { sets } of drawn) {
        for (const set of sets) {
          const path = set[i];
          if (path) ctx.stroke(path);
        }
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
    ctx.globalAlpha = state.glow * 0.55;
    stroke(0, newSpine, 1.5 * px);
    ctx.globalAlpha = 1;
  }
}

/**
 * Number of spines more than half grown in `state`: the readout shows these illustrative counts. A server, which has
 * no Path2D to keep them in, traces them afresh.
 */
export const countSpines = (m: Model, state: SceneState): number =>
  typeof Path2D === 'function' ? layer(m, state, 0).count + layer(m, state, 1).count : traceNeuron(m, state, () => {});
