// The staged layout's rules (staged-layout.ts) on small graphs whose every coordinate can be worked out by hand:
// reading order, rows that keep a stage together, box widths, stage labels, and how each kind of line is routed.
import { expect } from './support/expect.js';
import type { LayoutEdgeInput } from '../src/components/pathway/layout.js';
import { layoutStaged, type StagedLayout, type StagedOptions } from '../src/components/pathway/staged-layout.js';

// Boxes 100–200 px wide with 20 px gutters: (width + 20) / 120 boxes fit in a row.
const options = (width: number, more: Partial<StagedOptions> = {}): StagedOptions => ({
  width,
  minWidth: 100,
  maxWidth: 200,
  gutter: 20,
  rowGap: 30,
  track: 10,
  band: 25,
  heightFor: () => 50,
  labelWidth: () => 40,
  ...more,
});
/** Nodes named by their stage: 'a1' is in stage 0 ('a'), 'b2' in stage 1. */
const nodesOf = (...ids: string[]) => ids.map((id) => ({ id, stage: id.charCodeAt(0) - 97 }));
const edgesOf = (...pairs: string[]): LayoutEdgeInput[] => pairs.map((pair) => ({ from: pair.split('>')[0] ?? '', to: pair.split('>')[1] ?? '' }));
const node = (layout: StagedLayout, id: string) => {
  const found = layout.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const route = (layout: StagedLayout, from: string, to: string) => layout.edges.find((e) => e.from === from && e.to === to)?.points;
/** Rows as lists of ids, left to right, from the boxes' positions. */
const rowsOf = (layout: StagedLayout): string[][] => {
  const rows = new Map<number, { id: string; x: number }[]>();
  for (const n of layout.nodes) rows.set(n.y, [...(rows.get(n.y) ?? []), { id: n.id, x: n.x }]);
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row.sort((p, q) => p.x - q.x).map((n) => n.id));
};

