import { type Layout, type Orientation, type PlacedNode } from './layout.js';
import { type StagedLayout } from './staged-layout.js';
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
export declare const metricsFor: (hostPx: number, family: string, labelPx?: number, smallPx?: number) => Metrics;
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
    staged?: {
        labels: string[];
        layout: StagedLayout;
    };
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
export declare const labelFont: (m: Metrics) => string;
export declare const smallFont: (m: Metrics, bold?: boolean) => string;
/** Height of a node box whose label wraps to `lines` lines: label, then the confidence badge. */
export declare const nodeHeight: (m: Metrics, lines: number) => number;
export declare function buildModel(data: PathwayData, o: ModelOptions): Model;
/**
 * The alternative hypotheses as chains: each starts at an alternative node that no other alternative leads to,
 * and follows alternatives; `from` and `to` are the main-track nodes where it starts and joins.
 */
export declare function alternativeChains(model: Model): {
    from: string[];
    steps: PathwayNode[];
    to: string[];
}[];
