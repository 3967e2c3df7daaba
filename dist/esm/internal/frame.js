import { renderDataErrors } from "./data-source.js";
import { html } from "lit";
// src/internal/frame.ts
/**
* What a widget shows inside its `part="base"` while its data is not ready: a polite "Loading…" that keeps the
* frame's surface and padding (no jump when the data comes), or the data errors; `ready` renders the data.
*/
function renderFrame(state, strings, ready) {
	if (state.status === "loading") return html`<p class="kw-loading" aria-busy="true">${strings.term("loading")}</p>`;
	if (state.status === "error") return renderDataErrors(state.errors, strings);
	return ready(state.value);
}
/** The same frame content for a widget that keeps drawing something of its own while loading or after an error. */
var renderFrameStatus = (state, strings) => renderFrame(state, strings, () => null);
export { renderFrame, renderFrameStatus };

//# sourceMappingURL=frame.js.map