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
    /** Unique across the whole list. */
    id: string;
    name: LocalizedText;
    /** Plain-language description. */
    description?: LocalizedText;
    timing: Timing;
    severity: Severity;
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
    /** Reference keys (see src/content/references.ts) or your own citation text. */
    refs?: SourceRef[];
    confidence?: Confidence;
}
/** A callout shown above a set's items, such as a boxed warning. */
export interface SideEffectWarning {
    title: LocalizedText;
    items: LocalizedText[];
    /** Monitoring or safety rule shown under the list. */
    note?: LocalizedText;
}
export interface SideEffectSet {
    /** Chosen with the `set` attribute, e.g. `esketamine`. */
    id: string;
    /** Heading of the set; without it no heading is shown. */
    title?: LocalizedText;
    /** Where the numbers come from, or why there are none. */
    note?: LocalizedText;
    /** Name of the medicine in the bar legend (default: the title). */
    drug?: LocalizedText;
    warning?: SideEffectWarning;
    items: SideEffect[];
}
/**
 * The data format of <kw-side-effects>. A bare array of items is accepted as one set; an object with `help` and
 * no `sets` keeps the built-in sets.
 */
export interface SideEffectList {
    sets: SideEffectSet[];
    /** "When to get help" lines under the list; the built-in US lines when absent, none when empty. */
    help?: LocalizedText[];
}
/** Validates a side-effect list; every message names the path of the bad value. */
export declare const validateSideEffects: Validator<SideEffectList>;
