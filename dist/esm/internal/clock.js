// src/internal/clock.ts
/**
* The timers behind the widgets' players (the pathway's Play). One object, so that tests can run time forward
* with a manual clock instead of waiting for real seconds; pages never need to touch it.
*/
var clock = {
	setInterval: (callback, ms) => globalThis.setInterval(callback, ms),
	clearInterval: (id) => globalThis.clearInterval(id)
};
export { clock };

//# sourceMappingURL=clock.js.map