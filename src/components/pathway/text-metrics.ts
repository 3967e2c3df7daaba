/**
 * A text-width estimate that needs no fonts and no DOM, so that a server lays the diagram out exactly as the
 * browser's first frame of the pre-rendered element does. Each character class has the widest advance (in em)
 * of DejaVu Sans and Liberation Sans (the Arial metrics) as Chromium measures them, rounded up: real sans-serif
 * text is a little narrower than its estimate, so it fits the boxes laid out for it.
 */

/** Characters by advance width, as `[characters, regular em, bold (600) em]`. */
const CLASSES: readonly (readonly [string, number, number])[] = [
  ["ijlIí'", 0.29, 0.37],
  [' .,:;/\\|·‘’', 0.34, 0.4],
  ['ftr-!¡()[]', 0.41, 0.49],
  ['"*`J', 0.5, 0.56],
  ['czskvxy?¿_–“”', 0.61, 0.67],
  ['abdeghnopqu0123456789${}', 0.64, 0.72],
  ['EFLPSTYZ', 0.69, 0.73],
  ['ABCKRVX', 0.72, 0.77],
  ['DGHNOQU&#+<=>^~', 0.84, 0.87],
  ['wM', 0.86, 1],
  ['mW%@—…', 1.02, 1.1],
];

/** Anything else (another script, an emoji): a full em and more. */
const OTHER: readonly [number, number] = [1, 1.1];

const ADVANCE = new Map<string, readonly [number, number]>(CLASSES.flatMap(([chars, regular, bold]) => [...chars].map((c) => [c, [regular, bold] as const])));

/** The advance of one character: its own class, or its letter's without the accent (é → e), or `OTHER`. */
function advance(char: string): readonly [number, number] {
  return ADVANCE.get(char) ?? ADVANCE.get(char.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) ?? OTHER;
}

/**
 * The estimated width in px of `text` set in `font`, a CSS font shorthand as the layout writes it
 * (`600 16px Inter, sans-serif`): its size and whether it is bold (600 or more) count, the family does not.
 */
export function estimateTextWidth(text: string, font: string): number {
  const size = Number(/([\d.]+)px/.exec(font)?.[1] ?? 16);
  const weight = /^\s*(bold|[6-9]00)\b/.exec(font);
  const column = weight ? 1 : 0;
  let em = 0;
  for (const char of text) em += advance(char)[column];
  return em * size;
}
