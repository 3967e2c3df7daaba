// src/internal/validate.ts
/**
* Tiny path-aware validation helpers. Each check records a message that names the path of the bad value
* ("edges[3].to: no node with id 'mtor'") so that a clinic can find its mistake in its own JSON.
*/
var Issues = class {
	constructor() {
		this.messages = [];
	}
	add(path, message) {
		this.messages.push(path ? `${path}: ${message}` : message);
	}
	get ok() {
		return this.messages.length === 0;
	}
};
/** One wording for every length limit: "is 70 characters; the limit is 60". */
var tooLong = (text, limit) => `is ${text.length} characters; the limit is ${limit}`;
/** The path to `key` of the object at `path`: `regions.US`, or `regions[""]` for a key an author could not see. */
function keyPath(path, key) {
	const property = /^[A-Za-z_$][\w$-]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
	return path ? `${path}${property}` : property.replace(/^\./, "");
}
function describe(value) {
	if (value === null) return "null";
	if (Array.isArray(value)) return "an array";
	if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
	if (typeof value === "object") return "an object";
	if (typeof value === "function") return "a function";
	if (typeof value === "bigint") return `${value}n`;
	return String(value).slice(0, 40);
}
function isPlainObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function expectObject(value, path, issues) {
	if (isPlainObject(value)) return true;
	issues.add(path, `expected an object, got ${describe(value)}`);
	return false;
}
function expectArray(value, path, issues, { min = 0, max = Infinity } = {}) {
	if (!Array.isArray(value)) {
		issues.add(path, `expected an array, got ${describe(value)}`);
		return false;
	}
	if (value.length < min) {
		issues.add(path, min === 1 ? "must not be empty" : `needs at least ${min} items, has ${value.length}`);
		return false;
	}
	if (value.length > max) {
		issues.add(path, `has ${value.length} items; at most ${max} are supported`);
		return false;
	}
	return true;
}
function expectString(value, path, issues, { optional = false, maxLength = 2e3 } = {}) {
	if (value === void 0 && optional) return false;
	if (typeof value !== "string" || value.trim() === "") {
		issues.add(path, value === void 0 ? "is required" : `expected a non-empty string, got ${describe(value)}`);
		return false;
	}
	if (value.length > maxLength) {
		issues.add(path, tooLong(value, maxLength));
		return false;
	}
	return true;
}
function expectOneOf(value, allowed, path, issues, { optional = false } = {}) {
	if (value === void 0 && optional) return false;
	if (typeof value === "string" && allowed.includes(value)) return true;
	issues.add(path, `expected one of ${allowed.map((a) => `"${a}"`).join(", ")}, got ${describe(value)}`);
	return false;
}
function expectNumber(value, path, issues, { optional = false, min = -Infinity, max = Infinity } = {}) {
	if (value === void 0 && optional) return false;
	if (typeof value !== "number" || !Number.isFinite(value)) {
		issues.add(path, `expected a number, got ${describe(value)}`);
		return false;
	}
	if (value < min || value > max) {
		issues.add(path, `must be between ${min} and ${max}, got ${value}`);
		return false;
	}
	return true;
}
/**
* Sources of a step or an item: at most 20, each a key of the built-in list or citation text (at most 200
* characters), or `{ "text": "…", "url": "https://…" }`; links must be http(s).
*/
function expectSources(value, path, issues) {
	if (value === void 0 || !expectArray(value, path, issues, { max: 20 })) return;
	value.forEach((ref, i) => {
		const at = `${path}[${i}]`;
		if (!isPlainObject(ref)) return void expectString(ref, at, issues, { maxLength: 200 });
		expectString(ref.text, `${at}.text`, issues, { maxLength: 200 });
		if (ref.url === void 0 || !expectString(ref.url, `${at}.url`, issues, { maxLength: 500 })) return;
		let url;
		try {
			url = new URL(ref.url);
		} catch {
			url = void 0;
		}
		if (!url || url.protocol !== "https:" && url.protocol !== "http:") issues.add(`${at}.url`, `expected an http(s) address such as "https://doi.org/…", got ${describe(ref.url)}`);
	});
}
export { Issues, describe, expectArray, expectNumber, expectObject, expectOneOf, expectSources, expectString, isPlainObject, keyPath, tooLong };

//# sourceMappingURL=validate.js.map