import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { authorMessage } from './author-messages.js';
import { hash } from './hash.js';
import type { ServerContext } from './server-context.js';
import { jsonSyntaxMessage } from './json-errors.js';
import { sameLanguage } from './localize.js';

/** Where a widget's content came from. */
export type DataOrigin = 'default' | 'property' | 'inline' | 'src';

export type DataState<T> =
  | { readonly status: 'ready'; readonly value: T; readonly origin: DataOrigin }
  | { readonly status: 'loading'; readonly origin: 'src' }
  | { readonly status: 'error'; readonly errors: readonly string[]; readonly origin: DataOrigin };

/** Checks unknown input; returns the typed value or messages that each name a path. */
export type Validator<T> = (input: unknown) => { value: T; errors?: undefined } | { errors: string[]; value?: undefined };

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string | undefined;
  /** What a server renderer read from the element's children (see `ServerContext` in kw-element.ts). */
  kwServer?: ServerContext;
}

/**
 * Another text format a page may give instead of JSON, inline as `<script type="…">` or as a `src` whose path
 * ends with one of `extensions`; it is converted to the JSON form, then validated as usual.
 */
export interface TextFormat {
  type: string;
  extensions: readonly string[];
  /** What the author wrote, as data; errors name their line; warnings (left-out syntax) go to the console once. */
  convert: (text: string) => { value: unknown; warnings?: readonly string[]; errors?: undefined } | { errors: readonly string[]; value?: undefined };
}

export interface DataSourceOptions<T> {
  validate: Validator<T>;
  /** The built-in content used when nothing else is given. */
  fallback: () => T;
  /**
   * Type of `src` files and of the inline `<script>` child. `application/json` (default) is parsed as JSON;
   * any other type (e.g. `text/x-swc`) is handed to `validate` as text.
   */
  type?: string;
  textFormats?: readonly TextFormat[];
}

const JSON_TYPE = 'application/json';
/** A `src` that has not answered by then is reported, not left loading. */
export const FETCH_TIMEOUT_MS = 15000;
/** Larger `src` files are refused before they are read (a full SWC reconstruction is about 1 MB). */
export const MAX_SRC_BYTES = 5e6;

/**
 * Resolves a widget's content, in order of precedence: the `data` property, the `src` URL, an inline
 * `<script type="application/json">` child, then the built-in content. Bad input becomes an `error` state
 * (shown in the element) and one console warning; nothing is thrown.
 */
export class DataSourceController<T> implements ReactiveController {
  state: DataState<T>;

