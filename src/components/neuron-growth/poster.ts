import { fitNeuron, lineWidth, SOMA_OUTLINE, traceNeuron } from './paint.js';
import { sceneState, type Model, type SceneName } from './scene.js';

/**
 * The box (CSS px) the poster's line widths are set for: the canvas keeps lines at least about a pixel wide at
 * any size, which an SVG cannot say, so the poster does it for a widget of this size (a phone's to a column's).
 */
const NOMINAL_WIDTH = 400;
const NOMINAL_HEIGHT = 500;
/** Coordinates are written as whole numbers of 1/UNITS µm (half a µm: under half a CSS pixel at any size). */
const UNITS = 2;
/** How far (in 1/UNITS µm) a simplified dendrite may stray from its drawn course. */
const TOLERANCE = 0.5;

/** Whole-number coordinates: `m12-3` rather than `m12 -3`, the sign being a separator. */
const pair = (a: number, b: number): string => `${a}${b < 0 ? '' : ' '}${b}`;

/** Douglas–Peucker: the points of a polyline (x, y, x, y…) that keep it within TOLERANCE of its course. */
function simplify(points: number[]): number[] {
  const n = points.length / 2;
  if (n < 3) return points;
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const at = (i: number): [number, number] => [points[2 * i] ?? 0, points[2 * i + 1] ?? 0];
  for (const stack = [[0, n - 1]]; stack.length; ) {
    const [a = 0, b = 0] = stack.pop() ?? [];
    const [ax, ay] = at(a), [bx, by] = at(b);
    const length = Math.hypot(bx - ax, by - ay) || 1;
    let far = -1, most = TOLERANCE;
    for (let i = a + 1; i < b; i++) {
      const [x, y] = at(i);
      const distance = Math.abs((bx - ax) * (ay - y) - (ax - x) * (by - ay)) / length;
      if (distance > most) [far, most] = [i, distance];
    }
    if (far > 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return points.filter((_, i) => keep[i >> 1]);
}

/**
 * The lines of one group (x, y, ex, ey…) as one path: lines that continue one another as one simplified polyline,
 * each step relative to the last; a zero-length line (a spine head: its round cap is the head) as `h0`.
 */
function pathData(lines: readonly number[]): string {
  let d = '';
  let [cx, cy] = [NaN, NaN];
  let run: number[] = [];
  const flush = () => {
    const [x = 0, y = 0, ...rest] = simplify(run);
    d += Number.isNaN(cx) ? `M${pair(x, y)}` : `m${pair(x - cx, y - cy)}`;
    [cx, cy] = [x, y];
    if (!rest.length) d += 'h0';
    for (let i = 0; i < rest.length; i += 2) {
      const [ex = 0, ey = 0] = rest.slice(i, i + 2);
      d += `l${pair(ex - cx, ey - cy)}`;
      [cx, cy] = [ex, ey];
    }
  };
  for (let i = 0; i < lines.length; i += 4) {
    const [x = 0, y = 0, ex = 0, ey = 0] = lines.slice(i, i + 4);
    if (run.length && (x !== run[run.length - 2] || y !== run[run.length - 1])) {
      flush();
      run = [];
    }
    if (!run.length) run.push(x, y);
    if (ex !== x || ey !== y) run.push(ex, ey);
  }
  if (run.length) flush();
  return d;
}

/** The lines of one panel by group (see LineSink), in 1/UNITS µm from the model's bounds, each as "x y ex ey". */
function panelLines(model: Model, scene: SceneName, t: number): Map<number, string[]> {
  const [x0 = 0, y0 = 0] = model.bounds;
  const at = (v: number, origin: number) => Math.round((v - origin) * UNITS);
  const groups = new Map<number, string[]>();
  traceNeuron(model, sceneState(scene, t), (group, x, y, ex, ey) => {
    const line = `${at(x, x0)} ${at(y, y0)} ${at(ex, x0)} ${at(ey, y0)}`;
    const list = groups.get(group);
    if (list) list.push(line);
    else groups.set(group, [line]);
  });
  return groups;
}

/** The colour class of a group: dendrite, spine or new spine (the widget's styles set their `color`). */
type Stroke = 'd' | 's' | 'n';
const GROUPS: Record<Stroke, [from: number, to: number]> = { d: [0, 8], s: [8, 12], n: [12, 16] };

/** The paths of one colour's groups with their widths (in 1/UNITS µm for a panel of the nominal size). */
function paths(groups: Map<number, string[]>, stroke: Stroke, px: number): string {
  let out = '';
  const [from, to] = GROUPS[stroke];
  for (let group = from; group < to; group++) {
    const lines = groups.get(group)?.flatMap((line) => line.split(' ').map(Number));
    if (!lines?.length) continue;
    const width = Math.round(lineWidth(group, px) * UNITS * 10) / 10;
    out += `<path stroke-width="${width}" d="${pathData(lines)}"/>`;
  }
  return out;
}

/**
 * The poster frame as SVG markup, for the inside of the widget's `<svg class="poster">`: the neuron at each of
 * `times` side by side (`times.length` panels, as the canvas draws them), each panel fitted in its share of the box
 * exactly as the canvas fits it, so that the canvas can take over without a jump. What the panels share is written
 * once and used again (`<use>`), so that a before / after pair costs little more than one drawing. Colours come
 * from the widget's styles (classes `d`, `s`, `n`, `soma`). The markup holds only numbers and fixed names (no
 * text from the page), so a server can write it as it is: a string, without Lit's markers, which the browser
 * then hydrates without reading it.
 */
export function posterMarkup(model: Model, scene: SceneName, times: readonly number[]): string {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = model.bounds;
  const share = 100 / times.length;
  const { k } = fitNeuron(model, NOMINAL_WIDTH / times.length, NOMINAL_HEIGHT);
  const px = 1 / k; // one CSS pixel in µm, at the nominal size
  // A viewBox 1/0.96 the size of the bounds, centred on them: "meet" then scales exactly as fitNeuron does.
  const [w, h] = [(x1 - x0) * UNITS, (y1 - y0) * UNITS];
  const round = (v: number) => Math.round(v * 10) / 10;
  const viewBox = [-w / 48, -h / 48, w / 0.96, h / 0.96].map(round).join(' ');
  const [cx, cy, r] = model.soma;
  const [sx, sy] = SOMA_OUTLINE.top;
  const point = (dx: number, dy: number) => pair(round((cx + dx * r - x0) * UNITS), round((cy + dy * r - y0) * UNITS));
  const soma = `M${point(sx, sy)}${SOMA_OUTLINE.curves.map(([qx, qy, ex, ey]) => `Q${point(qx, qy)} ${point(ex, ey)}`).join('')}z`;

  const panels = times.map((t) => panelLines(model, scene, t));
  // Lines every panel has, counted per group, are written once and used again.
  const [first, ...others] = panels;
  const shared = new Map<number, string[]>();
  for (const [group, lines] of first ?? []) {
    const counts = others.map((other) => tally(other.get(group) ?? []));
    const common = lines.filter((line) => counts.every((count) => take(count, line)));
    if (common.length) shared.set(group, common);
  }
  for (const panel of panels) {
    for (const [group, lines] of shared) {
      const count = tally(lines);
      panel.set(group, (panel.get(group) ?? []).filter((line) => !take(count, line)));
    }
  }
  const layer = (groups: Map<number, string[]>, stroke: Stroke, i: number) => {
    const common = paths(shared, stroke, px);
    const reused = !common ? '' : i === 0 ? `<g id="kw-${stroke}" class="${stroke}">${common}</g>` : `<use href="#kw-${stroke}"/>`;
    return `<g class="${stroke}">${reused}${paths(groups, stroke, px)}</g>`;
  };
  return panels
    .map((groups, i) => `<svg x="${share * i}%" width="${share}%" viewBox="${viewBox}">${layer(groups, 'd', i)}<path class="soma" d="${soma}"/>${layer(groups, 's', i)}${layer(groups, 'n', i)}</svg>`)
    .join('');
}

/** How many times each line occurs. */
function tally(lines: readonly string[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const line of lines) count.set(line, (count.get(line) ?? 0) + 1);
  return count;
}

/** Takes one `line` from `count`; false when none is left. */
function take(count: Map<string, number>, line: string): boolean {
  const left = count.get(line) ?? 0;
  if (left) count.set(line, left - 1);
  return left > 0;
}
