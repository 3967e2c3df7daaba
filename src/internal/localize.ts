import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { hash } from './hash.js';
import type { ServerContext } from './server-context.js';
import { Issues, describe, isPlainObject, keyPath, tooLong } from './validate.js';

/** Text in data: a plain string, or one string per language (`{ "en": "…", "es": "…" }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;


/** Language of `el`: its own `lang`, else the nearest ancestor's (crossing shadow roots), else `<html lang>`. */
export function nearestLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang')!.trim();
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang.trim();
}

/** Lookup order for a language tag: `es-MX` → `es-mx`, `es`, then English. */
export function langCandidates(lang: string): string[] {
  const tag = lang.toLowerCase().replace(/_/g, '-');
  const candidates = [tag, tag.split('-')[0], 'en'].filter((c): c is string => Boolean(c));
  return [...new Set(candidates)];
}

/** The region subtag of a language tag (`en-GB` → `GB`, `es-419` → `419`), if any. */
export function regionOf(lang: string): string | undefined {
  const parts = lang.replace(/_/g, '-').split('-').slice(1);
  const region = parts.find((p) => /^([a-z]{2}|\d{3})$/i.test(p));
  return region?.toUpperCase();
}

/**
 * Resolves localized data text for `lang`, falling back to the base language, then English, then (unless
 * `strict`) the first language given: text only in Spanish still beats a blank on an English page.
 */
export function pickText(text: LocalizedText | undefined, lang: string, strict = false): string | undefined {
  return pickEntry(text, lang, strict)?.[1];
}

/** What pickText picks, with the language key it came from (none for a plain string). */
function pickEntry(text: LocalizedText | undefined, lang: string, strict: boolean): [string | undefined, string] | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return [undefined, text];
  const entries = Object.entries(text);
  for (const candidate of langCandidates(lang)) {
    const hit = entries.find(([key]) => key.toLowerCase() === candidate);
    if (hit) return hit;
  }
  return strict ? undefined : entries[0];
}

/** Whether two language tags name the same language (`es-MX` and `es`). */
export function sameLanguage(a: string, b: string): boolean {
  const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  return base(a) === base(b);
}

/** Validates a LocalizedText value, naming the path of anything wrong. */
export function expectLocalizedText(value: unknown, path: string, issues: Issues, { optional = false, maxLength = 2000 } = {}): value is LocalizedText {
  if (value === undefined && optional) return false;
  if (typeof value === 'string' && value.trim() !== '' && value.length <= maxLength) return true;
  if (typeof value === 'string' && value.length > maxLength) {
    issues.add(path, tooLong(value, maxLength));
    return false;
  }
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    let ok = true;
    for (const [key, text] of Object.entries(value)) {
      if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(key)) {
        issues.add(keyPath(path, key), 'is not a language tag such as "en" or "es-MX"');
        ok = false;
      } else if (typeof text === 'string' && text.length > maxLength) {
        issues.add(keyPath(path, key), tooLong(text, maxLength));
        ok = false;
      } else if (typeof text !== 'string' || text.trim() === '') {
        issues.add(keyPath(path, key), `expected a non-empty string of at most ${maxLength} characters, got ${describe(text)}`);
        ok = false;
      }
    }
    return ok;
  }
  issues.add(path, value === undefined ? 'is required' : `expected text or an object of texts by language, got ${describe(value)}`);
  return false;
}

/** Replaces `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

type StringTable = Record<string, string>;

/** Strings every widget uses, so that they read the same everywhere; a widget's own table may still override them. */
const COMMON_STRINGS: Record<string, { moreErrors: string; newTab: string; forAuthor: string }> = {
  en: { moreErrors: '…and {count} more problems.', newTab: '(opens in a new tab)', forAuthor: 'For the page’s author (shown with the debug attribute):' },
  es: { moreErrors: '…y {count} problemas más.', newTab: '(se abre en una pestaña nueva)', forAuthor: 'Para quien edita la página (se muestra con el atributo debug):' },
};
export type CommonStringKey = keyof (typeof COMMON_STRINGS)['en'];

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** Per-element overrides of any UI string, by key. */
  strings?: Record<string, string> | undefined;
  /** What a server renderer found around the element (its nearest `lang`). */
  kwServer?: ServerContext;
}

// One observer for the whole document: a lang change on any ancestor re-renders only the widgets it affects.
const listeners = new Set<LocalizeController<StringTable>>();
let observer: MutationObserver | undefined;

function watchLangChanges(controller: LocalizeController<StringTable>, host: Element): void {
  listeners.add(controller);
  const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((c) => c.refresh()));
    observer.observe(document.documentElement, options);
  }
  // A widget inside another component's shadow root: a `lang` set in there must be seen too (observing the same
  // root again only updates its options).
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observer.observe(root, options);
}

