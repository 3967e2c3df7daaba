import { expect } from './support/expect.js';
import { wrapText } from '../src/internal/picture.js';
import { layoutGraph, segmentCrossesBox, type Layout, type LayoutEdgeInput, type LayoutNodeInput, type Orientation } from '../src/components/pathway/layout.js';
import { defaultPathway } from '../src/content/pathway.js';

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
