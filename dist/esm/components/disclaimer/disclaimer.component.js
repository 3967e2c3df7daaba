import { defaultCrisisDirectory } from "../../content/crisis-lines.js";
import { disclaimerStrings } from "../../content/disclaimer.js";
import { DataSourceController, renderDataErrors } from "../../internal/data-source.js";
import { headingLevelOf, renderHeading } from "../../internal/heading.js";
import { KwElement } from "../../internal/kw-element.js";
import { LocalizeController, regionOf, sameLanguage } from "../../internal/localize.js";
import { contactHref, keepNumbersTogether, resolveRegion, validateCrisisDirectory } from "./crisis-directory.js";
import { styles } from "./disclaimer.styles.js";
import { html, isServer, nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
// src/components/disclaimer/disclaimer.component.ts
var _KwDisclaimer;
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
* @csspart body - The short notice (or your own text).
* @csspart more - The rest of the notice: a disclosure (`<details>`), or open text with `detail="full"`.
* @csspart more-toggle - The disclosure's "More about this notice" summary.
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
		this.detail = "short";
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
		(this.sizes ??= new ResizeObserver(this.fit)).observe(this);
		addEventListener("resize", this.fit);
		document.addEventListener("focusin", this.reveal);
		this.readAuthoredContent();
		if (this.remember > 0 && this.readRemembered()) this.dismissed = true;
	}
	disconnectedCallback() {
		super.disconnectedCallback();
		this.sizes?.disconnect();
		removeEventListener("resize", this.fit);
		document.removeEventListener("focusin", this.reveal);
		cancelAnimationFrame(this.revealFrame);
	}
	updated() {
		this.fit();
	}
	/** A reader who dismissed the notice before (`remember`) gets the strip, not what the server rendered. */
	hydrationKey() {
		return `${super.hydrationKey()}|${this.dismissed ? "dismissed" : "open"}|${this.hasAuthoredContent ? "authored" : "built-in"}`;
	}
	willUpdate(changed) {
		if (isServer) this.hasAuthoredContent = this.kwServer?.authored ?? false;
		super.willUpdate(changed);
		if (changed.has("remember") && this.remember > 0 && !this.dismissed && this.readRemembered()) this.dismissed = true;
		if (!this.dismissed) this.dismissedHere = false;
	}
	render() {
		if (this.dismissed) {
			const strip = this.renderCrisis(true);
			return strip === nothing && this.dismissedHere ? html`<p class="visually-hidden dismissed-note" tabindex="-1">${this.localize.term("dismissed")}</p>` : strip;
		}
		const term = this.localize.term.bind(this.localize);
		const level = headingLevelOf(this.headingLevel);
		const banner = this.variant === "banner";
		return html`<section part="base" class="base" role="region" aria-labelledby="heading"> <svg part="icon" class="icon" aria-hidden="true" viewBox="0 0 24 24"> <circle cx="12" cy="12" r="10.5" fill="currentColor" /> <rect x="10.75" y="10" width="2.5" height="8" rx="1" fill="var(--_icon-glyph)" /> <circle cx="12" cy="6.75" r="1.6" fill="var(--_icon-glyph)" /> </svg> <div class="content"> ${renderHeading(level, html`<span class="visually-hidden">${term("iconLabel")} </span>${term("heading")}`, {
			id: "heading",
			part: "heading",
			size: banner ? "m" : "l"
		})} <div part="body" class="body"> <p class="default-text" ?hidden=${this.hasAuthoredContent}>${term(banner ? "bannerBody" : "body1")}</p> <slot @slotchange=${this.readAuthoredContent}></slot> </div> ${this.renderCrisis()} ${banner || this.hasAuthoredContent ? nothing : this.renderMore()} ${this.renderReviewed()} </div> ${this.dismissible ? html`<button part="close-button" class="close kw-button kw-button--quiet kw-button--icon" type="button" aria-label=${term("dismiss")} @click=${this.handleDismissClick}> <svg aria-hidden="true" viewBox="0 0 24 24"><path d="M6 6l12 12M18 6L6 18" /></svg> </button>` : nothing} </section>`;
	}
	/**
	* The rest of the notice, after the crisis lines: no doctor–patient relationship, talk to a professional and, where
	* US rules apply (region US, or a US language tag such as en-US), the FDA status. A page's own `body4` replaces the
	* FDA text and is shown anywhere. An empty string leaves a paragraph out.
	*/
	renderMore() {
		const term = this.localize.term.bind(this.localize);
		const us = resolveRegion(this.region, this.localize.lang, this.directory.state.status === "ready" ? this.directory.state.value : defaultCrisisDirectory) === "US" || regionOf(this.localize.lang)?.toUpperCase() === "US" || typeof this.strings?.body4 === "string";
		const paragraphs = [
			term("body2"),
			term("body3"),
			us ? term("body4") : ""
		].filter(Boolean).map((text) => html`<p>${text}</p>`);
		if (!paragraphs.length) return nothing;
		return this.detail === "full" ? html`<div part="more" class="more">${paragraphs}</div>` : html`<details part="more" class="more"> <summary part="more-toggle">${term("more")}</summary> ${paragraphs} </details>`;
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
		return strip(html`${error} ${renderHeading(headingLevelOf(this.headingLevel) + 1, term("crisisHeading"), { size: "m" })} <ul class="lines"> ${region.lines.map((line) => html`<li class="line" data-id=${line.id}> <span class="line-name">${this.localize.pickMarked(line.name)}</span> ${line.description ? html`<span class="line-description">${this.unbroken(line.description)}</span>` : nothing} ${Object.entries(line.languageNotes ?? {}).filter(([lang]) => !sameLanguage(lang, this.localize.tag)).map(([lang, note]) => html`<span class="line-description" lang=${lang}>${keepNumbersTogether(note)}</span>`)} <span class="contacts">${line.contacts.map((contact) => this.renderContact(contact))}</span> </li>`)} </ul> ${this.renderEmergency(region)}`, key);
	}
	/** Data text in the widget's language, with phone numbers and keywords such as 442-AYUDAME kept on one line. */
	unbroken(text) {
		const marked = this.localize.pickMarked(text);
		return typeof marked === "string" ? keepNumbersTogether(marked) : marked;
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
		return html`<a part="crisis-link" class="contact" href=${href}>${keepNumbersTogether(text)}</a>`;
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
		if (!this.dispatchEvent(new CustomEvent("kw-dismiss", {
			bubbles: true,
			composed: true,
			cancelable: true
		}))) return;
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
	detail: { reflect: true },
	reviewed: {},
	strings: { type: Object },
	data: { attribute: false },
	src: {},
	hasAuthoredContent: { state: true }
};
export { KwDisclaimer };

//# sourceMappingURL=disclaimer.component.js.map