import { KwDisclaimer } from "../components/disclaimer/disclaimer.component.js";
import "../components/disclaimer/disclaimer.js";
import { KwPathway } from "../components/pathway/pathway.component.js";
import "../components/neuron-growth/neuron-growth.js";
import { KwNeuronGrowth } from "../components/neuron-growth/neuron-growth.component.js";
import "../components/pathway/pathway.js";
import { KwSideEffects } from "../components/side-effects/side-effects.component.js";
import "../components/side-effects/side-effects.js";
// src/server/attributes.ts
/** Attributes whose value is one of a list, by tag ('*' for every widget). */
var CHOICES = {
	"*": { theme: [
		"light",
		"dark",
		"auto"
	] },
	"kw-disclaimer": {
		variant: ["inline", "banner"],
		position: ["top", "bottom"],
		detail: ["short", "full"]
	},
	"kw-neuron-growth": { scene: [
		"grow",
		"stress",
		"restore",
		"compare"
	] },
	"kw-pathway": {
		orientation: [
			"auto",
			"horizontal",
			"vertical"
		],
		"export-shape": [
			"wide",
			"square",
			"tall"
		]
	},
	"kw-side-effects": {
		"group-by": [
			"timing",
			"severity",
			"none"
		],
		sort: ["frequency", "none"]
	}
};
function rulesOf(tag, widget) {
	const rules = {};
	for (const [key, declaration] of widget.elementProperties) {
		if (declaration.attribute === false || declaration.state) continue;
		const name = typeof declaration.attribute === "string" ? declaration.attribute : String(key).toLowerCase();
		const values = CHOICES[tag]?.[name] ?? CHOICES["*"]?.[name];
		if (values) rules[name] = {
			kind: "choice",
			values
		};
		else if (declaration.type === Boolean) rules[name] = { kind: "boolean" };
		else if (declaration.type === Number) rules[name] = { kind: "number" };
		else if (declaration.type === Object || declaration.type === Array) rules[name] = { kind: "json" };
		else rules[name] = { kind: "text" };
	}
	rules["defer-hydration"] = { kind: "boolean" };
	return rules;
}
var ATTRIBUTES = {
	"kw-disclaimer": rulesOf("kw-disclaimer", KwDisclaimer),
	"kw-neuron-growth": rulesOf("kw-neuron-growth", KwNeuronGrowth),
	"kw-pathway": rulesOf("kw-pathway", KwPathway),
	"kw-side-effects": rulesOf("kw-side-effects", KwSideEffects)
};
export { ATTRIBUTES, CHOICES };

//# sourceMappingURL=attributes.js.map