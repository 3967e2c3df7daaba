/**
 * The timers behind the widgets' players (the pathway's Play). One object, so that tests can run time forward
 * with a manual clock instead of waiting for real seconds; pages never need to touch it.
 */
export declare const clock: {
    setInterval: (callback: () => void, ms: number) => number;
    clearInterval: (id: number | undefined) => void;
};
