import { type PropertyValues, type TemplateResult } from 'lit';
import { type PathwayStrings } from '../../content/pathway.js';
import { KwElement } from '../../internal/kw-element.js';
import { type Orientation } from './layout.js';
import { type PathwayData } from './pathway-schema.js';
/**
 * @tagname kw-pathway
 * @summary An explorable, sourced diagram of how ketamine may relieve depression, with confidence levels,
 * step-by-step mode, a text alternative, and SVG / PNG export.
 *
 * @slot - An inline `<script type="application/json">` child supplies your own pathway (see the data format docs).
 *
 * @csspart base - The outer container.
 * @csspart caption - The caption that is always shown.
 * @csspart alt-note - The line under the diagram saying that other ideas exist, with the button that shows them.
 * @csspart diagram - The scrolling box around the SVG.
 * @csspart legend - The key to line styles and arrow heads.
 * @csspart details - The details panel of the chosen step.
 * @csspart steps - The Previous / Play / Next controls.
 * @csspart text - The text alternative.
 * @csspart export - The download buttons.
 * @csspart error - The message shown when the data is invalid.
 *
 * @cssprop --kw-pathway-kind-drug - Fill of `drug` nodes.
 * @cssprop --kw-pathway-kind-receptor - Fill of `receptor` nodes.
 * @cssprop --kw-pathway-kind-cell - Fill of `cell` nodes.
 * @cssprop --kw-pathway-kind-molecule - Fill of `molecule` nodes.
 * @cssprop --kw-pathway-kind-structure - Fill of `structure` nodes.
 * @cssprop --kw-pathway-kind-outcome - Fill of `outcome` nodes.
 * @cssprop --kw-pathway-edge - Colour of the connecting lines.
 * @cssprop --kw-pathway-highlight - Colour of the current step.
 *
 * @fires {CustomEvent<{ index: number; id: string }>} kw-step-change - The reader moved to another step (Previous, Next or Play). `detail: { index, id }`.
 */
export declare class KwPathway extends KwElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        showAlternatives: {
            attribute: string;
            type: BooleanConstructor;
            reflect: boolean;
        };
        orientation: {
            reflect: boolean;
        };
        stepMode: {
            attribute: string;
            type: BooleanConstructor;
            reflect: boolean;
        };
        headingLevel: {
            attribute: string;
            type: NumberConstructor;
        };
        step: {
            type: NumberConstructor;
            reflect: boolean;
        };
        exportMenu: {
            attribute: string;
            type: BooleanConstructor;
            reflect: boolean;
        };
        strings: {
            type: ObjectConstructor;
        };
        data: {
            attribute: boolean;
        };
        src: {};
        selected: {
            state: boolean;
        };
        focusId: {
            state: boolean;
        };
        textShown: {
            state: boolean;
        };
        playing: {
            state: boolean;
        };
        width: {
            state: boolean;
        };
    };
    /** Also shows the alternative and parallel hypotheses (nodes with `track: "alt"`). */
    showAlternatives: boolean;
    /** `auto` flows left to right when the diagram fits the width, else top to bottom; or force `horizontal` / `vertical`. */
    orientation: 'auto' | Orientation;
    /** Shows Previous / Play / Next controls that walk through the story one step at a time. */
    stepMode: boolean;
    /** The current step (0-based) in step mode. */
    step: number;
    /** Heading level (2–6) of the diagram's title, to fit the page's outline; the details and text version use the next level. */
    headingLevel: number;
    /** Shows "Download SVG" and "Download PNG" buttons. */
    exportMenu: boolean;
    /** Overrides for any UI string by key, e.g. `{"title": "Ketamine"}`; as an attribute, JSON. */
    strings?: Partial<PathwayStrings>;
    /** Your own pathway (see the data format docs); replaces the built-in one. */
    data?: PathwayData;
    /** URL of a JSON file with a pathway, in the same format as `data`. */
    src?: string;
    /** @internal */
    private selected?;
    /** @internal */
    private focusId?;
    /** @internal */
    private textShown;
    /** @internal */
    private playing;
    /** @internal */
    private width;
    private readonly localize;
    private readonly source;
    private observer?;
    private timer?;
    private frame;
    private hovering;
    private cache?;
    /** Layouts by orientation for the same data, alternatives and language: a resize only picks one (large diagrams take long to lay out). */
    private layouts?;
    private ctx?;
    /** The layout last scrolled to its first step. */
    private scrolledFor?;
    protected updated(): void;
    connectedCallback(): void;
    disconnectedCallback(): void;
    protected willUpdate(changed: PropertyValues<this>): void;
    render(): TemplateResult;
    /**
     * The diagram as a standalone SVG document: title and caption above, key below, in the current theme and
     * language; styles inlined, no scripts, no interactive state (the current step and open details are not drawn).
     */
    toSVG(): string;
    /**
     * The diagram as a PNG image, `scale` (above 0, up to 8; else 2) device pixels per CSS pixel. Rejects, with a
     * message, when there is no diagram to export.
     */
    toPNG(scale?: number): Promise<Blob>;
    private model;
    private measure;
    private index;
    /** Focuses an element of the next render (the browser scrolls it into view, clear of the sticky controls). */
    private focusLater;
    private open;
    private close;
    private focusNode;
    private onKey;
    private goTo;
    private togglePlay;
    private stop;
}
