import { type Variant } from './breakpoints.js';
import type { Orientation } from './layout.js';
import { type Model, type ModelOptions } from './pathway-model.js';
import type { PathwayData } from './pathway-schema.js';
/** What a model depends on besides the data and the width. */
export interface ModelInputs {
    showAlternatives: boolean;
    orientation: 'auto' | Orientation;
    lang: string;
    pick: ModelOptions['pick'];
}
export declare class PathwaySizing {
    private readonly host;
    /**
     * Laid out in em at the breakpoints with the text-width estimate, as a server does: on a server, and in the
     * browser for a pre-rendered element (so that hydration finds the server's markup) as long as its labels fit.
     */
    quantized: boolean;
    /** The label size the page's `--kw-font-size-m` gives, and the width of the card's padding and border, once drawn. */
    labelPx?: number;
    chrome?: number;
    /** The live diagram's model. */
    current?: Model;
    private ctx?;
    private cache?;
    private variantCache?;
    /** Layered layouts by orientation for the same data and language: a resize only picks one (large diagrams take long to lay out). */
    private layouts?;
    constructor(host: HTMLElement);
    /** Text width in px as the browser draws it. */
    measure(text: string, font: string, margin?: number): number;
    /** The measure the live diagram uses. */
    readonly textWidth: (text: string, font: string) => number;
    /** The model for a card `available` px wide (the live diagram's, cached, or an export's), with measured text. */
    model(data: PathwayData, available: number, inputs: ModelInputs, keep?: boolean): Model;
    /** The diagram at each breakpoint, laid out in `EM` units with the estimate; `only`: the variant of one breakpoint. */
    variants(data: PathwayData, inputs: ModelInputs, only?: number): Variant[];
    /** Whether every label line of an estimated model fits its box in the font the page really uses. */
    fits(model: Model): boolean;
    /**
     * After a measured render: reads the label size and the card's padding and border the page gives, and says
     * whether they differ from what the layout assumed (only when the page overrides a token or the card's
     * padding: the first frame is final otherwise).
     */
    readTokens(probe: Element, base: HTMLElement, m: Model): boolean;
    /** The breakpoint of the card's content width (in the browser, after hydration). */
    breakpoint(base: HTMLElement | null): number;
    /** The label size over the host's text size: what a pre-rendered layout assumed (the type scale), or what the page gives. */
    labelScale(probe: Element | null): string;
    private build;
}
