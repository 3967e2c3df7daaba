import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface MotionHost extends ReactiveControllerHost, HTMLElement {}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Tells an animated widget whether it may animate: not when the reader asks for reduced motion (followed
 * live), not while the element is off-screen, not while the tab is hidden. Every listener and observer it
 * adds is removed when the element leaves the page. The host re-renders, and `onChange` runs, on any change.
 */
export class MotionController implements ReactiveController {
  reducedMotion = false;
  /** False until the IntersectionObserver first reports, so nothing animates before it is known to be seen. */
  onScreen = false;
  pageHidden = false;

  private media?: MediaQueryList;
  private intersection?: IntersectionObserver;

  constructor(
    private readonly host: MotionHost,
    private readonly onChange?: (controller: MotionController) => void,
  ) {
    host.addController(this);
  }

  /** True when nothing stands in the way of animating. */
  get canAnimate(): boolean {
    return !this.reducedMotion && this.onScreen && !this.pageHidden;
  }

  hostConnected(): void {
    this.media = matchMedia(REDUCED_MOTION);
    this.reducedMotion = this.media.matches;
    this.media.addEventListener('change', this.handleMediaChange);
    this.pageHidden = document.visibilityState === 'hidden';
    document.addEventListener('visibilitychange', this.handleVisibility);
    this.intersection = new IntersectionObserver(this.handleIntersection);
    this.intersection.observe(this.host);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.handleMediaChange);
    this.media = undefined;
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.intersection?.disconnect();
    this.intersection = undefined;
    this.onScreen = false;
  }

  private readonly handleMediaChange = (event: MediaQueryListEvent): void => {
    this.set('reducedMotion', event.matches);
  };

  private readonly handleVisibility = (): void => {
    this.set('pageHidden', document.visibilityState === 'hidden');
  };

  private readonly handleIntersection = (entries: IntersectionObserverEntry[]): void => {
    const latest = entries[entries.length - 1];
    if (latest) this.set('onScreen', latest.isIntersecting);
  };

  private set(key: 'reducedMotion' | 'onScreen' | 'pageHidden', value: boolean): void {
    if (this[key] === value) return;
    this[key] = value;
    this.host.requestUpdate();
    this.onChange?.(this);
  }
}
