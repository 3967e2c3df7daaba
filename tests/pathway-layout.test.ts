import { expect } from './support/expect.js';
import { wrapText } from '../src/internal/picture.js';
import { layoutGraph, segmentCrossesBox, simplify, type Layout, type LayoutEdgeInput, type LayoutNodeInput, type Orientation } from '../src/components/pathway/layout.js';
import { layoutStaged, type StagedOptions } from '../src/components/pathway/staged-layout.js';
import { LABEL_MARGIN, placeLabels, wrapLabel } from '../src/components/pathway/edge-labels.js';
import { defaultPathway } from '../src/content/pathway.js';
import { BREAKPOINTS, breakpointAt, EM, variantsAt } from '../src/components/pathway/breakpoints.js';
import { buildModel, metricsFor } from '../src/components/pathway/pathway-model.js';
import { estimateTextWidth } from '../src/components/pathway/text-metrics.js';

type Pt = readonly [number, number];
/** Proper crossings between the routes' segments (touching at an end, as lines into one box do, is not one). */
function countCrossings(layout: Layout): number {
  const segments = layout.edges.map((e) => e.points.slice(1).map((p, k) => [e.points[k]!, p] as [Pt, Pt]));
  const cross = ([a, b]: [Pt, Pt], [c, d]: [Pt, Pt]) => {
    const side = (p: Pt, q: Pt, r: Pt) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
    return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
  };
  let count = 0;
  for (let i = 0; i < segments.length; i++)
    for (let j = i + 1; j < segments.length; j++) for (const s of segments[i]!) for (const t of segments[j]!) if (cross(s, t)) count++;
  return count;
}

const staged = (width: number): StagedOptions => ({
  width,
  minWidth: 144,
  maxWidth: 240,
  gutter: 40,
  rowGap: 24,
  track: 10,
  band: 28,
  heightFor: (id) => 60 + (id.length % 3) * 20,
  labelWidth: () => 70,
});
const stageIds = (defaultPathway.stages ?? []).map((s) => s.id);
const mainNodes = defaultPathway.nodes.filter((n) => n.track !== 'alt').map((n) => ({ id: n.id, stage: stageIds.indexOf(n.stage!) }));

const overlaps = (a: Layout['nodes'][number], b: Layout['nodes'][number]) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectNoOverlapsOrCrossings(layout: Layout): void {
  const { nodes, edges } = layout;
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      expect(overlaps(nodes[i]!, nodes[j]!), `${nodes[i]!.id} overlaps ${nodes[j]!.id}`).to.equal(false);
    }
  }
  for (const edge of edges) {
    expect(edge.points.length, `${edge.from}→${edge.to} has a route`).to.be.at.least(2);
    for (let k = 1; k < edge.points.length; k++) {
      for (const node of nodes) {
        const crosses = segmentCrossesBox(edge.points[k - 1]!, edge.points[k]!, node);
        expect(crosses, `${edge.from}→${edge.to} crosses ${node.id}`).to.equal(false);
      }
    }
  }
}

function sized(ids: string[]): LayoutNodeInput[] {
  return ids.map((id, i) => ({ id, width: 150, height: 48 + (i % 3) * 18 }));
}

/** A reproducible random DAG: every node after the first has one to three parents among earlier nodes. */
function randomDag(count: number, seed = 7): { nodes: LayoutNodeInput[]; edges: LayoutEdgeInput[] } {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const ids = Array.from({ length: count }, (_, i) => `n${i}`);
  const edges: LayoutEdgeInput[] = [];
  for (let i = 1; i < count; i++) {
    const parents = new Set<number>();
    const wanted = 1 + Math.floor(random() * 3);
    while (parents.size < Math.min(wanted, i)) parents.add(Math.floor(random() * i));
    parents.forEach((p) => edges.push({ from: ids[p]!, to: ids[i]! }));
  }
  return { nodes: sized(ids), edges };
}

