import { segmentLength, spineScale, spineSigma, type Model, type SceneState } from './scene.js';

export interface Palette {
  dendrite: string;
  spine: string;
  fresh: string;
}

/** Radius classes (µm) of the batched dendrite strokes: one path per class, so tapering costs eight strokes. */
const WIDTH_CLASSES = 8;
const RADIUS_STEP = 0.2;
/** Dendrites and spines are drawn thicker and longer than life so they stay readable at 320 px. */
const DENDRITE_BOLD = 2.2;
const SPINE_BOLD = 4;
/** Spine shape knots at σ = 0, ⅓, ⅔, 1 (filopodium, thin, stubby, mushroom): neck and head length (µm). */
const NECK = [2.6, 1.1, 0.25, 0.8];
const HEAD = [0, 0.08, 0.12, 0.2];
/** Head widths (µm) of small, medium and large heads (brief §6b: thin < 0.6 µm, mushroom ~0.6–1.2 µm). */
const HEAD_WIDTH = [0.45, 0.65, 0.9];

const knot = (values: number[], sigma: number): number => {
  const x = Math.min(sigma * 3, 2.999);
  const i = x | 0;
  return values[i] + (values[i + 1] - values[i]) * (x - i);
};

/** A set of batched paths: 8 dendrite width classes, then [neck, small, medium, large head] of old and new spines. */
interface Layer {
  paths: Path2D[];
  count: number;
}
const layer = (): Layer => ({ paths: Array.from({ length: 16 }, () => new Path2D()), count: 0 });

function addSegment(layer: Layer, m: Model, s: number, length: number): void {
  const f = length / m.sLen[s];
  const path = layer.paths[Math.min(WIDTH_CLASSES - 1, (m.sr[s] / RADIUS_STEP) | 0)];
  path.moveTo(m.sx[s], m.sy[s]);
  path.lineTo(m.sx[s] + (m.ex[s] - m.sx[s]) * f, m.sy[s] + (m.ey[s] - m.sy[s]) * f);
}

function addSpine(layer: Layer, m: Model, i: number, scale: number, sigma: number): void {
  if (scale >= 0.5) layer.count++;
  if (scale < 0.02) return;
  const reach = scale * SPINE_BOLD;
  const dx = m.pdx[i], dy = m.pdy[i];
  const neck = knot(NECK, sigma) * reach, head = knot(HEAD, sigma) * reach + 0.01;
  // Spines start at the drawn edge of the dendrite, not its centre line.
  const edge = m.pr[i] * DENDRITE_BOLD * 0.8;
  const bx = m.px[i] + dx * edge, by = m.py[i] + dy * edge;
  const nx = bx + dx * neck, ny = by + dy * neck;
  const group = m.pNew[i] < 0 ? 8 : 12;
  layer.paths[group].moveTo(bx, by);
  layer.paths[group].lineTo(nx, ny);
  if (sigma >= 0.15) {
    const path = layer.paths[group + (sigma < 0.5 ? 1 : sigma < 0.8 ? 2 : 3)];
    path.moveTo(nx, ny);
    path.lineTo(nx + dx * head, ny + dy * head);
  }
}

// Layers are rebuilt only when their inputs change, and a few recent ones are kept (a split view shows two):
// what only depends on growth, and what stress or the dose changes (spines lost or new, retracting tips).
let cache: (Layer & { model: Model; key: string })[] = [];

function cached(m: Model, key: string, build: (layer: Layer) => void): Layer {
  let hit = cache.find((c) => c.model === m && c.key === key);
  if (!hit) {
    hit = { ...layer(), model: m, key };
    build(hit);
    cache = [hit, ...cache.slice(0, 5)];
  }
  return hit;
}

const changes = (m: Model, s: number): boolean => m.pLoss[s] < 2 || m.pNew[s] >= 0;

function settled(m: Model, state: SceneState, changing: boolean) {
  return (layer: Layer): void => {
    for (let s = 0; s < m.sx.length; s++) {
      const length = m.sCut[s] > 0 === changing ? segmentLength(m, s, state) : 0;
      if (length > 0) addSegment(layer, m, s, length);
    }
    for (let i = 0; i < m.px.length; i++) {
      if (changes(m, i) === changing) addSpine(layer, m, i, spineScale(m, i, state), spineSigma);
    }
  };
}

// While growing, finished segments and spines are appended once to `grown`; only those at the front are redrawn.
let grower: { model: Model; front: number; segment: number; spine: number; grown: Layer; bySegmentEnd: number[]; bySpinePath: number[] } | undefined;

