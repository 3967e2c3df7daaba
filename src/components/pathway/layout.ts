/**
 * A small layered ("Sugiyama") layout for pathway diagrams, written here instead of using dagre (~17 KB gzip)
 * to stay inside the library's size budget. Steps: break cycles, longest-path layers, dummy vertices for long
 * edges, barycentric crossing reduction, cross-axis coordinates, and orthogonal edge routes that run only
 * through a node's own band, dummy slots and the empty channels between layers, so no route crosses a node box.
 * Pure: no DOM. "Main" is the flow axis (x when horizontal), "cross" the other.
 */

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
}

export interface LayoutOptions {
  orientation: Orientation;
  /** Minimum empty space between layers (the channel that edges bend in). */
  layerGap?: number;
  /** Space between neighbouring nodes of a layer. */
  nodeGap?: number;
  padding?: number;
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

const DUMMY_SIZE = 8;
const TRACK_SPACING = 10;

/** Lays out a directed graph; edges between unknown ids are ignored. Cycles are fine: back edges are drawn too. */
export function layoutGraph(inputNodes: readonly LayoutNodeInput[], inputEdges: readonly LayoutEdgeInput[], options: LayoutOptions): Layout {
  const horizontal = options.orientation === 'horizontal';
  const layerGap = options.layerGap ?? 40;
  const nodeGap = options.nodeGap ?? 24;
  const padding = options.padding ?? 8;
  const index = new Map(inputNodes.map((n, i) => [n.id, i]));
  const edges = inputEdges.filter((e) => index.has(e.from) && index.has(e.to) && e.from !== e.to);
  const n = inputNodes.length;

  // 1. Break cycles: edges that point back to a node on the DFS stack are reversed for layering.
  const out: number[][] = Array.from({ length: n }, () => []);
  edges.forEach((e, i) => out[index.get(e.from)!]!.push(i));
  const state = new Uint8Array(n); // 0 new, 1 on stack, 2 done
  const back = new Set<number>();
  for (let root = 0; root < n; root++) {
    if (state[root]) continue;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [v, k] = top;
      if (k < out[v]!.length) {
        top[1]++;
        const ei = out[v]![k]!;
        const w = index.get(edges[ei]!.to)!;
        if (state[w] === 1) back.add(ei);
        else if (!state[w]) {
          state[w] = 1;
          stack.push([w, 0]);
        }
      } else {
        state[v] = 2;
        stack.pop();
      }
    }
  }
  const dag = edges.map((e, i) => {
    const [a, b] = back.has(i) ? [e.to, e.from] : [e.from, e.to];
    return [index.get(a)!, index.get(b)!] as const;
  });

