import { SEVERITIES, TIMINGS, type FrequencyWord, type Severity, type SideEffect, type SideEffectList, type SideEffectSet } from './side-effects-schema.js';

export type GroupBy = 'timing' | 'severity' | 'none';
export type SortOrder = 'frequency' | 'none';

export interface ItemGroup {
  /** A timing or severity key; undefined when not grouped. */
  key?: string;
  items: SideEffect[];
}

// Rough per-100 rates that place word-only items among numbered ones when sorting; never shown.
const WORD_RANK: Record<FrequencyWord, number> = { 'very-common': 30, common: 10, uncommon: 0.5, rare: 0.01 };

/** Sort key: the verified percent, else the rank of the frequency word, else last. */
export function frequencyRank(item: SideEffect): number {
  return item.percent ?? (item.frequency ? WORD_RANK[item.frequency] : -1);
}

/** Most common first; equal ranks keep their data order. */
export function sortItems(items: readonly SideEffect[], order: SortOrder): SideEffect[] {
  return order === 'frequency' ? [...items].sort((a, b) => frequencyRank(b) - frequencyRank(a)) : [...items];
}

/** Splits items into groups in a fixed order (timeline order; serious first), leaving out empty groups. */
export function groupItems(items: readonly SideEffect[], by: GroupBy): ItemGroup[] {
  if (by === 'none') return items.length ? [{ items: [...items] }] : [];
  const keys: readonly string[] = by === 'timing' ? TIMINGS : [...SEVERITIES].reverse();
  return keys
    .map((key) => ({ key, items: items.filter((item) => (by === 'timing' ? item.timing : item.severity) === key) }))
    .filter((group) => group.items.length > 0);
}

/** Items that pass the severity filter; an empty filter passes everything. */
export function filterItems(items: readonly SideEffect[], severities: readonly Severity[]): SideEffect[] {
  return severities.length ? items.filter((item) => severities.includes(item.severity)) : [...items];
}

/** Parses the `severity` attribute ("serious moderate") into known severities. */
export function parseSeverities(value: string | undefined): Severity[] {
  const words = (value ?? '').toLowerCase().split(/[\s,]+/);
  return SEVERITIES.filter((s) => words.includes(s));
}

/** The sets named by the `set` attribute (ids separated by spaces, or `all`); by default, or if none match, the first. */
export function selectSets(list: SideEffectList, set: string | undefined): SideEffectSet[] {
  const ids = (set ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  if (ids.includes('all')) return list.sets;
  const chosen = list.sets.filter((s) => ids.includes(s.id.toLowerCase()));
  return chosen.length ? chosen : list.sets.slice(0, 1);
}

/** A percent as a natural-frequency count out of 100: a whole number, or `under1` / `none`. */
export function perHundred(percent: number): number | 'under1' | 'none' {
  if (percent === 0) return 'none';
  return percent < 1 ? 'under1' : Math.round(percent);
}