describe('pathway layout (pure)', () => {
  const orientations: Orientation[] = ['horizontal', 'vertical'];
  const full = { nodes: sized(defaultPathway.nodes.map((n) => n.id)), edges: defaultPathway.edges };

  for (const orientation of orientations) {
    it(`places the default pathway without overlaps or edges through boxes (${orientation})`, () => {
      expectNoOverlapsOrCrossings(layoutGraph(full.nodes, full.edges, { orientation }));
    });

    it(`places a generated 30-node graph without overlaps or edges through boxes (${orientation})`, () => {
      const { nodes, edges } = randomDag(30);
      const layout = layoutGraph(nodes, edges, { orientation });
      expect(layout.nodes).to.have.length(30);
      expect(layout.edges).to.have.length(edges.length);
      expectNoOverlapsOrCrossings(layout);
    });
  }

  it('reduces crossings: a fan drawn in the wrong order is untangled to none', () => {
    // Sources a0…a3 point at targets given in reverse order: kept in input order, every pair of edges would cross.
    const nodes = sized(['a0', 'a1', 'a2', 'a3', 'b3', 'b2', 'b1', 'b0']);
    const edges = [0, 1, 2, 3].map((i) => ({ from: `a${i}`, to: `b${i}` }));
    for (const orientation of orientations) expect(countCrossings(layoutGraph(nodes, edges, { orientation })), orientation).to.equal(0);
  });

  for (const width of [1160, 900, 640, 260]) {
    it(`stages the default pathway at ${width} px: no overlaps, no edges through boxes, at most one crossing, straight chains`, () => {
      const layout = layoutStaged(mainNodes, defaultPathway.edges, staged(width));
      expectNoOverlapsOrCrossings(layout);
      expect(countCrossings(layout)).to.be.at.most(1);
      expect(layout.box.width).to.be.at.most(width + 1);
      // An edge to the next box of the same row, or of a one-column layout, is one straight segment.
      const placed = new Map(layout.nodes.map((n) => [n.id, n]));
      for (const edge of layout.edges) {
        const a = placed.get(edge.from)!;
        const b = placed.get(edge.to)!;
        const sameRow = Math.abs(a.y + a.height / 2 - (b.y + b.height / 2)) < 1 && b.x > a.x && b.x - a.x < a.width + 41;
        const below = layout.columns === 1 && b.y > a.y && layout.nodes.indexOf(b) === layout.nodes.indexOf(a) + 1;
        if (sameRow || below) expect(edge.points, `${edge.from}→${edge.to}`).to.have.length(2);
      }
    });
  }

  it('stacks the lines that share a gap so that they do not cross', () => {
    const ids = ['a0', 'a1', 'a2', 'a3', 'b0', 'b1', 'b2', 'b3'];
    const nodes = ids.map((id) => ({ id, stage: id.startsWith('a') ? 0 : 1 }));
    const chain = ids.slice(1).map((id, i) => ({ from: ids[i]!, to: id })).filter((e) => e.from[0] === e.to[0]);
    // Two overlapping lines down to the next row: the one that starts first must run below the other.
    const layout = layoutStaged(nodes, [...chain, { from: 'a0', to: 'b2' }, { from: 'a1', to: 'b3' }], staged(4 * 144 + 3 * 40));
    expect(layout.columns).to.equal(4);
    expectNoOverlapsOrCrossings(layout);
    expect(countCrossings(layout)).to.equal(0);
  });

  it('stages wrap by width: a wide container reads in rows, a phone in one column', () => {
    expect(layoutStaged(mainNodes, defaultPathway.edges, staged(1160)).columns).to.be.at.least(4);
    expect(layoutStaged(mainNodes, defaultPathway.edges, staged(260)).columns).to.equal(1);
    const wide = layoutStaged(mainNodes, defaultPathway.edges, staged(1160));
    expect(new Set(wide.nodes.map((n) => n.y + n.height / 2)).size).to.be.at.most(3);
    expect(wide.bands.map((b) => b.stage)).to.deep.equal([0, 1, 2, 3, 4]);
  });

  it('flows left to right when horizontal and top to bottom when vertical', () => {
    const nodes = sized(['a', 'b', 'c']);
    const edges = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ];
    const h = layoutGraph(nodes, edges, { orientation: 'horizontal' });
    const v = layoutGraph(nodes, edges, { orientation: 'vertical' });
    const at = (l: Layout, id: string) => l.nodes.find((n) => n.id === id)!;
    expect(at(h, 'b').x).to.be.greaterThan(at(h, 'a').x + 150);
    const middle = (l: Layout, id: string) => [at(l, id).x + at(l, id).width / 2, at(l, id).y + at(l, id).height / 2];
    expect(middle(h, 'b')[1]).to.equal(middle(h, 'a')[1]);
    expect(at(v, 'b').y).to.be.greaterThan(at(v, 'a').y + 48);
    expect(middle(v, 'b')[0]).to.equal(middle(v, 'a')[0]);
    expect(h.box.width).to.be.greaterThan(h.box.height);
    expect(v.box.height).to.be.greaterThan(v.box.width);
  });

  it('puts each node in a layer after all of its sources (longest path)', () => {
    const layout = layoutGraph(full.nodes, full.edges, { orientation: 'vertical' });
    const layer = new Map(layout.nodes.map((n) => [n.id, n.layer]));
    for (const e of full.edges) expect(layer.get(e.to)!, `${e.from}→${e.to}`).to.be.greaterThan(layer.get(e.from)!);
    expect(layer.get('mood_improves')).to.equal(Math.max(...layer.values()));
  });

  it('honours given coordinates as node centres', () => {
    const nodes: LayoutNodeInput[] = [
      { id: 'a', width: 100, height: 40, x: 60, y: 30 },
      { id: 'b', width: 100, height: 40, x: 300, y: 200 },
    ];
    const layout = layoutGraph(nodes, [{ from: 'a', to: 'b' }], { orientation: 'horizontal' });
    const b = layout.nodes.find((n) => n.id === 'b')!;
    expect([b.x + b.width / 2, b.y + b.height / 2]).to.deep.equal([300, 200]);
    const [start, end] = [layout.edges[0]!.points[0]!, layout.edges[0]!.points.at(-1)!];
    expect(start[1]).to.be.closeTo(50, 0.01); // leaves through a's bottom border
    expect(end[1]).to.be.closeTo(180, 0.01); // arrives at b's top border
  });

  it('lays out a cycle without hanging and still draws the back edge', () => {
    const nodes = sized(['a', 'b', 'c']);
    const edges = [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'a' },
    ];
    const layout = layoutGraph(nodes, edges, { orientation: 'horizontal' });
    const backEdge = layout.edges.find((e) => e.from === 'c')!;
    expect(backEdge.back).to.equal(true);
    const a = layout.nodes.find((n) => n.id === 'a')!;
    const last = backEdge.points.at(-1)!;
    expect(last[0]).to.be.closeTo(a.x + a.width, 0.01); // it ends on a's border
    expectNoOverlapsOrCrossings(layout);
  });

  it('wraps labels at spaces within the given width', () => {
    const measure = (t: string) => t.length * 10;
    expect(wrapText('Synapse proteins built', 100, measure)).to.deep.equal(['Synapse', 'proteins', 'built']);
    expect(wrapText('Mood lifts', 100, measure)).to.deep.equal(['Mood lifts']);
  });

  it('detects a segment through a box but not one along its border', () => {
    const box = { x: 0, y: 0, width: 10, height: 10 };
    expect(segmentCrossesBox([-5, 5], [15, 5], box)).to.equal(true);
    expect(segmentCrossesBox([-5, 0], [15, 0], box)).to.equal(false);
    expect(segmentCrossesBox([10, 5], [20, 5], box)).to.equal(false);
  });
});

