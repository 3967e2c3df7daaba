/**
 * The timers behind the widgets' players (the pathway's Play). One object, so that tests can run time forward
 * with a manual clock instead of waiting for real seconds; pages never need to touch it.
 */
export const clock = {
  setInterval: (callback: () => void, ms: number): number => globalThis.setInterval(callback, ms) as unknown as number,
  clearInterval: (id: number | undefined): void => globalThis.clearInterval(id),
};
