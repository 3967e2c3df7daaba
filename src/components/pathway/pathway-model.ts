// From validated data to what the diagram draws: the nodes in the reader's language, their wrapped labels and
// sizes, and the layout that suits the width. No rendering here.
import { TYPE_SCALE } from '../../internal/tokens.styles.js';
import { wrapText } from '../../internal/picture.js';
import { wrapLabel } from './edge-labels.js';
import { layoutGraph, type Layout, type Orientation, type PlacedNode } from './layout.js';
import { layoutStaged, type StagedLayout } from './staged-layout.js';
import type { PathwayData, PathwayEdge, PathwayNode } from './pathway-schema.js';

/** Sizes of the drawing, in CSS px, all from the label's font size (so the diagram scales with the page's text). */
export interface Metrics {
  family: string;
  /** Label and badge font sizes. */
  size: number;
  small: number;
  pad: number;
  line: number;
  badge: number;
}

export const metricsFor = (hostPx: number, family: string, labelPx = hostPx * TYPE_SCALE.m, smallPx = hostPx * TYPE_SCALE.s): Metrics => ({
  family,
  size: labelPx,
  small: smallPx,
  pad: 0.75 * labelPx,
  line: 1.3 * labelPx,
  badge: 1.7 * smallPx,
});

export interface Model {
  /** Nodes and edges of the diagram (the main track). */
  nodes: PathwayNode[];
  edges: PathwayEdge[];
  /** Alternative hypotheses (with `show-alternatives`), drawn apart from the diagram, and their edges. */
  alts: PathwayNode[];
  altEdges: PathwayEdge[];
  steps: string[];
  /** Label and description in the current language, by id. */
  label: Map<string, string>;
  desc: Map<string, string>;
  /** Each arrow's own label (`edges[].label`) in the current language, when it has one, and its lines as drawn. */
  edgeLabel: Map<PathwayEdge, string>;
  edgeLabelLines: Map<PathwayEdge, string[]>;
  lines: Map<string, string[]>;
  layout: Layout;
  /** Set when the data has stages: their labels in order, and the bands that show them. */
  staged?: { labels: string[]; layout: StagedLayout };
  placed: Map<string, PlacedNode>;
  /** How arrow keys map to the flow: `horizontal` when it reads along rows. */
  orientation: Orientation;
  metrics: Metrics;
}

export interface ModelOptions {
  showAlternatives: boolean;
  orientation: 'auto' | Orientation;
  /** Width to fit (0 before it is known). */
  width: number;
  pick: (text: PathwayNode['label'] | undefined) => string | undefined;
  measure: (text: string, font: string) => number;
  metrics: Metrics;
  /** Layered layouts by orientation, kept across widths (large diagrams take long to lay out). */
  layered: (orientation: Orientation, build: () => Layout) => Layout;
}

export const labelFont = (m: Metrics) => `600 ${m.size}px ${m.family}`;
export const smallFont = (m: Metrics, bold = false) => `${bold ? '600 ' : ''}${m.small}px ${m.family}`;

/** Height of a node box whose label wraps to `lines` lines: label, then the confidence badge. */
export const nodeHeight = (m: Metrics, lines: number) => 2 * m.pad + lines * m.line + 0.4 * m.size + m.badge;

