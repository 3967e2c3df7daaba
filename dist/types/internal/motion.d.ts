import type { ReactiveController, ReactiveControllerHost } from 'lit';
export interface MotionHost extends ReactiveControllerHost, HTMLElement {
}
/**
 * Tells an animated widget whether it may animate: not when the reader asks for reduced motion (followed
 * live), not while the element is off-screen, not while the tab is hidden. Every listener and observer it
 * adds is removed when the element leaves the page. The host re-renders, and `onChange` runs, on any change.
 */
export declare class MotionController implements ReactiveController {
    private readonly host;
    private readonly onChange?;
    reducedMotion: boolean;
    /** False until the IntersectionObserver first reports, so nothing animates before it is known to be seen. */
    onScreen: boolean;
    pageHidden: boolean;
    private media?;
    private intersection?;
    constructor(host: MotionHost, onChange?: ((controller: MotionController) => void) | undefined);
    /** True when nothing stands in the way of animating. */
    get canAnimate(): boolean;
    hostConnected(): void;
    hostDisconnected(): void;
    private readonly handleMediaChange;
    private readonly handleVisibility;
    private readonly handleIntersection;
    private set;
}
