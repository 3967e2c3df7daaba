import { TYPE_SCALE } from "../../internal/tokens.styles.js";
import { wrapText } from "../../internal/picture.js";
import { wrapLabel } from "./edge-labels.js";
import { layoutGraph } from "./layout.js";
import { layoutStaged } from "./staged-layout.js";
// src/components/pathway/pathway-model.ts
var metricsFor = (hostPx, family, labelPx = hostPx * TYPE_SCALE.m, smallPx = hostPx * TYPE_SCALE.s) => ({
	family,
	size: labelPx,
	small: smallPx,
	pad: .75 * labelPx,
	line: 1.3 * labelPx,
	badge: 1.7 * smallPx
});
var labelFont = (m) => `600 ${m.size}px ${m.family}`;
var smallFont = (m, bold = false) => `${bold ? "600 " : ""}${m.small}px ${m.family}`;
/** Height of a node box whose label wraps to `lines` lines: label, then the confidence badge. */
var nodeHeight = (m, lines) => 2 * m.pad + lines * m.line + .4 * m.size + m.badge;
function buildModel(data, o) {
	const m = o.metrics;
	const all = data.nodes;
	const main = all.filter((n) => n.track !== "alt");
	const alts = o.showAlternatives ? all.filter((n) => n.track === "alt") : [];
	const mainIds = new Set(main.map((n) => n.id));
	const shown = /* @__PURE__ */ new Set([...mainIds, ...alts.map((n) => n.id)]);
	const allEdges = data.edges ?? [];
	const edges = allEdges.filter((e) => mainIds.has(e.from) && mainIds.has(e.to));
	const altEdges = allEdges.filter((e) => shown.has(e.from) && shown.has(e.to) && !(mainIds.has(e.from) && mainIds.has(e.to)));
	const label = new Map(all.map((n) => [n.id, o.pick(n.label) || n.id]));
	const desc = new Map(all.map((n) => [n.id, o.pick(n.description) ?? ""]));
	const edgeLabel = new Map(allEdges.flatMap((e) => e.label ? [[e, o.pick(e.label) ?? ""]] : []).filter(([, text]) => text));
	const lines = /* @__PURE__ */ new Map();
	const wrap = (id, width) => wrapText(label.get(id), width - 2 * m.pad, (text) => o.measure(text, labelFont(m)));
	const stages = data.stages ?? [];
	const stageIndex = new Map(stages.map((s, i) => [s.id, i]));
	const stagedData = o.orientation === "auto" && stages.length > 0 && main.every((n) => n.stage !== void 0 && stageIndex.has(n.stage));
	const edgeLabelLines = /* @__PURE__ */ new Map();
	const labelWidth = stagedData ? Math.min(20 * m.small, .75 * (o.width || 60 * m.size)) : 16 * m.small;
	const laidEdges = edges.map((e) => {
		const text = edgeLabel.get(e);
		if (!text) return e;
		const { lines, ...labelSize } = wrapLabel(text, labelWidth, (line) => o.measure(line, smallFont(m)), m.small);
		edgeLabelLines.set(e, lines);
		return {
			from: e.from,
			to: e.to,
			labelSize
		};
	});
	let layout;
	let staged;
	let orientation;
	if (stagedData) {
		const labels = stages.map((s) => o.pick(s.label) ?? s.id);
		const s = m.size;
		const stagedLayout = layoutStaged(main.map((n) => ({
			id: n.id,
			stage: stageIndex.get(n.stage)
		})), laidEdges, {
			width: o.width || 60 * s,
			minWidth: 9 * s,
			maxWidth: 15 * s,
			gutter: 2.5 * s,
			rowGap: 1.5 * s,
			track: .6 * s,
			band: 2 * m.small,
			heightFor: (id, width) => {
				const wrapped = wrap(id, width);
				lines.set(id, wrapped);
				return nodeHeight(m, wrapped.length);
			},
			labelWidth: (stage) => o.measure(`${stage + 1} ${labels[stage]}`, smallFont(m, true)) + 2 * m.small
		});
		layout = stagedLayout;
		staged = {
			labels,
			layout: stagedLayout
		};
		orientation = stagedLayout.columns > 1 ? "horizontal" : "vertical";
	} else {
		const width = Math.max(150, 10 * m.size);
		const inputs = main.map((n) => {
			lines.set(n.id, wrap(n.id, width));
			return {
				id: n.id,
				width,
				height: nodeHeight(m, lines.get(n.id).length),
				x: n.x,
				y: n.y
			};
		});
		const layoutFor = (wanted) => o.layered(wanted, () => layoutGraph(inputs, laidEdges, { orientation: wanted }));
		orientation = o.orientation === "auto" ? "horizontal" : o.orientation;
		layout = layoutFor(orientation);
		if (o.orientation === "auto" && o.width > 0 && layout.box.width > o.width) layout = layoutFor(orientation = "vertical");
	}
	return {
		nodes: main,
		edges,
		alts,
		altEdges,
		steps: (data.steps ?? main.map((n) => n.id)).filter((id) => mainIds.has(id)),
		label,
		desc,
		edgeLabel,
		edgeLabelLines,
		lines,
		layout,
		staged,
		placed: new Map(layout.nodes.map((p) => [p.id, p])),
		orientation,
		metrics: m
	};
}
/**
* The alternative hypotheses as chains: each starts at an alternative node that no other alternative leads to,
* and follows alternatives; `from` and `to` are the main-track nodes where it starts and joins.
*/
function alternativeChains(model) {
	const altIds = new Set(model.alts.map((n) => n.id));
	const next = (id) => model.altEdges.filter((e) => e.from === id && altIds.has(e.to)).map((e) => e.to);
	return model.alts.filter((n) => !model.altEdges.some((e) => e.to === n.id && altIds.has(e.from))).map((head) => {
		const steps = [];
		const seen = /* @__PURE__ */ new Set();
		for (let id = head.id; id && !seen.has(id); id = next(id)[0]) {
			seen.add(id);
			steps.push(model.alts.find((n) => n.id === id));
		}
		const ids = new Set(steps.map((n) => n.id));
		const from = model.altEdges.filter((e) => ids.has(e.to) && !altIds.has(e.from)).map((e) => e.from);
		const to = model.altEdges.filter((e) => ids.has(e.from) && !altIds.has(e.to)).map((e) => e.to);
		return {
			from: [...new Set(from)],
			steps,
			to: [...new Set(to)]
		};
	});
}
export { alternativeChains, buildModel, labelFont, metricsFor, nodeHeight, smallFont };

//# sourceMappingURL=pathway-model.js.map