import { SEVERITIES, TIMINGS, type SideEffect } from './side-effects-schema.js';

export type GroupBy = 'timing' | 'severity' | 'none';
export type SortOrder = 'frequency' | 'none';

export interface ItemGroup {
  /** A timing or severity key; undefined when not grouped. */
  key?: string;
  items: SideEffect[];
}

// Rough per-100 rates that place word-only items among numbered ones when sorting; never shown.
const WORD_RANK = { 'very-common': 30, common: 10, uncommon: 0.5, rare: 0.01 };

/** Sort key: the verified percent, else the rank of the frequency word, else last. */
export const frequencyRank = (item: SideEffect): number => item.percent ?? (item.frequency ? WORD_RANK[item.frequency] : -1);

/** Most common first (`frequency`); equal ranks keep their data order. `none` keeps the data order. */
export const sortItems = (items: readonly SideEffect[], order: SortOrder): SideEffect[] =>
  order === 'none' ? [...items] : [...items].sort((a, b) => frequencyRank(b) - frequencyRank(a));

/** Splits items into groups in a fixed order (timeline order; serious first), leaving out empty groups. */
export function groupItems(items: readonly SideEffect[], by: GroupBy): ItemGroup[] {
  if (by === 'none') return items.length ? [{ items: [...items] }] : [];
  const field = by === 'severity' ? by : 'timing';
  return (field === 'timing' ? TIMINGS : [...SEVERITIES].reverse())
    .map((key) => ({ key, items: items.filter((item) => item[field] === key) }))
    .filter((group) => group.items.length);
}

/** A percent as a natural-frequency count out of 100: a whole number, or `under1` / `none`. */
export const perHundred = (percent: number): number | 'under1' | 'none' => (percent ? (percent < 1 ? 'under1' : Math.round(percent)) : 'none');
