import { defaultCrisisDirectory } from '../../src/content/crisis-lines.js';
import { disclaimerStrings } from '../../src/content/disclaimer.js';
import { neuronGrowthStrings } from '../../src/content/neuron-growth.js';
import { defaultPathway, pathwayStrings } from '../../src/content/pathway.js';
import { defaultSideEffects, sideEffectsStrings } from '../../src/content/side-effects.js';

// A small Flesch–Kincaid scorer for the readability test (and for measuring the content by hand).

/** Syllables in one word, by vowel groups with the usual English corrections (silent final e, -ed, -es). */
export function syllables(word: string): number {
  // Numbers are read aloud: "988" is three syllables ("nine eight eight"), "24" about two.
  if (/\d/.test(word)) return Math.min(3, word.replace(/\D/g, '').length) || 1;
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouyt]ed|[^laeiouy]e)$/, (end) => end[0]!).replace(/^y/, '');
  return Math.max(1, w.match(/[aeiouy]+/g)?.length ?? 1);
}

/** Words of a text: placeholders such as {number} read as one short word; dashes and slashes split words. */
export function words(text: string): string[] {
  return text
    .replace(/\{\w+\}/g, 'it')
    .split(/[\s/–—]+|-(?=\D)/)
    .filter((w) => /[\p{L}\d]/u.test(w));
}

/** Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fkGrade(text: string): number {
  const list = words(text);
  if (list.length === 0) return 0;
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((s) => /[\p{L}\d]/u.test(s)).length);
  const syllableCount = list.reduce((sum, w) => sum + syllables(w), 0);
  return 0.39 * (list.length / sentences) + 11.8 * (syllableCount / list.length) - 15.59;
}

export interface PatientText {
  where: string;
  text: string;
}

/** Every English text in `value`: the `en` entry of localized text, found anywhere in the data. */
function englishIn(value: unknown, where: string, out: PatientText[]): PatientText[] {
  if (Array.isArray(value)) value.forEach((v, i) => englishIn(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string') out.push({ where, text: record.en });
    else for (const [key, v] of Object.entries(record)) englishIn(v, `${where}.${key}`, out);
  }
  return out;
}

/** Every string of a component's English table. */
const table = (name: string, strings: Record<string, string>): PatientText[] =>
  Object.entries(strings).map(([key, text]) => ({ where: `${name}.${key}`, text }));

export const patientTexts: PatientText[] = [
  ...table('disclaimer', disclaimerStrings.en),
  ...table('pathway strings', pathwayStrings.en),
  ...table('side-effect strings', sideEffectsStrings.en),
  ...table('neuron', neuronGrowthStrings.en),
  ...englishIn(defaultPathway, 'pathway', []),
  ...englishIn(defaultSideEffects, 'side effects', []),
  ...englishIn(defaultCrisisDirectory, 'crisis lines', []),
];

