/**
 * Reads a Mermaid flowchart (`flowchart` or `graph`, any direction) into pathway data, so a blogger can bring a
 * diagram they already have. Pure: no DOM. What the widget cannot draw is an error naming its line; what it
 * can safely leave out (styles, classes, clicks) is one warning.
 *
 * Mapping: `-->` leads to, `==>` activates, `--x` inhibits, `-.->` leads to with lower confidence ("debated"),
 * `---` and `--o` lead to. `%% kw: title …`, `%% kw: caption …`, `%% kw: confidence <id> <level>`,
 * `%% kw: kind <id> <kind>` and `%% kw: description <id> …` add what Mermaid has no syntax for.
 */
import { CONFIDENCES, type Confidence } from '../../content/references.js';
import { MAX_EDGES, MAX_NODES, type Effect } from './pathway-schema.js';

/** Longer lines are refused before any pattern runs on them. */
const MAX_LINE = 2000;

export interface MermaidNode {
  id: string;
  label: string;
  description?: string;
  kind?: string;
  confidence?: Confidence;
  /** The subgraph the node was declared in, by its title. */
  stage?: string;
}

export interface MermaidEdge {
  from: string;
  to: string;
  effect: Effect;
  label?: string;
  confidence?: Confidence;
}

export interface MermaidPathway {
  title?: string;
  caption?: string;
  nodes: MermaidNode[];
  edges: MermaidEdge[];
}

export type MermaidResult =
  | { data: MermaidPathway; orientation: 'horizontal' | 'vertical'; warnings: string[]; errors?: undefined }
  | { errors: string[]; warnings: string[]; data?: undefined };

const HEADER = /^(?:flowchart|graph)(?:\s+(TB|TD|BT|LR|RL))?\s*;?$/i;
const IGNORED = /^(?:classDef|class|style|linkStyle|click)\b/;
const ID = /^[A-Za-z0-9_][\w]*/;
/** Shapes the widget draws as a box, longest opener first so `((` wins over `(`. */
const SHAPES: [open: string, close: string][] = [
  ['(((', ')))'],
  ['((', '))'],
  ['([', '])'],
  ['[[', ']]'],
  ['[(', ')]'],
  ['{{', '}}'],
  ['[/', '/]'],
  ['[\\', '\\]'],
  ['[/', '\\]'],
  ['[\\', '/]'],
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['>', ']'],
];

interface Link {
  effect: Effect;
  confidence?: Confidence;
  label?: string;
}

