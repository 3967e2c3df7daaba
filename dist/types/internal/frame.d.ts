import { renderDataErrors, type DataState } from './data-source.js';
type FrameStrings = Parameters<typeof renderDataErrors>[1] & {
    term(key: 'loading'): string;
};
/**
 * What a widget shows inside its `part="base"` while its data is not ready: a polite "Loading…" that keeps the
 * frame's surface and padding (no jump when the data comes), or the data errors; `ready` renders the data.
 */
export declare function renderFrame<T>(state: DataState<T>, strings: FrameStrings, ready: (value: T) => unknown): unknown;
/** The same frame content for a widget that keeps drawing something of its own while loading or after an error. */
export declare const renderFrameStatus: <T>(state: DataState<T>, strings: FrameStrings) => unknown;
export {};
