import { authorMessage } from "./author-messages.js";
import { hash } from "./hash.js";
import { jsonSyntaxMessage } from "./json-errors.js";
import { sameLanguage } from "./localize.js";
import { html, isServer, nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
// src/internal/data-source.ts
var JSON_TYPE = "application/json";
/** A `src` that has not answered by then is reported, not left loading. */
var FETCH_TIMEOUT_MS = 15e3;
/** Larger `src` files are refused before they are read (a full SWC reconstruction is about 1 MB). */
var MAX_SRC_BYTES = 5e6;
/**
* Resolves a widget's content, in order of precedence: the `data` property, the `src` URL, an inline
* `<script type="application/json">` child, then the built-in content. Bad input becomes an `error` state
* (shown in the element) and one console warning; nothing is thrown.
*/
var DataSourceController = class {
	constructor(host, options) {
		this.host = host;
		this.options = options;
		this.state = {
			status: "ready",
			value: options.fallback(),
			origin: "default"
		};
		host.addController(this);
	}
	/** The validated content, or undefined while loading or after an error. */
	get value() {
		return this.state.status === "ready" ? this.state.value : void 0;
	}
	hostConnected() {
		this.childObserver = new MutationObserver(() => {
			if (this.readInline() !== this.lastInline) this.host.requestUpdate();
		});
		this.childObserver.observe(this.host, {
			childList: true,
			subtree: true,
			characterData: true
		});
		this.lastInline = void 0;
		this.sync();
	}
	hostDisconnected() {
		this.childObserver?.disconnect();
		this.childObserver = void 0;
		this.cancelFetch();
		this.lastSrc = void 0;
	}
	hostUpdate() {
		this.sync();
	}
	serverUpdate() {
		this.sync();
	}
	/** What the widget shows, as a short fingerprint: where it came from and a hash of the validated value. */
	hydrationKey() {
		const { state } = this;
		if (state.status === "loading") return "src:loading";
		if (state.status === "ready") return `${state.origin}:${hash(JSON.stringify(state.value) ?? "")}`;
		return `${state.origin}:error${isDebugging(this.host) ? ":debug" : ""}:${hash(state.errors.join("\n"))}`;
	}
	sync() {
		const { data, src } = this.host;
		const inline = this.readInline();
		if (data === this.lastData && src === this.lastSrc && inline === this.lastInline) return;
		const srcChanged = src !== this.lastSrc;
		this.lastData = data;
		this.lastSrc = src;
		this.lastInline = inline;
		if (data !== void 0 && data !== null) {
			this.cancelFetch();
			this.accept(data, "property");
		} else if (src) {
			const copy = this.preloaded(src);
			if (copy !== void 0) {
				this.cancelFetch();
				this.acceptLoaded(src, copy);
			} else if (isServer) this.state = {
				status: "loading",
				origin: "src"
			};
			else if (srcChanged || this.state.origin !== "src") this.load(src);
		} else if (inline !== null) {
			this.cancelFetch();
			const format = this.inlineFormat();
			if (format) return this.acceptText(format, inline, "inline");
			let parsed = inline;
			try {
				if (this.json) parsed = JSON.parse(inline);
			} catch (error) {
				this.fail([`inline JSON is malformed ${jsonSyntaxMessage(inline, error)}`], "inline");
				return;
			}
			this.accept(parsed, "inline");
		} else {
			this.cancelFetch();
			this.warned = void 0;
			this.state = {
				status: "ready",
				value: this.options.fallback(),
				origin: "default"
			};
		}
	}
	get inlineSelector() {
		return [this.options.type ?? JSON_TYPE, ...(this.options.textFormats ?? []).map((f) => f.type)].map((type) => `:scope > script[type="${type}"]`).join(", ");
	}
	get inlineTypes() {
		return [this.options.type ?? JSON_TYPE, ...(this.options.textFormats ?? []).map((f) => f.type)];
	}
	/** The first inline script of a type this widget reads (not a pre-rendered copy of `src`). */
	inlineScript() {
		if (isServer) return this.host.kwServer?.scripts?.find((s) => s.src === void 0 && this.inlineTypes.includes(s.type));
		const script = this.host.querySelector(this.inlineSelector);
		return script ? {
			type: script.getAttribute("type") ?? "",
			text: script.textContent ?? ""
		} : void 0;
	}
	/** The text of the first inline script of a type this widget reads. */
	readInline() {
		return this.inlineScript()?.text ?? null;
	}
	inlineFormat() {
		const type = this.inlineScript()?.type;
		return this.options.textFormats?.find((f) => f.type === type);
	}
	/**
	* The copy of `src` a pre-render left in the element (`<script type="text/plain" data-kw-src="…">`), so that the
	* page shows what the static HTML showed without fetching it again.
	*/
	preloaded(src) {
		if (isServer) return this.host.kwServer?.scripts?.find((s) => s.src === src)?.text;
		for (const script of this.host.querySelectorAll(":scope > script[data-kw-src]")) if (script.getAttribute("data-kw-src") === src) return script.textContent ?? "";
	}
	acceptText(format, text, origin) {
		const converted = format.convert(text);
		if (converted.errors) return this.fail([...converted.errors], origin);
		const server = this.host.kwServer;
		if (server?.warnings) server.warnings.push(...(converted.warnings ?? []).map((w) => `parts of its ${describeOrigin(origin)} were left out: ${w}`));
		else if (converted.warnings?.length) console.warn(`<${this.host.localName}>: parts of its ${describeOrigin(origin)} were left out:\n- ${converted.warnings.join("\n- ")}`);
		this.accept(converted.value, origin);
	}
	get json() {
		return (this.options.type ?? JSON_TYPE) === JSON_TYPE;
	}
	accept(input, origin) {
		let result;
		let copy;
		try {
			copy = copyData(input);
			result = this.options.validate(copy);
		} catch (error) {
			result = { errors: [`could not be read: ${String(error?.message ?? error).slice(0, 200)}`] };
		}
		if (result.errors) this.fail(result.errors.map((message) => authorMessage(message, copy)), origin);
		else {
			this.warned = void 0;
			this.state = {
				status: "ready",
				value: result.value,
				origin
			};
		}
	}
	fail(errors, origin) {
		this.state = {
			status: "error",
			errors,
			origin
		};
		const key = `${origin}\n${errors.join("\n")}`;
		const server = this.host.kwServer;
		if (server?.problems) server.problems.push(...errors.map((e) => `its ${describeOrigin(origin)} could not be used: ${e}`));
		else if (key !== this.warned) {
			this.warned = key;
			console.warn(`<${this.host.localName}>: its ${describeOrigin(origin)} could not be used:\n- ${errors.join("\n- ")}`);
		}
	}
	cancelFetch() {
		this.fetchAbort?.abort();
		this.fetchAbort = void 0;
		clearTimeout(this.fetchTimer);
	}
	/** The text of `src`, in the format its extension names (JSON otherwise). */
	acceptLoaded(src, text) {
		const path = (/^[^?#]*/.exec(src)?.[0] ?? src).toLowerCase();
		const format = this.options.textFormats?.find((f) => f.extensions.some((ext) => path.endsWith(ext)));
		if (format) return this.acceptText(format, text, "src");
		if (!this.json) return this.accept(text, "src");
		let parsed;
		try {
			parsed = JSON.parse(text);
		} catch (error) {
			return this.fail([`src "${src}" is not valid JSON ${jsonSyntaxMessage(text, error)}`], "src");
		}
		this.accept(parsed, "src");
	}
	async load(src) {
		this.cancelFetch();
		const abort = new AbortController();
		this.fetchAbort = abort;
		this.state = {
			status: "loading",
			origin: "src"
		};
		let timedOut = false;
		this.fetchTimer = setTimeout(() => {
			timedOut = true;
			abort.abort();
		}, FETCH_TIMEOUT_MS);
		let next;
		try {
			const response = await fetch(new URL(src, document.baseURI), {
				signal: abort.signal,
				credentials: "same-origin"
			});
			const text = await readLimited(response);
			next = response.ok ? () => this.acceptLoaded(src, text) : () => this.fail([`src "${src}" answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`], "src");
		} catch (error) {
			if (abort.signal.aborted && !timedOut) return;
			const why = timedOut ? `no answer within ${FETCH_TIMEOUT_MS / 1e3} s` : error.message;
			next = () => this.fail([`src "${src}" could not be loaded: ${why}`], "src");
		}
		if (abort.signal.aborted && !timedOut) return;
		clearTimeout(this.fetchTimer);
		this.fetchAbort = void 0;
		next();
		this.host.requestUpdate();
	}
};
/**
* The body as text, refused past MAX_SRC_BYTES: before the download when the server says its length, else as soon
* as the bytes received pass it (a server that streams without end must not fill the reader's memory).
*/
async function readLimited(response) {
	const tooLarge = () => /* @__PURE__ */ new Error(`it is larger than ${MAX_SRC_BYTES / 1e6} MB`);
	if (Number(response.headers.get("content-length")) > 5e6) throw tooLarge();
	const reader = response.body?.getReader();
	if (!reader) return response.text();
	const decoder = new TextDecoder();
	let size = 0;
	let text = "";
	for (let read = await reader.read(); !read.done; read = await reader.read()) {
		size += read.value.byteLength;
		if (size > 5e6) {
			reader.cancel().catch(() => {});
			throw tooLarge();
		}
		text += decoder.decode(read.value, { stream: true });
	}
	return text + decoder.decode();
}
/**
* A copy of the data as plain objects, arrays and primitives. It reads through framework proxies such as Vue's
* reactive objects (which structuredClone refuses), and keeps what a page's model objects expose: own properties,
* enumerable or not, and getters of their classes. Throws on a cycle, absurd nesting or size, or a DOM node.
*/
function copyData(value, depth = 0, ancestors = /* @__PURE__ */ new Set(), budget = { left: 1e5 }) {
	if (value instanceof String || value instanceof Number || value instanceof Boolean) return value.valueOf();
	if (typeof value !== "object" || value === null) return value;
	if (typeof Node !== "undefined" && value instanceof Node) throw new Error("it contains a DOM node");
	if (ancestors.has(value)) throw new Error("it contains a cycle (an object inside itself)");
	if (depth > 64) throw new Error("it is nested more than 64 levels deep");
	ancestors.add(value);
	const read = (item) => {
		if (--budget.left < 0) throw new Error("it has more than 100,000 values");
		return copyData(item, depth + 1, ancestors, budget);
	};
	let copy;
	if (Array.isArray(value)) copy = value.map(read);
	else {
		const out = {};
		for (let proto = value; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) for (const key of Object.getOwnPropertyNames(proto)) {
			if (key === "constructor" || key === "__proto__" || Object.hasOwn(out, key)) continue;
			const item = value[key];
			if (typeof item !== "function") out[key] = read(item);
		}
		copy = out;
	}
	ancestors.delete(value);
	return copy;
}
function describeOrigin(origin) {
	switch (origin) {
		case "property": return "`data` property";
		case "inline": return "inline <script>";
		case "src": return "`src` file";
		default: return "built-in content";
	}
}
var MAX_LISTED_ERRORS = 5;
/**
* Whether a widget shows its data problems in the page: with its `debug` attribute, or `data-kw-debug` on
* `<html>` (one switch for every widget while a page is being edited; Storybook sets it). The console always
* has them.
*/
var isDebugging = (host) => host.hasAttribute("debug") || !isServer && document.documentElement.hasAttribute("data-kw-debug");
/**
* The error box every widget shows for bad data: for readers, one calm sentence (the widget's `dataError`);
* while debugging, also the first problems, for the author, and "…and N more".
*/
function renderDataErrors(errors, strings) {
	if (!isDebugging(strings.host)) return html`<div class="kw-data-error" part="error"><p class="kw-data-error__heading">${strings.term("dataError")}</p></div>`;
	const listed = errors.slice(0, MAX_LISTED_ERRORS);
	const hidden = errors.length - listed.length;
	return html`<div class="kw-data-error" part="error"> <p class="kw-data-error__heading">${strings.term("dataError")}</p> <p>${strings.term("forAuthor")}</p> <ul lang=${ifDefined(sameLanguage(strings.tag || "en", "en") ? void 0 : "en")}> ${listed.map((message) => html`<li>${message}</li>`)} </ul> ${hidden > 0 ? html`<p>${strings.term("moreErrors", { count: hidden })}</p>` : nothing} </div>`;
}
export { DataSourceController, FETCH_TIMEOUT_MS, MAX_SRC_BYTES, isDebugging, renderDataErrors };

//# sourceMappingURL=data-source.js.map