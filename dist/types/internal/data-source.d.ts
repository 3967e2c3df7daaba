import { type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ServerContext } from './server-context.js';
/** Where a widget's content came from. */
export type DataOrigin = 'default' | 'property' | 'inline' | 'src';
export type DataState<T> = {
    readonly status: 'ready';
    readonly value: T;
    readonly origin: DataOrigin;
} | {
    readonly status: 'loading';
    readonly origin: 'src';
} | {
    readonly status: 'error';
    readonly errors: readonly string[];
    readonly origin: DataOrigin;
};
/** Checks unknown input; returns the typed value or messages that each name a path. */
export type Validator<T> = (input: unknown) => {
    value: T;
    errors?: undefined;
} | {
    errors: string[];
    value?: undefined;
};
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
    convert: (text: string) => {
        value: unknown;
        warnings?: readonly string[];
        errors?: undefined;
    } | {
        errors: readonly string[];
        value?: undefined;
    };
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
/** A `src` that has not answered by then is reported, not left loading. */
export declare const FETCH_TIMEOUT_MS = 15000;
/** Larger `src` files are refused before they are read (a full SWC reconstruction is about 1 MB). */
export declare const MAX_SRC_BYTES = 5000000;
/**
 * Resolves a widget's content, in order of precedence: the `data` property, the `src` URL, an inline
 * `<script type="application/json">` child, then the built-in content. Bad input becomes an `error` state
 * (shown in the element) and one console warning; nothing is thrown.
 */
export declare class DataSourceController<T> implements ReactiveController {
    private readonly host;
    private readonly options;
    state: DataState<T>;
    private lastData;
    private lastSrc;
    private lastInline;
    private fetchAbort?;
    private fetchTimer?;
    private childObserver?;
    /** The last failure warned about: the same failure again (e.g. after a move) is not repeated. */
    private warned?;
    constructor(host: DataHost, options: DataSourceOptions<T>);
    /** The validated content, or undefined while loading or after an error. */
    get value(): T | undefined;
    hostConnected(): void;
    hostDisconnected(): void;
    hostUpdate(): void;
    serverUpdate(): void;
    /** What the widget shows, as a short fingerprint: where it came from and a hash of the validated value. */
    hydrationKey(): string;
    private sync;
    private get inlineSelector();
    private get inlineTypes();
    /** The first inline script of a type this widget reads (not a pre-rendered copy of `src`). */
    private inlineScript;
    /** The text of the first inline script of a type this widget reads. */
    private readInline;
    private inlineFormat;
    /**
     * The copy of `src` a pre-render left in the element (`<script type="text/plain" data-kw-src="…">`), so that the
     * page shows what the static HTML showed without fetching it again.
     */
    private preloaded;
    private acceptText;
    private get json();
    private accept;
    private fail;
    private cancelFetch;
    /** The text of `src`, in the format its extension names (JSON otherwise). */
    private acceptLoaded;
    private load;
}
/**
 * Whether a widget shows its data problems in the page: with its `debug` attribute, or `data-kw-debug` on
 * `<html>` (one switch for every widget while a page is being edited; Storybook sets it). The console always
 * has them.
 */
export declare const isDebugging: (host: Element) => boolean;
/**
 * The error box every widget shows for bad data: for readers, one calm sentence (the widget's `dataError`);
 * while debugging, also the first problems, for the author, and "…and N more".
 */
export declare function renderDataErrors(errors: readonly string[], strings: {
    term(key: 'dataError' | 'moreErrors' | 'forAuthor', values?: Record<string, number>): string;
    tag: string;
    host: Element;
}): TemplateResult;
