import { referenceFor } from "../../content/references.js";
import { defaultSideEffects, sideEffectsStrings } from "../../content/side-effects.js";
import { DataSourceController, renderDataErrors } from "../../internal/data-source.js";
import { KwElement, headingLevelOf } from "../../internal/kw-element.js";
import { LocalizeController } from "../../internal/localize.js";
import { isPlainObject } from "../../internal/validate.js";
import { groupItems, perHundred, sortItems } from "./side-effects-model.js";
import { SEVERITIES, validateSideEffects } from "./side-effects-schema.js";
import { styles } from "./side-effects.styles.js";
import { html, nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
// src/components/side-effects/side-effects.component.ts
var _KwSideEffects;
/** The words of a space- or comma-separated attribute, lower-cased. */
var words = (value) => (value ?? "").toLowerCase().split(/[\s,]+/);
/**
* @tagname kw-side-effects
* @summary A side-effect list a patient can read: how common each effect is (vs placebo), when it happens,
* how serious it is, when to get help, and the sources.
*
* @csspart base - The whole widget.
* @csspart controls - The filter bar (hidden when printing).
* @csspart chip - Each severity filter button.
* @csspart count - The "Showing N of M" line (a polite live region).
* @csspart set - One medicine's list.
* @csspart note - The note under a set's heading.
* @csspart warning - A boxed-warning callout.
* @csspart item - One side effect.
* @csspart disclosure - The button that opens an item's details.
* @csspart severity - An item's severity badge.
* @csspart frequency - An item's "how common" line with its bar pair.
* @csspart details - An item's details.
* @csspart help - The "When to get help" footer.
* @csspart error - The message shown when the data is invalid.
*
* @cssprop --kw-side-effects-drug-color - Bar colour for the medicine (default: the accent colour).
* @cssprop --kw-side-effects-placebo-color - Bar colour for placebo (default: the muted text colour).
* @cssprop --kw-side-effects-bar-width - Width of the bar pair, which stands for 100 people (default: 6em).
*
* @fires {CustomEvent<{ severity: Severity[] }>} kw-filter-change - The reader changed the severity filter. `detail.severity` lists the severities shown (empty: all).
* @fires {CustomEvent<{ id: string; open: boolean }>} kw-toggle - The reader opened or closed an item. `detail` is `{ id, open }`.
*/
var KwSideEffects = class extends KwElement {
	constructor(..._args) {
		super(..._args);
		this.groupBy = "timing";
		this.sort = "frequency";
		this.severity = "";
		this.compact = false;
		this.printPreview = false;
		this.headingLevel = 2;
		this.open = /* @__PURE__ */ new Set();
		this.printing = false;
		this.l = new LocalizeController(this, sideEffectsStrings);
		this.d = new DataSourceController(this, {
			validate: (input) => validateSideEffects(isPlainObject(input) && !("sets" in input) && "help" in input ? {
				...input,
				sets: defaultSideEffects.sets
			} : input),
			fallback: () => defaultSideEffects
		});
		this.onPrint = (event) => {
			this.printing = event.type === "beforeprint";
		};
		this.t = (key, values) => this.l.term(key, values);
		this.p = (text) => this.l.pick(text);
	}
	connectedCallback() {
		super.connectedCallback();
		for (const type of ["beforeprint", "afterprint"]) addEventListener(type, this.onPrint);
	}
	disconnectedCallback() {
		super.disconnectedCallback();
		for (const type of ["beforeprint", "afterprint"]) removeEventListener(type, this.onPrint);
	}
	/** The severities the filter lets through; all of them while printing or when none is chosen. */
	active(print) {
		return print ? [] : SEVERITIES.filter((s) => words(this.severity).includes(s));
	}
	render() {
		const { t, p } = this;
		const state = this.d.state;
		if (state.status === "loading") return html`<p part="base" aria-busy="true">${t("loading")}</p>`;
		if (state.status === "error") return renderDataErrors(state.errors, this.l);
		const print = this.printPreview || this.printing;
		const { sets, help = defaultSideEffects.help } = state.value;
		const ids = words(this.set);
		const chosen = ids.includes("all") ? sets : sets.filter((s) => ids.includes(s.id.toLowerCase()));
		const active = this.active(print);
		const pass = (item) => !active.length || active.includes(item.severity);
		const level = headingLevelOf(this.headingLevel);
		const shownSets = chosen.length ? chosen : sets.slice(0, 1);
		const all = shownSets.flatMap((set) => set.items);
		return html`<div part="base" class=${print ? "print" : ""}> <div part="controls" class="controls"> <div class="chips" role="group" aria-label=${t("filterLabel")}> ${SEVERITIES.map((severity) => {
			const total = all.filter((item) => item.severity === severity).length;
			const on = active.includes(severity);
			return total || on ? html`<button type="button" part="chip" class=${severity} aria-pressed=${on} @click=${() => this.filter(severity)}> ${t(severity)} (${total}) </button>` : nothing;
		})} </div> <p part="count" role="status" aria-live="polite">${t("count", {
			shown: all.filter(pass).length,
			total: all.length
		})}</p> </div> ${shownSets.map((set) => this.renderSet(set, pass, level, print))} ${help.length ? html`<div part="help" role="region" aria-labelledby="help"> ${this.heading(level, t("helpHeading"), "help")} <ul> ${help.map((line) => html`<li>${p(line)}</li>`)} </ul> </div>` : nothing} </div>`;
	}
	heading(level, content, id) {
		return html`<div class="h" role="heading" aria-level=${Math.min(6, level)} id=${ifDefined(id)}>${content}</div>`;
	}
	renderSet({ id, title, note, drug, warning, items }, pass, level, print) {
		const { t, p } = this;
		const shown = items.filter(pass);
		const groups = groupItems(sortItems(shown, this.sort), this.groupBy);
		const sub = title ? level + 1 : level;
		return html`<div part="set" class="set" data-set=${id}> ${title ? this.heading(level, p(title)) : nothing} ${note ? html`<p part="note">${p(note)}</p>` : nothing} ${warning ? html`<div part="warning" role="region" aria-labelledby="w-${id}"> ${this.heading(sub, html`<span aria-hidden="true">⚠︎</span> ${p(warning.title)}`, `w-${id}`)} <ul> ${warning.items.map((text) => html`<li>${p(text)}</li>`)} </ul> <b>${p(warning.note)}</b> </div>` : nothing} ${shown.some((item) => item.placeboPercent !== void 0) ? html`<p class="legend" aria-hidden="true"><i></i>${p(drug ?? title)} <i></i>${t("placebo")}</p>` : nothing} ${groups.length ? groups.map(({ key, items }) => html`<div class="group"> ${key ? this.heading(sub, t(key)) : nothing} <ul role="list"> ${items.map((item) => this.renderItem(item, key ? sub + 1 : sub, print))} </ul> </div>`) : html`<p>${t("noMatch")}</p>`} </div>`;
	}
	renderItem(item, level, print) {
		const { t, p } = this;
		const { id, severity, percent, placeboPercent, refs = [], confidence } = item;
		const open = print || this.open.has(id);
		const rate = (value, who) => {
			const r = perHundred(value);
			return t(`${who}${r === "none" && who === "placebo" ? "None" : r === "under1" ? "Under1" : "Rate"}`, { n: r === "none" ? 0 : r });
		};
		return html`<li part="item" class=${severity} data-id=${id}> ${this.heading(level, html`<button type="button" part="disclosure" id="b-${id}" aria-expanded=${open} aria-controls="d-${id}" @click=${() => this.toggle(id)}> <span class="name">${p(item.name)}</span> <small> ${item.common ? html`<span><span aria-hidden="true">★</span><span class="visually-hidden">.</span> ${t("mostCommon")}</span>` : nothing} <span part="severity"><span class="visually-hidden">. ${t("severity")} </span>${t(severity)}</span> </small> </button>`)} ${percent === void 0 ? item.frequency ? html`<p part="frequency">${t(item.frequency)}</p>` : nothing : html`<p part="frequency"> <span class="bars" aria-hidden="true"> ${[percent, placeboPercent].map((value) => value === void 0 ? nothing : html`<svg viewBox="0 0 100 1" preserveAspectRatio="none"><rect width=${value} height="1" /></svg>`)} </span> ${placeboPercent === void 0 ? rate(percent, "drug") : t("versus", {
			drug: rate(percent, "drug"),
			placebo: rate(placeboPercent, "placebo")
		})} </p>`} <div part="details" class="details" id="d-${id}" role="region" aria-labelledby="b-${id}" ?hidden=${!open}> ${item.description ? html`<p>${p(item.description)}</p>` : nothing} <p><b>${t("when")}</b> ${t(item.timing)}.${item.when ? ` ${p(item.when)}` : ""}</p> <p><b>${t("getHelp")}</b> ${p(item.help) ?? t(`help${severity === "serious" && (item.timing === "during" || item.timing === "after") ? severity : item.timing}`)}</p> <p class="sources"> ${refs.length ? html`<b>${t("sources")}</b> ${refs.map((key, i) => {
			const { url, cite, lang } = referenceFor(key);
			const text = html`<span lang=${ifDefined(lang)}>${cite}</span>`;
			return html`${i ? "; " : ""}${url ? html`<a href=${url}>${text}</a>` : text}`;
		})}. ` : nothing} ${confidence ? html`<b>${t("evidence")}</b> ${t(confidence)}.` : nothing} </p> </div> </li>`;
	}
	toggle(id) {
		const open = new Set(this.open);
		const now = !open.delete(id);
		if (now) open.add(id);
		this.open = open;
		this.emit("kw-toggle", {
			id,
			open: now
		});
	}
	filter(severity) {
		const active = this.active();
		const next = active.includes(severity) ? active.filter((s) => s !== severity) : [...active, severity];
		this.severity = next.join(" ");
		this.emit("kw-filter-change", { severity: next });
	}
	emit(name, detail) {
		this.dispatchEvent(new CustomEvent(name, {
			detail,
			bubbles: true,
			composed: true
		}));
	}
};
_KwSideEffects = KwSideEffects;
_KwSideEffects.styles = [...KwElement.styles, styles];
_KwSideEffects.properties = {
	set: { reflect: true },
	groupBy: {
		attribute: "group-by",
		reflect: true
	},
	sort: { reflect: true },
	severity: { reflect: true },
	compact: {
		type: Boolean,
		reflect: true
	},
	printPreview: {
		attribute: "print-preview",
		type: Boolean,
		reflect: true
	},
	headingLevel: {
		attribute: "heading-level",
		type: Number
	},
	strings: { type: Object },
	data: { attribute: false },
	src: {},
	open: { state: true },
	printing: { state: true }
};
export { KwSideEffects };

//# sourceMappingURL=side-effects.component.js.map