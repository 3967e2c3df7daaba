import { type Confidence, type SourceRef } from '../../content/references.js';
export type { Confidence };
import type { Validator } from '../../internal/data-source.js';
import { type LocalizedText } from '../../internal/localize.js';
/**
 * mild: passes the same day without treatment · moderate: usually passes, but tell staff, as it can become
 * serious · serious: needs urgent care or a change in treatment.
 */
export declare const SEVERITIES: readonly ["mild", "moderate", "serious"];
export type Severity = (typeof SEVERITIES)[number];
/**
 * during: during the session or infusion · after: later that day or in the next days · long-term: repeated or heavy
 * use · any: with any use (e.g. a risk in pregnancy).
 */
export declare const TIMINGS: readonly ["during", "after", "long-term", "any"];
export type Timing = (typeof TIMINGS)[number];
/** A frequency word, for effects with no verified rate. */
export declare const FREQUENCY_WORDS: readonly ["very-common", "common", "uncommon", "rare"];
export type FrequencyWord = (typeof FREQUENCY_WORDS)[number];
export interface SideEffect {
    /** Unique across the whole list; by default `item-` and its place in the list (`item-3`). */
    id?: string;
    name: LocalizedText;
    /** Plain-language description. */
    description?: LocalizedText;
    /** Without it the item says "not stated" and is grouped under "Timing not stated". */
    timing?: Timing;
    /** Without it the badge says "Severity not stated", never "Mild". */
    severity?: Severity;
    /** More about the timing, e.g. "Peaks 30–45 minutes after the dose". */
    when?: LocalizedText;
    /** Percent of people on the medicine who had it (0–100). Only verified figures. */
    percent?: number;
    /** Percent on the comparison (placebo), 0–100; needs `percent`. */
    placeboPercent?: number;
    /** How common, in words, when there is no verified rate. */
    frequency?: FrequencyWord;
    /** One of the most common reactions (shown with a star; a long list opens on these). */
    common?: boolean;
    /** Named in the label's boxed warning (shown with a "Boxed warning" badge wherever it appears). */
    boxed?: boolean;
    /** When to get help for this effect. */
    help?: LocalizedText;
    /** Reference keys (see src/content/references.ts) or your own citation text; without them "Sources: none given". */
    refs?: SourceRef[];
    /** Without it "Evidence: not graded". */
    confidence?: Confidence;
}
/** A side effect as the widget shows it: every item has an id (given, or from its place in the list). */
export type ListedSideEffect = SideEffect & {
    id: string;
};
/** A callout shown above a set's items, such as a boxed warning. */
export interface SideEffectWarning {
    title: LocalizedText;
    items: LocalizedText[];
    /** Monitoring or safety rule shown under the list. */
    note?: LocalizedText;
}
export interface SideEffectSet<Item extends SideEffect = SideEffect> {
    /** Chosen with the `set` attribute, e.g. `esketamine`. */
    id: string;
    /** Heading of the set; without it no heading is shown. */
    title?: LocalizedText;
    /** Where the numbers come from, or why there are none. */
    note?: LocalizedText;
    /** Name of the medicine in the bar legend (default: the title). */
    drug?: LocalizedText;
    warning?: SideEffectWarning;
    items: Item[];
}
/**
 * The data format of <kw-side-effects>. A bare array of items, or one set's fields (`items`, `title`…) without
 * `sets`, is accepted as one set; an object with `help` and no `sets` or `items` keeps the built-in sets.
 */
export interface SideEffectList<Item extends SideEffect = SideEffect> {
    sets: SideEffectSet<Item>[];
    /** "When to get help" lines under the list; the built-in US lines when absent, none when empty. */
    help?: LocalizedText[];
}
/** A list as the widget shows it: every item with its id (see `withIds`). */
export type ListedSideEffects = SideEffectList<ListedSideEffect>;
/** A list with every field a reader relies on given, as the built-in content must be (the compiler checks it). */
export type CompleteSideEffectList = SideEffectList<ListedSideEffect & Required<Pick<SideEffect, 'timing' | 'severity' | 'refs' | 'confidence'>>>;
/**
 * Validates a side-effect list; every message names the path of the bad value as the author wrote it
 * (`items[2].name` in a one-set object, `[2].name` in a bare array). A full list is returned as it came, one set
 * given alone is returned wrapped in `sets`.
 */
export declare const validateSideEffects: Validator<SideEffectList>;