  // 2. Longest-path layering (Kahn's order on the acyclic graph).
  const layerOf = new Array<number>(n).fill(0);
  const indegree = new Array<number>(n).fill(0);
  const dagOut: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of dag) {
    dagOut[a]!.push(b);
    indegree[b]!++;
  }
  const queue = [...Array(n).keys()].filter((v) => indegree[v] === 0);
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q]!;
    for (const w of dagOut[v]!) {
      layerOf[w] = Math.max(layerOf[w]!, layerOf[v]! + 1);
      if (--indegree[w]! === 0) queue.push(w);
    }
  }

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
      vertices.push({ layer, cross: DUMMY_SIZE, main: 0, pos: 0, order: vertices.length, preds: [], succs: [] });
    }
    chain.push(b);
    for (let k = 1; k < chain.length; k++) {
      vertices[chain[k - 1]!]!.succs.push(chain[k]!);
      vertices[chain[k]!]!.preds.push(chain[k - 1]!);
    }
    return chain;
  });
  const layerCount = n ? Math.max(...layerOf) + 1 : 0;
  const layers: number[][] = Array.from({ length: layerCount }, () => []);
  vertices.forEach((v, i) => layers[v.layer]!.push(i));

  // 4. Crossing reduction: barycentre sweeps, down then up.
  const setOrder = (layer: number[]) => layer.forEach((v, i) => (vertices[v]!.order = i));
  layers.forEach(setOrder);
  for (let sweep = 0; sweep < 8; sweep++) {
    const down = sweep % 2 === 0;
    for (let l = down ? 1 : layerCount - 2; down ? l < layerCount : l >= 0; l += down ? 1 : -1) {
      const layer = layers[l]!;
      const key = new Map<number, number>();
      for (const v of layer) {
        const near = down ? vertices[v]!.preds : vertices[v]!.succs;
        key.set(v, near.length ? near.reduce((s, w) => s + vertices[w]!.order, 0) / near.length : vertices[v]!.order);
      }
      layer.sort((a, b) => key.get(a)! - key.get(b)! || vertices[a]!.order - vertices[b]!.order);
      setOrder(layer);
    }
  }

  // 5. Cross-axis positions: pack each layer, pulling vertices toward their neighbours' centres.
  const centre = (v: number) => vertices[v]!.pos + vertices[v]!.cross / 2;
  const pack = (layer: number[], desired: (v: number) => number | undefined) => {
    const want = layer.map((v) => {
      const at = desired(v);
      return at === undefined ? vertices[v]!.pos : at - vertices[v]!.cross / 2;
    });
    // Pack once pushing right and once pushing left from where each vertex wants to be; both keep the gaps,
    // and so does their average, which leaves unconstrained vertices exactly where they want to be.
    const right = [...want];
    const left = [...want];
    // Lines passing through a layer may sit closer together than boxes.
    const gap = (i: number) => vertices[layer[i]!]!.cross + (vertices[layer[i]!]!.node && vertices[layer[i + 1]!]!.node ? nodeGap : DUMMY_SIZE);
    for (let i = 1; i < layer.length; i++) right[i] = Math.max(want[i]!, right[i - 1]! + gap(i - 1));
    for (let i = layer.length - 2; i >= 0; i--) left[i] = Math.min(want[i]!, left[i + 1]! - gap(i));
    layer.forEach((v, i) => (vertices[v]!.pos = (left[i]! + right[i]!) / 2));
  };
  const mean = (list: number[]) => (list.length ? list.reduce((s, w) => s + centre(w), 0) / list.length : undefined);
  layers.forEach((layer) => pack(layer, () => undefined));
  for (let pass = 0; pass < 4; pass++) {
    const down = pass % 2 === 0;
    for (let l = down ? 1 : layerCount - 2; down ? l < layerCount : l >= 0; l += down ? 1 : -1) {
      pack(layers[l]!, (v) => mean(down ? vertices[v]!.preds : vertices[v]!.succs));
    }
  }

  // 6. Ports: a node's edges leave (and enter) at points spread along its side, ordered by the other end.
  const ports = new Map<string, number>();
  const spread = (v: number, others: number[], dir: 'o' | 'i') => {
    const vertex = vertices[v]!;
    const sorted = [...others].sort((a, b) => centre(a) - centre(b));
    sorted.forEach((w, k) => {
      const at = vertex.node ? vertex.pos + (vertex.cross * (k + 1)) / (sorted.length + 1) : centre(v);
      ports.set(`${dir}${v}:${w}`, at);
    });
  };
  vertices.forEach((v, i) => {
    spread(i, v.succs, 'o');
    spread(i, v.preds, 'i');
  });

  // 7. Main-axis bands: each layer is as deep as its deepest node; channels widen with the edges they carry.
  const segments: { a: number; b: number; ca: number; cb: number; track: number }[][] = Array.from({ length: layerCount }, () => []);
  for (const chain of chains) {
    for (let k = 1; k < chain.length; k++) {
      const a = chain[k - 1]!;
      const b = chain[k]!;
      segments[vertices[a]!.layer]!.push({ a, b, ca: ports.get(`o${a}:${b}`)!, cb: ports.get(`i${b}:${a}`)!, track: 0 });
    }
  }
  const bandStart: number[] = [];
  const bandSize: number[] = [];
  const channel: number[] = [];
  let cursor = 0;
  for (let l = 0; l < layerCount; l++) {
    bandStart[l] = cursor;
    bandSize[l] = Math.max(0, ...layers[l]!.map((v) => vertices[v]!.main));
    const list = segments[l]!.filter((s) => Math.abs(s.ca - s.cb) > 0.5).sort((s, t) => s.ca - t.ca || s.cb - t.cb);
    list.forEach((s, k) => (s.track = k + 1));
    channel[l] = Math.max(layerGap, (list.length + 1) * TRACK_SPACING);
    cursor += bandSize[l]! + channel[l]!;
  }
  const mainStart = (v: number) => bandStart[vertices[v]!.layer]! + (bandSize[vertices[v]!.layer]! - vertices[v]!.main) / 2;
  const toXY = (main: number, cross: number): Point => (horizontal ? [main, cross] : [cross, main]);

  // 8. Place nodes (pinned ones where they were asked to be) and route edges.
  const placed: PlacedNode[] = inputNodes.map((node, i) => {
    const [x, y] = toXY(mainStart(i), vertices[i]!.pos);
    const pinned = node.x !== undefined && node.y !== undefined;
    return {
      id: node.id,
      layer: layerOf[i]!,
      width: node.width,
      height: node.height,
      x: pinned ? node.x! - node.width / 2 : x,
      y: pinned ? node.y! - node.height / 2 : y,
    };
  });
  const isPinned = (i: number) => inputNodes[i]!.x !== undefined && inputNodes[i]!.y !== undefined;
  const routed: RoutedEdge[] = edges.map((edge, ei) => {
    const chain = chains[ei]!;
    const first = chain[0]!;
    const last = chain[chain.length - 1]!;
    let points: Point[];
    if (isPinned(first) || isPinned(last)) {
      points = straight(placed[first]!, placed[last]!);
    } else {
      const main: Point[] = [];
      for (let k = 1; k < chain.length; k++) {
        const a = chain[k - 1]!;
        const b = chain[k]!;
        const layer = vertices[a]!.layer;
        const seg = segments[layer]!.find((s) => s.a === a && s.b === b)!;
        if (k === 1) main.push([mainStart(a) + vertices[a]!.main, seg.ca]);
        const channelStart = bandStart[layer]! + bandSize[layer]!;
        const track = seg.track ? channelStart + (channel[layer]! * seg.track) / (segments[layer]!.filter((s) => s.track).length + 1) : channelStart;
        main.push([track, seg.ca], [track, seg.cb]);
        if (k === chain.length - 1) main.push([mainStart(b), seg.cb]);
      }
      points = simplify(main.map(([m, c]) => toXY(m, c)));
    }
    if (back.has(ei)) points.reverse();
    return { from: edge.from, to: edge.to, points, back: back.has(ei) };
  });

  // 9. Bounds of everything drawn.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const grow = (x: number, y: number) => {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  };
  placed.forEach((p) => {
    grow(p.x, p.y);
    grow(p.x + p.width, p.y + p.height);
  });
  routed.forEach((r) => r.points.forEach(([x, y]) => grow(x, y)));
  if (!placed.length) grow(0, 0);
  // Auto-placed drawings start at the padding; pinned coordinates stay exactly where they were given.
  const anyPinned = inputNodes.some((_, i) => isPinned(i));
  const dx = anyPinned ? 0 : padding - minX;
  const dy = anyPinned ? 0 : padding - minY;
  placed.forEach((p, i) => {
    if (!isPinned(i)) {
      p.x += dx;
      p.y += dy;
    }
  });
  routed.forEach((r) => (r.points = r.points.map(([x, y]) => [x + dx, y + dy])));
  const box: Box = {
    x: minX + dx - padding,
    y: minY + dy - padding,
    width: maxX - minX + 2 * padding,
    height: maxY - minY + 2 * padding,
  };
  return {
    box,
    nodes: placed,
    edges: routed,
    layers: layers.map((layer) => layer.filter((v) => v < n).map((v) => inputNodes[v]!.id)),
  };
}

/** Drops repeated and collinear points of an orthogonal polyline. */
function simplify(points: Point[]): Point[] {
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

/** Splits text into lines no wider than `maxWidth`, breaking at spaces (a long word gets a line of its own). */
export function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
