/** Splits text into lines no wider than `maxWidth`, breaking at spaces (a long word gets a line of its own). */
export declare function wrapText(text: string, maxWidth: number, measure: (text: string) => number): string[];
/** A device-pixel scale for an export: above 0 and up to 8, else 2. */
export declare const exportScale: (scale: number) => number;
/** The PNG of a canvas (an in-memory `<canvas>`: `toBlob` works in every browser, `OffscreenCanvas` export does not). */
export declare const pngOf: (canvas: HTMLCanvasElement) => Promise<Blob>;
/**
 * Saves what `make` resolves to as a download named `name`, through an object URL that is revoked at once.
 * A failure is one console warning from `tag`: a download button never throws into the page.
 */
export declare function saveAs(tag: string, name: string, make: () => Blob | Promise<Blob>): Promise<void>;