function unwatchLangChanges(controller: LocalizeController<StringTable>): void {
  listeners.delete(controller);
  if (listeners.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/**
 * Gives a widget its language and UI strings. Language comes from the nearest `lang` and follows changes;
 * strings come from the built-in table for that language (es-MX → es → en), overridden by `host.strings`.
 */
export class LocalizeController<S extends StringTable> implements ReactiveController {
  /** The language tag in effect, as written on the page (e.g. `es-MX`); empty when the page declares none. */
  lang = '';

  constructor(
    readonly host: LocalizedHost,
    private readonly tables: { en: S } & Record<string, S>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Also on a reconnection: the widget may have been moved under another `lang`.
    this.refresh();
    watchLangChanges(this as unknown as LocalizeController<StringTable>, this.host);
  }

  /**
   * When the page's language has no built-in table (e.g. `fr`, or none declared) and the page gives no content
   * of its own (strings, data, src, children), the widget speaks English: its top elements say so, so that
   * screen readers switch voice and the text runs left to right even on a right-to-left page. The page's own
   * content is presumably in the page's language, so then nothing is marked.
   */
  hostUpdated(): void {
    const { data, src } = this.host as { data?: unknown; src?: unknown };
    const fallback = this.tag !== this.lang && data == null && !src && !this.host.childElementCount;
    for (const el of this.host.shadowRoot?.children ?? []) {
      if (fallback) {
        el.setAttribute('lang', this.tag);
        el.setAttribute('dir', 'ltr');
      } else {
        el.removeAttribute('lang');
        el.removeAttribute('dir');
      }
    }
  }

  hostDisconnected(): void {
    unwatchLangChanges(this as unknown as LocalizeController<StringTable>);
  }

  /** On a server: the element's own `lang`, else the one the renderer found on its ancestors. */
  serverUpdate(): void {
    const { host } = this;
    this.lang = (host.getAttribute('lang') ?? host.kwServer?.lang ?? '').trim();
  }

  /** The language, and the page's string overrides when it has any (a page may change them before the module loads). */
  hydrationKey(): string {
    const { strings } = this.host;
    return strings ? `${this.lang}:${hash(JSON.stringify(strings))}` : this.lang;
  }

  /** Re-reads the language and re-renders if it changed. */
  refresh(): void {
    const lang = nearestLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  }

  /** The built-in language whose table is used (`en` or `es`). */
  get language(): string {
    return langCandidates(this.lang).find((c) => Object.hasOwn(this.tables, c)) ?? 'en';
  }

  /**
   * The language the widget's text is in: the page's tag when a built-in table serves it (`es-MX`) or the page
   * overrides the strings, else the built-in fallback (`en` on a French page).
   */
  get tag(): string {
    const { lang, language } = this;
    const tag = lang.toLowerCase();
    return this.host.strings || tag === language || tag.startsWith(`${language}-`) ? lang : language;
  }

  /** A UI string: the element's override, else the table for the current language, with `{name}` filled in. */
  term(key: (keyof S & string) | CommonStringKey, values?: Record<string, string | number>): string {
    const override = this.host.strings?.[key];
    const { language, tables } = this;
    const text =
      typeof override === 'string'
        ? override
        : (tables[language]?.[key] ?? tables.en[key] ?? COMMON_STRINGS[language]?.[key as CommonStringKey] ?? COMMON_STRINGS.en![key as CommonStringKey]);
    return format(text, values);
  }

  private numbers?: [tag: string, format: Intl.NumberFormat];

  /**
   * Runs an Intl call in the widget's language: the page's tag, or the built-in language when the tag is one
   * Intl refuses (a malformed tag such as "en_US" makes it throw; the built-in language still reads well).
   */
  inLocale<T>(call: (locale: string) => T): T {
    try {
      return call(this.tag || this.language);
    } catch {
      return call(this.language);
    }
  }

  /** A number as the widget's language writes it (1,022 in English, 1022 in Spanish); one formatter per language. */
  number(value: number): string {
    const { tag } = this;
    if (this.numbers?.[0] !== tag) this.numbers = [tag, this.inLocale((locale) => new Intl.NumberFormat(locale))];
    return this.numbers[1].format(value);
  }

  /** Localized data text for the current language; `strict`: nothing when that language (or English) has none. */
  pick(text: LocalizedText | undefined, strict?: boolean): string | undefined {
    return pickText(text, this.lang || 'en', strict);
  }

  /**
   * Like pick(), for text shown as is: text that comes in another language than the widget's (an English service
   * name on a Spanish page) is wrapped in a span with that `lang`, so that screen readers switch voice.
   */
  pickMarked(text: LocalizedText | undefined): string | TemplateResult | undefined {
    const [key, value] = pickEntry(text, this.lang || 'en', false) ?? [];
    return key && !sameLanguage(key, this.tag) ? html`<span lang=${key}>${value}</span>` : value;
  }
}
