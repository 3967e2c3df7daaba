import { type SideEffect } from './side-effects-schema.js';
export type GroupBy = 'timing' | 'severity' | 'none';
export type SortOrder = 'frequency' | 'none';
export interface ItemGroup {
    /** A timing or severity key; undefined when not grouped. */
    key?: string;
    items: SideEffect[];
}
/** Sort key: the verified percent, else the rank of the frequency word, else last. */
export declare const frequencyRank: (item: SideEffect) => number;
/** Most common first (`frequency`); equal ranks keep their data order. `none` keeps the data order. */
export declare const sortItems: (items: readonly SideEffect[], order: SortOrder) => SideEffect[];
/** Splits items into groups in a fixed order (timeline order; serious first), leaving out empty groups. */
export declare function groupItems(items: readonly SideEffect[], by: GroupBy): ItemGroup[];
/** A percent as a natural-frequency count out of 100: a whole number, or `under1` / `none`. */
export declare const perHundred: (percent: number) => number | "under1" | "none";
