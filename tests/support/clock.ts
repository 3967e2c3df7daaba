// A manual clock for the widgets' players: tests move time forward with tick() instead of sleeping.
import { clock } from '../../src/internal/clock.js';

interface Timer {
  callback: () => void;
  ms: number;
  next: number;
}

export interface ManualClock {
  /** Runs, in time order, every interval that falls due within the next `ms`. */
  tick(ms: number): void;
  /** How many intervals are running. */
  readonly running: number;
  restore(): void;
}

export function manualClock(): ManualClock {
  const timers = new Map<number, Timer>();
  const real = { ...clock };
  let now = 0;
  let lastId = 0;
  clock.setInterval = (callback, ms) => {
    timers.set(++lastId, { callback, ms, next: now + ms });
    return lastId;
  };
  clock.clearInterval = (id) => void (id !== undefined && timers.delete(id));
  return {
    tick(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.values()].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
        if (!due) break;
        now = due.next;
        due.next += due.ms;
        due.callback();
      }
      now = end;
    },
    get running() {
      return timers.size;
    },
    restore: () => void Object.assign(clock, real),
  };
}

export interface ManualFrames {
  /** Runs `frames` animation frames, `interval` ms apart, each calling what was requested before it. */
  run(interval: number, frames: number): void;
  /** How many frame callbacks are waiting: 0 when nothing animates. */
  readonly pending: number;
  restore(): void;
}

/**
 * Replaces requestAnimationFrame with frames the test runs by hand, for the neuron's player. The browser still
 * lays out and paints; only the page's frame callbacks wait for `run()`.
 */
export function manualFrames(): ManualFrames {
  const original = [window.requestAnimationFrame, window.cancelAnimationFrame] as const;
  const queue = new Map<number, FrameRequestCallback>();
  let id = 0;
  let now = 1000;
  window.requestAnimationFrame = (callback) => {
    queue.set(++id, callback);
    return id;
  };
  window.cancelAnimationFrame = (handle) => void queue.delete(handle);
  return {
    run: (interval, frames) => {
      for (let i = 0; i < frames; i++) {
        now += interval;
        const callbacks = [...queue.values()];
        queue.clear();
        callbacks.forEach((callback) => callback(now));
      }
    },
    get pending() {
      return queue.size;
    },
    restore: () => ([window.requestAnimationFrame, window.cancelAnimationFrame] = original),
  };
}