  private lastData: unknown;
  private lastSrc: string | undefined;
  private lastInline: string | null | undefined;
  private fetchAbort?: AbortController;
  private fetchTimer?: ReturnType<typeof setTimeout>;
  private childObserver?: MutationObserver;
  /** The last failure warned about: the same failure again (e.g. after a move) is not repeated. */
  private warned?: string;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataSourceOptions<T>,
  ) {
    this.state = { status: 'ready', value: options.fallback(), origin: 'default' };
    host.addController(this);
  }

  /** The validated content, or undefined while loading or after an error. */
  get value(): T | undefined {
    return this.state.status === 'ready' ? this.state.value : undefined;
  }

  hostConnected(): void {
    // CMS editors and scripts may add or change the inline JSON after the element upgrades.
    this.childObserver = new MutationObserver(() => {
      if (this.readInline() !== this.lastInline) this.host.requestUpdate();
    });
    this.childObserver.observe(this.host, { childList: true, subtree: true, characterData: true });
    this.lastInline = undefined; // re-read after a move
    this.sync();
  }

  hostDisconnected(): void {
    this.childObserver?.disconnect();
    this.childObserver = undefined;
    this.cancelFetch();
    // A later reconnect must start the load again.
    this.lastSrc = undefined;
  }

  hostUpdate(): void {
    this.sync();
  }

  serverUpdate(): void {
    this.sync();
  }

  /** What the widget shows, as a short fingerprint: where it came from and a hash of the validated value. */
  hydrationKey(): string {
    const { state } = this;
    if (state.status === 'loading') return 'src:loading';
    if (state.status === 'ready') return `${state.origin}:${hash(JSON.stringify(state.value) ?? '')}`;
    return `${state.origin}:error${isDebugging(this.host) ? ':debug' : ''}:${hash(state.errors.join('\n'))}`;
  }

  private sync(): void {
    const { data, src } = this.host;
    const inline = this.readInline();
    if (data === this.lastData && src === this.lastSrc && inline === this.lastInline) return;
    const srcChanged = src !== this.lastSrc;
    this.lastData = data;
    this.lastSrc = src;
    this.lastInline = inline;

    if (data !== undefined && data !== null) {
      this.cancelFetch();
      this.accept(data, 'property');
    } else if (src) {
      const copy = this.preloaded(src);
      if (copy !== undefined) {
        this.cancelFetch();
        this.acceptLoaded(src, copy);
      } else if (isServer) {
        // A server cannot fetch for the page: renderToString reads `src` itself and passes the copy.
        this.state = { status: 'loading', origin: 'src' };
      } else if (srcChanged || this.state.origin !== 'src') this.load(src);
    } else if (inline !== null) {
      this.cancelFetch();
      const format = this.inlineFormat();
      if (format) return this.acceptText(format, inline, 'inline');
      let parsed: unknown = inline;
      try {
        if (this.json) parsed = JSON.parse(inline);
      } catch (error) {
        this.fail([`inline JSON is malformed ${jsonSyntaxMessage(inline, error)}`], 'inline');
        return;
      }
      this.accept(parsed, 'inline');
    } else {
      this.cancelFetch();
      this.warned = undefined;
      this.state = { status: 'ready', value: this.options.fallback(), origin: 'default' };
    }
  }

  private get inlineSelector(): string {
    return [this.options.type ?? JSON_TYPE, ...(this.options.textFormats ?? []).map((f) => f.type)].map((type) => `:scope > script[type="${type}"]`).join(', ');
  }

  private get inlineTypes(): string[] {
    return [this.options.type ?? JSON_TYPE, ...(this.options.textFormats ?? []).map((f) => f.type)];
  }

  /** The first inline script of a type this widget reads (not a pre-rendered copy of `src`). */
  private inlineScript(): { type: string; text: string } | undefined {
    if (isServer) return this.host.kwServer?.scripts?.find((s) => s.src === undefined && this.inlineTypes.includes(s.type));
    const script = this.host.querySelector(this.inlineSelector);
    return script ? { type: script.getAttribute('type') ?? '', text: script.textContent ?? '' } : undefined;
  }

  /** The text of the first inline script of a type this widget reads. */
  private readInline(): string | null {
    return this.inlineScript()?.text ?? null;
  }

  private inlineFormat(): TextFormat | undefined {
    const type = this.inlineScript()?.type;
    return this.options.textFormats?.find((f) => f.type === type);
  }

  /**
   * The copy of `src` a pre-render left in the element (`<script type="text/plain" data-kw-src="…">`), so that the
   * page shows what the static HTML showed without fetching it again.
   */
  private preloaded(src: string): string | undefined {
    if (isServer) return this.host.kwServer?.scripts?.find((s) => s.src === src)?.text;
    for (const script of this.host.querySelectorAll(':scope > script[data-kw-src]')) {
      if (script.getAttribute('data-kw-src') === src) return script.textContent ?? '';
    }
    return undefined;
  }

  private acceptText(format: TextFormat, text: string, origin: DataOrigin): void {
    const converted = format.convert(text);
    if (converted.errors) return this.fail([...converted.errors], origin);
    const server = this.host.kwServer;
    if (server?.warnings) server.warnings.push(...(converted.warnings ?? []).map((w) => `parts of its ${describeOrigin(origin)} were left out: ${w}`));
    else if (converted.warnings?.length) console.warn(`<${this.host.localName}>: parts of its ${describeOrigin(origin)} were left out:\n- ${converted.warnings.join('\n- ')}`);
    this.accept(converted.value, origin);
  }

  private get json(): boolean {
    return (this.options.type ?? JSON_TYPE) === JSON_TYPE;
  }

  private accept(input: unknown, origin: DataOrigin): void {
    let result: ReturnType<Validator<T>>;
    let copy: unknown;
    try {
      // Validated and kept as a private copy: a later change to the page's object cannot skip validation
      // (e.g. slip in a javascript: link). What cannot be read (a throwing Proxy, a cycle) is reported.
      copy = copyData(input);
      result = this.options.validate(copy);
    } catch (error) {
      result = { errors: [`could not be read: ${String((error as Error)?.message ?? error).slice(0, 200)}`] };
    }
    // Worded from the copy that was checked, never from the page's object (whose getters could throw or change).
    if (result.errors) this.fail(result.errors.map((message) => authorMessage(message, copy)), origin);
    else {
      this.warned = undefined;
      this.state = { status: 'ready', value: result.value, origin };
    }
  }

  private fail(errors: string[], origin: DataOrigin): void {
    this.state = { status: 'error', errors, origin };
    const key = `${origin}\n${errors.join('\n')}`;
    // A server renderer reports them itself, with the element's line.
    const server = this.host.kwServer;
    if (server?.problems) server.problems.push(...errors.map((e) => `its ${describeOrigin(origin)} could not be used: ${e}`));
    else if (key !== this.warned) {
      this.warned = key;
      console.warn(`<${this.host.localName}>: its ${describeOrigin(origin)} could not be used:\n- ${errors.join('\n- ')}`);
    }
  }

  private cancelFetch(): void {
    this.fetchAbort?.abort();
    this.fetchAbort = undefined;
    clearTimeout(this.fetchTimer);
  }

  /** The text of `src`, in the format its extension names (JSON otherwise). */
  private acceptLoaded(src: string, text: string): void {
    const path = (/^[^?#]*/.exec(src)?.[0] ?? src).toLowerCase();
    const format = this.options.textFormats?.find((f) => f.extensions.some((ext) => path.endsWith(ext)));
    if (format) return this.acceptText(format, text, 'src');
    if (!this.json) return this.accept(text, 'src');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      return this.fail([`src "${src}" is not valid JSON ${jsonSyntaxMessage(text, error)}`], 'src');
    }
    this.accept(parsed, 'src');
  }

  private async load(src: string): Promise<void> {
    this.cancelFetch();
    const abort = new AbortController();
    this.fetchAbort = abort;
    this.state = { status: 'loading', origin: 'src' };
    let timedOut = false;
    this.fetchTimer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, FETCH_TIMEOUT_MS);
    let next: () => void;
    try {
      const response = await fetch(new URL(src, document.baseURI), { signal: abort.signal, credentials: 'same-origin' });
      const text = await readLimited(response);
      next = response.ok
        ? () => this.acceptLoaded(src, text)
        : () => this.fail([`src "${src}" answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`], 'src');
    } catch (error) {
      if (abort.signal.aborted && !timedOut) return;
      const why = timedOut ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : (error as Error).message;
      next = () => this.fail([`src "${src}" could not be loaded: ${why}`], 'src');
    }
    if (abort.signal.aborted && !timedOut) return;
    clearTimeout(this.fetchTimer);
    this.fetchAbort = undefined;
    next();
    this.host.requestUpdate();
  }
}

