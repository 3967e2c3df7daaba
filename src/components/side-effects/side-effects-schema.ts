import { CONFIDENCES, type Confidence, type SourceRef } from '../../content/references.js';
export type { Confidence };
import { positionWords } from '../../internal/author-messages.js';
import type { Validator } from '../../internal/data-source.js';
import { expectLocalizedText, type LocalizedText } from '../../internal/localize.js';
import { Issues, expectArray, expectNumber, expectObject, expectOneOf, expectSources, expectString, isPlainObject, keyPath, type Plain } from '../../internal/validate.js';

/**
 * mild: passes the same day without treatment · moderate: usually passes, but tell staff, as it can become
 * serious · serious: needs urgent care or a change in treatment.
 */
export const SEVERITIES = ['mild', 'moderate', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * during: during the session or infusion · after: later that day or in the next days · long-term: repeated or heavy
 * use · any: with any use (e.g. a risk in pregnancy).
 */
export const TIMINGS = ['during', 'after', 'long-term', 'any'] as const;
export type Timing = (typeof TIMINGS)[number];

/** A frequency word, for effects with no verified rate. */
export const FREQUENCY_WORDS = ['very-common', 'common', 'uncommon', 'rare'] as const;
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
export type ListedSideEffect = SideEffect & { id: string };

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

const ID = /^[A-Za-z0-9][\w-]{0,63}$/;

function checkTextList(value: unknown, path: string, issues: Issues): void {
  if (expectArray(value, path, issues, { max: 20 })) value.forEach((text, i) => expectLocalizedText(text, `${path}[${i}]`, issues, { maxLength: 600 }));
}

function checkItem(item: unknown, path: string, ids: Map<string, string>, issues: Issues): void {
  if (!expectObject(item, path, issues)) return;
  if (expectString(item.id, `${path}.id`, issues, { optional: true, maxLength: 64 })) {
    const first = ids.get(item.id);
    if (first) issues.add(`${path}.id`, `duplicate id "${item.id}" (also ${positionWords(first)})`);
    else if (!ID.test(item.id)) issues.add(`${path}.id`, 'use letters, digits, "-" or "_"');
    ids.set(item.id, path);
  }
  expectLocalizedText(item.name, `${path}.name`, issues, { maxLength: 120 });
  for (const key of ['description', 'when', 'help'] as const) expectLocalizedText(item[key], `${path}.${key}`, issues, { optional: true, maxLength: 600 });
  expectOneOf(item.timing, TIMINGS, `${path}.timing`, issues, { optional: true });
  expectOneOf(item.severity, SEVERITIES, `${path}.severity`, issues, { optional: true });
  for (const key of ['percent', 'placeboPercent'] as const) expectNumber(item[key], `${path}.${key}`, issues, { optional: true, min: 0, max: 100 });
  if (item.placeboPercent !== undefined && item.percent === undefined) issues.add(`${path}.placeboPercent`, 'needs "percent" as well');
  expectOneOf(item.frequency, FREQUENCY_WORDS, `${path}.frequency`, issues, { optional: true });
  expectOneOf(item.confidence, CONFIDENCES, `${path}.confidence`, issues, { optional: true });
  for (const key of ['common', 'boxed'] as const) if (item[key] !== undefined && typeof item[key] !== 'boolean') issues.add(`${path}.${key}`, 'expected true or false');
  expectSources(item.refs, `${path}.refs`, issues);
}

function checkSet(set: Plain, path: string, itemsPath: string, itemIds: Map<string, string>, issues: Issues): void {
  expectLocalizedText(set.title, keyPath(path, 'title'), issues, { optional: true, maxLength: 200 });
  expectLocalizedText(set.note, keyPath(path, 'note'), issues, { optional: true, maxLength: 600 });
  expectLocalizedText(set.drug, keyPath(path, 'drug'), issues, { optional: true, maxLength: 60 });
  const warning = keyPath(path, 'warning');
  if (set.warning !== undefined && expectObject(set.warning, warning, issues)) {
    expectLocalizedText(set.warning.title, `${warning}.title`, issues, { maxLength: 200 });
    checkTextList(set.warning.items, `${warning}.items`, issues);
    expectLocalizedText(set.warning.note, `${warning}.note`, issues, { optional: true, maxLength: 600 });
  }
  if (expectArray(set.items, itemsPath, issues, { min: 1, max: 200 })) {
    set.items.forEach((item, i) => checkItem(item, `${itemsPath}[${i}]`, itemIds, issues));
  }
}

/**
 * Validates a side-effect list; every message names the path of the bad value as the author wrote it
 * (`items[2].name` in a one-set object, `[2].name` in a bare array). A full list is returned as it came, one set
 * given alone is returned wrapped in `sets`.
 */
export const validateSideEffects: Validator<SideEffectList> = (input) => {
  const issues = new Issues();
  const itemIds = new Map<string, string>();
  let alone: Plain | undefined;
  if (Array.isArray(input)) {
    alone = { id: 'custom', items: input };
    checkSet(alone, '', '', itemIds, issues);
  } else if (isPlainObject(input) && input.sets === undefined && input.items !== undefined) {
    alone = { id: 'custom', ...input };
    delete alone.help;
    if (input.id !== undefined) expectString(input.id, 'id', issues, { maxLength: 64 });
    checkSet(input, '', 'items', itemIds, issues);
  } else if (expectObject(input, '', issues) && expectArray(input.sets, 'sets', issues, { min: 1, max: 20 })) {
    const setIds = new Set<string>();
    input.sets.forEach((set, s) => {
      const path = `sets[${s}]`;
      if (!expectObject(set, path, issues)) return;
      if (expectString(set.id, `${path}.id`, issues, { maxLength: 64 })) {
        if (setIds.has(set.id)) issues.add(`${path}.id`, `duplicate set id "${set.id}"`);
        setIds.add(set.id);
      }
      checkSet(set, path, `${path}.items`, itemIds, issues);
    });
  }
  const help = isPlainObject(input) ? input.help : undefined;
  if (help !== undefined) checkTextList(help, 'help', issues);
  if (!issues.ok) return { errors: issues.messages };
  const list = alone ? (help === undefined ? { sets: [alone] } : { sets: [alone], help }) : input;
  return { value: list as unknown as SideEffectList };
};