export function buildModel(data: PathwayData, o: ModelOptions): Model {
  const m = o.metrics;
  const all = data.nodes;
  const main = all.filter((n) => n.track !== 'alt');
  const alts = o.showAlternatives ? all.filter((n) => n.track === 'alt') : [];
  const mainIds = new Set(main.map((n) => n.id));
  const shown = new Set([...mainIds, ...alts.map((n) => n.id)]);
  const allEdges = data.edges ?? [];
  const edges = allEdges.filter((e) => mainIds.has(e.from) && mainIds.has(e.to));
  const altEdges = allEdges.filter((e) => shown.has(e.from) && shown.has(e.to) && !(mainIds.has(e.from) && mainIds.has(e.to)));
  const label = new Map(all.map((n) => [n.id, o.pick(n.label) || n.id]));
  const desc = new Map(all.map((n) => [n.id, o.pick(n.description) ?? '']));
  const edgeLabel = new Map(allEdges.flatMap((e) => (e.label ? [[e, o.pick(e.label) ?? '']] : [])).filter(([, text]) => text) as [PathwayEdge, string][]);
  const lines = new Map<string, string[]>();
  const wrap = (id: string, width: number) => wrapText(label.get(id)!, width - 2 * m.pad, (text) => o.measure(text, labelFont(m)));
  const stages = data.stages ?? [];
  const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
  const stagedData = o.orientation === 'auto' && stages.length > 0 && main.every((n) => n.stage !== undefined && stageIndex.has(n.stage));

  const edgeLabelLines = new Map<PathwayEdge, string[]>();
  // Arrows with their label's size, so that the layouts leave room for it. A staged diagram's labels may be as
  // wide as most of the drawing; a layered one is laid out once for every width.
  const labelWidth = stagedData ? Math.min(20 * m.small, 0.75 * (o.width || 60 * m.size)) : 16 * m.small;
  const laidEdges = edges.map((e) => {
    const text = edgeLabel.get(e);
    if (!text) return e;
    const { lines, ...labelSize } = wrapLabel(text, labelWidth, (line) => o.measure(line, smallFont(m)), m.small);
    edgeLabelLines.set(e, lines);
    return { from: e.from, to: e.to, labelSize };
  });

  let layout: Layout;
  let staged: Model['staged'];
  let orientation: Orientation;
  if (stagedData) {
    const labels = stages.map((s) => o.pick(s.label) ?? s.id);
    const s = m.size;
    const stagedLayout = layoutStaged(
      main.map((n) => ({ id: n.id, stage: stageIndex.get(n.stage!)! })),
      laidEdges,
      {
        // Before the element has a width (not yet in the page), a desktop figure.
        width: o.width || 60 * s,
        minWidth: 9 * s,
        maxWidth: 15 * s,
        gutter: 2.5 * s,
        rowGap: 1.5 * s,
        track: 0.6 * s,
        band: 2 * m.small,
        heightFor: (id, width) => {
          const wrapped = wrap(id, width);
          lines.set(id, wrapped);
          return nodeHeight(m, wrapped.length);
        },
        labelWidth: (stage) => o.measure(`${stage + 1} ${labels[stage]}`, smallFont(m, true)) + 2 * m.small,
      },
    );
    layout = stagedLayout;
    staged = { labels, layout: stagedLayout };
    orientation = stagedLayout.columns > 1 ? 'horizontal' : 'vertical';
  } else {
    const width = Math.max(150, 10 * m.size);
    const inputs = main.map((n) => {
      lines.set(n.id, wrap(n.id, width));
      return { id: n.id, width, height: nodeHeight(m, lines.get(n.id)!.length), x: n.x, y: n.y };
    });
    const layoutFor = (wanted: Orientation) => o.layered(wanted, () => layoutGraph(inputs, laidEdges, { orientation: wanted }));
    orientation = o.orientation === 'auto' ? 'horizontal' : o.orientation;
    layout = layoutFor(orientation);
    // Before the ResizeObserver reports, the element's own width decides, so the first frame is already final.
    if (o.orientation === 'auto' && o.width > 0 && layout.box.width > o.width) layout = layoutFor((orientation = 'vertical'));
  }
  return {
    nodes: main,
    edges,
    alts,
    altEdges,
    steps: (data.steps ?? main.map((n) => n.id)).filter((id) => mainIds.has(id)),
    label,
    desc,
    edgeLabel,
    edgeLabelLines,
    lines,
    layout,
    staged,
    placed: new Map(layout.nodes.map((p) => [p.id, p])),
    orientation,
    metrics: m,
  };
}

/**
 * The alternative hypotheses as chains: each starts at an alternative node that no other alternative leads to,
 * and follows alternatives; `from` and `to` are the main-track nodes where it starts and joins.
 */
export function alternativeChains(model: Model): { from: string[]; steps: PathwayNode[]; to: string[] }[] {
  const altIds = new Set(model.alts.map((n) => n.id));
  const next = (id: string) => model.altEdges.filter((e) => e.from === id && altIds.has(e.to)).map((e) => e.to);
  const heads = model.alts.filter((n) => !model.altEdges.some((e) => e.to === n.id && altIds.has(e.from)));
  return heads.map((head) => {
    const steps: PathwayNode[] = [];
    const seen = new Set<string>();
    for (let id: string | undefined = head.id; id && !seen.has(id); id = next(id)[0]) {
      seen.add(id);
      steps.push(model.alts.find((n) => n.id === id)!);
    }
    const ids = new Set(steps.map((n) => n.id));
    const from = model.altEdges.filter((e) => ids.has(e.to) && !altIds.has(e.from)).map((e) => e.from);
    const to = model.altEdges.filter((e) => ids.has(e.from) && !altIds.has(e.to)).map((e) => e.to);
    return { from: [...new Set(from)], steps, to: [...new Set(to)] };
  });
}
