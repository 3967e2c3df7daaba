import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { type DisclaimerStrings } from '../../content/disclaimer.js';
import { KwElement } from '../../internal/kw-element.js';
import { type CrisisDirectory } from './crisis-directory.js';
/**
 * @tagname kw-disclaimer
 * @summary A "not medical advice" notice with crisis-line resources, for pages about depression treatment.
 *
 * @slot - Your own disclaimer text. It replaces the built-in text and stays readable before (or without)
 *   JavaScript. An inline `<script type="application/json">` child supplies crisis resources instead.
 *
 * @csspart base - The notice's container (`role="region"`).
 * @csspart icon - The information icon.
 * @csspart heading - The heading.
 * @csspart body - The short notice (or your own text).
 * @csspart more - The rest of the notice: a disclosure (`<details>`), or open text with `detail="full"`.
 * @csspart more-toggle - The disclosure's "More about this notice" summary.
 * @csspart review-date - The "Last reviewed" line.
 * @csspart crisis - The crisis resources strip.
 * @csspart crisis-link - Each call, text or web link in the crisis strip.
 * @csspart close-button - The dismiss button.
 * @csspart error - The message shown when crisis data is invalid.
 *
 * @cssprop --kw-disclaimer-accent - Accent stripe and icon colour (default: the info colour).
 * @cssprop --kw-disclaimer-background - Background of the notice.
 * @cssprop --kw-disclaimer-crisis-background - Background of the crisis strip.
 * @cssprop --kw-disclaimer-max-width - Max width of the inline variant (default: none).
 * @cssprop --kw-disclaimer-sticky-offset - Distance from the viewport edge for a sticky banner (default: 0).
 *
 * @fires {CustomEvent<null>} kw-dismiss - The reader pressed the close button. Cancelable: `preventDefault()` keeps the notice open.
 */
export declare class KwDisclaimer extends KwElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        variant: {
            reflect: boolean;
        };
        position: {
            reflect: boolean;
        };
        region: {
            reflect: boolean;
        };
        dismissible: {
            type: BooleanConstructor;
            reflect: boolean;
        };
        dismissed: {
            type: BooleanConstructor;
            reflect: boolean;
        };
        remember: {
            type: NumberConstructor;
        };
        storageKey: {
            attribute: string;
        };
        headingLevel: {
            attribute: string;
            type: NumberConstructor;
        };
        detail: {
            reflect: boolean;
        };
        reviewed: {};
        strings: {
            type: ObjectConstructor;
        };
        data: {
            attribute: boolean;
        };
        src: {};
        hasAuthoredContent: {
            state: boolean;
        };
    };
    /**
     * `inline` sits in the page flow; `banner` spans its container and sticks to the top or bottom of the viewport,
     * unless it is taller than a third of the window: it then scrolls with the page. While it sticks, the page
     * scrolls so that what gets keyboard focus is never hidden under it.
     */
    variant: 'inline' | 'banner';
    /** Where a `banner` sticks: `top` or `bottom`. */
    position: 'top' | 'bottom';
    /**
     * Crisis resources to show: `US`, `UK`, `intl`, `none`, a region key from your own data, or `auto`
     * (from the language's region, e.g. `en-US` → US, `en-GB` → UK; otherwise `intl`).
     */
    region: string;
    /** Shows a close button. */
    dismissible: boolean;
    /**
     * True once the notice has been dismissed. Its text is then hidden, but the crisis lines stay: someone in crisis
     * must never need a click to find them. Set it to false to show the notice again.
     */
    dismissed: boolean;
    /** Days to keep the notice dismissed on this browser (localStorage). 0 keeps it dismissed for this page view only. */
    remember: number;
    /** The localStorage key used by `remember`. Use a different key per notice if a site has several. */
    storageKey: string;
    /** Heading level (2–6) of the notice's heading, to fit the page's outline. */
    headingLevel: number;
    /**
     * How much of the notice shows at first: `short` (one or two sentences, the crisis lines, and the rest behind a
     * "More about this notice" disclosure) or `full` (everything open). Either way the crisis lines come first.
     */
    detail: 'short' | 'full';
    /** Date the text was last reviewed (`YYYY-MM-DD`); shown as "Last reviewed: …" in the page's language. */
    reviewed?: string;
    /** Overrides for any UI string by key, e.g. `{"heading": "Important"}`; as an attribute, JSON. */
    strings?: Partial<DisclaimerStrings>;
    /** Crisis resources by region (see the "Data format" docs); replaces the built-in list. */
    data?: CrisisDirectory;
    /** URL of a JSON file with crisis resources, in the same format as `data`. */
    src?: string;
    /** @internal */
    private hasAuthoredContent;
    /** The reader dismissed the notice in this page view (not a script, not a remembered dismissal). */
    private dismissedHere;
    /** @internal */
    private readonly localize;
    /** @internal */
    private readonly directory;
    /**
     * A sticky banner taller than a third of the window (phones, short windows, zoom, long translations) would hide
     * too much of the page (WCAG 1.4.10): it then scrolls with the page, marked `unstuck`.
     * @internal
     */
    private readonly fit;
    /** @internal */
    private sizes?;
    /** @internal */
    private revealFrame;
    /**
     * While the banner sticks, what gets keyboard focus on the page must not be hidden under it (WCAG 2.4.11): the
     * page is scrolled just enough, once the browser has scrolled the element into view.
     * @internal
     */
    private readonly reveal;
    connectedCallback(): void;
    disconnectedCallback(): void;
    protected updated(): void;
    /** A reader who dismissed the notice before (`remember`) gets the strip, not what the server rendered. */
    protected hydrationKey(): string;
    protected willUpdate(changed: PropertyValues<this>): void;
    render(): TemplateResult | typeof nothing;
    /**
     * The rest of the notice, after the crisis lines: no doctor–patient relationship, talk to a professional and, where
     * US rules apply (region US, or a US language tag such as en-US), the FDA status. A page's own `body4` replaces the
     * FDA text and is shown anywhere. An empty string leaves a paragraph out.
     */
    private renderMore;
    private renderReviewed;
    /** The crisis strip; `alone` once the notice is dismissed, as a region of its own. */
    private renderCrisis;
    /** Data text in the widget's language, with phone numbers and keywords such as 442-AYUDAME kept on one line. */
    private unbroken;
    private renderContact;
    private renderEmergency;
    /** On connection and whenever the page changes the element's children: does the page supply its own text? */
    private readAuthoredContent;
    private handleDismissClick;
    private readRemembered;
    private writeRemembered;
}
