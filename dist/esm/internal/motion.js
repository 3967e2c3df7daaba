// src/internal/motion.ts
var REDUCED_MOTION = "(prefers-reduced-motion: reduce)";
/**
* Tells an animated widget whether it may animate: not when the reader asks for reduced motion (followed
* live), not while the element is off-screen, not while the tab is hidden. Every listener and observer it
* adds is removed when the element leaves the page. The host re-renders, and `onChange` runs, on any change.
*/
var MotionController = class {
	constructor(host, onChange) {
		this.host = host;
		this.onChange = onChange;
		this.reducedMotion = false;
		this.onScreen = false;
		this.pageHidden = false;
		this.handleMediaChange = (event) => {
			this.set("reducedMotion", event.matches);
		};
		this.handleVisibility = () => {
			this.set("pageHidden", document.visibilityState === "hidden");
		};
		this.handleIntersection = (entries) => {
			const latest = entries[entries.length - 1];
			if (latest) this.set("onScreen", latest.isIntersecting);
		};
		host.addController(this);
	}
	/** True when nothing stands in the way of animating. */
	get canAnimate() {
		return !this.reducedMotion && this.onScreen && !this.pageHidden;
	}
	hostConnected() {
		this.media = matchMedia(REDUCED_MOTION);
		this.reducedMotion = this.media.matches;
		this.media.addEventListener("change", this.handleMediaChange);
		this.pageHidden = document.visibilityState === "hidden";
		document.addEventListener("visibilitychange", this.handleVisibility);
		this.intersection = new IntersectionObserver(this.handleIntersection);
		this.intersection.observe(this.host);
	}
	hostDisconnected() {
		this.media?.removeEventListener("change", this.handleMediaChange);
		this.media = void 0;
		document.removeEventListener("visibilitychange", this.handleVisibility);
		this.intersection?.disconnect();
		this.intersection = void 0;
		this.onScreen = false;
	}
	set(key, value) {
		if (this[key] === value) return;
		this[key] = value;
		this.host.requestUpdate();
		this.onChange?.(this);
	}
};
export { MotionController };

//# sourceMappingURL=motion.js.map