function growing(m: Model, state: SceneState): Layer[] {
  const front = state.grow * (m.maxPath + 25);
  if (grower?.model !== m || front < grower.front) {
    const order = (values: number[]) => values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    grower = { model: m, front, segment: 0, spine: 0, grown: layer(), bySegmentEnd: order(m.sStart.map((s, i) => s + m.sLen[i])), bySpinePath: order(m.pPath) };
  }
  const g = grower;
  g.front = front;
  const { bySegmentEnd, bySpinePath } = g;
  for (let s; (s = bySegmentEnd[g.segment]) !== undefined && m.sStart[s] + m.sLen[s] <= front; g.segment++) addSegment(g.grown, m, s, m.sLen[s]);
  for (let i; (i = bySpinePath[g.spine]) !== undefined && m.pPath[i] <= front - 25; g.spine++) {
    if (m.pNew[i] < 0) addSpine(g.grown, m, i, 1, m.pSigma[i]);
  }
  const edge = layer();
  // Pieces are at most ~7 µm long, so none that ends later than front + 15 µm has started yet.
  for (let k = g.segment, s; (s = bySegmentEnd[k]) !== undefined && m.sStart[s] + m.sLen[s] < front + 15; k++) {
    if (m.sStart[s] < front) addSegment(edge, m, s, Math.min(m.sLen[s], front - m.sStart[s]));
  }
  for (let k = g.spine, i; (i = bySpinePath[k]) !== undefined && m.pPath[i] < front; k++) {
    if (m.pNew[i] < 0) addSpine(edge, m, i, spineScale(m, i, state), m.pSigma[i]);
  }
  return [g.grown, edge];
}

/**
 * Draws one neuron at `state` into the device-pixel box starting at `left`, `width` × `height`, fitted to the
 * model's bounds, and returns how many spines are more than half grown. Per frame only what changed is rebuilt
 * (the growth front, or the spines and tips that stress and the dose change); then two layers of 16 batched
 * paths are stroked.
 */
export function drawNeuron(ctx: CanvasRenderingContext2D, m: Model, state: SceneState, colors: Palette, left: number, width: number, height: number, dpr: number): number {
  const [x0, y0, x1, y1] = m.bounds;
  const k = Math.min(width / (x1 - x0), height / (y1 - y0)) * 0.96;
  ctx.setTransform(k, 0, 0, k, left + (width - (x1 - x0) * k) / 2 - x0 * k, (height - (y1 - y0) * k) / 2 - y0 * k);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  const px = dpr / k; // one CSS pixel in µm

  const { grow, stress } = state;
  const layers =
    grow < 1 && !stress
      ? growing(m, state)
      : [cached(m, `${grow}`, settled(m, state, false)), cached(m, `${grow},${stress},${state.sprout},${state.mature}`, settled(m, state, true))];
  const stroke = (from: number, color: string, extra = 0): void => {
    ctx.strokeStyle = color;
    for (let i = from; i < from + 8; i++) {
      const j = i % 4;
      ctx.lineWidth =
        i < 8
          ? Math.max((i + 0.5) * RADIUS_STEP * 2 * DENDRITE_BOLD, 1.1 * px) + extra
          : Math.max(j ? HEAD_WIDTH[j - 1] * SPINE_BOLD : 0.3 * SPINE_BOLD, (j ? 1.6 : 0.9) * px);
      if (i === 12) ctx.strokeStyle = colors.fresh;
      layers.forEach((l) => ctx.stroke(l.paths[i]));
    }
  };
  stroke(0, colors.dendrite);

  // Cell body: a rounded pyramid pointing along the apical trunk.
  const [cx, cy, r] = m.soma;
  ctx.fillStyle = colors.dendrite;
  ctx.beginPath();
  ctx.moveTo(cx, cy - r * 2.2);
  ctx.quadraticCurveTo(cx + r * 0.6, cy - r * 0.6, cx + r * 1.4, cy + r * 0.7);
  ctx.quadraticCurveTo(cx, cy + r * 1.3, cx - r * 1.4, cy + r * 0.7);
  ctx.quadraticCurveTo(cx - r * 0.6, cy - r * 0.6, cx, cy - r * 2.2);
  ctx.fill();

  stroke(8, colors.spine);

  if (state.glow > 0) {
    ctx.globalAlpha = state.glow * 0.55;
    stroke(0, colors.fresh, 1.5 * px);
    ctx.globalAlpha = 1;
  }
  return layers[0].count + layers[1].count;
}
