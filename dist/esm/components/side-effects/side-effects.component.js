import { defaultSideEffects, sideEffectsStrings } from "../../content/side-effects.js";
import { renderCitations } from "../../internal/citations.js";
import { DataSourceController } from "../../internal/data-source.js";
import { renderFrame } from "../../internal/frame.js";
import { headingLevelOf, renderHeading } from "../../internal/heading.js";
import { KwElement } from "../../internal/kw-element.js";
import { LocalizeController } from "../../internal/localize.js";
import { isPlainObject } from "../../internal/validate.js";
import { SHOWN_SEVERITIES, groupItems, perHundred, severityOf, sortItems, withIds } from "./side-effects-model.js";
import { validateSideEffects } from "./side-effects-schema.js";
import { styles } from "./side-effects.styles.js";
import { html, nothing } from "lit";
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
* @csspart heading - The widget's title ("Possible side effects"); leave it out with `strings='{"heading": ""}'`.
* @csspart help - The "When to get help" box, first after the title.
* @csspart controls - The filter bar (hidden when printing).
* @csspart chip - Each severity filter button.
* @csspart count - The "Showing N of M" line (a polite live region).
* @csspart set - One medicine's list.
* @csspart note - The note under a set's heading.
* @csspart warning - A boxed-warning callout.
* @csspart item - One side effect.
* @csspart disclosure - The button that opens an item's details.
* @csspart severity - An item's severity badge.
* @csspart boxed - The "Boxed warning" badge of an item named in the label's boxed warning.
* @csspart show-all - The "Show all N" button under a long list that opens on its most common items.
* @csspart frequency - An item's "how common" line with its bar pair.
* @csspart details - An item's details.
* @csspart error - The message shown when the data is invalid.
*
* @cssprop --kw-side-effects-drug-color - Bar colour for the medicine (default: the accent colour).
* @cssprop --kw-side-effects-placebo-color - Bar colour for placebo (default: the muted text colour).
* @cssprop --kw-side-effects-bar-width - Width of the bar pair, which stands for 100 people (default: 6em).
*
* @fires {CustomEvent<{ severity: ('mild' | 'moderate' | 'serious' | 'unstated')[] }>} kw-filter-change - The reader changed the severity filter. `detail.severity` lists the severities shown (empty: all; `unstated`: items that give none).
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
		this.expanded = /* @__PURE__ */ new Set();
		this.printing = false;
		this.l = new LocalizeController(this, sideEffectsStrings);
		this.d = new DataSourceController(this, {
			validate: (input) => {
				const result = validateSideEffects(isPlainObject(input) && !("sets" in input) && !("items" in input) && "help" in input ? {
					...input,
					sets: defaultSideEffects.sets
				} : input);
				return result.value ? { value: withIds(result.value) } : result;
			},
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
		return print ? [] : SHOWN_SEVERITIES.filter((s) => words(this.severity).includes(s));
	}
	render() {
		const print = this.printPreview || this.printing;
		return html`<div part="base" class=${print ? "print" : ""}>${renderFrame(this.d.state, this.l, (value) => this.renderList(value, print))}</div>`;
	}
	/**
	* A long list opens on its most common items (those marked ★) unless the reader asked for all, a filter is on, or
	* the page prints; a list with no ★ items, or only ★ items, shows everything.
	*/
	collapsed(set, print) {
		return !print && !this.active().length && !this.expanded.has(set.id) && set.items.some((i) => i.common) && set.items.some((i) => !i.common);
	}
	renderList({ sets, help = defaultSideEffects.help }, print) {
		const { t, p } = this;
		const ids = words(this.set);
		const chosen = ids.includes("all") ? sets : sets.filter((s) => ids.includes(s.id.toLowerCase()));
		const active = this.active(print);
		const pass = (item) => !active.length || active.includes(severityOf(item));
		const title = t("heading");
		const level = headingLevelOf(this.headingLevel);
		const sub = title ? level + 1 : level;
		const shownSets = chosen.length ? chosen : sets.slice(0, 1);
		const all = shownSets.flatMap((set) => set.items);
		const visible = shownSets.flatMap((set) => set.items.filter((item) => pass(item) && (item.common || !this.collapsed(set, print))));
		return html`${title ? renderHeading(level, title, {
			part: "heading",
			size: "xl"
		}) : nothing} ${help.length ? html`<div part="help" class="help" role="region" aria-labelledby="help"> ${renderHeading(sub, t("helpHeading"), {
			id: "help",
			size: "l"
		})} <ul> ${help.map((line) => html`<li>${p(line)}</li>`)} </ul> </div>` : nothing} <div part="controls" class="controls"> <div class="chips" role="group" aria-label=${t("filterLabel")}> ${SHOWN_SEVERITIES.map((severity) => {
			const total = all.filter((item) => severityOf(item) === severity).length;
			const on = active.includes(severity);
			return total || on ? html`<button type="button" part="chip" class="kw-chip ${severity}" aria-pressed=${on} @click=${() => this.filter(severity)}>${this.severityWord(severity)} (${total})</button>` : nothing;
		})} </div> <p part="count" class="count" role="status" aria-live="polite">${t("count", {
			shown: visible.length,
			total: all.length
		})}</p> </div> ${shownSets.map((set) => this.renderSet(set, pass, sub, print))}`;
	}
	severityWord(severity) {
		return this.t(severity === "unstated" ? "severityUnstated" : severity);
	}
	heading(level, content, size = "m", id) {
		return renderHeading(level, content, {
			id,
			size
		});
	}
	renderSet(set, pass, level, print) {
		const { t, p } = this;
		const { id, title, note, drug, warning, items } = set;
		const shown = items.filter(pass);
		const collapsed = this.collapsed(set, print);
		const groups = groupItems(sortItems(shown, this.sort), this.groupBy);
		const sub = title ? level + 1 : level;
		return html`<div part="set" class="set" data-set=${id}> ${title ? this.heading(level, p(title), "l") : nothing} ${note ? html`<p part="note" class="kw-note">${p(note)}</p>` : nothing} ${warning ? html`<div part="warning" class="warning" role="region" aria-labelledby="w-${id}"> ${this.heading(sub, html`<span aria-hidden="true">⚠︎</span> ${p(warning.title)}`, "m", `w-${id}`)} <ul> ${warning.items.map((text) => html`<li>${p(text)}</li>`)} </ul> ${warning.note ? html`<p class="warning-note">${p(warning.note)}</p>` : nothing} ${items.some((item) => item.boxed) ? html`<p class="warning-note">${t("boxedInList")}</p>` : nothing} </div>` : nothing} ${shown.some((item) => item.placeboPercent !== void 0) ? html`<p class="legend kw-note" aria-hidden="true"><i></i>${p(drug ?? title)} <i></i>${t("placebo")}</p>` : nothing} ${groups.length ? groups.map(({ key, items }) => html`<div class="group" ?hidden=${collapsed && !items.some((item) => item.common)}> ${key ? this.heading(sub, t(key === "unstated" ? `${this.groupBy === "severity" ? "severity" : "timing"}Unstated` : key), "s") : nothing} <ul role="list"> ${items.map((item) => this.renderItem(item, key ? sub + 1 : sub, print, collapsed && !item.common))} </ul> </div>`) : html`<p>${t("noMatch")}</p>`} ${collapsed || this.expanded.has(id) ? html`<button type="button" part="show-all" class="kw-button kw-button--secondary show-all" aria-expanded=${!collapsed} @click=${() => this.expand(id)}> ${collapsed ? t("showAll", { count: shown.length }) : t("showCommon")} </button>` : nothing} </div>`;
	}
	renderItem(item, level, print, hidden) {
		const { t, p } = this;
		const { id, timing, percent, placeboPercent, refs = [], confidence } = item;
		const severity = severityOf(item);
		const open = print || this.open.has(id);
		const rate = (value, who) => {
			const r = perHundred(value);
			return t(`${who}${r === "none" && who === "placebo" ? "None" : r === "under1" ? "Under1" : "Rate"}`, { n: r === "none" ? 0 : r });
		};
		return html`<li part="item" class="item ${severity}" data-id=${id} ?hidden=${hidden}> ${this.heading(level, html`<button type="button" part="disclosure" class="disclosure" id="b-${id}" aria-expanded=${open} aria-controls="d-${id}" @click=${() => this.toggle(id)}> <span class="name">${p(item.name)}</span> <span class="tags"> ${item.boxed ? html`<span part="boxed" class="tag boxed"><span aria-hidden="true">⚠︎</span><span class="visually-hidden">.</span> ${t("boxed")}</span>` : nothing} ${item.common ? html`<span class="tag"><span aria-hidden="true">★</span><span class="visually-hidden">.</span> ${t("mostCommon")}</span>` : nothing} <span part="severity" class="tag severity"><span class="visually-hidden">. ${severity === "unstated" ? "" : `${t("severity")} `}</span>${this.severityWord(severity)}</span> </span> </button>`)} ${percent === void 0 ? html`<p part="frequency" class="frequency">${t(item.frequency ?? "frequencyUnstated")}</p>` : html`<p part="frequency" class="frequency bars-and-rate"> <span class="bars" aria-hidden="true"> ${[percent, placeboPercent].map((value) => value === void 0 ? nothing : html`<svg viewBox="0 0 100 1" preserveAspectRatio="none"><rect width=${value} height="1" /></svg>`)} </span> <span>${placeboPercent === void 0 ? rate(percent, "drug") : t("versus", {
			drug: rate(percent, "drug"),
			placebo: rate(placeboPercent, "placebo")
		})}</span> </p>`} <div part="details" class="details" id="d-${id}" role="region" aria-labelledby="b-${id}" ?hidden=${!open}> ${item.description ? html`<p>${p(item.description)}</p>` : nothing} <p><b>${t("when")}</b> ${t(timing ?? "notStated")}.${item.when ? ` ${p(item.when)}` : ""}</p> <p><b>${t("getHelp")}</b> ${p(item.help) ?? t(`help${severity === "serious" && timing !== "long-term" && timing !== "any" ? severity : timing ?? "any"}`)}</p> <p class="sources kw-note"> <b>${t("sources")}</b> ${refs.length ? renderCitations(refs) : t("noSources")}. <b>${t("evidence")}</b> ${t(confidence ?? "ungraded")}. </p> </div> </li>`;
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
	expand(id) {
		const expanded = new Set(this.expanded);
		if (!expanded.delete(id)) expanded.add(id);
		this.expanded = expanded;
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
	expanded: { state: true },
	printing: { state: true }
};
export { KwSideEffects };

//# sourceMappingURL=side-effects.component.js.map