/**
 * Problems in a page's data, in the words of the person who wrote it: positions counted from 1 and named by
 * their id ("node 3 (id "bdnf"): label is 70 characters; the limit is 60"). Validators report plain paths
 * (`nodes[2].label`); this turns the leading path of each message into words, looking the ids up in the data.
 */
const SINGULAR: Record<string, string> = {
  nodes: 'node',
  edges: 'edge',
  stages: 'stage',
  steps: 'step',
  sets: 'set',
  items: 'item',
  lines: 'line',
  contacts: 'contact',
  help: 'help line',
  refs: 'source',
  warnings: 'warning',
};

const PATH = /^((?:[A-Za-z_$][\w$-]*|\["(?:[^"\\]|\\.)*"\]|\[\d+\])(?:\[\d+\]|\.[A-Za-z_$][\w$-]*|\["(?:[^"\\]|\\.)*"\])*): /;

/**
 * `nodes[2].label: …` → `node 3 (id "bdnf"): label …`; messages without a path are kept as they are. Never throws:
 * anything it cannot read (a getter that throws, an odd key) leaves the message as the validator wrote it.
 */
export function authorMessage(message: string, input: unknown): string {
  try {
    return inWords(message, input);
  } catch {
    return message;
  }
}

function inWords(message: string, input: unknown): string {
  const match = PATH.exec(message);
  if (!match) return message;
  const segments = [...match[1]!.matchAll(/([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)];
  const words: string[] = [];
  const fields: string[] = [];
  let value: unknown = input;
  for (let i = 0; i < segments.length; i++) {
    const [, name, index, quoted] = segments[i]!;
    const key = name ?? (quoted !== undefined ? (JSON.parse(`"${quoted}"`) as string) : undefined);
    const nextIndex = segments[i + 1]?.[2];
    if (key !== undefined && nextIndex !== undefined) {
      // A list and a position in it: "node 3 (id "bdnf")".
      const item = (value as Record<string, unknown[]> | undefined)?.[key]?.[Number(nextIndex)];
      words.push(`${SINGULAR[key] ?? `${key} item`} ${Number(nextIndex) + 1}${nameOf(item)}`);
      value = item;
      i++;
    } else if (key !== undefined && words.length === 0 && fields.length === 0 && key === 'regions') {
      const region = segments[i + 1];
      const regionKey = region?.[1] ?? (region?.[3] !== undefined ? JSON.parse(`"${region[3]}"`) : undefined);
      if (regionKey === undefined) fields.push(key);
      else {
        words.push(`region "${regionKey}"`);
        value = (value as { regions?: Record<string, unknown> } | undefined)?.regions?.[regionKey];
        i++;
      }
    } else if (key !== undefined) {
      fields.push(key);
      value = (value as Record<string, unknown> | undefined)?.[key];
    } else if (index !== undefined && !words.length && !fields.length) {
      // A bare list at the top, such as an array of side effects: "item 3 (id "nausea")".
      value = (value as unknown[] | undefined)?.[Number(index)];
      words.push(`item ${Number(index) + 1}${nameOf(value)}`);
    } else if (index !== undefined) {
      fields.push(`${fields.pop() ?? 'item'} ${Number(index) + 1}`);
      value = (value as unknown[] | undefined)?.[Number(index)];
    }
  }
  const rest = message.slice(match[0].length);
  const field = fields.join('.');
  if (!words.length) return `${field}: ${rest}`;
  // "label is 70 characters…" reads as a sentence; "to: no node with id 'x'" needs its colon.
  const joined = !field ? rest : /^(is|has|must|are) /.test(rest) ? `${field} ${rest}` : `${field}: ${rest}`;
  return `${words.join(', ')}: ${joined}`;
}

/** How an author finds an item again: its id, for an arrow its two ends, else its name (ids are optional in lists). */
function nameOf(item: unknown): string {
  if (!item || typeof item !== 'object') return '';
  const { id, from, to, name } = item as { id?: unknown; from?: unknown; to?: unknown; name?: unknown };
  if (typeof id === 'string' && id) return ` (id "${id.slice(0, 40)}")`;
  if (typeof from === 'string' && typeof to === 'string') return ` (from "${from.slice(0, 40)}" to "${to.slice(0, 40)}")`;
  const text = typeof name === 'string' ? name : name && typeof name === 'object' ? Object.values(name).find((v) => typeof v === 'string') : undefined;
  return typeof text === 'string' && text.trim() ? ` ("${text.slice(0, 40)}")` : '';
}

/** A path alone as positions from 1, for use inside a message: `sets[0].items[2]` → `set 1, item 3`. */
export function positionWords(path: string): string {
  return authorMessage(`${path}: x`, undefined).replace(/: x$/, '');
}
