import { type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ServerContext } from './server-context.js';
import { Issues } from './validate.js';
/** Text in data: a plain string, or one string per language (`{ "en": "…", "es": "…" }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;
/** Language of `el`: its own `lang`, else the nearest ancestor's (crossing shadow roots), else `<html lang>`. */
export declare function nearestLang(el: Element): string;
/** Lookup order for a language tag: `es-MX` → `es-mx`, `es`, then English. */
export declare function langCandidates(lang: string): string[];
/** The region subtag of a language tag (`en-GB` → `GB`, `es-419` → `419`), if any. */
export declare function regionOf(lang: string): string | undefined;
/**
 * Resolves localized data text for `lang`, falling back to the base language, then English, then (unless
 * `strict`) the first language given: text only in Spanish still beats a blank on an English page.
 */
export declare function pickText(text: LocalizedText | undefined, lang: string, strict?: boolean): string | undefined;
/** Whether two language tags name the same language (`es-MX` and `es`). */
export declare function sameLanguage(a: string, b: string): boolean;
/** Validates a LocalizedText value, naming the path of anything wrong. */
export declare function expectLocalizedText(value: unknown, path: string, issues: Issues, { optional, maxLength }?: {
    optional?: boolean | undefined;
    maxLength?: number | undefined;
}): value is LocalizedText;
/** Replaces `{name}` placeholders. */
export declare function format(template: string, values?: Record<string, string | number>): string;
type StringTable = Record<string, string>;
/** Strings every widget uses, so that they read the same everywhere; a widget's own table may still override them. */
declare const COMMON_STRINGS: Record<string, {
    moreErrors: string;
    newTab: string;
    forAuthor: string;
}>;
export type CommonStringKey = keyof (typeof COMMON_STRINGS)['en'];
export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
    /** Per-element overrides of any UI string, by key. */
    strings?: Record<string, string> | undefined;
    /** What a server renderer found around the element (its nearest `lang`). */
    kwServer?: ServerContext;
}
/**
 * Gives a widget its language and UI strings. Language comes from the nearest `lang` and follows changes;
 * strings come from the built-in table for that language (es-MX → es → en), overridden by `host.strings`.
 */
export declare class LocalizeController<S extends StringTable> implements ReactiveController {
    readonly host: LocalizedHost;
    private readonly tables;
    /** The language tag in effect, as written on the page (e.g. `es-MX`); empty when the page declares none. */
    lang: string;
    constructor(host: LocalizedHost, tables: {
        en: S;
    } & Record<string, S>);
    hostConnected(): void;
    /**
     * When the page's language has no built-in table (e.g. `fr`, or none declared) and the page gives no content
     * of its own (strings, data, src, children), the widget speaks English: its top elements say so, so that
     * screen readers switch voice and the text runs left to right even on a right-to-left page. The page's own
     * content is presumably in the page's language, so then nothing is marked.
     */
    hostUpdated(): void;
    hostDisconnected(): void;
    /** On a server: the element's own `lang`, else the one the renderer found on its ancestors. */
    serverUpdate(): void;
    /** The language, and the page's string overrides when it has any (a page may change them before the module loads). */
    hydrationKey(): string;
    /** Re-reads the language and re-renders if it changed. */
    refresh(): void;
    /** The built-in language whose table is used (`en` or `es`). */
    get language(): string;
    /**
     * The language the widget's text is in: the page's tag when a built-in table serves it (`es-MX`) or the page
     * overrides the strings, else the built-in fallback (`en` on a French page).
     */
    get tag(): string;
    /** A UI string: the element's override, else the table for the current language, with `{name}` filled in. */
    term(key: (keyof S & string) | CommonStringKey, values?: Record<string, string | number>): string;
    private numbers?;
    /**
     * Runs an Intl call in the widget's language: the page's tag, or the built-in language when the tag is one
     * Intl refuses (a malformed tag such as "en_US" makes it throw; the built-in language still reads well).
     */
    inLocale<T>(call: (locale: string) => T): T;
    /** A number as the widget's language writes it (1,022 in English, 1022 in Spanish); one formatter per language. */
    number(value: number): string;
    /** Localized data text for the current language; `strict`: nothing when that language (or English) has none. */
    pick(text: LocalizedText | undefined, strict?: boolean): string | undefined;
    /**
     * Like pick(), for text shown as is: text that comes in another language than the widget's (an English service
     * name on a Spanish page) is wrapped in a span with that `lang`, so that screen readers switch voice.
     */
    pickMarked(text: LocalizedText | undefined): string | TemplateResult | undefined;
}
export {};
