/**
 * A small layered ("Sugiyama") layout for pathway diagrams, written here instead of using dagre (~17 KB gzip)
 * to stay inside the library's size budget. Steps: break cycles, longest-path layers, dummy vertices for long
 * edges, barycentric crossing reduction, cross-axis coordinates, and orthogonal edge routes that run only
 * through a node's own band, dummy slots and the empty channels between layers, so no route crosses a node box.
 * Pure: no DOM. "Main" is the flow axis (x when horizontal), "cross" the other.
 */
import { type LabelSize } from './edge-labels.js';
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
/** Lays out a directed graph; edges between unknown ids are ignored. Cycles are fine: back edges are drawn too. */
export declare function layoutGraph(inputNodes: readonly LayoutNodeInput[], inputEdges: readonly LayoutEdgeInput[], options: LayoutOptions): Layout;
/**
 * Layers for a directed graph of `n` nodes and edges `[from, to]` (indices): edges that point back to a node on
 * the depth-first path are reversed (`back`), then each node sits one layer after the deepest of its sources.
 */
export declare function layerNodes(n: number, ends: readonly (readonly [number, number])[]): {
    layerOf: number[];
    back: Set<number>;
};
/** Drops repeated and collinear points of an orthogonal polyline. */
export declare function simplify(points: Point[]): Point[];
/** True if the segment p→q passes through the inside of the box (touching its border does not count). */
export declare function segmentCrossesBox(p: Point, q: Point, box: Box, inset?: number): boolean;
