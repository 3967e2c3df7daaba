import { type Severity, type SideEffect, type SideEffectList, type SideEffectSet } from './side-effects-schema.js';
export type GroupBy = 'timing' | 'severity' | 'none';
export type SortOrder = 'frequency' | 'none';
export interface ItemGroup {
    /** A timing or severity key; undefined when not grouped. */
    key?: string;
    items: SideEffect[];
}
/** Sort key: the verified percent, else the rank of the frequency word, else last. */
export declare function frequencyRank(item: SideEffect): number;
/** Most common first; equal ranks keep their data order. */
export declare function sortItems(items: readonly SideEffect[], order: SortOrder): SideEffect[];
/** Splits items into groups in a fixed order (timeline order; serious first), leaving out empty groups. */
export declare function groupItems(items: readonly SideEffect[], by: GroupBy): ItemGroup[];
/** Items that pass the severity filter; an empty filter passes everything. */
export declare function filterItems(items: readonly SideEffect[], severities: readonly Severity[]): SideEffect[];
/** Parses the `severity` attribute ("serious moderate") into known severities. */
export declare function parseSeverities(value: string | undefined): Severity[];
/** The sets named by the `set` attribute (ids separated by spaces, or `all`); by default, or if none match, the first. */
export declare function selectSets(list: SideEffectList, set: string | undefined): SideEffectSet[];
/** A percent as a natural-frequency count out of 100: a whole number, or `under1` / `none`. */
export declare function perHundred(percent: number): number | 'under1' | 'none';