describe('pathway layout: rules on small graphs', () => {
  const box = (id: string, width: number, height: number): LayoutNodeInput => ({ id, width, height });
  const find = (layout: Layout, id: string) => {
    const found = layout.nodes.find((n) => n.id === id);
    if (!found) throw new Error(`no node ${id}`);
    return found;
  };
  const centreY = (layout: Layout, id: string) => find(layout, id).y + find(layout, id).height / 2;

  it('starts the drawing 8 px in, keeps a 40 px channel between layers, and bounds it with 8 px to spare', () => {
    const layout = layoutGraph([box('a', 100, 40), box('b', 60, 20)], [{ from: 'a', to: 'b' }], { orientation: 'horizontal' });
    expect(layout.nodes.map(({ x, y, width, height }) => [x, y, width, height])).to.deep.equal([[8, 8, 100, 40], [148, 18, 60, 20]]);
    expect(layout.edges[0]?.points).to.deep.equal([[108, 28], [148, 28]]);
    expect(layout.box).to.deep.equal({ x: 0, y: 0, width: 216, height: 56 });
    const down = layoutGraph([box('a', 100, 40), box('b', 60, 20)], [{ from: 'a', to: 'b' }], { orientation: 'vertical' });
    expect(down.nodes.map(({ x, y }) => [x, y])).to.deep.equal([[8, 8], [28, 88]]);
    expect(down.box).to.deep.equal({ x: 0, y: 0, width: 116, height: 116 });
  });

  it('draws an empty graph as a point with its padding', () => {
    const { box, nodes, edges, layers } = layoutGraph([], [], { orientation: 'horizontal' });
    expect({ box, nodes, edges, layers }).to.deep.equal({ box: { x: 0, y: 0, width: 16, height: 16 }, nodes: [], edges: [], layers: [] });
  });

  it('makes a layer as deep as its deepest box and centres the others in it', () => {
    const layout = layoutGraph([box('a', 50, 20), box('b', 120, 20), box('c', 30, 20)], [{ from: 'a', to: 'c' }, { from: 'b', to: 'c' }], { orientation: 'horizontal' });
    expect(find(layout, 'b').x).to.equal(8);
    expect(find(layout, 'a').x).to.equal(8 + 35);
    expect(find(layout, 'c').x).to.equal(8 + 120 + 40);
  });

  it('ignores arrows to unknown boxes and from a box to itself; a box needs both x and y to be pinned', () => {
    const layout = layoutGraph([box('a', 50, 20), { ...box('b', 50, 20), x: 500 }], [{ from: 'a', to: 'b' }, { from: 'a', to: 'zz' }, { from: 'zz', to: 'b' }, { from: 'b', to: 'b' }], {
      orientation: 'horizontal',
    });
    expect(layout.edges.map((e) => `${e.from}>${e.to}`)).to.deep.equal(['a>b']);
    expect(layout.layers).to.deep.equal([['a'], ['b']]);
    expect(find(layout, 'b').x).to.equal(8 + 50 + 40);
    expect(layout.box.x).to.equal(0);
  });

  it('draws lines to pinned boxes straight, from border to border, and leaves the drawing where it was given', () => {
    const nodes = [{ ...box('a', 40, 20), x: 100, y: 100 }, { ...box('b', 40, 20), x: 300, y: 200 }, box('c', 40, 20)];
    const layout = layoutGraph(nodes, [{ from: 'a', to: 'b' }, { from: 'c', to: 'a' }], { orientation: 'horizontal' });
    expect(layout.edges[0]?.points).to.deep.equal([[120, 110], [280, 190]]);
    // c is placed automatically, and not shifted by the padding: the drawing keeps the given coordinates.
    const c = find(layout, 'c');
    expect([c.x, c.y]).to.deep.equal([0, 0]);
    // From c's bottom border toward a's centre, to a's top border.
    const [start, end] = layout.edges[1]?.points ?? [];
    expect(start?.[0]).to.be.closeTo(20 + 80 / 9, 1e-9);
    expect(start?.[1]).to.be.closeTo(20, 1e-9);
    expect(end?.[0]).to.be.closeTo(100 - 80 / 9, 1e-9);
    expect(end?.[1]).to.be.closeTo(90, 1e-9);
    expect(layout.box).to.deep.equal({ x: -8, y: -8, width: 320 + 16, height: 210 + 16 });
  });

  it('keeps 24 px between sibling boxes, centred as a group on their parent', () => {
    const layout = layoutGraph([box('a', 50, 40), box('b', 50, 30), box('c', 50, 30)], [{ from: 'a', to: 'b' }, { from: 'a', to: 'c' }], { orientation: 'horizontal' });
    const [b, c] = [find(layout, 'b'), find(layout, 'c')];
    expect(c.y - (b.y + b.height)).to.equal(24);
    expect((centreY(layout, 'b') + centreY(layout, 'c')) / 2).to.equal(centreY(layout, 'a'));
    expect(layout.layers).to.deep.equal([['a'], ['b', 'c']]);
  });

  it('spreads the lines leaving a box along its side in the order of their targets, each bent line on its own track', () => {
    const nodes = [box('a', 50, 80), box('x', 50, 20), box('y', 50, 20), box('z', 50, 20)];
    const layout = layoutGraph(nodes, ['x', 'y', 'z'].map((to) => ({ from: 'a', to })), { orientation: 'horizontal' });
    const a = find(layout, 'a');
    const starts = layout.edges.map((e) => e.points[0]?.[1]);
    expect(starts).to.deep.equal([a.y + 20, a.y + 40, a.y + 60]);
    expect(countCrossings(layout)).to.equal(0);
    // The lines to x and z bend; they turn in the channel at one and two thirds of its 40 px.
    const turns = layout.edges.filter((e) => e.points.length > 2).map((e) => e.points[1]?.[0] ?? NaN);
    expect(turns).to.have.length(2);
    expect(turns[0]).to.be.closeTo(58 + 40 / 3, 1e-9);
    expect(turns[1]).to.be.closeTo(58 + 80 / 3, 1e-9);
    // A straight line needs no track.
    expect(layout.edges[1]?.points).to.have.length(2);
  });

  it('widens a channel by 10 px a line once more than three lines bend in it', () => {
    const targets = ['p', 'q', 'r', 's', 't'];
    const nodes = [box('a', 50, 20), ...targets.map((id) => box(id, 50, 40))];
    const layout = layoutGraph(nodes, targets.map((to) => ({ from: 'a', to })), { orientation: 'horizontal' });
    const bent = layout.edges.filter((e) => e.points.length > 2).length;
    expect(bent).to.equal(4);
    expect(find(layout, 'p').x - (8 + 50)).to.equal((bent + 1) * 10);
  });

  it('keeps boxes with the same pull in the order given', () => {
    const layout = layoutGraph([box('a', 50, 20), box('x', 50, 20), box('y', 50, 20), box('z', 50, 20)], ['x', 'y', 'z'].map((to) => ({ from: 'a', to })), { orientation: 'vertical' });
    expect(layout.layers).to.deep.equal([['a'], ['x', 'y', 'z']]);
  });

  it('reorders the first layer too (sweeping back up) when that removes a crossing', () => {
    // Kept as given (a, b, c over x, y), b → x crosses a → y; moving b first untangles it.
    const nodes = sized(['a', 'b', 'c', 'x', 'y']);
    const edges = [{ from: 'a', to: 'y' }, { from: 'c', to: 'y' }, { from: 'b', to: 'x' }];
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const layout = layoutGraph(nodes, edges, { orientation });
      expect(countCrossings(layout), orientation).to.equal(0);
      expect(layout.layers[0]?.[0], orientation).to.equal('b');
    }
  });

  it('lists real boxes only in the layers, and routes a long line beside the box it passes', () => {
    const nodes = [box('a', 50, 20), box('b', 50, 20), box('c', 50, 20)];
    const layout = layoutGraph(nodes, [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'a', to: 'c' }], { orientation: 'horizontal' });
    expect(layout.layers).to.deep.equal([['a'], ['b'], ['c']]);
    expectNoOverlapsOrCrossings(layout);
    const b = find(layout, 'b');
    const long = layout.edges[2]?.points ?? [];
    const middle = b.x + b.width / 2;
    const passing = long.slice(1).filter(([x, y], k) => y === long[k]?.[1] && Math.min(x, long[k]?.[0] ?? NaN) < middle && Math.max(x, long[k]?.[0] ?? NaN) > middle).map(([, y]) => y);
    expect(passing).to.have.length(1);
    // A passing line keeps 8 px from a box, plus half of its own 8 px slot.
    for (const y of passing) expect(Math.min(Math.abs(y - b.y), Math.abs(y - (b.y + b.height)))).to.equal(12);
  });

  it('simplifies a route: drops repeated points (within 0.01 px) and straight-through ones, keeps corners', () => {
    expect(simplify([[0, 0], [0.005, 0.005], [10, 0]])).to.deep.equal([[0, 0], [10, 0]]);
    expect(simplify([[0, 0], [0.005, 5], [0.005, 10]])).to.deep.equal([[0, 0], [0.005, 5], [0.005, 10]]);
    expect(simplify([[0, 0], [5, 0], [10, 0]])).to.deep.equal([[0, 0], [10, 0]]);
    expect(simplify([[0, 0], [0, 5], [0, 10]])).to.deep.equal([[0, 0], [0, 10]]);
    expect(simplify([[0, 0], [5, 0], [5, 5]])).to.deep.equal([[0, 0], [5, 0], [5, 5]]);
    expect(simplify([[0, 0], [1, 0], [2, 0], [3, 0], [3, 4], [3, 8], [6, 8]])).to.deep.equal([[0, 0], [3, 0], [3, 8], [6, 8]]);
    expect(simplify([])).to.deep.equal([]);
  });

  it('tells a line through a box from one that grazes it, in every direction', () => {
    const square = { x: 0, y: 0, width: 10, height: 10 };
    expect(segmentCrossesBox([5, 20], [5, -10], square)).to.equal(true);
    expect(segmentCrossesBox([5, -10], [5, 20], square)).to.equal(true);
    expect(segmentCrossesBox([15, 5], [-5, 5], square)).to.equal(true);
    expect(segmentCrossesBox([5, 20], [5, 11], square)).to.equal(false);
    // Ending just inside counts; ending on the inset border does not.
    expect(segmentCrossesBox([-10, 5], [1, 5], square)).to.equal(true);
    expect(segmentCrossesBox([-10, 5], [0.5, 5], square)).to.equal(false);
    // Along the inset line itself (0.5 px in) is still along the border.
    expect(segmentCrossesBox([0.5, -5], [0.5, 15], square)).to.equal(false);
    expect(segmentCrossesBox([-5, 9.5], [15, 9.5], square)).to.equal(false);
    expect(segmentCrossesBox([-5, 9.4], [15, 9.4], square)).to.equal(true);
    // A point inside is inside; a diagonal that only touches a corner (within rounding) is not.
    expect(segmentCrossesBox([5, 5], [5, 5], square)).to.equal(true);
    expect(segmentCrossesBox([0, 1 + 1e-9], [1 + 1e-9, 0], square)).to.equal(false);
    expect(segmentCrossesBox([0, 2], [2, 0], square)).to.equal(true);
    expect(segmentCrossesBox([-5, 5], [15, 5], square, 6)).to.equal(false);
  });
});

