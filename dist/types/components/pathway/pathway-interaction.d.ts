import type { Model } from './pathway-model.js';
/** The node an arrow, Home or End key moves to: along the arrows in the flow's direction, across to layer mates. `null`: not a key of ours. */
export declare function keyTarget(key: string, id: string, m: Model): string | undefined | null;
/**
 * Focuses `target` without letting the browser jump, then scrolls only as far as it takes to show it (or the
 * popover it is in), never so far that `keep` (the clicked node) goes above the sticky `bar`.
 */
export declare function focusInView(target: HTMLElement, keep: Element | null | undefined, bar: Element | null): void;
/** Anchors `panel` beside `node` within `figure` (right, else left), or under it where there is no room. */
export declare function placeBeside(panel: HTMLElement, node: Element, figure: Element): void;
