import { CONFIDENCES } from "../../content/references.js";
import { expectLocalizedText } from "../../internal/localize.js";
import { Issues, describe, expectArray, expectNumber, expectObject, expectOneOf, expectSources, expectString } from "../../internal/validate.js";
// src/components/pathway/pathway-schema.ts
var EFFECTS = [
	"activates",
	"inhibits",
	"leads-to"
];
var TRACKS = ["main", "alt"];
var ID = /^[A-Za-z][\w-]{0,63}$/;
/** Validates pathway data; every message names the path of the bad value. Cycles are allowed (drawn as back edges). */
var validatePathway = (input) => {
	const issues = new Issues();
	if (!expectObject(input, "", issues)) return { errors: issues.messages };
	expectLocalizedText(input.title, "title", issues, {
		optional: true,
		maxLength: 200
	});
	expectLocalizedText(input.caption, "caption", issues, {
		optional: true,
		maxLength: 600
	});
	const stageIds = /* @__PURE__ */ new Set();
	if (input.stages !== void 0 && expectArray(input.stages, "stages", issues, {
		min: 1,
		max: 12
	})) input.stages.forEach((stage, i) => {
		const path = `stages[${i}]`;
		if (!expectObject(stage, path, issues)) return;
		if (expectString(stage.id, `${path}.id`, issues, { maxLength: 64 })) {
			if (!ID.test(stage.id)) issues.add(`${path}.id`, `"${stage.id}" must start with a letter and use only letters, digits, "_" or "-"`);
			else if (stageIds.has(stage.id)) issues.add(`${path}.id`, `duplicate id "${stage.id}"`);
			stageIds.add(stage.id);
		}
		expectLocalizedText(stage.label, `${path}.label`, issues, { maxLength: 40 });
	});
	const ids = /* @__PURE__ */ new Set();
	if (expectArray(input.nodes, "nodes", issues, {
		min: 1,
		max: 200
	})) input.nodes.forEach((node, i) => {
		const path = `nodes[${i}]`;
		if (!expectObject(node, path, issues)) return;
		if (expectString(node.id, `${path}.id`, issues, { maxLength: 64 })) {
			if (!ID.test(node.id)) issues.add(`${path}.id`, `"${node.id}" must start with a letter and use only letters, digits, "_" or "-"`);
			else if (ids.has(node.id)) issues.add(`${path}.id`, `duplicate id "${node.id}"`);
			ids.add(node.id);
		}
		expectLocalizedText(node.label, `${path}.label`, issues, { maxLength: 60 });
		expectLocalizedText(node.description, `${path}.description`, issues, {
			optional: true,
			maxLength: 600
		});
		if (expectString(node.kind, `${path}.kind`, issues, {
			optional: true,
			maxLength: 30
		}) && !/^[a-z][a-z0-9-]*$/.test(node.kind)) issues.add(`${path}.kind`, `use lower-case letters, digits or "-", such as "receptor"; got ${describe(node.kind)}`);
		expectOneOf(node.confidence, CONFIDENCES, `${path}.confidence`, issues, { optional: true });
		expectOneOf(node.track, TRACKS, `${path}.track`, issues, { optional: true });
		expectSources(node.refs, `${path}.refs`, issues);
		if (node.stage !== void 0 && expectString(node.stage, `${path}.stage`, issues, { maxLength: 64 }) && !stageIds.has(node.stage)) issues.add(`${path}.stage`, `no stage with id '${node.stage}'`);
		for (const axis of ["x", "y"]) expectNumber(node[axis], `${path}.${axis}`, issues, {
			optional: true,
			min: -1e4,
			max: 1e4
		});
		if (node.x === void 0 !== (node.y === void 0)) issues.add(path, "give both x and y, or neither");
	});
	if (input.edges !== void 0 && expectArray(input.edges, "edges", issues, { max: 600 })) input.edges.forEach((edge, i) => {
		const path = `edges[${i}]`;
		if (!expectObject(edge, path, issues)) return;
		for (const end of ["from", "to"]) {
			const id = edge[end];
			if (expectString(id, `${path}.${end}`, issues, { maxLength: 64 }) && ids.size > 0 && !ids.has(id)) issues.add(`${path}.${end}`, `no node with id '${id}'`);
		}
		if (typeof edge.from === "string" && edge.from === edge.to) issues.add(path, `an edge cannot lead from "${edge.from}" to itself`);
		expectOneOf(edge.effect, EFFECTS, `${path}.effect`, issues, { optional: true });
		expectLocalizedText(edge.label, `${path}.label`, issues, {
			optional: true,
			maxLength: 120
		});
		expectOneOf(edge.confidence, CONFIDENCES, `${path}.confidence`, issues, { optional: true });
		expectSources(edge.refs, `${path}.refs`, issues);
	});
	if (input.steps !== void 0 && expectArray(input.steps, "steps", issues, {
		min: 1,
		max: 200
	})) {
		const seen = /* @__PURE__ */ new Set();
		input.steps.forEach((id, i) => {
			if (!expectString(id, `steps[${i}]`, issues, { maxLength: 64 })) return;
			if (ids.size > 0 && !ids.has(id)) issues.add(`steps[${i}]`, `no node with id '${id}'`);
			else if (seen.has(id)) issues.add(`steps[${i}]`, `"${id}" is listed twice`);
			seen.add(id);
		});
	}
	return issues.ok ? { value: input } : { errors: issues.messages };
};
export { EFFECTS, TRACKS, validatePathway };

//# sourceMappingURL=pathway-schema.js.map