/** A link at the start of `rest`: its kind, its label, and how many characters it took. */
function readLink(rest: string): { link: Link; length: number } | { unsupported: string } | undefined {
  // Two-way and decorated-start links (<-->, o--o, x--x) have no meaning in a pathway.
  const twoWay = /^\s*(?:<|o(?=-)|x(?=-))(?:-{2,}|={2,}|-\.+-)[->ox]/.exec(rest);
  if (twoWay) return { unsupported: 'two-way links' };
  if (/^\s*~~~/.test(rest)) return { unsupported: 'invisible links (~~~)' };
  // Label in the middle: "-- text -->", "== text ==>", "-. text .->", "-- text ---". The closing arrow is found by
  // one scan (a single regex over the label would backtrack for seconds on long runs of spaces).
  const opener = /^\s*(--|==|-\.)\s+(?!>)/.exec(rest);
  if (opener) {
    const after = rest.slice(opener[0].length);
    const close = /\s(-{2,}>|={2,}>|\.-+>|-{3,}|={3,}|\.-+)(?=[\s\w"]|$)/.exec(after);
    const label = close ? after.slice(0, close.index).trim() : '';
    if (close && label) {
      const token = close[1]!;
      const kind = classify(token.startsWith('.') ? `-.${token}` : opener[1] === '==' ? `=${token}` : `-${token}`);
      if (kind) return { link: { ...kind, label: unquote(label) }, length: opener[0].length + close.index + close[0].length };
    }
  }
  const arrow = /^\s*(-{2,}>|={2,}>|-\.+->|-\.+-|-{3,}|={3,}|-{2,}[ox](?![\w])|-{2,}[ox](?=\s))/.exec(rest);
  if (!arrow) return undefined;
  const kind = classify(arrow[1]!);
  if (!kind) return undefined;
  let length = arrow[0].length;
  const piped = /^\s*\|((?:[^|])*)\|/.exec(rest.slice(length));
  let label: string | undefined;
  if (piped) {
    label = unquote(piped[1]!.trim());
    length += piped[0].length;
  }
  return { link: { ...kind, label }, length };
}

function classify(token: string): Omit<Link, 'label'> | undefined {
  if (/^-\.+-?>?$|^\.-+>?$/.test(token) || token.includes('.')) return { effect: 'leads-to', confidence: 'debated' };
  if (/^=+>$/.test(token)) return { effect: 'activates' };
  if (/^=+$/.test(token)) return { effect: 'activates' };
  if (/^-+x$/.test(token)) return { effect: 'inhibits' };
  if (/^-+[>o]$/.test(token) || /^-{3,}$/.test(token)) return { effect: 'leads-to' };
  return undefined;
}

function unquote(text: string): string {
  const t = text.trim();
  const inner = t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
  return decodeEntities(inner.replace(/^`|`$/g, '').replace(/<br\s*\/?>/gi, ' ')).replace(/\s+/g, ' ').trim();
}

const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: ' ', apos: "'" };
/** Mermaid's escapes: `#quot;`, `#35;` (decimal) and `#amp;`-style names. */
function decodeEntities(text: string): string {
  return text.replace(/#(\d{1,6}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (/^\d+$/.test(code)) {
      const n = Number(code);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

/** Node references at the start of `rest`: `a`, `a[Text]`, `a & b("Text")`; and how many characters they took. */
function readNodes(rest: string): { nodes: { id: string; label?: string }[]; length: number } | { error: string } {
  const nodes: { id: string; label?: string }[] = [];
  let at = 0;
  for (;;) {
    const space = /^\s*/.exec(rest.slice(at))![0].length;
    at += space;
    const id = ID.exec(rest.slice(at));
    if (!id) return nodes.length ? { error: 'expected a node after "&"' } : { error: `expected a node id, found "${rest.slice(at, at + 20)}"` };
    at += id[0].length;
    let label: string | undefined;
    const opener = SHAPES.find(([open]) => rest.startsWith(open, at))?.[0];
    if (opener) {
      // Shapes that share an opener (`[/…/]`, `[/…\]`) differ by their closer: the first one found wins.
      const body = rest.slice(at + opener.length);
      const quoted = /^\s*"((?:[^"])*)"\s*/.exec(body);
      let found: { end: number; close: string } | undefined;
      for (const [open, close] of SHAPES) {
        if (open !== opener) continue;
        const end = quoted ? (body.startsWith(close, quoted[0].length) ? quoted[0].length : -1) : body.indexOf(close);
        if (end >= 0 && (!found || end < found.end)) found = { end, close };
      }
      if (!found) return { error: `node "${id[0]}": its text is not closed` };
      label = unquote(quoted ? `"${quoted[1]!}"` : body.slice(0, found.end));
      at += opener.length + found.end + found.close.length;
    }
    // `a:::className` applies a style class: ignored like class lines.
    const styleClass = /^:::[\w-]+/.exec(rest.slice(at));
    if (styleClass) at += styleClass[0].length;
    nodes.push({ id: id[0], label });
    const and = /^\s*&/.exec(rest.slice(at));
    if (!and) return { nodes, length: at };
    at += and[0].length;
  }
}