describe('arrow labels on the diagram (pure)', () => {
  const size = { width: 60, height: 20 };
  type B = { x: number; y: number; width: number; height: number };
  const clear = (a: B, b: B, gap: number) => a.x + a.width + gap <= b.x || b.x + b.width + gap <= a.x || a.y + a.height + gap <= b.y || b.y + b.height + gap <= a.y;
  const within = (a: B, b: B) => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

  it('puts a label at the middle of its line when that is clear, else the nearest clear place along it', () => {
    const line: [number, number][] = [[0, 50], [200, 50]];
    expect(placeLabels([line], [size], [])).to.deep.equal([{ x: 70, y: 40, width: 60, height: 20 }]);
    const [moved] = placeLabels([line], [size], [{ x: 90, y: 0, width: 20, height: 100 }]);
    expect(moved!.x + moved!.width + LABEL_MARGIN).to.be.at.most(90);
    expect(moved!.x, 'as near the middle as the box allows').to.be.closeTo(90 - LABEL_MARGIN - moved!.width, 4);
  });

  it('keeps labels apart, slides one sideways over its line, and gives up where there is no room', () => {
    const [a, b] = placeLabels([[[0, 50], [200, 50]], [[0, 52], [200, 52]]], [size, size], []);
    expect(clear(a!, b!, 1)).to.equal(true);
    expect(b!.y).to.be.below(52).and.above(52 - size.height);
    expect(placeLabels([[[0, 50], [40, 50]]], [size], [{ x: -10, y: 0, width: 20, height: 100 }, { x: 30, y: 0, width: 20, height: 100 }])).to.deep.equal([undefined]);
    expect(placeLabels([[[0, 50], [200, 50]]], [size], [], { x: 0, y: 45, width: 200, height: 10 })).to.deep.equal([undefined]);
  });

  it('wraps a label to three lines at most, the third ending in "…"', () => {
    const label = wrapLabel('one two three four five six seven eight', 40, (t) => t.length * 5, 10);
    expect(label.lines).to.deep.equal(['one two', 'three', 'four…']);
    expect(label.width).to.equal(35 + 8);
    expect(label.height).to.equal(3 * 12.5 + 4);
  });

  for (const orientation of ['horizontal', 'vertical'] as const) {
    it(`leaves room in a layered diagram for a label on every arrow, each clear of every box (${orientation})`, () => {
      const { nodes, edges } = randomDag(14);
      const layout = layoutGraph(nodes, edges.map((e) => ({ ...e, labelSize: size })), { orientation });
      expectNoOverlapsOrCrossings({ ...layout, edges: [] });
      const labels = layout.labels!.filter((l): l is B => !!l);
      expect(labels.length, 'every label placed').to.equal(edges.length);
      for (const label of labels) {
        for (const node of layout.nodes) expect(clear(label, node, LABEL_MARGIN - 0.01)).to.equal(true);
        expect(within(label, layout.box)).to.equal(true);
      }
    });
  }

  for (const width of [260, 640, 1160]) {
    it(`stages the default pathway with a label on every arrow at ${width} px: inside the width, clear of boxes and stage labels`, () => {
      const ids = new Set(mainNodes.map((n) => n.id));
      const main = defaultPathway.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
      const layout = layoutStaged(mainNodes, main.map((e) => ({ from: e.from, to: e.to, labelSize: { width: Math.min(100, width * 0.5), height: 20 } })), staged(width));
      const labels = layout.labels!.filter((l): l is B => !!l);
      expect(labels.length, 'every label placed').to.equal(main.length);
      const bands = layout.bands.map((band) => ({ ...band, height: 28 }));
      for (const label of labels) {
        for (const box of [...layout.nodes, ...bands]) expect(clear(label, box, LABEL_MARGIN - 0.01)).to.equal(true);
        expect(label.x + label.width).to.be.at.most(layout.box.width);
      }
    });
  }
});

