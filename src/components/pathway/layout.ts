/**
 * A small layered ("Sugiyama") layout for pathway diagrams, written here instead of using dagre (~17 KB gzip)
 * to stay inside the library's size budget. Steps: break cycles, longest-path layers, dummy vertices for long
 * edges, barycentric crossing reduction, cross-axis coordinates, and orthogonal edge routes that run only
 * through a node's own band, dummy slots and the empty channels between layers, so no route crosses a node box.
 * Pure: no DOM. "Main" is the flow axis (x when horizontal), "cross" the other.
 */

import { boundsWith, LABEL_MARGIN, placeLabels, type LabelSize } from './edge-labels.js';

export type Orientation = 'horizontal' | 'vertical';

export interface LayoutNodeInput {
  id: string;
  width: number;
  height: number;
  /** Pinned centre; such a node keeps these coordinates and its edges are drawn straight. */
  x?: number;
  y?: number;
}

export interface LayoutEdgeInput {
  from: string;
  to: string;
  /** Size of the label drawn on the arrow, if it has one: the layout leaves room for it. */
  labelSize?: LabelSize;
}

export interface LayoutOptions {
  orientation: Orientation;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode extends Box {
  id: string;
  layer: number;
}

export type Point = [number, number];

export interface RoutedEdge {
  from: string;
  to: string;
  /** From the source's border to the target's border, in the edge's own direction. */
  points: Point[];
  /** True for an edge that closes a cycle (it runs against the flow). */
  back: boolean;
}

export interface Layout {
  /** The drawing's bounds (a viewBox); x and y are not 0 when pinned nodes sit at negative coordinates. */
  box: Box;
  nodes: PlacedNode[];
  edges: RoutedEdge[];
  /** Real node ids per layer, in cross-axis order. */
  layers: string[][];
  /** Where each edge's label is drawn (same order as `edges`); undefined for an edge without one, or no clear place. */
  labels?: (Box | undefined)[];
}

interface Vertex {
  node?: LayoutNodeInput;
  layer: number;
  /** Size along the cross axis and the main axis. */
  cross: number;
  main: number;
  pos: number; // cross-axis start
  order: number;
  preds: number[];
  succs: number[];
}

interface Segment {
  a: number;
  b: number;
  /** Cross-axis positions where it leaves a and enters b. */
  ca: number;
  cb: number;
  track: number;
}

const DUMMY_SIZE = 8;
const LAYER_GAP = 40;
const NODE_GAP = 24;
const PADDING = 8;

/** Lays out a directed graph; edges between unknown ids are ignored. Cycles are fine: back edges are drawn too. */
export function layoutGraph(inputNodes: readonly LayoutNodeInput[], inputEdges: readonly LayoutEdgeInput[], options: LayoutOptions): Layout {
  const horizontal = options.orientation === 'horizontal';
  const index = new Map(inputNodes.map((n, i) => [n.id, i]));
  const edges = inputEdges.filter((e) => index.has(e.from) && index.has(e.to) && e.from !== e.to);
  const n = inputNodes.length;
  const ends = edges.map((e) => [index.get(e.from)!, index.get(e.to)!] as const);
  const isPinned = (i: number) => inputNodes[i]!.x !== undefined && inputNodes[i]!.y !== undefined;

  // 1–2. Break cycles and give each node its longest-path layer.
  const { layerOf, back } = layerNodes(n, ends);
  const dag = ends.map(([a, b], ei): [from: number, to: number] => (back.has(ei) ? [b, a] : [a, b]));

  // 3. Vertices: real nodes first, then one dummy per layer crossed by a long edge.
  const vertices: Vertex[] = inputNodes.map((node, i) => ({
    node,
    layer: layerOf[i]!,
    cross: horizontal ? node.height : node.width,
    main: horizontal ? node.width : node.height,
    pos: 0,
    order: i,
    preds: [],
    succs: [],
  }));
  const chains = dag.map(([a, b]) => {
    const chain = [a];
    for (let layer = layerOf[a]! + 1; layer < layerOf[b]!; layer++) {
      chain.push(vertices.length);
      vertices.push({ layer, cross: DUMMY_SIZE, main: 0, pos: 0, order: 0, preds: [], succs: [] });
    }
    chain.push(b);
    for (let k = 1; k < chain.length; k++) {
      vertices[chain[k - 1]!]!.succs.push(chain[k]!);
      vertices[chain[k]!]!.preds.push(chain[k - 1]!);
    }
    return chain;
  });
  const layerCount = n ? Math.max(...layerOf) + 1 : 0;
  // Not Array.from(…, fn): old page scripts (Prototype.js) replace Array.from with one that ignores fn.
  const layers: number[][] = Array(layerCount).fill(0).map(() => []);
  vertices.forEach((v, i) => layers[v.layer]!.push(i));
  const near = (v: number, down: boolean) => (down ? vertices[v]!.preds : vertices[v]!.succs);
  /** Alternating sweeps down and up over the layers, each layer looking at its neighbours on the side swept from. */
  const sweep = (passes: number, each: (layer: number[], down: boolean) => void) => {
    for (let pass = 0; pass < passes; pass++) {
      const down = pass % 2 === 0;
      for (let l = down ? 1 : layerCount - 2; down ? l < layerCount : l >= 0; l += down ? 1 : -1) each(layers[l]!, down);
    }
  };

  // 4. Crossing reduction: barycentre sweeps.
  const setOrder = (layer: number[]) => layer.forEach((v, i) => (vertices[v]!.order = i));
  layers.forEach(setOrder);
  sweep(8, (layer, down) => {
    const key = new Map(
      layer.map((v) => {
        const list = near(v, down);
        return [v, list.length ? list.reduce((s, w) => s + vertices[w]!.order, 0) / list.length : vertices[v]!.order];
      }),
    );
    layer.sort((a, b) => key.get(a)! - key.get(b)! || vertices[a]!.order - vertices[b]!.order);
    setOrder(layer);
  });

  // 5. Cross-axis positions: pack each layer, pulling vertices toward their neighbours' centres.
  const centre = (v: number) => vertices[v]!.pos + vertices[v]!.cross / 2;
  const pack = (layer: number[], desired: (v: number) => number[]) => {
    const want = layer.map((v) => {
      const list = desired(v);
      return list.length ? list.reduce((s, w) => s + centre(w), 0) / list.length - vertices[v]!.cross / 2 : vertices[v]!.pos;
    });
    // Pack once pushing right and once pushing left from where each vertex wants to be; both keep the gaps,
    // and so does their average, which leaves unconstrained vertices exactly where they want to be.
    const right = [...want];
    const left = [...want];
    // Lines passing through a layer may sit closer together than boxes.
    const gap = (i: number) => vertices[layer[i]!]!.cross + (vertices[layer[i]!]!.node && vertices[layer[i + 1]!]!.node ? NODE_GAP : DUMMY_SIZE);
    for (let i = 1; i < layer.length; i++) right[i] = Math.max(want[i]!, right[i - 1]! + gap(i - 1));
    for (let i = layer.length - 2; i >= 0; i--) left[i] = Math.min(want[i]!, left[i + 1]! - gap(i));
    layer.forEach((v, i) => (vertices[v]!.pos = (left[i]! + right[i]!) / 2));
  };
  layers.forEach((layer) => pack(layer, () => []));
  sweep(4, (layer, down) => pack(layer, (v) => near(v, down)));

  // 6. Ports: a node's edges leave (and enter) at points spread along its side, ordered by the other end.
  const port = (v: number, w: number, others: number[]) => {
    const vertex = vertices[v]!;
    const rank = [...others].sort((a, b) => centre(a) - centre(b)).indexOf(w);
    return vertex.node ? vertex.pos + (vertex.cross * (rank + 1)) / (others.length + 1) : centre(v);
  };
  const segments: Segment[][] = layers.map(() => []);
  const routes = chains.map((chain) =>
    chain.slice(1).map((b, k) => {
      const a = chain[k]!;
      const seg = { a, b, ca: port(a, b, vertices[a]!.succs), cb: port(b, a, vertices[b]!.preds), track: 0 };
      segments[vertices[a]!.layer]!.push(seg);
      return seg;
    }),
  );

  // Room for an arrow's label in each channel its route crosses (a channel may hold two labels' lines), with
  // two steps' slack to find the place.
  const room: number[] = layers.map(() => 0);
  edges.forEach(({ labelSize }, ei) => {
    if (!labelSize) return;
    for (const seg of routes[ei]!) {
      const layer = vertices[seg.a]!.layer;
      room[layer] = Math.max(room[layer]!, (horizontal ? labelSize.width : labelSize.height) + 2 * LABEL_MARGIN + 4);
    }
  });

  // 7. Main-axis bands: each layer is as deep as its deepest node; channels widen with the edges they carry.
  const bandStart: number[] = [];
  const bandSize: number[] = [];
  const channel: number[] = [];
  const tracks: number[] = [];
  let cursor = 0;
  layers.forEach((layer, l) => {
    bandStart[l] = cursor;
    bandSize[l] = Math.max(0, ...layer.map((v) => vertices[v]!.main));
    const bent = segments[l]!.filter((s) => Math.abs(s.ca - s.cb) > 0.5).sort((s, t) => s.ca - t.ca || s.cb - t.cb);
    bent.forEach((s, k) => (s.track = k + 1));
    tracks[l] = bent.length;
    channel[l] = Math.max(LAYER_GAP, (bent.length + 1) * 10, room[l]!);
    cursor += bandSize[l]! + channel[l]!;
  });
  const mainStart = (v: number) => bandStart[vertices[v]!.layer]! + (bandSize[vertices[v]!.layer]! - vertices[v]!.main) / 2;
  const toXY = (main: number, cross: number): Point => (horizontal ? [main, cross] : [cross, main]);

  // 8. Place nodes (pinned ones where they were asked to be) and route edges.
  const placed: PlacedNode[] = inputNodes.map((node, i) => {
    const [x, y] = toXY(mainStart(i), vertices[i]!.pos);
    const pinned = isPinned(i);
    return {
      id: node.id,
      layer: layerOf[i]!,
      width: node.width,
      height: node.height,
      x: pinned ? node.x! - node.width / 2 : x,
      y: pinned ? node.y! - node.height / 2 : y,
    };
  });
  const routed: RoutedEdge[] = edges.map((edge, ei) => {
    const chain = chains[ei]!;
    const first = chain[0]!;
    const last = chain[chain.length - 1]!;
    const main: Point[] = [];
    routes[ei]!.forEach((seg, k, all) => {
      const layer = vertices[seg.a]!.layer;
      const channelStart = bandStart[layer]! + bandSize[layer]!;
      const track = channelStart + (seg.track ? (channel[layer]! * seg.track) / (tracks[layer]! + 1) : 0);
      if (!k) main.push([mainStart(seg.a) + vertices[seg.a]!.main, seg.ca]);
      main.push([track, seg.ca], [track, seg.cb]);
      if (k === all.length - 1) main.push([mainStart(seg.b), seg.cb]);
    });
    const points = isPinned(first) || isPinned(last) ? straight(placed[first]!, placed[last]!) : simplify(main.map(([m, c]) => toXY(m, c)));
    if (back.has(ei)) points.reverse();
    return { from: edge.from, to: edge.to, points, back: back.has(ei) };
  });

  // 9. Bounds of everything drawn. Auto-placed drawings start at the padding; pinned coordinates stay where they were given.
  // An empty graph is drawn as a point at the origin.
  const drawn: Point[] = n ? [...placed.flatMap((p): Point[] => [[p.x, p.y], [p.x + p.width, p.y + p.height]]), ...routed.flatMap((r) => r.points)] : [[0, 0]];
  const xs = drawn.map(([x]) => x);
  const ys = drawn.map(([, y]) => y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const anyPinned = inputNodes.some((_, i) => isPinned(i));
  const dx = anyPinned ? 0 : PADDING - minX;
  const dy = anyPinned ? 0 : PADDING - minY;
  placed.forEach((p, i) => {
    if (!isPinned(i)) {
      p.x += dx;
      p.y += dy;
    }
  });
  routed.forEach((r) => (r.points = r.points.map(([x, y]) => [x + dx, y + dy])));
  const box = { x: minX + dx - PADDING, y: minY + dy - PADDING, width: Math.max(...xs) - minX + 2 * PADDING, height: Math.max(...ys) - minY + 2 * PADDING };
  // A layered drawing is as wide as it needs (it scrolls): a label may widen it.
  const labels = edges.some((e) => e.labelSize) ? placeLabels(routed.map((r) => r.points), edges.map((e) => e.labelSize), placed) : undefined;
  return {
    box: labels ? boundsWith(box, labels, PADDING) : box,
    nodes: placed,
    edges: routed,
    layers: layers.map((layer) => layer.filter((v) => v < n).map((v) => inputNodes[v]!.id)),
    labels,
  };
}

/**
 * Layers for a directed graph of `n` nodes and edges `[from, to]` (indices): edges that point back to a node on
 * the depth-first path are reversed (`back`), then each node sits one layer after the deepest of its sources.
 */
export function layerNodes(n: number, ends: readonly (readonly [number, number])[]): { layerOf: number[]; back: Set<number> } {
  const state = new Uint8Array(n); // 0 new, 1 on the path, 2 done
  const back = new Set<number>();
  const visit = (v: number): void => {
    state[v] = 1;
    ends.forEach(([a, b], ei) => {
      if (a !== v) return;
      if (state[b] === 1) back.add(ei);
      else if (!state[b]) visit(b);
    });
    state[v] = 2;
  };
  for (let v = 0; v < n; v++) if (!state[v]) visit(v);
  const sources: number[][] = Array(n).fill(0).map(() => []);
  ends.forEach(([a, b], ei) => (back.has(ei) ? sources[a]!.push(b) : sources[b]!.push(a)));
  const layerOf: number[] = [];
  const layerAt = (v: number): number => (layerOf[v] ??= Math.max(0, ...sources[v]!.map((a) => layerAt(a) + 1)));
  for (let v = 0; v < n; v++) layerAt(v);
  return { layerOf, back };
}

/** Drops repeated and collinear points of an orthogonal polyline. */
export function simplify(points: Point[]): Point[] {
  const result: Point[] = [];
  for (const p of points) {
    const last = result[result.length - 1];
    if (last && Math.abs(last[0] - p[0]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01) continue;
    const before = result[result.length - 2];
    if (before && last && ((before[0] === last[0] && last[0] === p[0]) || (before[1] === last[1] && last[1] === p[1]))) result.pop();
    result.push(p);
  }
  return result;
}

/** A straight line between two boxes' borders, along the line joining their centres. */
function straight(a: Box, b: Box): Point[] {
  const ca: Point = [a.x + a.width / 2, a.y + a.height / 2];
  const cb: Point = [b.x + b.width / 2, b.y + b.height / 2];
  const clip = (box: Box, from: Point, to: Point): Point => {
    const dx = to[0] - from[0];
    const dy = to[1] - from[1];
    const t = Math.min(dx ? box.width / 2 / Math.abs(dx) : Infinity, dy ? box.height / 2 / Math.abs(dy) : Infinity, 1);
    return [from[0] + dx * t, from[1] + dy * t];
  };
  return [clip(a, ca, cb), clip(b, cb, ca)];
}

/** True if the segment p→q passes through the inside of the box (touching its border does not count). */
export function segmentCrossesBox(p: Point, q: Point, box: Box, inset = 0.5): boolean {
  const x0 = box.x + inset;
  const x1 = box.x + box.width - inset;
  const y0 = box.y + inset;
  const y1 = box.y + box.height - inset;
  // Liang–Barsky clipping: does any part of the segment lie strictly inside?
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const checks: [number, number][] = [
    [-dx, p[0] - x0],
    [dx, x1 - p[0]],
    [-dy, p[1] - y0],
    [dy, y1 - p[1]],
  ];
  for (const [pk, qk] of checks) {
    if (pk === 0) {
      if (qk <= 0) return false;
    } else {
      const r = qk / pk;
      if (pk < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 >= t1) return false;
    }
  }
  return t1 - t0 > 1e-6;
}
