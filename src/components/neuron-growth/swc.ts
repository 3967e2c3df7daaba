import type { Tree } from './morphology.js';

/** Longest SWC file accepted, in lines (a full reconstruction has a few thousand). */
export const SWC_MAX_LINES = 20000;
const MAX_ERRORS = 20;
/**
 * Most dendrite (in µm, in the drawing's plane) drawn and animated: a mouse pyramidal cell has about 6,000 µm.
 * Much more is a file in other units (nm), and would hang the page building its spines.
 */
export const SWC_MAX_LENGTH = 30000;

/** One point of the file (the z column is not drawn) and the line it is on. */
interface SwcPoint { id: number; type: number; x: number; y: number; r: number; parent: number; line: number }

/**
 * Parses a NeuroMorpho.Org SWC file (`n T x y z R P` per line, `#` comments; columns after the seventh, as in
 * Vaa3D's .eswc, are ignored). Soma (1), basal (3) and apical (4) points are kept, with y flipped so the apical
 * side points up on screen; axons and other types are dropped with their subtrees. Each problem names its line.
 */
export function parseSwc(text: string): { tree: Tree; errors?: undefined } | { errors: string[]; tree?: undefined } {
  const lines = text.split(/\r\n?|\n/);
  if (lines.length > SWC_MAX_LINES) {
    return { errors: [`line ${SWC_MAX_LINES + 1}: the file has ${lines.length.toLocaleString('en')} lines; the limit is ${SWC_MAX_LINES.toLocaleString('en')}`] };
  }
  const errors: string[] = [];
  const byId = new Map<number, SwcPoint>();
  lines.forEach((raw, index) => {
    const line = raw.replace(/#.*/, '').trim();
    const at = `line ${index + 1}: `;
    if (!line || errors.length >= MAX_ERRORS) return;
    const cols = line.split(/\s+/).slice(0, 7);
    if (cols.length < 7) return errors.push(`${at}expected 7 columns (n T x y z R P), found ${cols.length}`);
    const bad = cols.find((c) => !isFinite(+c));
    if (bad !== undefined) return errors.push(`${at}"${bad.slice(0, 20)}" is not a number`);
    // There are 7 numbers: the defaults are never used.
    const [id = NaN, type = NaN, x = NaN, y = NaN, , r = NaN, parent = NaN] = cols.map(Number);
    // -1 marks a root: an id of -1 (or any id below 1) would make a point its own parent.
    if (!Number.isInteger(id) || !Number.isInteger(parent) || id < 1 || (parent < 1 && parent !== -1)) {
      return errors.push(`${at}ids must be whole numbers from 1, and a parent is -1 or another point's id`);
    }
    const first = byId.get(id);
    if (first) return errors.push(`${at}duplicate id ${id} (first on line ${first.line})`);
    byId.set(id, { id, type, x, y, r, parent, line: index + 1 });
  });
  for (const { id, parent, line } of byId.values()) {
    if (errors.length >= MAX_ERRORS) break;
    if (parent !== -1 && !byId.has(parent)) errors.push(`line ${line}: parent ${parent} of point ${id} does not exist`);
  }
  if (errors.length) return { errors };

  // Breadth-first from the roots keeps parents before children and drops axons (2) and other types with their
  // subtrees (parent −2). It takes each point it reaches out of `byId`: those left hang from a cycle of parents.
  const kids = new Map<number, SwcPoint[]>();
  // Appended in place: copying the list per child would be quadratic for a soma with thousands of children.
  byId.forEach((point) => {
    const siblings = kids.get(point.parent);
    if (siblings) siblings.push(point);
    else kids.set(point.parent, [point]);
  });
  const tree: Tree = { x: [], y: [], r: [], parent: [], type: [] };
  // Each point with its parent's index in `tree` (-1 a root, -2 dropped) and the parent point itself.
  const queue: [SwcPoint, number, SwcPoint | undefined][] = (kids.get(-1) ?? []).map((point) => [point, -1, undefined]);
  let length = 0;
  // The first point left out for its own type (not for hanging from one), to name when no dendrite is left.
  let firstDropped: SwcPoint | undefined;
  for (const [point, parent, from] of queue) {
    const { id, type, x, y, r, line } = point;
    byId.delete(id);
    let index = -2;
    if (parent > -2 && (type === 1 || type === 3 || type === 4)) {
      if (from) length += Math.hypot(x - from.x, -y - -from.y);
      if (length > SWC_MAX_LENGTH) {
        const [total, limit] = [Math.ceil(length), SWC_MAX_LENGTH].map((n) => n.toLocaleString('en'));
        return { errors: [`line ${line}: the dendrites are ${total} µm long in all by this point; the limit is ${limit} µm (are the coordinates in µm?)`] };
      }
      index = tree.x.push(x) - 1;
      tree.y.push(-y);
      tree.r.push(Math.min(Math.max(r, 0.2), 50));
      tree.parent.push(parent);
      tree.type.push(type);
    } else if (parent > -2) firstDropped ??= point;
    kids.get(id)?.forEach((child) => queue.push([child, index, point]));
  }
  // Climbing as many parents as there are unreached points always ends inside the cycle. An unreached point's
  // parent is unreached too, so the lookup never falls back.
  const [unreached] = byId.values();
  if (unreached) {
    let point = unreached;
    byId.forEach(() => (point = byId.get(point.parent) ?? point));
    return { errors: [`line ${point.line}: point ${point.id} is its own ancestor (the parents form a cycle)`] };
  }
  const root = kids.get(-1)?.[0];
  if (!root) return { errors: ['the file has no points: each line is "n T x y z R P", the first the soma, such as "1 1 0 0 0 8 -1"'] };
  if (root.type !== 1) return { errors: [`line ${root.line}: the first point with parent -1 is type ${root.type}; it must be the soma, type 1`] };
  if (!tree.type.some((type) => type === 3 || type === 4)) {
    const [line, found] = firstDropped ? [firstDropped.line, `point ${firstDropped.id} is type ${firstDropped.type}`] : [root.line, 'the soma has no dendrites'];
    return { errors: [`line ${line}: ${found}; a drawing needs dendrites, type 3 (basal) or 4 (apical)`] };
  }
  return { tree };
}
