import { type PropertyValues, type TemplateResult } from 'lit';
import { type PathwayStrings } from '../../content/pathway.js';
import { KwElement } from '../../internal/kw-element.js';
import type { Orientation } from './layout.js';
import { type ExportShape } from './pathway-export.js';
import { type PathwayData } from './pathway-schema.js';
/**
 * @tagname kw-pathway
 * @summary An explorable, sourced diagram of how ketamine may relieve depression, with confidence levels,
 * step-by-step mode, a text alternative, and SVG / PNG export.
 *
 * @slot - An inline `<script type="application/json">` child supplies your own pathway (see the data format docs), or a `<script type="text/x-mermaid">` child a Mermaid flowchart.
 *
 * @csspart base - The outer container.
 * @csspart caption - The caption that is always shown.
 * @csspart alt-note - The line under the diagram saying that other ideas exist, with the button that shows them.
 * @csspart diagram - The box around the SVG (it scrolls only for a custom layered diagram wider than the page).
 * @csspart legend - The one-line key: confidence badges and arrows.
 * @csspart details - The details popover of the chosen step, beside it (below it on a phone).
 * @csspart controls - The bar with the step controls, the step caption and the menu.
 * @csspart steps - The Previous / Play / Next group.
 * @csspart menu - The "More" menu (text version, SVG, PNG), or the text-version button alone without `export`.
 * @csspart text - The text alternative.
 * @csspart alternatives - The "Other proposed mechanisms" panel (with `show-alternatives`).
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
 * @cssprop --kw-sticky-offset - Height of the page's own sticky header: the step controls stick below it (default 0).
 * @cssprop --kw-font-size-m - Label size (default 1em of the host's text); the key and badges use --kw-font-size-s.
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
        exportShape: {
            attribute: string;
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
        menuOpen: {
            state: boolean;
        };
        playing: {
            state: boolean;
        };
        width: {
            state: boolean;
        };
    };
    /** Also lists the alternative and parallel hypotheses (nodes with `track: "alt"`) in a panel of their own. */
    showAlternatives: boolean;
    /** `auto` draws staged data in rows of stages that fit the width (others flow left to right when they fit, else top to bottom); or force a layered `horizontal` / `vertical` flowchart. */
    orientation: 'auto' | Orientation;
    /** Shows Previous / Play / Next controls that walk through the story one step at a time. */
    stepMode: boolean;
    /** The current step (0-based) in step mode. */
    step: number;
    /** Heading level (2–6) of the diagram's title, to fit the page's outline; the details and text version use the next level. */
    headingLevel: number;
    /** Adds "Download SVG" and "Download PNG" to a "More" menu with the text version. */
    exportMenu: boolean;
    /** The shape of the downloaded pictures: `wide` (16:9, for posts and slides), `square` (social posts) or `tall` (4:5, a blog column). */
    exportShape: ExportShape;
    /** Overrides for any UI string by key, e.g. `{"title": "Ketamine"}`; as an attribute, JSON. */
    strings?: Partial<PathwayStrings>;
    /** Your own pathway (see the data format docs); replaces the built-in one. */
    data?: PathwayData;
    /** URL of a JSON file with a pathway, in the same format as `data`, or of a Mermaid flowchart (`.mmd`). */
    src?: string;
    /** @internal */
    private selected?;
    /** @internal */
    private focusId?;
    /** @internal */
    private textShown;
    /** @internal */
    private menuOpen;
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
    private readonly sizing;
    /** A pre-rendered element has hydrated: only the variant of its breakpoint is drawn (see breakpoints.ts). */
    private hydrated;
    /** The layout last scrolled to its first step. */
    private scrolledFor?;
    private get term();
    protected updated(): void;
    connectedCallback(): void;
    disconnectedCallback(): void;
    protected willUpdate(changed: PropertyValues<this>): void;
    /** What the server's layout assumed: the label size (the type scale's) and the attributes that shape the diagram. */
    protected hydrationKey(): string;
    protected update(changed: PropertyValues<this>): void;
    render(): TemplateResult;
    private controls;
    /**
     * The diagram as a standalone SVG document laid out for `shape` (`wide` 16:9, the default; `square`; `tall`
     * 4:5): title and caption above, key and sources below, in the current theme and language; styles inlined,
     * no scripts, no interactive state. Empty until the diagram has rendered.
     */
    toSVG(shape?: ExportShape): string;
    /**
     * The diagram as a PNG image of `shape` (see `toSVG`), `scale` (above 0, up to 8; else 2) device pixels per
     * CSS pixel. Rejects, with a message, when there is no diagram to export.
     */
    toPNG(scale?: number, shape?: ExportShape): Promise<Blob>;
    private inputs;
    private index;
    /** After the next render, focuses `selector` and scrolls it into view, keeping `keep` on screen. */
    private focusLater;
    private open;
    private close;
    private focusNode;
    private placeDetails;
    private onKey;
    private goTo;
    private emit;
    private togglePlay;
    private stop;
    /** The text version takes the diagram's place and gets focus; turned off, focus goes back to its control. */
    private toggleText;
    private onMenuKey;
    private onMenuFocusOut;
    private download;
}
