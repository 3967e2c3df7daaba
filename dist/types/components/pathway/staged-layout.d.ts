import { type Layout, type LayoutEdgeInput } from './layout.js';
export interface StagedNodeInput {
    id: string;
    /** Index of the node's stage; stages are read in this order. */
    stage: number;
}
export interface StagedOptions {
    /** Width of the drawing (the container's). */
    width: number;
    /** Limits of a box's width; as many boxes as fit at `minWidth` share a row. */
    minWidth: number;
    maxWidth: number;
    /** Space between boxes in a row, where a straight arrow runs. */
    gutter: number;
    /** Least space between rows; it grows with the lines that run in it. */
    rowGap: number;
    /** Distance between parallel lines in a gap. */
    track: number;
    /** Height of the stage labels above each row. */
    band: number;
    /** A box's height at a given width (its label wraps). */
    heightFor: (id: string, width: number) => number;
    /** Width of a stage's label, so that lines entering the box below it pass beside it. */
    labelWidth: (stage: number) => number;
}
/** A stage's label over the boxes of one row. */
export interface StageBand {
    stage: number;
    x: number;
    y: number;
    width: number;
    /** False where a long stage continues on the next row. */
    first: boolean;
}
export interface StagedLayout extends Layout {
    bands: StageBand[];
    /** Boxes per row: 1 is the phone's single column. */
    columns: number;
}
/** `roomFor`: edges (by index) whose label found no clear place in an earlier pass, so their gap is made deeper. */
export declare function layoutStaged(inputNodes: readonly StagedNodeInput[], inputEdges: readonly LayoutEdgeInput[], o: StagedOptions, roomFor?: ReadonlySet<number>): StagedLayout;
