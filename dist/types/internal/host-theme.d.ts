import type { ReactiveController, ReactiveControllerHost } from 'lit';
/** Relative luminance below which a background counts as dark: where white and black text contrast equally. */
export declare const DARK_LUMINANCE = 0.179;
/** sRGB relative luminance (WCAG) of channel values 0–255. */
export declare function luminance(r: number, g: number, b: number): number;
/** Red, green, blue (0–255) and alpha (0–1) of a computed colour in `rgb()`/`rgba()` or `color(srgb …)` form. */
export declare function parseColor(value: string): [number, number, number, number] | undefined;
/**
 * `dark` or `light` from the first mostly opaque background colour (alpha ≥ 0.5) behind `el`, walking up its
 * ancestors and out of shadow roots; undefined when every one is transparent (the page's canvas shows, whose colour
 * follows the page's `color-scheme`) or is an unreadable colour format. Background images are not looked at.
 * Reads computed styles only: no layout.
 */
export declare function schemeBehind(el: Element): 'dark' | 'light' | undefined;
interface ThemedHost extends ReactiveControllerHost, HTMLElement {
    theme?: string;
}
/**
 * Follows a dark page even when it sets no `color-scheme`: without a `theme` attribute, the widget takes the scheme
 * of the background behind it (custom state `kw-dark-host` or `kw-light-host`, which the shared sheet turns into
 * `color-scheme`). Checked on connection, when `theme` changes, when the reader's colour preference changes, and
 * when the `class`, `style` or a `data-theme`/`data-bs-theme` attribute of <html> or <body> changes. Nothing runs
 * before connection or on a server; browsers without custom states keep following the page's `color-scheme`.
 */
export declare class HostThemeController implements ReactiveController {
    private readonly host;
    private states?;
    private scheme?;
    private theme?;
    constructor(host: ThemedHost);
    hostConnected(): void;
    hostUpdate(): void;
    hostDisconnected(): void;
    /** Re-reads the background behind the widget; a `theme` attribute wins. */
    check(): void;
}
export {};