describe('staged layout: reading order and rows', () => {
  it('reads by stage, then along the arrows, then in the order given', () => {
    const layout = layoutStaged(nodesOf('c1', 'a2', 'a1', 'b1', 'a3'), edgesOf('a1>a2'), options(1000));
    expect(rowsOf(layout)).to.deep.equal([['a1', 'a3', 'a2', 'b1', 'c1']]);
    // The nodes come back in the order given, with their layers along the arrows.
    expect(layout.nodes.map((n) => n.id)).to.deep.equal(['c1', 'a2', 'a1', 'b1', 'a3']);
    expect(layout.nodes.map((n) => n.layer)).to.deep.equal([0, 1, 0, 0, 0]);
    expect(layout.layers).to.deep.equal([['a1', 'a3', 'b1', 'c1'], ['a2']]);
  });

  it('fits (width + gutter) / (least box width + gutter) boxes in a row, and at least one', () => {
    const three = nodesOf('a1', 'a2', 'a3');
    expect(layoutStaged(three, [], options(340)).columns).to.equal(3);
    expect(rowsOf(layoutStaged(three, [], options(339)))).to.deep.equal([['a1', 'a2'], ['a3']]);
    expect(layoutStaged(three, [], options(339)).columns).to.equal(2);
    expect(rowsOf(layoutStaged(three, [], options(30)))).to.deep.equal([['a1'], ['a2'], ['a3']]);
  });

  it('starts a new row for a stage that would not fit in what is left of one', () => {
    expect(rowsOf(layoutStaged(nodesOf('a1', 'a2', 'b1', 'b2'), [], options(340)))).to.deep.equal([['a1', 'a2'], ['b1', 'b2']]);
    // Exactly filling the row is fine.
    expect(rowsOf(layoutStaged(nodesOf('a1', 'a2', 'b1'), [], options(340)))).to.deep.equal([['a1', 'a2', 'b1']]);
  });

  it('keeps a stage whole after a row that is exactly half full', () => {
    // Four a row (460 px): two boxes of stage a fill half of it, so stage b starts a row of its own.
    expect(rowsOf(layoutStaged(nodesOf('a1', 'a2', 'b1', 'b2', 'b3'), [], options(460)))).to.deep.equal([['a1', 'a2'], ['b1', 'b2', 'b3']]);
  });

  it('keeps boxes of one stage and depth in the order given', () => {
    expect(rowsOf(layoutStaged(nodesOf('a3', 'a1', 'a2', 'a5', 'a4'), [], options(1000)))).to.deep.equal([['a3', 'a1', 'a2', 'a5', 'a4']]);
  });

  it('splits a stage rather than leave a row less than half full, and continues a long stage on new rows', () => {
    expect(rowsOf(layoutStaged(nodesOf('a1', 'b1', 'b2', 'b3'), [], options(340)))).to.deep.equal([['a1', 'b1', 'b2'], ['b3']]);
    expect(rowsOf(layoutStaged(nodesOf('a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'b1'), [], options(340)))).to.deep.equal([
      ['a1', 'a2', 'a3'],
      ['a4', 'a5', 'a6'],
      ['a7', 'b1'],
    ]);
  });

  it('leaves out arrows to unknown boxes and arrows from a box to itself', () => {
    const layout = layoutStaged(nodesOf('a1', 'a2'), edgesOf('a1>a2', 'a1>zz', 'zz>a2', 'a2>a2'), options(1000));
    expect(layout.edges.map((e) => `${e.from}>${e.to}`)).to.deep.equal(['a1>a2']);
  });
});

describe('staged layout: sizes and positions', () => {
  it('makes boxes as wide as the widest row allows, within the limits, and centres the grid', () => {
    // Three per row: (1000 − 2·20) / 3 = 320, held to 200; the grid of 640 px is centred.
    const wide = layoutStaged(nodesOf('a1', 'a2', 'a3'), [], options(1000));
    expect(wide.nodes.map((n) => [n.x, n.width])).to.deep.equal([[180, 200], [400, 200], [620, 200]]);
    // Two per row in 339 px: (339 − 20) / 2.
    expect(layoutStaged(nodesOf('a1', 'a2', 'a3'), [], options(339)).nodes.map((n) => [n.x, n.width])).to.deep.equal([[0, 159.5], [179.5, 159.5], [0, 159.5]]);
    // Never narrower than half the least width, even on a very small screen; never placed left of 0.
    expect(layoutStaged(nodesOf('a1'), [], options(30)).nodes.map((n) => [n.x, n.width])).to.deep.equal([[0, 50]]);
  });

  it('asks each box its height at the box width, and centres boxes in their row', () => {
    const asked: [string, number][] = [];
    const heightFor = (id: string, width: number) => (asked.push([id, width]), id === 'a2' ? 90 : 50);
    const layout = layoutStaged(nodesOf('a1', 'a2'), [], options(1000, { heightFor }));
    expect(asked).to.deep.equal([['a1', 200], ['a2', 200]]);
    expect([node(layout, 'a1').y, node(layout, 'a1').height]).to.deep.equal([25 + 20, 50]);
    expect([node(layout, 'a2').y, node(layout, 'a2').height]).to.deep.equal([25, 90]);
    // Band 25, row 90, and the last gap one track deep.
    expect(layout.box).to.deep.equal({ x: 0, y: 0, width: 1000, height: 25 + 90 + 10 });
  });

  it('puts a label over each stage where it starts, one row gap between rows, and one track under the last', () => {
    const layout = layoutStaged(nodesOf('a1', 'b1'), [], options(200));
    expect(rowsOf(layout)).to.deep.equal([['a1'], ['b1']]);
    expect(layout.bands).to.deep.equal([
      { stage: 0, x: 0, y: 0, width: 200, first: true },
      { stage: 1, x: 0, y: 25 + 50 + 30, width: 200, first: true },
    ]);
    expect(node(layout, 'b1').y).to.equal(25 + 50 + 30 + 25);
    expect(layout.box.height).to.equal(25 + 50 + 30 + 25 + 50 + 10);
  });

  it('labels a stage across its boxes, again where it goes on in a new row of a wide layout, but not in one column', () => {
    const wide = layoutStaged(nodesOf('a1', 'b1', 'b2', 'b3'), [], options(340));
    expect(wide.bands).to.deep.equal([
      { stage: 0, x: 0, y: 0, width: 100, first: true },
      { stage: 1, x: 120, y: 0, width: 220, first: true },
      { stage: 1, x: 0, y: 25 + 50 + 30, width: 100, first: false },
    ]);
    const column = layoutStaged(nodesOf('a1', 'a2'), [], options(200));
    expect(column.bands).to.deep.equal([{ stage: 0, x: 0, y: 0, width: 200, first: true }]);
    // The unlabelled second row has no band above it.
    expect(node(column, 'a2').y).to.equal(25 + 50 + 30);
  });
});

describe('staged layout: lines', () => {
  it('draws an arrow to the next box of a row straight across, at mid-height', () => {
    const layout = layoutStaged(nodesOf('a1', 'a2'), edgesOf('a1>a2'), options(1000));
    expect(layout.edges).to.deep.equal([{ from: 'a1', to: 'a2', points: [[490, 50], [510, 50]], back: false }]);
  });

  it('draws a line down the single column of a phone straight, clear of the next stage\'s label', () => {
    // The label of stage b is 100 px wide: the line enters b1 past it (110 px in), and leaves a1 there too.
    const layout = layoutStaged(nodesOf('a1', 'b1'), edgesOf('a1>b1'), options(200, { labelWidth: () => 100 }));
    expect(route(layout, 'a1', 'b1')).to.deep.equal([[130, 75], [130, 130]]);
    // A short label: the line enters at the middle of the box's port span (a quarter to three quarters of it).
    expect(route(layoutStaged(nodesOf('a1', 'b1'), edgesOf('a1>b1'), options(200)), 'a1', 'b1')).to.deep.equal([[100, 75], [100, 130]]);
  });

  it('runs a line that skips a box of its row below the row, turning up into both boxes', () => {
    const layout = layoutStaged(nodesOf('a1', 'a2', 'a3'), edgesOf('a1>a3', 'a3>a1'), options(1000));
    // Two runs share the gap under the row (depth max(30, 3·10) = 30): at 85 and 95.
    const forward = route(layout, 'a1', 'a3') ?? [];
    const backward = route(layout, 'a3', 'a1') ?? [];
    expect(forward[0]?.[1]).to.equal(75);
    expect(forward.at(-1)?.[1]).to.equal(75);
    expect(forward.map(([, y]) => y).filter((y) => y > 75)).to.satisfy((ys: number[]) => ys.every((y) => y === 85 || y === 95));
    expect(layout.edges.map((e) => e.back)).to.deep.equal([false, true]);
    // Ports spread over the middle half of each box: the two lines at a1 are 1/3 and 2/3 of the way along it.
    expect([forward[0]?.[0], backward.at(-1)?.[0]].sort()).to.deep.equal([180 + 50 + 100 / 3, 180 + 50 + 200 / 3].sort());
    expect(layout.box.height).to.equal(25 + 50 + 30);
  });

  it('draws a line back up from its source\'s top to the bottom of its target, as a back edge', () => {
    const layout = layoutStaged(nodesOf('a1', 'b1'), edgesOf('b1>a1'), options(200));
    const points = route(layout, 'b1', 'a1') ?? [];
    expect(points[0]).to.deep.equal([100, 130]);
    expect(points.at(-1)).to.deep.equal([100, 75]);
    expect(layout.edges[0]?.back).to.equal(true);
  });

  it('spreads the lines leaving a box in the order of their targets, so they fan out without crossing', () => {
    // a1 feeds b1, b2, b3 in the row below; given in an order that would cross.
    const layout = layoutStaged(nodesOf('a1', 'a2', 'b1', 'b2', 'b3'), edgesOf('a1>b2', 'a1>b1', 'a1>b3'), options(340));
    expect(rowsOf(layout)).to.deep.equal([['a1', 'a2'], ['b1', 'b2', 'b3']]);
    const starts = ['b1', 'b2', 'b3'].map((id) => route(layout, 'a1', id)?.[0]);
    expect(starts).to.deep.equal([[37.5, 75], [50, 75], [62.5, 75]]);
    // Three runs in a gap (3 + 1) tracks deep, evenly spaced; the line to the farthest box runs highest, so no
    // line turning down crosses another's run.
    const runs = ['b1', 'b2', 'b3'].map((id) => route(layout, 'a1', id)?.[1]?.[1]);
    expect(runs).to.deep.equal([105, 95, 85]);
    expect(node(layout, 'b1').y).to.equal(75 + 40 + 25);
    const ends = ['b1', 'b2', 'b3'].map((id) => route(layout, 'a1', id)?.at(-1));
    expect(ends).to.deep.equal([[62.5, 140], [170, 140], [290, 140]]);
  });

  it('sends a line that skips rows down a corridor right of the boxes, one lane per line, with room kept for it', () => {
    const layout = layoutStaged(nodesOf('a1', 'b1', 'c1', 'd1'), edgesOf('a1>b1', 'b1>c1', 'c1>d1', 'a1>c1', 'a1>d1'), options(200));
    // The corridor takes a gutter: boxes are 180 px wide.
    expect(node(layout, 'a1').width).to.equal(180);
    const lanes = ['c1', 'd1'].map((id) => (route(layout, 'a1', id) ?? []).map(([x]) => x).filter((x) => x > 180));
    expect(lanes.map((xs) => [...new Set(xs)])).to.deep.equal([[190], [200]]);
    expect(layout.box.width).to.equal(210);
    const noSkip = layoutStaged(nodesOf('a1', 'b1', 'c1'), edgesOf('a1>b1', 'b1>c1'), options(200));
    expect(node(noSkip, 'a1').width).to.equal(200);
    expect(noSkip.box.width).to.equal(200);
  });

  it('spreads a box\'s lines only among those that leave its side: not an arrow along the row, not a line out of its top', () => {
    const layout = layoutStaged(nodesOf('a1', 'a2', 'b1', 'b2'), edgesOf('a1>a2', 'a1>b2'), options(340));
    // Two boxes a row: 160 px wide, so the one line down leaves at the middle, 80 px in.
    expect(route(layout, 'a1', 'b2')?.[0]).to.deep.equal([80, 75]);
    const column = layoutStaged(nodesOf('a1', 'b1', 'c1'), edgesOf('b1>a1', 'b1>c1'), options(200));
    const b1 = node(column, 'b1');
    expect(route(column, 'b1', 'a1')).to.deep.equal([[100, b1.y], [100, 75]]);
    expect(route(column, 'b1', 'c1')?.[0]).to.deep.equal([100, b1.y + 50]);
  });

  it('orders the lines into a box by where they come from', () => {
    // Both enter b1 past its stage label (50 px in): a1's line left of a3's, whatever order they are given in.
    for (const edges of [edgesOf('a3>b1', 'a1>b1'), edgesOf('a1>b1', 'a3>b1')]) {
      const layout = layoutStaged(nodesOf('a1', 'a2', 'a3', 'b1'), edges, options(340));
      expect(route(layout, 'a1', 'b1')?.at(-1)?.[0]).to.be.closeTo(50 + 25 / 3, 1e-9);
      expect(route(layout, 'a3', 'b1')?.at(-1)?.[0]).to.be.closeTo(50 + 50 / 3, 1e-9);
    }
  });

  it('orders lines to boxes of one column by row: the nearer box\'s line leaves first, the corridor\'s last', () => {
    for (const edges of [edgesOf('a1>c1', 'a1>b1', 'b1>c1'), edgesOf('a1>b1', 'a1>c1', 'b1>c1')]) {
      const layout = layoutStaged(nodesOf('a1', 'b1', 'c1'), edges, options(200));
      // Boxes are 180 px wide (a corridor is kept): the two lines leave a1 at 1/3 and 2/3 of its middle half,
      // and the one to b1 then moves to where it enters b1 (92.5 px, past the label), straight down.
      expect(route(layout, 'a1', 'b1')?.[0]?.[0]).to.be.closeTo(92.5, 1e-9);
      expect(route(layout, 'a1', 'c1')?.[0]?.[0]).to.be.closeTo(45 + 60, 1e-9);
    }
  });

  it('straightens a line to the box below only when no other line leaves next to it', () => {
    // The label of stage b is 50 px wide: b1's entry is at 105 px, 5 px from where a1's line would leave.
    const layout = layoutStaged(nodesOf('a1', 'b1'), edgesOf('a1>b1'), options(200, { labelWidth: () => 50 }));
    expect(route(layout, 'a1', 'b1')).to.deep.equal([[105, 75], [105, 130]]);
  });

  it('never moves a line\'s start off its own box toward a box in another column', () => {
    for (const pair of ['a2>b1', 'a1>b2']) {
      const layout = layoutStaged(nodesOf('a1', 'a2', 'b1', 'b2'), edgesOf(pair), options(340));
      const from = node(layout, pair.slice(0, 2));
      const [x] = route(layout, pair.slice(0, 2), pair.slice(3)) ?? [];
      expect(x?.[0], pair).to.be.within(from.x + 0.25 * from.width, from.x + 0.75 * from.width);
      expect(layout.edges[0]?.back, pair).to.equal(false);
    }
  });

  it('runs a corridor beside the rows a line passes, not beside its own rows', () => {
    // Rows: a1 a2 / b1 / c2 c1 (c1 is deeper along the arrows). The line a1 → c1 passes b1 only, so its
    // corridor is right of b1.
    const layout = layoutStaged(nodesOf('a1', 'a2', 'b1', 'c1', 'c2'), edgesOf('a1>c1'), options(300));
    expect(rowsOf(layout)).to.deep.equal([['a1', 'a2'], ['b1'], ['c2', 'c1']]);
    const b1 = node(layout, 'b1');
    expect(b1.width).to.equal(130);
    const xs = new Set((route(layout, 'a1', 'c1') ?? []).map(([x]) => x));
    expect(xs.has(b1.x + 130 + 10)).to.equal(true);
  });

  it('shares a corridor lane between lines that pass different rows', () => {
    const layout = layoutStaged(nodesOf('a1', 'b1', 'c1', 'd1', 'e1'), edgesOf('a1>c1', 'c1>e1'), options(200));
    const lanes = [route(layout, 'a1', 'c1'), route(layout, 'c1', 'e1')].map((points) => [...new Set((points ?? []).map(([x]) => x).filter((x) => x > 180))]);
    expect(lanes).to.deep.equal([[190], [190]]);
  });

  it('routes a line up past rows through the corridor, and one up to the row above through the gap between', () => {
    const layout = layoutStaged(nodesOf('a1', 'b1', 'c1'), edgesOf('c1>a1', 'b1>a1'), options(200));
    const [c1, a1] = [node(layout, 'c1'), node(layout, 'a1')];
    const long = route(layout, 'c1', 'a1') ?? [];
    expect(long[0]?.[1]).to.equal(c1.y);
    expect(long.at(-1)?.[1]).to.equal(a1.y + a1.height);
    expect(long.some(([x]) => x === 190)).to.equal(true);
    expect(layout.edges.map((e) => e.back)).to.deep.equal([true, true]);
    // Two lines into a1's bottom: they enter side by side, the one from further down on the outside (right).
    const ends = layout.edges.map((e) => e.points.at(-1)?.[0] ?? NaN);
    expect(ends[0]).to.be.above(ends[1] ?? Infinity);
  });
});
