/// <reference types="node" />
/**
 * Pre-rendering for static sites and servers: `renderToString(html)` gives the same page with every kw- widget
 * rendered as declarative shadow DOM, so the page reads without JavaScript and the module, when it loads,
 * hydrates the widgets in place. Node only (it uses Lit's server renderer and its DOM shim).
 *
 * ```js
 * import { renderToString } from 'ketamine-widgets/server';
 * const page = await renderToString(await readFile('in.html', 'utf8'), { baseDir: 'site' });
 * ```
 */
// The server renderer first: it installs the DOM shim the widgets' module defines its elements into.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import '../index.js';
import { FETCH_TIMEOUT_MS, MAX_SRC_BYTES } from '../internal/data-source.js';
import type { ServerContext } from '../internal/server-context.js';
import { ATTRIBUTES, type AttributeRule } from './attributes.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One thing wrong with a widget in the page: where (1-based line), which element, and what. */
export interface RenderProblem {
  line: number;
  tag: string;
  message: string;
}

export interface RenderOptions {
  /** Folder that relative `src` paths are read from (default: the working directory). */
  baseDir?: string;
  /** Folder that root-relative `src` paths (`/data/x.json`) are read from (default: `baseDir`). */
  rootDir?: string;
  /**
   * The page's language, for widgets with no `lang` on themselves or above them in `html` (a fragment from a
   * template, say). It must be what the browser will find, or the widget renders afresh instead of hydrating.
   */
  lang?: string;
  /** Where notes that are not errors go (e.g. Mermaid syntax left out); default console.warn. */
  warn?: (problem: RenderProblem) => void;
}

/** Thrown by renderToString when a widget could not be rendered as written; `problems` lists every one. */
export class RenderError extends Error {
  constructor(readonly problems: readonly RenderProblem[]) {
    super(problems.map((p) => `line ${p.line}: <${p.tag}>: ${p.message}`).join('\n'));
    this.name = 'RenderError';
  }
}

/** The HTML attributes any element may carry; the widgets' own come from their manifest (attributes.ts). */
const GLOBAL_ATTRIBUTES = new Set(
  'accesskey autocapitalize autofocus class contenteditable dir draggable enterkeyhint exportparts hidden id inert inputmode is itemid itemprop itemref itemscope itemtype lang nonce part popover role slot spellcheck style tabindex title translate'.split(
    ' ',
  ),
);

/**
 * Renders every `<kw-…>` element of `html` (a whole document or a fragment) into declarative shadow DOM, keeping
 * its attributes, inline data and light-DOM text, and leaving the rest of the markup as it was. Widgets that
 * could not be rendered as written (unknown attribute or value, bad data, a `src` that cannot be read) make it
 * reject with a RenderError naming each one with its line.
 */
export async function renderToString(html: string, options: RenderOptions = {}): Promise<string> {
  const fullDocument = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype|<html[\s>])/i.test(html);
  const tree = fullDocument ? parse(html, { sourceCodeLocationInfo: true }) : parseFragment(html, { sourceCodeLocationInfo: true });
  const widgets = findWidgets(tree, options.lang);
  const problems: RenderProblem[] = [];
  const pieces: string[] = [];
  let at = 0;
  for (const { element, lang } of widgets) {
    const location = element.sourceCodeLocation;
    if (!location?.startTag) continue;
    const line = location.startLine;
    const tag = element.tagName;
    const report = (message: string) => problems.push({ line, tag, message });
    const rendered = await renderWidget(element, lang, html, options, report, (message) => (options.warn ?? defaultWarn)({ line, tag, message }));
    if (rendered === undefined) continue;
    pieces.push(html.slice(at, location.startOffset), rendered);
    at = location.endOffset;
  }
  if (problems.length) throw new RenderError(problems);
  pieces.push(html.slice(at));
  return pieces.join('');
}

const defaultWarn = (p: RenderProblem) => console.warn(`line ${p.line}: <${p.tag}>: ${p.message}`);

/** The outermost kw- elements in document order (not inside another widget or a <template>), with the nearest `lang` above each. */
function findWidgets(root: Node, pageLang: string | undefined): { element: Element; lang: string | undefined }[] {
  const found: { element: Element; lang: string | undefined }[] = [];
  const walk = (node: Node, lang: string | undefined) => {
    if (!('childNodes' in node)) return;
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const own = child.attrs.find((a) => a.name === 'lang')?.value.trim();
      if (child.tagName.startsWith('kw-')) found.push({ element: child, lang });
      else walk(child, own ?? lang);
    }
  };
  walk(root, pageLang);
  return found;
}

