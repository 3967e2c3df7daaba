import { nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { PathwayStrings } from '../../content/pathway.js';
import { type SourceRef } from '../../content/references.js';
import type { CommonStringKey } from '../../internal/localize.js';
import { type Model } from './pathway-model.js';
import type { Confidence, PathwayNode } from './pathway-schema.js';
export type Term = (key: keyof PathwayStrings | CommonStringKey, vars?: Record<string, string | number>) => string;
export interface DiagramView {
    t: Term;
    model: Model;
    measure: (text: string, font: string) => number;
    /** The live widget's state; absent in an exported picture (a diagram at rest). */
    live?: {
        current?: string;
        previous?: string;
        selected?: string;
        roving?: string;
        click: (id: string) => void;
        key: (event: KeyboardEvent, id: string) => void;
        focus: (id: string) => void;
    };
}
/** A confidence level, or `ungraded` when the data gives none (never shown as established). */
export type Level = Confidence | 'ungraded';
export declare const legendKey: (c: Level) => keyof PathwayStrings;
/** The levels the key explains: the three grades, and "not graded" when some step or arrow has none. */
export declare function levelsIn(model: Model): Level[];
/** A confidence badge drawn in the diagram: icon and word in a pill. */
export declare function badge(view: DiagramView, level: Level, x: number, y: number): SVGTemplateResult;
/** The badge in HTML (key, details, alternatives). */
export declare const chip: (t: Term, level: Level) => TemplateResult<1>;
/** The arrowheads and bars the lines end in (the key's sample lines use them too). */
export declare const markers: () => TemplateResult<2>;
/**
 * The live diagram's SVG; `unit`: user units per em, for a variant laid out in em (pre-rendered), which is
 * sized in em of the host's text. The markers are drawn once beside it (`markers`), for every variant.
 */
export declare function diagramSVG(view: DiagramView, title: string, unit?: number): TemplateResult;
export declare function diagram(view: DiagramView): SVGTemplateResult;
/** One line: what the badges mean, then the arrows. */
export declare function legend(t: Term, model: Model): TemplateResult;
/** A citation, linked when it has an address; `hidden`: not a tab stop (the text version while it is not shown). */
export declare function cite(t: Term, key: SourceRef, hidden?: boolean): TemplateResult;
export declare function details(t: Term, model: Model, node: PathwayNode, level: number, close: () => void, onKey: (e: KeyboardEvent) => void): TemplateResult;
/** "Other proposed mechanisms": each hypothesis a card of its steps, where it starts and where it joins. */
export declare function alternatives(t: Term, model: Model, level: number): TemplateResult | typeof nothing;
/** The story as an ordered list: always in the shadow root for screen readers; shown in the diagram's place. */
export declare function textVersion(t: Term, model: Model, level: number, shown: boolean): TemplateResult;
/** Unique citations of everything the diagram draws, in order of appearance. */
export declare function sourcesOf(model: Model): string[];
export interface ControlState {
    index: number;
    current?: string;
    stepMode: boolean;
    playing: boolean;
    textShown: boolean;
    exportMenu: boolean;
    menuOpen: boolean;
    goTo: (index: number) => void;
    togglePlay: () => void;
    toggleText: () => void;
    toggleMenu: () => void;
    menuKey: (event: KeyboardEvent) => void;
    menuFocusOut: (event: FocusEvent) => void;
    download: (kind: 'svg' | 'png') => void;
}
/** Previous | Play | Next (primary), the step's caption, then the secondary actions in one menu. */
export declare function controlBar(t: Term, m: Model, c: ControlState): TemplateResult;
