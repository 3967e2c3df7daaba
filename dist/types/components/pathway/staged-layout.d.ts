/**
 * The staged layout: a pathway read like a textbook figure, left to right in rows that wrap at the container's
 * width, each stage (drug → receptor → signal → growth → outcome) kept in one row under its label when it fits.
 * A linear chain is straight: along a row, and down the single column of a phone. Other edges leave a box's
 * bottom, run in the gap below its row and enter the target from above; an edge that skips rows goes down a
 * corridor beside the boxes of the rows between. Lines sharing a gap are stacked to cross as little as
 * possible. Pure: no DOM.
 */
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
export declare function layoutStaged(inputNodes: readonly StagedNodeInput[], inputEdges: readonly LayoutEdgeInput[], o: StagedOptions): StagedLayout;