async function renderWidget(
  element: Element,
  lang: string | undefined,
  source: string,
  options: RenderOptions,
  report: (message: string) => void,
  warn: (message: string) => void,
): Promise<string | undefined> {
  const tag = element.tagName;
  const rules = ATTRIBUTES[tag];
  if (!rules) {
    report(`is not a ketamine-widgets element (there are ${Object.keys(ATTRIBUTES).map((t) => `<${t}>`).join(', ')})`);
    return undefined;
  }
  const attributes = element.attrs.filter((a) => a.name !== 'kw-ssr');
  let ok = true;
  for (const { name, value } of attributes) {
    const problem = checkAttribute(name, value, rules);
    if (problem) {
      report(problem);
      ok = false;
    }
  }
  // What the page wrote inside the element, without a shadow root left by an earlier pre-render.
  const children = element.childNodes.filter((child) => !isShadowTemplate(child) && !isSrcCopy(child));
  const inner = children.map((child) => source.slice(child.sourceCodeLocation!.startOffset, child.sourceCodeLocation!.endOffset)).join('');
  const scripts = children.filter((child): child is Element => 'tagName' in child && child.tagName === 'script').map((script) => ({
    type: (script.attrs.find((a) => a.name === 'type')?.value ?? '').trim().toLowerCase(),
    text: script.childNodes.map((n) => ('value' in n ? n.value : '')).join(''),
  }));
  const authored = children.some((child) =>
    // The rule of the disclaimer's isAuthoredContent, on parsed HTML.
    'tagName' in child ? !['script', 'template', 'style'].includes(child.tagName) && !child.attrs.some((a) => a.name === 'slot') : child.nodeName === '#text' && 'value' in child && child.value.trim() !== '',
  );
  const context: ServerContext & { problems: string[]; warnings: string[] } = { lang, scripts, authored, problems: [], warnings: [] };

  let srcCopy = '';
  const src = attributes.find((a) => a.name === 'src')?.value;
  if (src) {
    const text = await readSrc(src, options).catch((error: Error) => {
      report(`src "${src}" could not be read: ${error.message}`);
      return undefined;
    });
    if (text === undefined) return undefined;
    if (/<\/script|<!--/i.test(text)) {
      report(`src "${src}" contains "</script" or "<!--", which cannot be kept inside the page; remove them from the file`);
      return undefined;
    }
    context.scripts = [...scripts, { type: 'text/plain', text, src }];
    srcCopy = `<script type="text/plain" data-kw-src="${escapeAttribute(src)}">${text}</script>`;
  }
  if (!ok) return undefined;

  const name = unsafeStatic(tag);
  const written = unsafeStatic(attributes.map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join(''));
  let out: string;
  try {
    out = await collectResult(render(staticHtml`<${name}${written} .kwServer=${context}></${name}>`));
  } catch (error) {
    report(`could not be rendered: ${(error as Error).message}`);
    return undefined;
  }
  context.warnings.forEach(warn);
  if (context.problems.length) {
    context.problems.forEach(report);
    return undefined;
  }
  // The renderer wraps the element in its own markers; keep the element's start tag (with the attributes it
  // reflects) and its shadow root, then the page's own children.
  const start = out.indexOf(`<${tag}`);
  const startEnd = endOfStartTag(out, start);
  const end = out.lastIndexOf(`</${tag}>`);
  if (start < 0 || startEnd < 0 || end < startEnd) {
    report('could not be rendered: the server renderer gave no element');
    return undefined;
  }
  // (The renderer leaves runs of spaces where its template had bindings.)
  // The hydration key goes last, so that rendering pre-rendered output again gives the same markup.
  let key = '';
  const startTag = out
    .slice(start, startEnd)
    .replace(/\s+kw-ssr="[^"]*"/, (found) => ((key = found.trim()), ''))
    .replace(/^(<[\w-]+)\s+/, '$1 ')
    .replace(/\s*>$/, key ? ` ${key}>` : '>');
  return `${startTag}${out.slice(startEnd, end)}${inner}${srcCopy}</${tag}>`;
}

/** What is wrong with one attribute as written, or undefined. */
function checkAttribute(name: string, value: string, rules: Readonly<Record<string, AttributeRule>>): string | undefined {
  const rule = rules[name];
  if (!rule) {
    if (GLOBAL_ATTRIBUTES.has(name) || /^(data|aria)-/.test(name) || /^on[a-z]+$/.test(name)) return undefined;
    const near = Object.keys(rules).find((known) => distance(known, name) <= 2);
    return `has no attribute "${name}"${near ? ` (did you mean "${near}"?)` : ''}; its attributes are ${Object.keys(rules).join(', ')}`;
  }
  if (rule.kind === 'choice' && !rule.values.includes(value)) return `${name}="${value}" is not one of ${rule.values.map((v) => `"${v}"`).join(', ')}`;
  if (rule.kind === 'number' && (value.trim() === '' || !Number.isFinite(Number(value)))) return `${name}="${value}" is not a number`;
  if (rule.kind === 'json') {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return `${name} must be a JSON object such as {"title": "…"}`;
    } catch (error) {
      return `${name} is not valid JSON: ${(error as Error).message}`;
    }
  }
  return undefined;
}

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** Reads a `src` as the browser would fetch it: an http(s) URL, a root-relative path, or a path relative to the page. */
async function readSrc(src: string, options: RenderOptions): Promise<string> {
  if (/^https?:\/\//i.test(src)) {
    const response = await fetch(src, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`it answered HTTP ${response.status}`);
    const text = await response.text();
    if (text.length > MAX_SRC_BYTES) throw new Error(`it is larger than ${MAX_SRC_BYTES / 1e6} MB`);
    return text;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) throw new Error('only http(s) URLs and paths can be read');
  const path = (/^[^?#]*/.exec(src)?.[0] ?? src).replace(/^\/+/, '');
  const base = src.startsWith('/') ? (options.rootDir ?? options.baseDir ?? '.') : (options.baseDir ?? '.');
  const text = await readFile(resolve(base, decodeURI(path)), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `there is no file ${resolve(base, decodeURI(path))}` : error.message);
  });
  if (text.length > MAX_SRC_BYTES) throw new Error(`it is larger than ${MAX_SRC_BYTES / 1e6} MB`);
  return text;
}

function isShadowTemplate(node: Node): boolean {
  return 'tagName' in node && node.tagName === 'template' && node.attrs.some((a) => a.name === 'shadowrootmode' || a.name === 'shadowroot');
}

function isSrcCopy(node: Node): boolean {
  return 'tagName' in node && node.tagName === 'script' && node.attrs.some((a) => a.name === 'data-kw-src');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Index just past the `>` that ends the start tag at `start` (quoted values may hold `>`). */
function endOfStartTag(text: string, start: number): number {
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return -1;
}
