import { type TemplateResult } from 'lit';
import { type SideEffectsStrings } from '../../content/side-effects.js';
import { KwElement } from '../../internal/kw-element.js';
import { type GroupBy, type SortOrder } from './side-effects-model.js';
import { type SideEffect, type SideEffectList, type SideEffectSet } from './side-effects-schema.js';
/**
 * @tagname kw-side-effects
 * @summary A side-effect list a patient can read: how common each effect is (vs placebo), when it happens,
 * how serious it is, when to get help, and the sources.
 *
 * @csspart base - The whole widget.
 * @csspart heading - The widget's title ("Possible side effects"); leave it out with `strings='{"heading": ""}'`.
 * @csspart help - The "When to get help" box, first after the title.
 * @csspart controls - The filter bar (hidden when printing).
 * @csspart chip - Each severity filter button.
 * @csspart count - The "Showing N of M" line (a polite live region).
 * @csspart set - One medicine's list.
 * @csspart note - The note under a set's heading.
 * @csspart warning - A boxed-warning callout.
 * @csspart item - One side effect.
 * @csspart disclosure - The button that opens an item's details.
 * @csspart severity - An item's severity badge.
 * @csspart boxed - The "Boxed warning" badge of an item named in the label's boxed warning.
 * @csspart show-all - The "Show all N" button under a long list that opens on its most common items.
 * @csspart frequency - An item's "how common" line with its bar pair.
 * @csspart details - An item's details.
 * @csspart error - The message shown when the data is invalid.
 *
 * @cssprop --kw-side-effects-drug-color - Bar colour for the medicine (default: the accent colour).
 * @cssprop --kw-side-effects-placebo-color - Bar colour for placebo (default: the muted text colour).
 * @cssprop --kw-side-effects-bar-width - Width of the bar pair, which stands for 100 people (default: 6em).
 *
 * @fires {CustomEvent<{ severity: ('mild' | 'moderate' | 'serious' | 'unstated')[] }>} kw-filter-change - The reader changed the severity filter. `detail.severity` lists the severities shown (empty: all; `unstated`: items that give none).
 * @fires {CustomEvent<{ id: string; open: boolean }>} kw-toggle - The reader opened or closed an item. `detail` is `{ id, open }`.
 */
export declare class KwSideEffects extends KwElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        set: {
            reflect: boolean;
        };
        groupBy: {
            attribute: string;
            reflect: boolean;
        };
        sort: {
            reflect: boolean;
        };
        severity: {
            reflect: boolean;
        };
        compact: {
            type: BooleanConstructor;
            reflect: boolean;
        };
        printPreview: {
            attribute: string;
            type: BooleanConstructor;
            reflect: boolean;
        };
        headingLevel: {
            attribute: string;
            type: NumberConstructor;
        };
        strings: {
            type: ObjectConstructor;
        };
        data: {
            attribute: boolean;
        };
        src: {};
        open: {
            state: boolean;
        };
        expanded: {
            state: boolean;
        };
        printing: {
            state: boolean;
        };
    };
    /**
     * Which list to show: a set id (built-in: `esketamine`, `iv`, `long-term`), several separated by spaces,
     * or `all`. Default: the first set.
     */
    set?: string;
    /** Groups items by `timing` (during the session, after, long-term, any time), `severity` (serious first), or `none`. */
    groupBy: GroupBy;
    /** `frequency`: most common first; `none`: the order of the data. */
    sort: SortOrder;
    /**
     * Severities to show, separated by spaces (`mild moderate serious`, and `unstated` for items that give none);
     * empty shows all. The filter buttons set it.
     */
    severity: string;
    /** A denser layout for sidebars: smaller text, no bars, no notes. */
    compact: boolean;
    /** Shows the widget as it prints: every item open, all severities, no controls. */
    printPreview: boolean;
    /**
     * Heading level (2–6) of the widget's title; "When to get help" and each set's heading use the next level, groups
     * and items the levels after. Without a title (`strings='{"heading": ""}'`) the sets take this level.
     */
    headingLevel: number;
    /** Overrides for any UI string by key, e.g. `{"placebo": "Sugar pill"}`; as an attribute, JSON. */
    strings?: Partial<SideEffectsStrings>;
    /** A side-effect list (see the "Data format" docs); replaces the built-in list. */
    data?: SideEffectList | SideEffect[] | (Omit<SideEffectSet, 'id'> & {
        id?: string;
        help?: SideEffectList['help'];
    });
    /** URL of a JSON file in the same format as `data`. */
    src?: string;
    /** @internal Ids of the open items. */
    private open;
    /** @internal Ids of the sets showing all their items, not only the most common. */
    private expanded;
    /** @internal True between beforeprint and afterprint. */
    private printing;
    private l;
    private d;
    connectedCallback(): void;
    disconnectedCallback(): void;
    private onPrint;
    private t;
    private p;
    /** The severities the filter lets through; all of them while printing or when none is chosen. */
    private active;
    render(): TemplateResult;
    /**
     * A long list opens on its most common items (those marked ★) unless the reader asked for all, a filter is on, or
     * the page prints; a list with no ★ items, or only ★ items, shows everything.
     */
    private collapsed;
    private renderList;
    private severityWord;
    private heading;
    private renderSet;
    private renderItem;
    private toggle;
    private expand;
    private filter;
    private emit;
}
