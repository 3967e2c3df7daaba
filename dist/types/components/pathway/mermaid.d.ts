/**
 * Reads a Mermaid flowchart (`flowchart` or `graph`, any direction) into pathway data, so a blogger can bring a
 * diagram they already have. Pure: no DOM. What the widget cannot draw is an error naming its line; what it
 * can safely leave out (styles, classes, clicks) is one warning.
 *
 * Mapping: `-->` leads to, `==>` activates, `--x` inhibits, `-.->` leads to with lower confidence ("debated"),
 * `---` and `--o` lead to. `%% kw: title …`, `%% kw: caption …`, `%% kw: confidence <id> <level>`,
 * `%% kw: kind <id> <kind>` and `%% kw: description <id> …` add what Mermaid has no syntax for.
 */
import { type Confidence } from '../../content/references.js';
import { type Effect } from './pathway-schema.js';
export interface MermaidNode {
    id: string;
    label: string;
    description?: string;
    kind?: string;
    confidence?: Confidence;
    /** The subgraph the node was declared in, by its title. */
    stage?: string;
}
export interface MermaidEdge {
    from: string;
    to: string;
    effect: Effect;
    label?: string;
    confidence?: Confidence;
}
export interface MermaidPathway {
    title?: string;
    caption?: string;
    nodes: MermaidNode[];
    edges: MermaidEdge[];
}
export type MermaidResult = {
    data: MermaidPathway;
    orientation: 'horizontal' | 'vertical';
    warnings: string[];
    errors?: undefined;
} | {
    errors: string[];
    warnings: string[];
    data?: undefined;
};
/** Parses Mermaid flowchart text. Errors name their line (1-based); nothing here throws. */
export declare function parseMermaid(text: string): MermaidResult;
/**
 * Mermaid text as pathway data, for the data source (`<script type="text/x-mermaid">`, or a `src` ending in
 * `.mmd`): subgraphs become stages when every node is in one; otherwise the diagram is laid out as one flow.
 */
export declare function mermaidToPathway(text: string): {
    value: unknown;
    warnings: string[];
    errors?: undefined;
} | {
    errors: string[];
    value?: undefined;
};
