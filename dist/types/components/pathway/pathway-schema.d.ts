import { type Confidence, type SourceRef } from '../../content/references.js';
export type { Confidence };
import type { Validator } from '../../internal/data-source.js';
import { type LocalizedText } from '../../internal/localize.js';
export declare const EFFECTS: readonly ["activates", "inhibits", "leads-to"];
export type Effect = (typeof EFFECTS)[number];
export declare const TRACKS: readonly ["main", "alt"];
/** The most nodes a diagram may have: beyond this it is unreadable and slow to lay out. */
export declare const MAX_NODES = 200;
export declare const MAX_EDGES = 600;
export interface PathwayNode {
    id: string;
    label: LocalizedText;
    /** What the details panel says; without it the step opens no panel. */
    description?: LocalizedText;
    /** Colour family: `drug`, `receptor`, `cell`, `molecule`, `structure` or `outcome` have colours; any other lower-case word is drawn neutral. */
    kind?: string;
    /** How sure the science is; without it the badge says "Not graded". */
    confidence?: Confidence;
    /** `main` (default) or `alt`: alternative hypotheses, shown with `show-alternatives`. */
    track?: 'main' | 'alt';
    /** Keys into the reference list (or your own citation text). */
    refs?: SourceRef[];
    /** Id of the node's stage (one of the data's `stages`): with stages, the diagram reads in rows of stages. */
    stage?: string;
    /** Pins the node's centre, in diagram units (1 unit = 1 CSS pixel). */
    x?: number;
    y?: number;
}
export interface PathwayEdge {
    from: string;
    to: string;
    /** Default `leads-to`. */
    effect?: Effect;
    label?: LocalizedText;
    confidence?: Confidence;
    refs?: SourceRef[];
}
/** A step of the story, such as "receptor" or "growth", that groups nodes under one label. */
export interface PathwayStage {
    id: string;
    label: LocalizedText;
}
/** The data format of <kw-pathway>. */
export interface PathwayData {
    title?: LocalizedText;
    caption?: LocalizedText;
    /** Stages in reading order; when every main-track node names one, the diagram is drawn in stages. */
    stages?: PathwayStage[];
    nodes: PathwayNode[];
    /** Default: none (a list of steps without arrows). */
    edges?: PathwayEdge[];
    /** Node ids in story order for step mode; by default the main track in flow order. */
    steps?: string[];
}
/** Pathway data with every field a reader relies on given, as the built-in content must be (the compiler checks it). */
export interface CompletePathwayData extends PathwayData {
    nodes: (PathwayNode & Required<Pick<PathwayNode, 'description' | 'kind' | 'confidence'>>)[];
    edges: (PathwayEdge & Required<Pick<PathwayEdge, 'effect' | 'confidence'>>)[];
}
/** Validates pathway data; every message names the path of the bad value. Cycles are allowed (drawn as back edges). */
export declare const validatePathway: Validator<PathwayData>;
