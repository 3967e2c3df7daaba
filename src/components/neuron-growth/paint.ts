import { clamp01, type Model, type SceneState } from './scene.js';

/** Spine shape knots at σ = 0, ⅓, ⅔, 1 (filopodium, thin, stubby, mushroom): neck and head length (µm). */
const NECK = [2.6, 1.1, 0.25, 0.8, 0.8];
const HEAD = [0, 0.08, 0.12, 0.2, 0.2];
/** Head widths (µm) of small, medium and large heads (brief §6b: thin < 0.6 µm, mushroom ~0.6–1.2 µm). */
const HEAD_WIDTH = [0.3, 0.45, 0.65, 0.9];

const knot = (values: number[], sigma: number): number => {
  const x = sigma * 3;
  const i = x | 0;
  return values[i] + (values[i + 1] - values[i]) * (x - i);
};

// Layers are rebuilt only when their inputs change, and a few recent ones are kept (a split view shows two):
// what only depends on growth (0), and what stress or the dose change (1: spines lost or new, retracting tips).
let cache: { m: Model; key: string; paths: Path2D[]; count: number }[] = [];

function layer(m: Model, state: SceneState, changing: number): { paths: Path2D[]; count: number } {
  const { grow, stress, sprout, mature } = state;
  const key = changing ? [grow, stress, sprout, mature] + '' : '' + grow;
  let hit = cache.find((c) => c.m === m && c.key === key);
  if (hit) return hit;
  const paths = Array.from({ length: 16 }, () => new Path2D());
  const line = (path: Path2D, x: number, y: number, dx: number, dy: number, f: number): void => {
    path.moveTo(x, y);
    path.lineTo(x + dx * f, y + dy * f);
  };
  const front = grow * (m.maxPath + 25);
  let count = 0;
  for (const s of m.segments) {
    // Visible share of the piece: cut by the growth front and by tip retraction.
    const f = +(s.cut > 0) === changing ? Math.min(s.len, front - s.start, s.tip - stress * s.cut - s.start) / s.len : 0;
    if (f > 0) line(paths[Math.min(7, (s.r * 5) | 0)], s.x, s.y, s.ex - s.x, s.ey - s.y, f);
  }
  for (const p of m.spines) {
    if (+(p.loss < 2 || p.born >= 0) !== changing) continue;
    // How far it has grown (0 absent, 1 full size), and its shape now.
    const scale =
      (p.born < 0 ? clamp01((front - p.path) / 25) : clamp01((sprout - p.born) / 0.1)) *
      (1 - clamp01((stress - p.loss) / 0.06)) *
      (1 - clamp01((mature - p.gone) / 0.15));
    const sigma = p.sigma + (p.end - p.sigma) * clamp01((mature - p.mature) / 0.35);
    if (scale >= 0.5) count++;
    if (scale < 0.02) continue;
    const reach = scale * 4;
    const { dx, dy } = p;
    // Spines start at the drawn edge of the dendrite, not its centre line.
    const bx = p.x + dx * p.r * 1.76, by = p.y + dy * p.r * 1.76;
    const neck = knot(NECK, sigma) * reach;
    const group = p.born < 0 ? 8 : 12;
    line(paths[group], bx, by, dx, dy, neck);
    if (sigma >= 0.15) line(paths[group + (sigma < 0.5 ? 1 : sigma < 0.8 ? 2 : 3)], bx + dx * neck, by + dy * neck, dx, dy, knot(HEAD, sigma) * reach + 0.01);
  }
  cache = [(hit = { m, key, paths, count }), ...cache.slice(0, 5)];
  return hit;
}

/**
 * Draws one neuron at `state` into the device-pixel box starting at `left`, `width` × `height`, fitted to the
 * model's bounds, in `colors` (dendrite, spine, new spine).
 * Dendrites and spines are drawn thicker and longer than life (×2.2, ×4) so they stay readable at 320 px, and
 * batched into 16 paths: 8 dendrite radius classes of 0.2 µm, then [neck, small, medium, large head] of old and new spines.
 */
export function drawNeuron(ctx: CanvasRenderingContext2D, m: Model, state: SceneState, colors: string[], left: number, width: number, height: number, dpr: number): void {
  const [x0, y0, x1, y1] = m.bounds;
  const k = Math.min(width / (x1 - x0), height / (y1 - y0)) * 0.96;
  ctx.setTransform(k, 0, 0, k, left + (width - (x1 - x0) * k) / 2 - x0 * k, (height - (y1 - y0) * k) / 2 - y0 * k);
  ctx.lineCap = ctx.lineJoin = 'round';
  const px = dpr / k; // one CSS pixel in µm
  const layers = [layer(m, state, 0), layer(m, state, 1)];
  const stroke = (from: number, color: string, extra = 0): void => {
    ctx.strokeStyle = color;
    for (let i = from; i < from + 8; i++) {
      ctx.lineWidth = i < 8 ? Math.max((i + 0.5) * 0.88, 1.1 * px) + extra : Math.max(HEAD_WIDTH[i % 4] * 4, (i % 4 ? 1.6 : 0.9) * px);
      if (i === 12) ctx.strokeStyle = colors[2];
      layers.forEach((l) => ctx.stroke(l.paths[i]));
    }
  };
  stroke(0, colors[0]);

  // Cell body: a rounded pyramid pointing along the apical trunk.
  const [cx, cy, r] = m.soma;
  ctx.fillStyle = colors[0];
  ctx.beginPath();
  ctx.moveTo(cx, cy - r * 2.2);
  ctx.quadraticCurveTo(cx + r * 0.6, cy - r * 0.6, cx + r * 1.4, cy + r * 0.7);
  ctx.quadraticCurveTo(cx, cy + r * 1.3, cx - r * 1.4, cy + r * 0.7);
  ctx.quadraticCurveTo(cx - r * 0.6, cy - r * 0.6, cx, cy - r * 2.2);
  ctx.fill();

  stroke(8, colors[1]);

  if (state.glow > 0) {
    ctx.globalAlpha = state.glow * 0.55;
    stroke(0, colors[2], 1.5 * px);
    ctx.globalAlpha = 1;
  }
}

/** Number of spines more than half grown in `state`: the readout shows these illustrative counts. */
export const countSpines = (m: Model, state: SceneState): number => layer(m, state, 0).count + layer(m, state, 1).count;
