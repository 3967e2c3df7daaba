import { expectLocalizedText, regionOf } from "../../internal/localize.js";
import { Issues, describe, expectArray, expectObject, expectOneOf, expectString, keyPath } from "../../internal/validate.js";
import { html } from "lit";
// src/components/disclaimer/crisis-directory.ts
var CONTACT_TYPES = [
	"call",
	"text",
	"web"
];
var PHONE = /^\+?\d[\d ()-]{0,18}\d$|^\d$/;
var REGION_KEY = /^[\w-]{2,20}$/;
/** Region subtags that the built-in `UK` entry covers (Samaritans serves the UK and Ireland). */
var REGION_ALIASES = {
	GB: "UK",
	IE: "UK"
};
/** The `href` of a contact: `tel:`, `sms:` (with the keyword as body) or the https address. */
function contactHref(contact, keyword) {
	const digits = contact.value.replace(/[^\d+]/g, "");
	switch (contact.type) {
		case "call": return `tel:${digits}`;
		case "text": return keyword ? `sms:${digits}?&body=${encodeURIComponent(keyword)}` : `sms:${digits}`;
		default: return contact.value;
	}
}
var PHONE_LIKE = /(\+?\d[\d ().-]*\d(?:-[A-ZÁÉÍÓÚÑ]+)?|\d+-[A-ZÁÉÍÓÚÑ]+)/;
/** `text` with each phone-like run wrapped in a span that does not wrap (class `nowrap`). */
function keepNumbersTogether(text) {
	return text.split(PHONE_LIKE).map((piece, i) => i % 2 ? html`<span class="nowrap">${piece}</span>` : piece);
}
/**
* Which region's resources to show. `auto` takes the region subtag of the language (en-US → US,
* en-GB → UK) and falls back to `intl`. Unknown keys fall back to `intl`. (The element handles `none` itself.)
*/
function resolveRegion(region, lang, directory) {
	const requested = (region ?? "auto").trim().toLowerCase() || "auto";
	const find = (key = "") => Object.keys(directory.regions).find((k) => k.toLowerCase() === key.toLowerCase());
	if (requested !== "auto") return find(requested) ?? find("intl");
	const subtag = regionOf(lang) ?? "";
	return find(subtag) ?? find(REGION_ALIASES[subtag]) ?? find("intl");
}
function validateContact(value, path, issues) {
	if (!expectObject(value, path, issues)) return;
	const typeOk = expectOneOf(value.type, CONTACT_TYPES, `${path}.type`, issues);
	if (expectString(value.value, `${path}.value`, issues, { maxLength: 300 }) && typeOk) {
		if (value.type === "web") {
			let url;
			try {
				url = new URL(value.value);
			} catch {
				url = void 0;
			}
			if (!url || url.protocol !== "https:" && url.protocol !== "http:") issues.add(`${path}.value`, `expected an http(s) address, got "${value.value}"`);
		} else if (!PHONE.test(value.value.trim())) issues.add(`${path}.value`, `expected a phone number (digits, spaces, +, -, parentheses), got "${value.value}"`);
	}
	expectLocalizedText(value.body, `${path}.body`, issues, {
		optional: true,
		maxLength: 40
	});
	expectLocalizedText(value.label, `${path}.label`, issues, {
		optional: true,
		maxLength: 80
	});
}
/** Validates crisis-directory data; every message names the path of the bad value. */
var validateCrisisDirectory = (input) => {
	const issues = new Issues();
	if (!expectObject(input, "", issues)) return { errors: issues.messages };
	if (expectObject(input.regions, "regions", issues)) {
		const entries = Object.entries(input.regions);
		if (entries.length === 0) issues.add("regions", "must name at least one region");
		for (const [key, region] of entries) {
			const path = keyPath("regions", key);
			if (!REGION_KEY.test(key)) issues.add(path, "region keys are 2–20 letters, digits, \"-\" or \"_\"");
			if (!expectObject(region, path, issues)) continue;
			expectLocalizedText(region.name, `${path}.name`, issues, { maxLength: 80 });
			if (region.emergency !== void 0 && !(typeof region.emergency === "string" && PHONE.test(region.emergency.trim()))) issues.add(`${path}.emergency`, `expected a phone number such as "911", got ${describe(region.emergency)}`);
			if (!expectArray(region.lines, `${path}.lines`, issues, { max: 20 })) continue;
			const ids = /* @__PURE__ */ new Set();
			region.lines.forEach((line, index) => {
				const linePath = `${path}.lines[${index}]`;
				if (!expectObject(line, linePath, issues)) return;
				if (expectString(line.id, `${linePath}.id`, issues, { maxLength: 80 })) {
					if (ids.has(line.id)) issues.add(`${linePath}.id`, `duplicate id "${line.id}"`);
					ids.add(line.id);
				}
				expectLocalizedText(line.name, `${linePath}.name`, issues, { maxLength: 120 });
				expectLocalizedText(line.description, `${linePath}.description`, issues, {
					optional: true,
					maxLength: 400
				});
				if (typeof line.languageNotes === "string") issues.add(`${linePath}.languageNotes`, "expected texts by language, such as { \"es\": \"…\" }");
				else expectLocalizedText(line.languageNotes, `${linePath}.languageNotes`, issues, {
					optional: true,
					maxLength: 200
				});
				if (expectArray(line.contacts, `${linePath}.contacts`, issues, {
					min: 1,
					max: 10
				})) line.contacts.forEach((contact, c) => validateContact(contact, `${linePath}.contacts[${c}]`, issues));
			});
		}
	}
	return issues.ok ? { value: input } : { errors: issues.messages };
};
export { CONTACT_TYPES, contactHref, keepNumbersTogether, resolveRegion, validateCrisisDirectory };

//# sourceMappingURL=crisis-directory.js.map