import { type ListedSideEffects, type Severity, type SideEffect, type SideEffectList, type Timing } from './side-effects-schema.js';
export type GroupBy = 'timing' | 'severity' | 'none';
export type SortOrder = 'frequency' | 'none';
/** The severity an item shows: its own, or `unstated` (never a default such as "mild"). */
export type ShownSeverity = Severity | 'unstated';
export declare const SHOWN_SEVERITIES: readonly ShownSeverity[];
export declare const severityOf: (item: SideEffect) => ShownSeverity;
export declare const timingOf: (item: SideEffect) => Timing | "unstated";
export interface ItemGroup<Item extends SideEffect = SideEffect> {
    /** A timing or severity key (`unstated` for items that give none); undefined when not grouped. */
    key?: string;
    items: Item[];
}
/** Sort key: the verified percent, else the rank of the frequency word, else last. */
export declare const frequencyRank: (item: SideEffect) => number;
/** Most common first (`frequency`); equal ranks keep their data order. `none` keeps the data order. */
export declare const sortItems: <Item extends SideEffect>(items: readonly Item[], order: SortOrder) => Item[];
/**
 * Splits items into groups in a fixed order (timeline order; serious first), then those that do not say, leaving
 * out empty groups.
 */
export declare function groupItems<Item extends SideEffect>(items: readonly Item[], by: GroupBy): ItemGroup<Item>[];
/** A percent as a natural-frequency count out of 100: a whole number, or `under1` / `none`. */
export declare const perHundred: (percent: number) => number | "under1" | "none";
/** Items without an id get `item-N`, N their place in the whole list (from 1), skipping any id already given. */
export declare function withIds(list: SideEffectList): ListedSideEffects;
