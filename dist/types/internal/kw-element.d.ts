import { LitElement, type PropertyDeclarations, type PropertyValues, type ReactiveController } from 'lit';
import { HostThemeController } from './host-theme.js';
import type { ServerContext } from './server-context.js';
export type { ServerContext } from './server-context.js';
export { headingLevelOf } from './heading.js';
/** Colour scheme of a widget: `light`, `dark`, or `auto` (the reader's system setting). Unset follows the page's background. */
export type Theme = 'light' | 'dark' | 'auto';
/** A controller that can bring itself up to date on a server, where Lit calls no `hostConnected`/`hostUpdate`. */
export interface ServerAwareController extends ReactiveController {
    serverUpdate?(): void;
    /** Its part of the hydration key: what it rendered from, the same on the server and in the browser. */
    hydrationKey?(): string;
}
/** The attribute a server render leaves on the element: what it was rendered from (see `hydrationKey`). */
export declare const SSR_KEY_ATTRIBUTE = "kw-ssr";
/**
 * Base class of every kw- widget: version stamp for `define()`, shared tokens and styles, the `theme` attribute.
 *
 * @attr defer-hydration - On pre-rendered markup (declarative shadow DOM): the element stays as the server rendered
 * it, without interactions, until a script removes this attribute (Lit's hydration support).
 */
export declare class KwElement extends LitElement {
    /** @internal */
    static readonly kwVersion = "0.1.0";
    /** @internal The controllers, in order (first, before the field initialisers below add any). */
    private readonly kwControllers;
    static styles: import("lit").CSSResult[];
    static properties: PropertyDeclarations;
    /**
     * Shows the widget's data problems in the page, for its author (readers otherwise see one calm sentence;
     * the console always has the list). `data-kw-debug` on `<html>` does the same for every widget.
     */
    debug: boolean;
    /**
     * Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). Unset, the widget follows the
     * background behind it: dark on a dark page even when the page sets no CSS `color-scheme` (as many dark themes
     * do not), light on a light one, and the page's `color-scheme` where every background is transparent.
     */
    theme?: Theme;
    /** @internal Set by a server renderer only. */
    kwServer?: ServerContext;
    /** @internal */
    protected readonly hostTheme: HostThemeController;
    addController(controller: ServerAwareController): void;
    /**
     * What this render depends on beyond its template: language, data and anything else a widget adds. A server
     * render writes it into the `kw-ssr` attribute; in the browser, a pre-rendered element whose key differs (the
     * page changed `lang` or the data before the module loaded) is rendered afresh instead of hydrated, since
     * hydration keeps the server's text.
     */
    protected hydrationKey(): string;
    protected willUpdate(changed: PropertyValues): void;
    /** A pre-rendered widget hydrates in its own task, after the first paint (the page already shows its HTML). */
    protected scheduleUpdate(): void | Promise<unknown>;
    protected update(changed: PropertyValues): void;
}
