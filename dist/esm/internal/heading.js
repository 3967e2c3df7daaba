import { html } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
// src/internal/heading.ts
/** A `heading-level` attribute as a usable level: a whole number from 2 to 6 (2 when missing or not a number). */
var headingLevelOf = (level) => Math.min(6, Math.max(2, Math.round(level) || 2));
/**
* The one way every widget writes a heading: `role="heading"` with `aria-level` (clamped to 2–6 by the caller's
* `headingLevelOf`, capped at 6 here for sub-levels), because a level set by the page cannot be a tag name in a
* Lit template. Size comes from the type scale, independent of the level, so a page's outline never changes the look.
*/
function renderHeading(level, content, { id, part, size = "l" } = {}) {
	return html`<div role="heading" aria-level=${Math.min(6, level)} id=${ifDefined(id)} part=${ifDefined(part)} class="kw-heading kw-heading--${size}">${content}</div>`;
}
export { headingLevelOf, renderHeading };

//# sourceMappingURL=heading.js.map