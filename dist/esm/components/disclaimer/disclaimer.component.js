import { defaultCrisisDirectory } from "../../content/crisis-lines.js";
import { disclaimerStrings } from "../../content/disclaimer.js";
import { DataSourceController, renderDataErrors } from "../../internal/data-source.js";
import { KwElement, headingLevelOf } from "../../internal/kw-element.js";
import { LocalizeController, sameLanguage } from "../../internal/localize.js";
import { contactHref, resolveRegion, validateCrisisDirectory } from "./crisis-directory.js";
import { styles } from "./disclaimer.styles.js";
import { html, nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
// src/components/disclaimer/disclaimer.component.ts
var _KwDisclaimer;
var HEADINGS = {
	2: (content) => html`<h2 id="heading" part="heading" class="heading">${content}</h2>`,
	3: (content) => html`<h3 id="heading" part="heading" class="heading">${content}</h3>`,
	4: (content) => html`<h4 id="heading" part="heading" class="heading">${content}</h4>`,
	5: (content) => html`<h5 id="heading" part="heading" class="heading">${content}</h5>`,
	6: (content) => html`<h6 id="heading" part="heading" class="heading">${content}</h6>`
};
var DAY_MS = 864e5;
/** Nodes in the light DOM that count as the page's own disclaimer text. */
function isAuthoredContent(node) {
	if (node instanceof Text) return node.data.trim() !== "";
	if (node instanceof Element) return !node.matches("script, template, style") && !node.hasAttribute("slot");
	return false;
}
/**
* @tagname kw-disclaimer
* @summary A "not medical advice" notice with crisis-line resources, for pages about depression treatment.
*
* @slot - Your own disclaimer text. It replaces the built-in text and stays readable before (or without)
*   JavaScript. An inline `<script type="application/json">` child supplies crisis resources instead.
*
* @csspart base - The notice's container (`role="region"`).
* @csspart icon - The information icon.
* @csspart heading - The heading.
* @csspart body - The disclaimer text.
* @csspart review-date - The "Last reviewed" line.
* @csspart crisis - The crisis resources strip.
* @csspart crisis-link - Each call, text or web link in the crisis strip.
* @csspart close-button - The dismiss button.
* @csspart error - The message shown when crisis data is invalid.
*
* @cssprop --kw-disclaimer-accent - Accent stripe and icon colour (default: the info colour).
* @cssprop --kw-disclaimer-background - Background of the notice.
* @cssprop --kw-disclaimer-crisis-background - Background of the crisis strip.
* @cssprop --kw-disclaimer-max-width - Max width of the inline variant (default: none).
* @cssprop --kw-disclaimer-sticky-offset - Distance from the viewport edge for a sticky banner (default: 0).
*
* @fires {CustomEvent<null>} kw-dismiss - The reader pressed the close button. Cancelable: `preventDefault()` keeps the notice open.
*/
var KwDisclaimer = class extends KwElement {
	constructor(..._args) {
		super(..._args);
		this.variant = "inline";
		this.position = "top";
		this.region = "auto";
		this.dismissible = false;
		this.dismissed = false;
		this.remember = 0;
		this.storageKey = "kw-disclaimer-dismissed";
		this.headingLevel = 2;
		this.hasAuthoredContent = false;
		this.dismissedHere = false;
		this.localize = new LocalizeController(this, disclaimerStrings);
		this.directory = new DataSourceController(this, {
			validate: validateCrisisDirectory,
			fallback: () => defaultCrisisDirectory
		});
		this.fit = () => {
			this.toggleAttribute("unstuck", this.variant === "banner" && this.offsetHeight * 3 > innerHeight);
		};
		this.sizes = new ResizeObserver(this.fit);
		this.revealFrame = 0;
		this.reveal = (event) => {
			const target = event.target;
			if (this.variant !== "banner" || this.dismissed || this.hasAttribute("unstuck") || !(target instanceof Element) || this.contains(target)) return;
			cancelAnimationFrame(this.revealFrame);
			this.revealFrame = requestAnimationFrame(() => {
				const banner = this.getBoundingClientRect();
				const box = target.getBoundingClientRect();
				if (box.top >= banner.bottom || box.bottom <= banner.top) return;
				scrollBy(0, this.position === "bottom" ? box.bottom - banner.top + 8 : box.top - banner.bottom - 8);
			});
		};
	}
	connectedCallback() {
		super.connectedCallback();
		this.sizes.observe(this);
		addEventListener("resize", this.fit);
		document.addEventListener("focusin", this.reveal);
		this.readAuthoredContent();
		if (this.remember > 0 && this.readRemembered()) this.dismissed = true;
	}
	disconnectedCallback() {
		super.disconnectedCallback();
		this.sizes.disconnect();
		removeEventListener("resize", this.fit);
		document.removeEventListener("focusin", this.reveal);
		cancelAnimationFrame(this.revealFrame);
	}
	updated() {
		this.fit();
	}
	willUpdate(changed) {
		if (changed.has("remember") && this.remember > 0 && !this.dismissed && this.readRemembered()) this.dismissed = true;
		if (!this.dismissed) this.dismissedHere = false;
	}
	render() {
		if (this.dismissed) {
			const strip = this.renderCrisis(true);
			return strip === nothing && this.dismissedHere ? html`<p class="visually-hidden dismissed-note" tabindex="-1">${this.localize.term("dismissed")}</p>` : strip;
		}
		const term = this.localize.term.bind(this.localize);
		const heading = HEADINGS[headingLevelOf(this.headingLevel)];
		const bodyText = (this.variant === "banner" ? [term("bannerBody")] : [
			term("body1"),
			term("body2"),
			term("body3"),
			term("body4")
		]).filter(Boolean);
		return html`<section part="base" class="base" role="region" aria-labelledby="heading"> <svg part="icon" class="icon" aria-hidden="true" viewBox="0 0 24 24"> <circle cx="12" cy="12" r="10.5" fill="currentColor" /> <rect x="10.75" y="10" width="2.5" height="8" rx="1" fill="var(--_icon-glyph)" /> <circle cx="12" cy="6.75" r="1.6" fill="var(--_icon-glyph)" /> </svg> <div class="content"> ${heading(html`<span class="visually-hidden">${term("iconLabel")} </span>${term("heading")}`)} <div part="body" class="body"> <div class="default-text" ?hidden=${this.hasAuthoredContent}>${bodyText.map((text) => html`<p>${text}</p>`)}</div> <slot @slotchange=${this.readAuthoredContent}></slot> ${this.renderReviewed()} </div> ${this.renderCrisis()} </div> ${this.dismissible ? html`<button part="close-button" class="close" type="button" aria-label=${term("dismiss")} @click=${this.handleDismissClick}> <svg aria-hidden="true" viewBox="0 0 24 24"><path d="M6 6l12 12M18 6L6 18" /></svg> </button>` : nothing} </section>`;
	}
	renderReviewed() {
		if (!this.reviewed || !/^\d{4}-\d{2}-\d{2}$/.test(this.reviewed)) return nothing;
		const date = /* @__PURE__ */ new Date(`${this.reviewed}T12:00:00Z`);
		if (Number.isNaN(date.getTime())) return nothing;
		const formatted = this.localize.inLocale((locale) => date.toLocaleDateString(locale, {
			dateStyle: "long",
			timeZone: "UTC"
		}));
		return html`<p part="review-date" class="reviewed">${this.localize.term("reviewed", { date: formatted })}</p>`;
	}
	/** The crisis strip; `alone` once the notice is dismissed, as a region of its own. */
	renderCrisis(alone = false) {
		const state = this.directory.state;
		const term = this.localize.term.bind(this.localize);
		if (this.region?.trim().toLowerCase() === "none") return nothing;
		const strip = (content, key) => html`<div part="crisis" class="crisis${alone ? " alone" : ""}" data-region=${ifDefined(key)} aria-busy=${ifDefined(state.status === "loading" ? "true" : void 0)} role=${ifDefined(alone ? "region" : void 0)} aria-label=${ifDefined(alone ? term("crisisHeading") : void 0)} tabindex=${ifDefined(alone ? -1 : void 0)} > ${content} </div>`;
		if (state.status === "loading") return strip(html`<p>${term("loading")}</p>`);
		const directory = state.status === "ready" ? state.value : defaultCrisisDirectory;
		const error = state.status === "error" ? renderDataErrors(state.errors, this.localize) : nothing;
		const key = resolveRegion(this.region, this.localize.lang, directory);
		const region = key ? directory.regions[key] : void 0;
		if (!region) return state.status === "error" ? strip(error) : nothing;
		return strip(html`${error} <p class="crisis-heading" role="heading" aria-level=${Math.min(6, headingLevelOf(this.headingLevel) + 1)}>${term("crisisHeading")}</p> <ul class="lines"> ${region.lines.map((line) => html`<li class="line" data-id=${line.id}> <span class="line-name">${this.localize.pickMarked(line.name)}</span> ${line.description ? html`<span class="line-description">${this.localize.pickMarked(line.description)}</span>` : nothing} ${Object.entries(line.languageNotes ?? {}).filter(([lang]) => !sameLanguage(lang, this.localize.tag)).map(([lang, note]) => html`<span class="line-description" lang=${lang}>${note}</span>`)} <span class="contacts">${line.contacts.map((contact) => this.renderContact(contact))}</span> </li>`)} </ul> ${this.renderEmergency(region)}`, key);
	}
	renderContact(contact) {
		const keyword = this.localize.pick(contact.body, true);
		const href = contactHref(contact, keyword);
		const custom = this.localize.pick(contact.label);
		if (contact.type === "web") {
			const text = custom ?? new URL(contact.value).hostname.replace(/^www\./, "");
			return html`<a part="crisis-link" class="contact" href=${href} target="_blank" rel="noopener noreferrer" >${text}<span class="visually-hidden"> ${this.localize.term("newTab")}</span></a >`;
		}
		const text = custom ?? this.localize.term(contact.type === "call" ? "call" : keyword ? "textWord" : "text", {
			number: contact.value,
			word: keyword ?? ""
		});
		return html`<a part="crisis-link" class="contact" href=${href}>${text}</a>`;
	}
	renderEmergency(region) {
		const term = this.localize.term.bind(this.localize);
		if (!region.emergency) return html`<p class="emergency">${term("emergencyLocal")}</p>`;
		const [before, after] = term("emergency").split("{number}");
		return html`<p class="emergency"> ${before}<a part="crisis-link" class="contact" href=${contactHref({
			type: "call",
			value: region.emergency
		})}>${region.emergency}</a>${after} </p>`;
	}
	/** On connection and whenever the page changes the element's children: does the page supply its own text? */
	readAuthoredContent() {
		this.hasAuthoredContent = [...this.childNodes].some(isAuthoredContent);
	}
	handleDismissClick() {
		const event = new CustomEvent("kw-dismiss", {
			bubbles: true,
			composed: true,
			cancelable: true
		});
		if (!this.dispatchEvent(event)) return;
		this.dismissed = true;
		this.dismissedHere = true;
		if (this.remember > 0) this.writeRemembered();
		this.updateComplete.then(() => this.renderRoot.querySelector(".crisis, .dismissed-note")?.focus());
	}
	readRemembered() {
		try {
			const raw = localStorage.getItem(this.storageKey);
			if (!raw) return false;
			const until = Number(JSON.parse(raw).until);
			if (Number.isFinite(until) && until > Date.now()) return true;
			localStorage.removeItem(this.storageKey);
		} catch {}
		return false;
	}
	writeRemembered() {
		try {
			localStorage.setItem(this.storageKey, JSON.stringify({ until: Date.now() + this.remember * DAY_MS }));
		} catch {}
	}
};
_KwDisclaimer = KwDisclaimer;
_KwDisclaimer.styles = [...KwElement.styles, styles];
_KwDisclaimer.properties = {
	variant: { reflect: true },
	position: { reflect: true },
	region: { reflect: true },
	dismissible: {
		type: Boolean,
		reflect: true
	},
	dismissed: {
		type: Boolean,
		reflect: true
	},
	remember: { type: Number },
	storageKey: { attribute: "storage-key" },
	headingLevel: {
		attribute: "heading-level",
		type: Number
	},
	reviewed: {},
	strings: { type: Object },
	data: { attribute: false },
	src: {},
	hasAuthoredContent: { state: true }
};
export { KwDisclaimer };

//# sourceMappingURL=disclaimer.component.js.map