/** Statements of a line: Mermaid allows several, separated by ";". Semicolons inside quotes or brackets stay. */
function statementsOf(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && '[({'.includes(c)) depth++;
    else if (!quoted && '])}'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === ';' && !quoted && depth === 0) {
      out.push(line.slice(start, i));
      start = i + 1;
    }
  }
  out.push(line.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

const SAFE_ID = /^[A-Za-z][\w-]{0,63}$/;

/** Parses Mermaid flowchart text. Errors name their line (1-based); nothing here throws. */
export function parseMermaid(text: string): MermaidResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const nodes = new Map<string, MermaidNode>();
  const edges: MermaidEdge[] = [];
  const ids = new Map<string, string>(); // Mermaid id → pathway id
  const used = new Set<string>();
  const extras: { line: number; verb: string; id: string; value: string }[] = [];
  const stages: string[] = [];
  const subgraphIds = new Set<string>();
  let ignoredStyle = 0;
  let title: string | undefined;
  let caption: string | undefined;
  let orientation: 'horizontal' | 'vertical' | undefined;
  let inFrontMatter = false;

  const idFor = (mermaidId: string): string => {
    const known = ids.get(mermaidId);
    if (known) return known;
    let id = SAFE_ID.test(mermaidId) ? mermaidId : `n_${mermaidId}`.slice(0, 64);
    while (used.has(id)) id = `${id}_`;
    ids.set(mermaidId, id);
    used.add(id);
    return id;
  };
  const declare = (ref: { id: string; label?: string }): string => {
    const id = idFor(ref.id);
    const node = nodes.get(id);
    // As in Mermaid, the last text given for a node wins; a node without text shows its id.
    if (!node) nodes.set(id, { id, label: ref.label || ref.id, ...(stages.length ? { stage: stages[stages.length - 1]! } : {}) });
    else if (ref.label) node.label = ref.label;
    return id;
  };

  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    const at = `line ${line}: `;
    const trimmed = raw.trim();
    if (errors.length >= 50 || edges.length > MAX_EDGES || nodes.size > MAX_NODES) return;
    if (raw.length > MAX_LINE) return void errors.push(`${at}is ${raw.length} characters; the limit is ${MAX_LINE}`);
    // YAML front matter ("---\ntitle: …\n---") carries the diagram's title.
    if (trimmed === '---' && (inFrontMatter || orientation === undefined)) {
      inFrontMatter = !inFrontMatter;
      return;
    }
    if (inFrontMatter) {
      const fm = /^title:\s*(.+)$/.exec(trimmed);
      if (fm && !title) title = unquote(fm[1]!);
      return;
    }
    if (!trimmed) return;
    if (trimmed.startsWith('%%{')) return warnings.push(`${at}the init directive is ignored`);
    if (trimmed.startsWith('%%')) {
      const kw = /^%%\s*kw:\s*(title|caption)\s*:?\s+(.+)$/i.exec(trimmed);
      if (kw) {
        if (kw[1]!.toLowerCase() === 'title') title = kw[2]!.trim();
        else caption = kw[2]!.trim();
        return;
      }
      const perNode = /^%%\s*kw:\s*(confidence|kind|description)\s+(\S+)\s+(.+)$/i.exec(trimmed);
      if (perNode) extras.push({ line, verb: perNode[1]!.toLowerCase(), id: perNode[2]!, value: perNode[3]!.trim() });
      else if (/^%%\s*kw:/i.test(trimmed)) errors.push(`${at}"%% kw:" takes title, caption, or confidence/kind/description followed by a node id`);
      return;
    }
    if (orientation === undefined) {
      const header = HEADER.exec(trimmed);
      if (!header) {
        errors.push(`${at}a Mermaid flowchart starts with "flowchart" or "graph" (and TD, LR…); found "${trimmed.slice(0, 40)}"`);
        orientation = 'vertical';
        return;
      }
      const direction = (header[1] ?? 'TB').toUpperCase();
      orientation = direction === 'LR' || direction === 'RL' ? 'horizontal' : 'vertical';
      return;
    }
    for (const statement of statementsOf(trimmed)) {
      if (IGNORED.test(statement)) {
        ignoredStyle += 1;
        continue;
      }
      if (/^direction\s+(TB|TD|BT|LR|RL)$/i.test(statement)) continue;
      const sub = /^subgraph\s+(.+)$/.exec(statement);
      if (sub) {
        const named = /^([\w-]+)\s*\[(.+)\]$/.exec(sub[1]!.trim());
        subgraphIds.add(named ? named[1]! : sub[1]!.trim());
        stages.push(unquote(named ? named[2]! : sub[1]!));
        continue;
      }
      if (statement === 'end') {
        if (!stages.pop()) errors.push(`${at}"end" without a "subgraph"`);
        continue;
      }
      parseStatement(statement, at);
    }
  });

  function parseStatement(statement: string, at: string): void {
    let rest = statement;
    const first = readNodes(rest);
    if ('error' in first) return void errors.push(`${at}${first.error}`);
    const toSubgraph = (refs: { id: string }[]) => refs.find((ref) => subgraphIds.has(ref.id));
    const subgraphRef = (refs: { id: string }[]) => `links to or from a subgraph ("${toSubgraph(refs)!.id}") are not supported; link its nodes`;
    if (toSubgraph(first.nodes)) return void errors.push(`${at}${subgraphRef(first.nodes)}`);
    let from = first.nodes.map(declare);
    rest = rest.slice(first.length);
    while (rest.trim()) {
      const link = readLink(rest);
      if (!link) return void errors.push(`${at}"${rest.trim().slice(0, 30)}" is not a link this widget reads (use -->, ---, -.->, ==>, --o or --x)`);
      if ('unsupported' in link) return void errors.push(`${at}${link.unsupported} are not supported`);
      rest = rest.slice(link.length);
      const next = readNodes(rest);
      if ('error' in next) return void errors.push(`${at}${next.error}`);
      if (toSubgraph(next.nodes)) return void errors.push(`${at}${subgraphRef(next.nodes)}`);
      const to = next.nodes.map(declare);
      for (const a of from) {
        if (edges.length > MAX_EDGES) break;
        for (const b of to) {
          const edge: MermaidEdge = { from: a, to: b, effect: link.link.effect };
          if (link.link.label) edge.label = link.link.label;
          if (link.link.confidence) edge.confidence = link.link.confidence;
          edges.push(edge);
        }
      }
      rest = rest.slice(next.length);
      from = to;
    }
  }

  if (orientation === undefined) errors.push('line 1: the text is empty; a Mermaid flowchart starts with "flowchart" or "graph"');
  // Stopped early: `a & b & … --> c & d & …` makes one arrow per pair, so a short text can ask for millions.
  if (edges.length > MAX_EDGES) errors.push(`the flowchart has more than ${MAX_EDGES} links; the limit is ${MAX_EDGES}`);
  if (nodes.size > MAX_NODES) errors.push(`the flowchart has more than ${MAX_NODES} nodes; the limit is ${MAX_NODES}`);
  if (stages.length) errors.push(`line ${lines.length}: subgraph "${stages[stages.length - 1]!}" has no "end"`);
  for (const extra of extras) {
    const node = nodes.get(ids.get(extra.id) ?? '');
    const at = `line ${extra.line}: `;
    if (!node) {
      errors.push(`${at}"%% kw: ${extra.verb}" names node "${extra.id}", which the diagram does not have`);
    } else if (extra.verb === 'confidence') {
      const level = extra.value.toLowerCase();
      if ((CONFIDENCES as readonly string[]).includes(level)) node.confidence = level as Confidence;
      else errors.push(`${at}confidence is one of ${CONFIDENCES.join(', ')}; got "${extra.value}"`);
    } else if (extra.verb === 'kind') node.kind = extra.value.toLowerCase();
    else node.description = extra.value;
  }
  if (ignoredStyle) warnings.push(`${ignoredStyle} style, class or click line${ignoredStyle === 1 ? ' is' : 's are'} ignored: the widget uses its own styles and shows no links in the diagram`);
  if (errors.length || orientation === undefined) return { errors, warnings };
  if (nodes.size === 0) return { errors: ['the flowchart has no nodes'], warnings };
  return { data: { ...(title ? { title } : {}), ...(caption ? { caption } : {}), nodes: [...nodes.values()], edges }, orientation, warnings };
}