/**
 * The body as text, refused past MAX_SRC_BYTES: before the download when the server says its length, else as soon
 * as the bytes received pass it (a server that streams without end must not fill the reader's memory).
 */
async function readLimited(response: Response): Promise<string> {
  const tooLarge = () => new Error(`it is larger than ${MAX_SRC_BYTES / 1e6} MB`);
  if (Number(response.headers.get('content-length')) > MAX_SRC_BYTES) throw tooLarge();
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > MAX_SRC_BYTES) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(read.value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * A copy of the data as plain objects, arrays and primitives. It reads through framework proxies such as Vue's
 * reactive objects (which structuredClone refuses), and keeps what a page's model objects expose: own properties,
 * enumerable or not, and getters of their classes. Throws on a cycle, absurd nesting or size, or a DOM node.
 */
function copyData(value: unknown, depth = 0, ancestors = new Set<object>(), budget = { left: 1e5 }): unknown {
  if (value instanceof String || value instanceof Number || value instanceof Boolean) return value.valueOf();
  if (typeof value !== 'object' || value === null) return value;
  if (typeof Node !== 'undefined' && value instanceof Node) throw new Error('it contains a DOM node');
  if (ancestors.has(value)) throw new Error('it contains a cycle (an object inside itself)');
  if (depth > 64) throw new Error('it is nested more than 64 levels deep');
  ancestors.add(value);
  const read = (item: unknown) => {
    if (--budget.left < 0) throw new Error('it has more than 100,000 values');
    return copyData(item, depth + 1, ancestors, budget);
  };
  let copy: unknown;
  if (Array.isArray(value)) copy = value.map(read);
  else {
    const out: Record<string, unknown> = {};
    for (let proto: object | null = value; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const key of Object.getOwnPropertyNames(proto)) {
        if (key === 'constructor' || key === '__proto__' || Object.hasOwn(out, key)) continue;
        const item = (value as Record<string, unknown>)[key];
        if (typeof item !== 'function') out[key] = read(item);
      }
    }
    copy = out;
  }
  ancestors.delete(value);
  return copy;
}

function describeOrigin(origin: DataOrigin): string {
  switch (origin) {
    case 'property':
      return '`data` property';
    case 'inline':
      return 'inline <script>';
    case 'src':
      return '`src` file';
    default:
      return 'built-in content';
  }
}

const MAX_LISTED_ERRORS = 5;

/**
 * Whether a widget shows its data problems in the page: with its `debug` attribute, or `data-kw-debug` on
 * `<html>` (one switch for every widget while a page is being edited; Storybook sets it). The console always
 * has them.
 */
export const isDebugging = (host: Element): boolean => host.hasAttribute('debug') || (!isServer && document.documentElement.hasAttribute('data-kw-debug'));

/**
 * The error box every widget shows for bad data: for readers, one calm sentence (the widget's `dataError`);
 * while debugging, also the first problems, for the author, and "…and N more".
 */
export function renderDataErrors(
  errors: readonly string[],
  strings: { term(key: 'dataError' | 'moreErrors' | 'forAuthor', values?: Record<string, number>): string; tag: string; host: Element },
): TemplateResult {
  if (!isDebugging(strings.host)) {
    return html`<div class="kw-data-error" part="error"><p class="kw-data-error__heading">${strings.term('dataError')}</p></div>`;
  }
  const listed = errors.slice(0, MAX_LISTED_ERRORS);
  const hidden = errors.length - listed.length;
  // The details are for the page's author and in English: a Spanish voice should not read them as Spanish.
  return html`<div class="kw-data-error" part="error">
    <p class="kw-data-error__heading">${strings.term('dataError')}</p>
    <p>${strings.term('forAuthor')}</p>
    <ul lang=${ifDefined(sameLanguage(strings.tag || 'en', 'en') ? undefined : 'en')}>
      ${listed.map((message) => html`<li>${message}</li>`)}
    </ul>
    ${hidden > 0 ? html`<p>${strings.term('moreErrors', { count: hidden })}</p>` : nothing}
  </div>`;
}
