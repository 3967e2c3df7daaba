import { isServer, LitElement, type PropertyDeclarations, type PropertyValues, type ReactiveController } from 'lit';
import { HostThemeController } from './host-theme.js';
import { sharedStyles } from './shared.styles.js';
import { tokenStyles } from './tokens.styles.js';
import type { ServerContext } from './server-context.js';
import { VERSION } from './version.js';

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
export const SSR_KEY_ATTRIBUTE = 'kw-ssr';

/** Pre-rendered widgets waiting for their turn to hydrate, in page order. */
const hydrationQueue: (() => void)[] = [];
let hydrationTurns = false;

/**
 * Resolves when it is this widget's turn to hydrate: after the page's first paint (or 100 ms, in a hidden tab),
 * one widget per task, so that hydrating a page of widgets never blocks the main thread in one long task.
 */
function hydrationTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    hydrationQueue.push(resolve);
    if (hydrationTurns) return;
    hydrationTurns = true;
    const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => unknown } }).scheduler;
    const nextTask = (task: () => void) => (scheduler?.postTask ? void scheduler.postTask(task, { priority: 'user-visible' }) : void setTimeout(task));
    const next = () => {
      const turn = hydrationQueue.shift();
      if (!turn) {
        hydrationTurns = false;
        return;
      }
      turn();
      nextTask(next);
    };
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      nextTask(next);
    };
    requestAnimationFrame(start);
    setTimeout(start, 100);
  });
}

/**
 * Base class of every kw- widget: version stamp for `define()`, shared tokens and styles, the `theme` attribute.
 *
 * @attr defer-hydration - On pre-rendered markup (declarative shadow DOM): the element stays as the server rendered
 * it, without interactions, until a script removes this attribute (Lit's hydration support).
 */
export class KwElement extends LitElement {
  /** @internal */
  static readonly kwVersion = VERSION;

  /** @internal The controllers, in order (first, before the field initialisers below add any). */
  private readonly kwControllers: ServerAwareController[] = [];

  static override styles = [tokenStyles, sharedStyles];

  // Reactive properties and their attributes; each is documented on its field below.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    debug: { type: Boolean, reflect: true },
  };

  /**
   * Shows the widget's data problems in the page, for its author (readers otherwise see one calm sentence;
   * the console always has the list). `data-kw-debug` on `<html>` does the same for every widget.
   */
  debug = false;

  /**
   * Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). Unset, the widget follows the
   * background behind it: dark on a dark page even when the page sets no CSS `color-scheme` (as many dark themes
   * do not), light on a light one, and the page's `color-scheme` where every background is transparent.
   */
  theme?: Theme;

  /** @internal Set by a server renderer only. */
  kwServer?: ServerContext;

  /** @internal */
  protected readonly hostTheme = new HostThemeController(this);

  override addController(controller: ServerAwareController): void {
    super.addController(controller);
    this.kwControllers.push(controller);
  }

  /**
   * What this render depends on beyond its template: language, data and anything else a widget adds. A server
   * render writes it into the `kw-ssr` attribute; in the browser, a pre-rendered element whose key differs (the
   * page changed `lang` or the data before the module loaded) is rendered afresh instead of hydrated, since
   * hydration keeps the server's text.
   */
  protected hydrationKey(): string {
    return this.kwControllers.flatMap((c) => c.hydrationKey?.() ?? []).join('|');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!isServer) return;
    // On a server Lit calls willUpdate and render only: the controllers catch up here.
    for (const controller of this.kwControllers) controller.serverUpdate?.();
    this.setAttribute(SSR_KEY_ATTRIBUTE, this.hydrationKey());
  }

  /** A pre-rendered widget hydrates in its own task, after the first paint (the page already shows its HTML). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hasUpdated && this.hasAttribute(SSR_KEY_ATTRIBUTE)) return hydrationTurn().then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    if (this.hasAttribute(SSR_KEY_ATTRIBUTE)) {
      const rendered = this.getAttribute(SSR_KEY_ATTRIBUTE);
      this.removeAttribute(SSR_KEY_ATTRIBUTE);
      const flags = this as unknown as Record<string, boolean | undefined>;
      // Lit's hydration support marks a declarative shadow root to hydrate (its production name, then its development one).
      const flag = ['_$AG', '_$needsHydration'].find((name) => flags[name]);
      if (flag && rendered !== this.hydrationKey()) {
        flags[flag] = false;
        for (const node of [...this.renderRoot.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
      }
    }
    super.update(changed);
  }
}
