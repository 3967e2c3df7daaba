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
