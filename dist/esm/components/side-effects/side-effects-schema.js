import { CONFIDENCES } from "../../content/references.js";
import { positionWords } from "../../internal/author-messages.js";
import { expectLocalizedText } from "../../internal/localize.js";
import { Issues, expectArray, expectNumber, expectObject, expectOneOf, expectSources, expectString, isPlainObject, keyPath } from "../../internal/validate.js";
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
	if (expectString(item.id, `${path}.id`, issues, {
		optional: true,
		maxLength: 64
	})) {
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
	expectOneOf(item.timing, TIMINGS, `${path}.timing`, issues, { optional: true });
	expectOneOf(item.severity, SEVERITIES, `${path}.severity`, issues, { optional: true });
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
function checkSet(set, path, itemsPath, itemIds, issues) {
	expectLocalizedText(set.title, keyPath(path, "title"), issues, {
		optional: true,
		maxLength: 200
	});
	expectLocalizedText(set.note, keyPath(path, "note"), issues, {
		optional: true,
		maxLength: 600
	});
	expectLocalizedText(set.drug, keyPath(path, "drug"), issues, {
		optional: true,
		maxLength: 60
	});
	const warning = keyPath(path, "warning");
	if (set.warning !== void 0 && expectObject(set.warning, warning, issues)) {
		expectLocalizedText(set.warning.title, `${warning}.title`, issues, { maxLength: 200 });
		checkTextList(set.warning.items, `${warning}.items`, issues);
		expectLocalizedText(set.warning.note, `${warning}.note`, issues, {
			optional: true,
			maxLength: 600
		});
	}
	if (expectArray(set.items, itemsPath, issues, {
		min: 1,
		max: 200
	})) set.items.forEach((item, i) => checkItem(item, `${itemsPath}[${i}]`, itemIds, issues));
}
/**
* Validates a side-effect list; every message names the path of the bad value as the author wrote it
* (`items[2].name` in a one-set object, `[2].name` in a bare array). A full list is returned as it came, one set
* given alone is returned wrapped in `sets`.
*/
var validateSideEffects = (input) => {
	const issues = new Issues();
	const itemIds = /* @__PURE__ */ new Map();
	let alone;
	if (Array.isArray(input)) {
		alone = {
			id: "custom",
			items: input
		};
		checkSet(alone, "", "", itemIds, issues);
	} else if (isPlainObject(input) && input.sets === void 0 && input.items !== void 0) {
		alone = {
			id: "custom",
			...input
		};
		delete alone.help;
		if (input.id !== void 0) expectString(input.id, "id", issues, { maxLength: 64 });
		checkSet(input, "", "items", itemIds, issues);
	} else if (expectObject(input, "", issues) && expectArray(input.sets, "sets", issues, {
		min: 1,
		max: 20
	})) {
		const setIds = /* @__PURE__ */ new Set();
		input.sets.forEach((set, s) => {
			const path = `sets[${s}]`;
			if (!expectObject(set, path, issues)) return;
			if (expectString(set.id, `${path}.id`, issues, { maxLength: 64 })) {
				if (setIds.has(set.id)) issues.add(`${path}.id`, `duplicate set id "${set.id}"`);
				setIds.add(set.id);
			}
			checkSet(set, path, `${path}.items`, itemIds, issues);
		});
	}
	const help = isPlainObject(input) ? input.help : void 0;
	if (help !== void 0) checkTextList(help, "help", issues);
	if (!issues.ok) return { errors: issues.messages };
	return { value: alone ? help === void 0 ? { sets: [alone] } : {
		sets: [alone],
		help
	} : input };
};
export { FREQUENCY_WORDS, SEVERITIES, TIMINGS, validateSideEffects };

//# sourceMappingURL=side-effects-schema.js.map