import { CONFIDENCES } from "../../content/references.js";
// src/components/pathway/mermaid.ts
/**
* Reads a Mermaid flowchart (`flowchart` or `graph`, any direction) into pathway data, so a blogger can bring a
* diagram they already have. Pure: no DOM. What the widget cannot draw is an error naming its line; what it
* can safely leave out (styles, classes, clicks) is one warning.
*
* Mapping: `-->` leads to, `==>` activates, `--x` inhibits, `-.->` leads to with lower confidence ("debated"),
* `---` and `--o` lead to. `%% kw: title …`, `%% kw: caption …`, `%% kw: confidence <id> <level>`,
* `%% kw: kind <id> <kind>` and `%% kw: description <id> …` add what Mermaid has no syntax for.
*/
/** Longer lines are refused before any pattern runs on them. */
var MAX_LINE = 2e3;
var HEADER = /^(?:flowchart|graph)(?:\s+(TB|TD|BT|LR|RL))?\s*;?$/i;
var IGNORED = /^(?:classDef|class|style|linkStyle|click)\b/;
var ID = /^[A-Za-z0-9_][\w]*/;
/** Shapes the widget draws as a box, longest opener first so `((` wins over `(`. */
var SHAPES = [
	["(((", ")))"],
	["((", "))"],
	["([", "])"],
	["[[", "]]"],
	["[(", ")]"],
	["{{", "}}"],
	["[/", "/]"],
	["[\\", "\\]"],
	["[/", "\\]"],
	["[\\", "/]"],
	["(", ")"],
	["[", "]"],
	["{", "}"],
	[">", "]"]
];
/** A link at the start of `rest`: its kind, its label, and how many characters it took. */
function readLink(rest) {
	if (/^\s*(?:<|o(?=-)|x(?=-))(?:-{2,}|={2,}|-\.+-)[->ox]/.exec(rest)) return { unsupported: "two-way links" };
	if (/^\s*~~~/.test(rest)) return { unsupported: "invisible links (~~~)" };
	const opener = /^\s*(--|==|-\.)\s+(?!>)/.exec(rest);
	if (opener) {
		const after = rest.slice(opener[0].length);
		const close = /\s(-{2,}>|={2,}>|\.-+>|-{3,}|={3,}|\.-+)(?=[\s\w"]|$)/.exec(after);
		const label = close ? after.slice(0, close.index).trim() : "";
		if (close && label) {
			const token = close[1];
			const kind = classify(token.startsWith(".") ? `-.${token}` : opener[1] === "==" ? `=${token}` : `-${token}`);
			if (kind) return {
				link: {
					...kind,
					label: unquote(label)
				},
				length: opener[0].length + close.index + close[0].length
			};
		}
	}
	const arrow = /^\s*(-{2,}>|={2,}>|-\.+->|-\.+-|-{3,}|={3,}|-{2,}[ox](?![\w])|-{2,}[ox](?=\s))/.exec(rest);
	if (!arrow) return void 0;
	const kind = classify(arrow[1]);
	if (!kind) return void 0;
	let length = arrow[0].length;
	const piped = /^\s*\|((?:[^|])*)\|/.exec(rest.slice(length));
	let label;
	if (piped) {
		label = unquote(piped[1].trim());
		length += piped[0].length;
	}
	return {
		link: {
			...kind,
			label
		},
		length
	};
}
function classify(token) {
	if (/^-\.+-?>?$|^\.-+>?$/.test(token) || token.includes(".")) return {
		effect: "leads-to",
		confidence: "debated"
	};
	if (/^=+>$/.test(token)) return { effect: "activates" };
	if (/^=+$/.test(token)) return { effect: "activates" };
	if (/^-+x$/.test(token)) return { effect: "inhibits" };
	if (/^-+[>o]$/.test(token) || /^-{3,}$/.test(token)) return { effect: "leads-to" };
}
function unquote(text) {
	const t = text.trim();
	return decodeEntities((t.length >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.slice(1, -1) : t).replace(/^`|`$/g, "").replace(/<br\s*\/?>/gi, " ")).replace(/\s+/g, " ").trim();
}
var NAMED = {
	quot: "\"",
	amp: "&",
	lt: "<",
	gt: ">",
	nbsp: " ",
	apos: "'"
};
/** Mermaid's escapes: `#quot;`, `#35;` (decimal) and `#amp;`-style names. */
function decodeEntities(text) {
	return text.replace(/#(\d{1,6}|[a-z]{2,8});/gi, (whole, code) => {
		if (/^\d+$/.test(code)) {
			const n = Number(code);
			return n > 0 && n <= 1114111 ? String.fromCodePoint(n) : whole;
		}
		return NAMED[code.toLowerCase()] ?? whole;
	});
}
/** Node references at the start of `rest`: `a`, `a[Text]`, `a & b("Text")`; and how many characters they took. */
function readNodes(rest) {
	const nodes = [];
	let at = 0;
	for (;;) {
		const space = /^\s*/.exec(rest.slice(at))[0].length;
		at += space;
		const id = ID.exec(rest.slice(at));
		if (!id) return nodes.length ? { error: "expected a node after \"&\"" } : { error: `expected a node id, found "${rest.slice(at, at + 20)}"` };
		at += id[0].length;
		let label;
		const opener = SHAPES.find(([open]) => rest.startsWith(open, at))?.[0];
		if (opener) {
			const body = rest.slice(at + opener.length);
			const quoted = /^\s*"((?:[^"])*)"\s*/.exec(body);
			let found;
			for (const [open, close] of SHAPES) {
				if (open !== opener) continue;
				const end = quoted ? body.startsWith(close, quoted[0].length) ? quoted[0].length : -1 : body.indexOf(close);
				if (end >= 0 && (!found || end < found.end)) found = {
					end,
					close
				};
			}
			if (!found) return { error: `node "${id[0]}": its text is not closed` };
			label = unquote(quoted ? `"${quoted[1]}"` : body.slice(0, found.end));
			at += opener.length + found.end + found.close.length;
		}
		const styleClass = /^:::[\w-]+/.exec(rest.slice(at));
		if (styleClass) at += styleClass[0].length;
		nodes.push({
			id: id[0],
			label
		});
		const and = /^\s*&/.exec(rest.slice(at));
		if (!and) return {
			nodes,
			length: at
		};
		at += and[0].length;
	}
}
/** Statements of a line: Mermaid allows several, separated by ";". Semicolons inside quotes or brackets stay. */
function statementsOf(line) {
	const out = [];
	let depth = 0;
	let quoted = false;
	let start = 0;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === "\"") quoted = !quoted;
		else if (!quoted && "[({".includes(c)) depth++;
		else if (!quoted && "])}".includes(c)) depth = Math.max(0, depth - 1);
		else if (c === ";" && !quoted && depth === 0) {
			out.push(line.slice(start, i));
			start = i + 1;
		}
	}
	out.push(line.slice(start));
	return out.map((s) => s.trim()).filter(Boolean);
}
var SAFE_ID = /^[A-Za-z][\w-]{0,63}$/;
/** Parses Mermaid flowchart text. Errors name their line (1-based); nothing here throws. */
function parseMermaid(text) {
	const errors = [];
	const warnings = [];
	const nodes = /* @__PURE__ */ new Map();
	const edges = [];
	const ids = /* @__PURE__ */ new Map();
	const used = /* @__PURE__ */ new Set();
	const extras = [];
	const stages = [];
	const subgraphIds = /* @__PURE__ */ new Set();
	let ignoredStyle = 0;
	let title;
	let caption;
	let orientation;
	let inFrontMatter = false;
	const idFor = (mermaidId) => {
		const known = ids.get(mermaidId);
		if (known) return known;
		let id = SAFE_ID.test(mermaidId) ? mermaidId : `n_${mermaidId}`.slice(0, 64);
		while (used.has(id)) id = `${id}_`;
		ids.set(mermaidId, id);
		used.add(id);
		return id;
	};
	const declare = (ref) => {
		const id = idFor(ref.id);
		const node = nodes.get(id);
		if (!node) nodes.set(id, {
			id,
			label: ref.label || ref.id,
			...stages.length ? { stage: stages[stages.length - 1] } : {}
		});
		else if (ref.label) node.label = ref.label;
		return id;
	};
	const lines = text.replace(/\r\n?/g, "\n").split("\n");
	lines.forEach((raw, index) => {
		const line = index + 1;
		const at = `line ${line}: `;
		const trimmed = raw.trim();
		if (errors.length >= 50 || edges.length > 600 || nodes.size > 200) return;
		if (raw.length > MAX_LINE) return void errors.push(`${at}is ${raw.length} characters; the limit is ${MAX_LINE}`);
		if (trimmed === "---" && (inFrontMatter || orientation === void 0)) {
			inFrontMatter = !inFrontMatter;
			return;
		}
		if (inFrontMatter) {
			const fm = /^title:\s*(.+)$/.exec(trimmed);
			if (fm && !title) title = unquote(fm[1]);
			return;
		}
		if (!trimmed) return;
		if (trimmed.startsWith("%%{")) return warnings.push(`${at}the init directive is ignored`);
		if (trimmed.startsWith("%%")) {
			const kw = /^%%\s*kw:\s*(title|caption)\s*:?\s+(.+)$/i.exec(trimmed);
			if (kw) {
				if (kw[1].toLowerCase() === "title") title = kw[2].trim();
				else caption = kw[2].trim();
				return;
			}
			const perNode = /^%%\s*kw:\s*(confidence|kind|description)\s+(\S+)\s+(.+)$/i.exec(trimmed);
			if (perNode) extras.push({
				line,
				verb: perNode[1].toLowerCase(),
				id: perNode[2],
				value: perNode[3].trim()
			});
			else if (/^%%\s*kw:/i.test(trimmed)) errors.push(`${at}"%% kw:" takes title, caption, or confidence/kind/description followed by a node id`);
			return;
		}
		if (orientation === void 0) {
			const header = HEADER.exec(trimmed);
			if (!header) {
				errors.push(`${at}a Mermaid flowchart starts with "flowchart" or "graph" (and TD, LR…); found "${trimmed.slice(0, 40)}"`);
				orientation = "vertical";
				return;
			}
			const direction = (header[1] ?? "TB").toUpperCase();
			orientation = direction === "LR" || direction === "RL" ? "horizontal" : "vertical";
			return;
		}
		for (const statement of statementsOf(trimmed)) {
			if (IGNORED.test(statement)) {
				ignoredStyle += 1;
				continue;
			}
			if (/^direction\s+(TB|TD|BT|LR|RL)$/i.test(statement)) continue;
			const sub = /^subgraph\s+(.+)$/.exec(statement);
			if (sub) {
				const named = /^([\w-]+)\s*\[(.+)\]$/.exec(sub[1].trim());
				subgraphIds.add(named ? named[1] : sub[1].trim());
				stages.push(unquote(named ? named[2] : sub[1]));
				continue;
			}
			if (statement === "end") {
				if (!stages.pop()) errors.push(`${at}"end" without a "subgraph"`);
				continue;
			}
			parseStatement(statement, at);
		}
	});
	function parseStatement(statement, at) {
		let rest = statement;
		const first = readNodes(rest);
		if ("error" in first) return void errors.push(`${at}${first.error}`);
		const toSubgraph = (refs) => refs.find((ref) => subgraphIds.has(ref.id));
		const subgraphRef = (refs) => `links to or from a subgraph ("${toSubgraph(refs).id}") are not supported; link its nodes`;
		if (toSubgraph(first.nodes)) return void errors.push(`${at}${subgraphRef(first.nodes)}`);
		let from = first.nodes.map(declare);
		rest = rest.slice(first.length);
		while (rest.trim()) {
			const link = readLink(rest);
			if (!link) return void errors.push(`${at}"${rest.trim().slice(0, 30)}" is not a link this widget reads (use -->, ---, -.->, ==>, --o or --x)`);
			if ("unsupported" in link) return void errors.push(`${at}${link.unsupported} are not supported`);
			rest = rest.slice(link.length);
			const next = readNodes(rest);
			if ("error" in next) return void errors.push(`${at}${next.error}`);
			if (toSubgraph(next.nodes)) return void errors.push(`${at}${subgraphRef(next.nodes)}`);
			const to = next.nodes.map(declare);
			for (const a of from) {
				if (edges.length > 600) break;
				for (const b of to) {
					const edge = {
						from: a,
						to: b,
						effect: link.link.effect
					};
					if (link.link.label) edge.label = link.link.label;
					if (link.link.confidence) edge.confidence = link.link.confidence;
					edges.push(edge);
				}
			}
			rest = rest.slice(next.length);
			from = to;
		}
	}
	if (orientation === void 0) errors.push("line 1: the text is empty; a Mermaid flowchart starts with \"flowchart\" or \"graph\"");
	if (edges.length > 600) errors.push(`the flowchart has more than 600 links; the limit is 600`);
	if (nodes.size > 200) errors.push(`the flowchart has more than 200 nodes; the limit is 200`);
	if (stages.length) errors.push(`line ${lines.length}: subgraph "${stages[stages.length - 1]}" has no "end"`);
	for (const extra of extras) {
		const node = nodes.get(ids.get(extra.id) ?? "");
		const at = `line ${extra.line}: `;
		if (!node) errors.push(`${at}"%% kw: ${extra.verb}" names node "${extra.id}", which the diagram does not have`);
		else if (extra.verb === "confidence") {
			const level = extra.value.toLowerCase();
			if (CONFIDENCES.includes(level)) node.confidence = level;
			else errors.push(`${at}confidence is one of ${CONFIDENCES.join(", ")}; got "${extra.value}"`);
		} else if (extra.verb === "kind") node.kind = extra.value.toLowerCase();
		else node.description = extra.value;
	}
	if (ignoredStyle) warnings.push(`${ignoredStyle} style, class or click line${ignoredStyle === 1 ? " is" : "s are"} ignored: the widget uses its own styles and shows no links in the diagram`);
	if (errors.length || orientation === void 0) return {
		errors,
		warnings
	};
	if (nodes.size === 0) return {
		errors: ["the flowchart has no nodes"],
		warnings
	};
	return {
		data: {
			...title ? { title } : {},
			...caption ? { caption } : {},
			nodes: [...nodes.values()],
			edges
		},
		orientation,
		warnings
	};
}
/**
* Mermaid text as pathway data, for the data source (`<script type="text/x-mermaid">`, or a `src` ending in
* `.mmd`): subgraphs become stages when every node is in one; otherwise the diagram is laid out as one flow.
*/
function mermaidToPathway(text) {
	const result = parseMermaid(text);
	if (result.errors) return { errors: result.errors };
	const { data, warnings } = result;
	const titles = [...new Set(data.nodes.map((n) => n.stage).filter((s) => s !== void 0))];
	const staged = titles.length > 0 && data.nodes.every((n) => n.stage !== void 0);
	if (titles.length && !staged) warnings.push("subgraphs are drawn as one diagram: some nodes are outside every subgraph");
	const stageId = (title) => `stage${titles.indexOf(title) + 1}`;
	return {
		value: {
			...data.title ? { title: data.title } : {},
			...data.caption ? { caption: data.caption } : {},
			...staged ? { stages: titles.map((title) => ({
				id: stageId(title),
				label: title
			})) } : {},
			nodes: data.nodes.map(({ stage, ...node }) => ({
				...node,
				...staged && stage ? { stage: stageId(stage) } : {}
			})),
			edges: data.edges
		},
		warnings
	};
}
export { mermaidToPathway, parseMermaid };

//# sourceMappingURL=mermaid.js.map