import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Relative luminance below which a background counts as dark: where white and black text contrast equally. */
export const DARK_LUMINANCE = 0.179;

/** sRGB relative luminance (WCAG) of channel values 0–255. */
export function luminance(r: number, g: number, b: number): number {
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Red, green, blue (0–255) and alpha (0–1) of a computed colour in `rgb()`/`rgba()` or `color(srgb …)` form. */
export function parseColor(value: string): [number, number, number, number] | undefined {
  const numbers = value.match(/[\d.]+(e-?\d+)?%?/g)?.map((n) => (n.endsWith('%') ? parseFloat(n) / 100 : Number(n)));
  if (!numbers || numbers.length < 3) return undefined;
  const [r = 0, g = 0, b = 0, a = 1] = numbers;
  return value.startsWith('rgb') ? [r, g, b, a] : value.startsWith('color(srgb ') ? [r * 255, g * 255, b * 255, a] : undefined;
}

/** The element a background is painted on behind `node`: its parent, or the host of the shadow root it is in. */
const behind = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);

/**
 * `dark` or `light` from the first mostly opaque background colour (alpha ≥ 0.5) behind `el`, walking up its
 * ancestors and out of shadow roots; undefined when every one is transparent (the page's canvas shows, whose colour
 * follows the page's `color-scheme`) or is an unreadable colour format. Background images are not looked at.
 * Reads computed styles only: no layout.
 */
export function schemeBehind(el: Element): 'dark' | 'light' | undefined {
  for (let node = behind(el); node; node = behind(node)) {
    const rgba = parseColor(getComputedStyle(node).backgroundColor);
    if (rgba && rgba[3] >= 0.5) return luminance(rgba[0], rgba[1], rgba[2]) < DARK_LUMINANCE ? 'dark' : 'light';
  }
  return undefined;
}

interface ThemedHost extends ReactiveControllerHost, HTMLElement {
  theme?: string;
}

// One observer for the page: a theme switch usually toggles a class or style on <html> or <body>.
const hosts = new Set<HostThemeController>();
let observer: MutationObserver | undefined;
let dark: MediaQueryList | undefined;
const recheckAll = (): void => hosts.forEach((c) => c.check());

/**
 * Follows a dark page even when it sets no `color-scheme`: without a `theme` attribute, the widget takes the scheme
 * of the background behind it (custom state `kw-dark-host` or `kw-light-host`, which the shared sheet turns into
 * `color-scheme`). Checked on connection, when `theme` changes, when the reader's colour preference changes, and
 * when the `class`, `style` or a `data-theme`/`data-bs-theme` attribute of <html> or <body> changes. Nothing runs
 * before connection or on a server; browsers without custom states keep following the page's `color-scheme`.
 */
export class HostThemeController implements ReactiveController {
  private states?: CustomStateSet;
  private scheme?: string;
  private theme?: string;

  constructor(private readonly host: ThemedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    try {
      this.states ??= this.host.attachInternals().states;
    } catch {
      // Another script took the element's internals, or the browser has no custom states: nothing to set.
    }
    hosts.add(this);
    if (!observer) {
      observer = new MutationObserver(recheckAll);
      for (const node of [document.documentElement, document.body]) {
        if (node) observer.observe(node, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-bs-theme'] });
      }
      dark = matchMedia('(prefers-color-scheme: dark)');
      dark.addEventListener('change', recheckAll);
    }
    this.check();
  }

  hostUpdate(): void {
    if (this.host.theme !== this.theme) this.check();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    if (!hosts.size) {
      observer?.disconnect();
      dark?.removeEventListener('change', recheckAll);
      observer = dark = undefined;
    }
  }

  /** Re-reads the background behind the widget; a `theme` attribute wins. */
  check(): void {
    const { states, host } = this;
    if (!states) return;
    this.theme = host.theme;
    const scheme = host.theme ? undefined : schemeBehind(host);
    if (scheme === this.scheme) return;
    this.scheme = scheme;
    // Widgets that paint with computed colours (the neuron's canvas) repaint in their update.
    host.requestUpdate();
    try {
      states.delete('kw-dark-host');
      states.delete('kw-light-host');
      if (scheme) states.add(`kw-${scheme}-host`);
    } catch {
      // Chromium before 125 accepted only `--name` states: the widget then follows the page's color-scheme.
    }
  }
}
