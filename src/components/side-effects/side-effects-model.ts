import { SEVERITIES, TIMINGS, type ListedSideEffect, type ListedSideEffects, type Severity, type SideEffect, type SideEffectList, type Timing } from './side-effects-schema.js';

export type GroupBy = 'timing' | 'severity' | 'none';
export type SortOrder = 'frequency' | 'none';

/** The severity an item shows: its own, or `unstated` (never a default such as "mild"). */
export type ShownSeverity = Severity | 'unstated';
export const SHOWN_SEVERITIES: readonly ShownSeverity[] = [...SEVERITIES, 'unstated'];
export const severityOf = (item: SideEffect): ShownSeverity => item.severity ?? 'unstated';
export const timingOf = (item: SideEffect): Timing | 'unstated' => item.timing ?? 'unstated';

export interface ItemGroup<Item extends SideEffect = SideEffect> {
  /** A timing or severity key (`unstated` for items that give none); undefined when not grouped. */
  key?: string;
  items: Item[];
}

// Rough per-100 rates that place word-only items among numbered ones when sorting; never shown.
const WORD_RANK = { 'very-common': 30, common: 10, uncommon: 0.5, rare: 0.01 };

/** Sort key: the verified percent, else the rank of the frequency word, else last. */
export const frequencyRank = (item: SideEffect): number => item.percent ?? (item.frequency ? WORD_RANK[item.frequency] : -1);

/** Most common first (`frequency`); equal ranks keep their data order. `none` keeps the data order. */
export const sortItems = <Item extends SideEffect>(items: readonly Item[], order: SortOrder): Item[] =>
  order === 'none' ? [...items] : [...items].sort((a, b) => frequencyRank(b) - frequencyRank(a));

/**
 * Splits items into groups in a fixed order (timeline order; serious first), then those that do not say, leaving
 * out empty groups.
 */
export function groupItems<Item extends SideEffect>(items: readonly Item[], by: GroupBy): ItemGroup<Item>[] {
  if (by === 'none') return items.length ? [{ items: [...items] }] : [];
  const [keys, keyOf] = by === 'severity' ? [[...SEVERITIES].reverse(), severityOf] : [TIMINGS, timingOf];
  return [...keys, 'unstated']
    .map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) }))
    .filter((group) => group.items.length);
}

/** A percent as a natural-frequency count out of 100: a whole number, or `under1` / `none`. */
export const perHundred = (percent: number): number | 'under1' | 'none' => (percent ? (percent < 1 ? 'under1' : Math.round(percent)) : 'none');

/** Items without an id get `item-N`, N their place in the whole list (from 1), skipping any id already given. */
export function withIds(list: SideEffectList): ListedSideEffects {
  const given = new Set(list.sets.flatMap((set) => set.items.map((item) => item.id)));
  let n = 0;
  const next = (): string => {
    let id: string;
    do id = `item-${++n}`;
    while (given.has(id));
    return id;
  };
  return { ...list, sets: list.sets.map((set) => ({ ...set, items: set.items.map((item) => (item.id === undefined ? { ...item, id: next() } : (item as ListedSideEffect))) })) };
}
