import { CONFIDENCES } from "../../content/references.js";
import { positionWords } from "../../internal/author-messages.js";
import { expectLocalizedText } from "../../internal/localize.js";
import { Issues, expectArray, expectNumber, expectObject, expectOneOf, expectSources, expectString } from "../../internal/validate.js";
// src/components/side-effects/side-effects-schema.ts
/**
* mild: passes the same day without treatment · moderate: usually passes, but tell staff, as it can become
* serious · serious: needs urgent care or a change in treatment.
*/
var SEVERITIES = [
	"mild",
	"moderate",
	"serious"
];
/**
* during: during the session or infusion · after: later that day or in the next days · long-term: repeated or heavy
* use · any: with any use (e.g. a risk in pregnancy).
*/
var TIMINGS = [
	"during",
	"after",
	"long-term",
	"any"
];
/** A frequency word, for effects with no verified rate. */
var FREQUENCY_WORDS = [
	"very-common",
	"common",
	"uncommon",
	"rare"
];
var ID = /^[A-Za-z0-9][\w-]{0,63}$/;
function checkTextList(value, path, issues) {
	if (expectArray(value, path, issues, { max: 20 })) value.forEach((text, i) => expectLocalizedText(text, `${path}[${i}]`, issues, { maxLength: 600 }));
}
function checkItem(item, path, ids, issues) {
	if (!expectObject(item, path, issues)) return;
	if (expectString(item.id, `${path}.id`, issues, { maxLength: 64 })) {
		const first = ids.get(item.id);
		if (first) issues.add(`${path}.id`, `duplicate id "${item.id}" (also ${positionWords(first)})`);
		else if (!ID.test(item.id)) issues.add(`${path}.id`, "use letters, digits, \"-\" or \"_\"");
		ids.set(item.id, path);
	}
	expectLocalizedText(item.name, `${path}.name`, issues, { maxLength: 120 });
	for (const key of [
		"description",
		"when",
		"help"
	]) expectLocalizedText(item[key], `${path}.${key}`, issues, {
		optional: true,
		maxLength: 600
	});
	expectOneOf(item.timing, TIMINGS, `${path}.timing`, issues);
	expectOneOf(item.severity, SEVERITIES, `${path}.severity`, issues);
	for (const key of ["percent", "placeboPercent"]) expectNumber(item[key], `${path}.${key}`, issues, {
		optional: true,
		min: 0,
		max: 100
	});
	if (item.placeboPercent !== void 0 && item.percent === void 0) issues.add(`${path}.placeboPercent`, "needs \"percent\" as well");
	expectOneOf(item.frequency, FREQUENCY_WORDS, `${path}.frequency`, issues, { optional: true });
	expectOneOf(item.confidence, CONFIDENCES, `${path}.confidence`, issues, { optional: true });
	for (const key of ["common", "boxed"]) if (item[key] !== void 0 && typeof item[key] !== "boolean") issues.add(`${path}.${key}`, "expected true or false");
	expectSources(item.refs, `${path}.refs`, issues);
}
/** Validates a side-effect list; every message names the path of the bad value. */
var validateSideEffects = (input) => {
	const issues = new Issues();
	const list = Array.isArray(input) ? { sets: [{
		id: "custom",
		items: input
	}] } : input;
	if (!expectObject(list, "", issues)) return { errors: issues.messages };
	const itemIds = /* @__PURE__ */ new Map();
	const setIds = /* @__PURE__ */ new Set();
	if (expectArray(list.sets, "sets", issues, {
		min: 1,
		max: 20
	})) list.sets.forEach((set, s) => {
		const path = `sets[${s}]`;
		if (!expectObject(set, path, issues)) return;
		if (expectString(set.id, `${path}.id`, issues, { maxLength: 64 })) {
			if (setIds.has(set.id)) issues.add(`${path}.id`, `duplicate set id "${set.id}"`);
			setIds.add(set.id);
		}
		expectLocalizedText(set.title, `${path}.title`, issues, {
			optional: true,
			maxLength: 200
		});
		expectLocalizedText(set.note, `${path}.note`, issues, {
			optional: true,
			maxLength: 600
		});
		expectLocalizedText(set.drug, `${path}.drug`, issues, {
			optional: true,
			maxLength: 60
		});
		if (set.warning !== void 0 && expectObject(set.warning, `${path}.warning`, issues)) {
			expectLocalizedText(set.warning.title, `${path}.warning.title`, issues, { maxLength: 200 });
			checkTextList(set.warning.items, `${path}.warning.items`, issues);
			expectLocalizedText(set.warning.note, `${path}.warning.note`, issues, {
				optional: true,
				maxLength: 600
			});
		}
		if (expectArray(set.items, `${path}.items`, issues, {
			min: 1,
			max: 200
		})) set.items.forEach((item, i) => checkItem(item, `${path}.items[${i}]`, itemIds, issues));
	});
	if (list.help !== void 0) checkTextList(list.help, "help", issues);
	return issues.ok ? { value: list } : { errors: issues.messages };
};
export { FREQUENCY_WORDS, SEVERITIES, TIMINGS, validateSideEffects };

//# sourceMappingURL=side-effects-schema.js.map