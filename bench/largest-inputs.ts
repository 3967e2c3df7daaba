// The largest input each validator accepts, and how long validating it takes. `npm run bench` bundles this file
// and runs timeValidation() in Chromium; the figures go to bench/results.md and are never asserted.
import { validateCrisisDirectory } from '../src/components/disclaimer/crisis-directory.js';
import { parseSwc, SWC_MAX_LENGTH, SWC_MAX_LINES } from '../src/components/neuron-growth/swc.js';
import { parseMermaid } from '../src/components/pathway/mermaid.js';
import { MAX_EDGES, MAX_NODES, validatePathway } from '../src/components/pathway/pathway-schema.js';
import { validateSideEffects } from '../src/components/side-effects/side-effects-schema.js';

/** A `data-source` `src` file is read up to this many bytes; the crisis directory has no other size limit. */
const SRC_CAP = 5e6;
/** Mermaid and SWC lines, and the Mermaid reader's longest line. */
const MAX_LINE = 2000;

/** Words up to exactly `length` characters. */
const words = (length: number): string => 'lorem ipsum '.repeat(Math.ceil(length / 12)).slice(0, length - 1) + '.';
const refs = () => Array.from({ length: 20 }, () => words(200));

/** Pathway data with every list full and every text at its limit. */
function largestPathway(): unknown {
  const stages = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, label: words(40) }));
  const nodes = Array.from({ length: MAX_NODES }, (_, i) => ({
    id: `n${i}`,
    label: words(60),
    description: words(600),
    kind: 'k'.repeat(30),
    confidence: 'supported',
    stage: `s${i % 12}`,
    refs: refs(),
  }));
  const edges = Array.from({ length: MAX_EDGES }, (_, i) => ({
    from: `n${i % MAX_NODES}`,
    to: `n${(i * 7 + 1) % MAX_NODES}`,
    effect: 'activates',
    label: words(120),
    confidence: 'debated',
    refs: refs(),
  })).filter((e) => e.from !== e.to);
  return { title: words(200), caption: words(600), stages, nodes, edges, steps: nodes.map((n) => n.id) };
}

/** Side effects: 20 sets of 200 items, every text at its limit. */
function largestSideEffects(): unknown {
  const list = () => Array.from({ length: 20 }, () => words(600));
  const sets = Array.from({ length: 20 }, (_, s) => ({
    id: `set${s}`,
    title: words(200),
    note: words(600),
    drug: words(60),
    warning: { title: words(200), items: list(), note: words(600) },
    items: Array.from({ length: 200 }, (_, i) => ({
      id: `s${s}-i${i}`,
      name: words(120),
      description: words(600),
      when: words(600),
      help: words(600),
      timing: 'during',
      severity: 'mild',
      percent: 30,
      placeboPercent: 10,
      confidence: 'established',
      refs: refs(),
    })),
  }));
  return { sets, help: list() };
}

/** A crisis directory as large as a `src` file may be: full regions (20 lines of 10 contacts) up to 5 MB of JSON. */
function largestCrisisDirectory(): unknown {
  const region = {
    name: words(80),
    emergency: '911',
    lines: Array.from({ length: 20 }, (_, l) => ({
      id: `line${l}`,
      name: words(120),
      description: words(400),
      languageNotes: { es: words(200), fr: words(200) },
      contacts: Array.from({ length: 10 }, (_, c) => (c % 2 ? { type: 'call', value: '+1 (800) 273-8255', label: words(80) } : { type: 'web', value: `https://example.org/${'p'.repeat(280)}`, label: words(80) })),
    })),
  };
  const count = Math.floor(SRC_CAP / JSON.stringify(region).length);
  return { regions: Object.fromEntries(Array.from({ length: count }, (_, r) => [`R${r}`, region])) };
}

/** SWC at its line limit: a soma and a branching tree of 1.5 µm steps, 29,998.5 µm of dendrite in all. */
function largestSwc(): string {
  const step = SWC_MAX_LENGTH / SWC_MAX_LINES;
  const x = [0];
  const y = [0];
  const rows = ['1 1 0 0 0 8 -1'];
  for (let n = 2; n <= SWC_MAX_LINES; n++) {
    const parent = Math.max(1, Math.floor(n / 2));
    const angle = n * 0.7;
    x[n - 1] = (x[parent - 1] ?? 0) + step * Math.cos(angle);
    y[n - 1] = (y[parent - 1] ?? 0) + step * Math.sin(angle);
    rows.push(`${n} 3 ${x[n - 1]} ${y[n - 1]} 0 0.5 ${parent}`);
  }
  return rows.join('\n');
}

/** Mermaid at every cap at once: 200 nodes and 600 links on lines of 2,000 characters, 5 MB of text in all. */
function largestMermaid(): string {
  const pad = (line: string) => line + ' '.repeat(Math.max(0, MAX_LINE - line.length));
  const lines = ['flowchart LR'];
  for (let i = 0; i < MAX_NODES; i++) lines.push(`n${i}["${words(MAX_LINE - 12)}"]`);
  for (let i = 0; i < MAX_EDGES; i++) lines.push(pad(`n${i % MAX_NODES} -- ${words(MAX_LINE - 40)} --> n${(i * 7 + 1) % MAX_NODES}`));
  while (lines.length * MAX_LINE < SRC_CAP) lines.push(`%% ${words(MAX_LINE - 3)}`);
  return lines.join('\n');
}

interface Timing {
  name: string;
  /** What "largest" means for it, and its size as JSON or text. */
  size: string;
  median: number;
  max: number;
}

const megabytes = (chars: number) => `${(chars / 1e6).toFixed(1)} MB`;

/** Validates each largest input `samples` times (it must be valid: a refused input would time the wrong thing). */
export function timeValidation(samples: number): Timing[] {
  const cases: [string, string, unknown, (input: unknown) => { errors?: string[] }][] = [
    ['pathway JSON', `${MAX_NODES} nodes, ${MAX_EDGES} edges, texts and refs at their limits`, largestPathway(), validatePathway],
    ['side effects', '20 sets of 200 items, texts and refs at their limits', largestSideEffects(), validateSideEffects],
    ['crisis directory', 'full regions up to the 5 MB src limit', largestCrisisDirectory(), validateCrisisDirectory],
    ['SWC', `${SWC_MAX_LINES.toLocaleString('en')} lines, ${SWC_MAX_LENGTH.toLocaleString('en')} µm`, largestSwc(), (text) => parseSwc(text as string)],
    ['Mermaid', `${MAX_NODES} nodes, ${MAX_EDGES} links, 2,000-character lines up to 5 MB`, largestMermaid(), (text) => parseMermaid(text as string)],
  ];
  return cases.map(([name, what, input, validate]) => {
    const errors = validate(input).errors;
    if (errors?.length) throw new Error(`${name}: the largest input is refused: ${errors[0]}`);
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const start = performance.now();
      validate(input);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const size = megabytes(typeof input === 'string' ? input.length : JSON.stringify(input).length);
    return { name, size: `${what}; ${size}`, median: times[Math.floor(times.length / 2)] ?? NaN, max: times.at(-1) ?? NaN };
  });
}
