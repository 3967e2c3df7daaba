import type { Tree } from './morphology.js';

/** Longest SWC file accepted, in lines (a full reconstruction has a few thousand). */
export const SWC_MAX_LINES = 20000;
const MAX_ERRORS = 20;

/**
 * Parses a NeuroMorpho.Org SWC file (`n T x y z R P` per line, `#` comments). Soma (1), basal (3) and apical (4)
 * points are kept, with y flipped so the apical side points up on screen and the first soma point at 0,0;
 * axons and other types are dropped with their subtrees. Each problem names its line.
 */
export function parseSwc(text: string): { tree: Tree; errors?: undefined } | { errors: string[]; tree?: undefined } {
  const lines = text.split(/\r\n?|\n/);
  if (lines.length > SWC_MAX_LINES) return { errors: [`line ${SWC_MAX_LINES + 1}: file is longer than ${SWC_MAX_LINES} lines`] };
  const errors: string[] = [];
  const rows: number[][] = [];
  const lineOf = new Map<number, number>();
  lines.forEach((raw, index) => {
    const line = raw.replace(/#.*/, '').trim();
    const at = `line ${index + 1}: `;
    if (!line || errors.length >= MAX_ERRORS) return;
    const cols = line.split(/\s+/);
    if (cols.length !== 7) return errors.push(`${at}expected 7 columns (n T x y z R P), found ${cols.length}`);
    const bad = cols.find((c) => !isFinite(+c));
    if (bad !== undefined) return errors.push(`${at}"${bad.slice(0, 20)}" is not a number`);
    const row = cols.map(Number);
    const [id, , , , , , parent] = row;
    if (!Number.isInteger(id) || !Number.isInteger(parent)) return errors.push(`${at}ids must be whole numbers`);
    if (lineOf.has(id)) return errors.push(`${at}duplicate id ${id} (first on line ${lineOf.get(id)})`);
    lineOf.set(id, index + 1);
    rows.push(row);
  });
  const byId = new Map(rows.map((row) => [row[0], row]));
  for (const [id, , , , , , parent] of rows) {
    if (parent !== -1 && !byId.has(parent)) errors.push(`line ${lineOf.get(id)}: parent ${parent} of point ${id} does not exist`);
  }
  if (errors.length) return { errors };

  // Walk up from each point; meeting a point of the current walk again means the parents form a cycle.
  const state = new Map<number, number>();
  for (const [start] of rows) {
    const walk: number[] = [];
    let id = start;
    while (id !== -1 && !state.has(id)) {
      state.set(id, 1);
      walk.push(id);
      id = byId.get(id)![6];
    }
    if (id !== -1 && state.get(id) === 1) errors.push(`line ${lineOf.get(id)}: point ${id} is its own ancestor (the parents form a cycle)`);
    walk.forEach((w) => state.set(w, 2));
  }
  if (errors.length) return { errors };

  // Breadth-first from the roots keeps parents before children and drops axons (2) and other types.
  const kids = new Map<number, number[][]>();
  rows.forEach((row) => kids.set(row[6], [...(kids.get(row[6]) ?? []), row]));
  const tree: Tree = { x: [], y: [], r: [], parent: [], type: [] };
  const queue: [number[], number][] = (kids.get(-1) ?? []).map((row) => [row, -1]);
  const soma = rows.find((row) => row[1] === 1) ?? rows[0];
  for (const [row, parent] of queue) {
    const type = row[1];
    if (type !== 1 && type !== 3 && type !== 4) continue;
    tree.x.push(row[2] - (soma?.[2] ?? 0));
    tree.y.push((soma?.[3] ?? 0) - row[3]);
    tree.r.push(Math.max(row[5], 0.2));
    tree.parent.push(parent);
    tree.type.push(type);
    const index = tree.x.length - 1;
    (kids.get(row[0]) ?? []).forEach((child) => queue.push([child, index]));
  }
  if (tree.type[0] !== 1) return { errors: ['no soma (type 1) point is a root of the file'] };
  return { tree };
}