describe('a diagram laid out before its width is known (pure)', () => {
  const layoutAt = (width: number) =>
    buildModel(defaultPathway, {
      showAlternatives: false,
      orientation: 'auto',
      width,
      pick: (text) => (typeof text === 'string' ? text : text?.en),
      measure: estimateTextWidth,
      metrics: metricsFor(EM, 'sans-serif'),
      layered: (_, build) => build(),
    });

  it('gives each breakpoint one variant, no wider than the card where it starts, and merges neighbours laid out alike', () => {
    const variants = variantsAt(layoutAt);
    expect(variants.flatMap((v) => v.at)).to.deep.equal(BREAKPOINTS.map((_, i) => i));
    for (const { model, at } of variants.slice(1)) expect(model.layout.box.width, `from ${BREAKPOINTS[at[0]!]} em`).to.be.at.most(EM * BREAKPOINTS[at[0]!]! + 0.01);
    const heights = variants.map((v) => v.model.layout.box.height);
    expect(new Set(heights).size, 'each variant its own layout').to.equal(variants.length);
    expect(variantsAt(layoutAt, 5).map((v) => v.at), 'the one of a breakpoint').to.have.length(1);
  });

  it('picks the breakpoint of a card width in em, its bound included', () => {
    expect([0, 16.49, 16.5, 20.5, 44, 500].map(breakpointAt)).to.deep.equal([0, 0, 1, 2, 5, BREAKPOINTS.length - 1]);
  });
});