/**
 * Mermaid text as pathway data, for the data source (`<script type="text/x-mermaid">`, or a `src` ending in
 * `.mmd`): subgraphs become stages when every node is in one; otherwise the diagram is laid out as one flow.
 */
export function mermaidToPathway(text: string): { value: unknown; warnings: string[]; errors?: undefined } | { errors: string[]; value?: undefined } {
  const result = parseMermaid(text);
  if (result.errors) return { errors: result.errors };
  const { data, warnings } = result;
  const titles = [...new Set(data.nodes.map((n) => n.stage).filter((s): s is string => s !== undefined))];
  const staged = titles.length > 0 && data.nodes.every((n) => n.stage !== undefined);
  if (titles.length && !staged) warnings.push('subgraphs are drawn as one diagram: some nodes are outside every subgraph');
  const stageId = (title: string) => `stage${titles.indexOf(title) + 1}`;
  const value = {
    ...(data.title ? { title: data.title } : {}),
    ...(data.caption ? { caption: data.caption } : {}),
    ...(staged ? { stages: titles.map((title) => ({ id: stageId(title), label: title })) } : {}),
    nodes: data.nodes.map(({ stage, ...node }) => ({ ...node, ...(staged && stage ? { stage: stageId(stage) } : {}) })),
    edges: data.edges,
  };
  return { value, warnings };
}
