import { neuronGrowthSources } from "../../content/neuron-growth.js";
import { referenceFor } from "../../content/references.js";
import { exportScale, pngOf, wrapText } from "../../internal/picture.js";
import { countSpines, drawNeuron } from "./paint.js";
import { SCENES, regrows, sceneState } from "./scene.js";
// src/components/neuron-growth/png.ts
var WIDTH = 640;
var PAD = 16;
var PANEL_HEIGHT = 380;
/**
* The widget's still picture (see `KwNeuronGrowth.toPNG`): before and after the whole scene (`grow` shows its end
* alone) under the scene's name, then the key, the spine counts, the note and the sources, in the colours and font
* of the widget's shadow root `root`, at `scale` device pixels per CSS pixel.
*/
function stillPng(model, scene, localize, root, scale) {
	const k = exportScale(scale);
	const term = localize.term.bind(localize);
	const look = getComputedStyle(root.querySelector("canvas"));
	const { fontFamily, color, backgroundColor } = getComputedStyle(root.querySelector(".base"));
	const muted = getComputedStyle(root.querySelector(".note")).color;
	const out = document.createElement("canvas");
	const ctx = out.getContext("2d");
	const draw = [];
	let y = PAD;
	const text = (value, size, fill = color, bold = false, x = PAD, max = 624 - x) => {
		const font = `${bold ? "bold " : ""}${size}px ${fontFamily}`;
		ctx.font = font;
		for (const line of wrapText(value, max, (part) => ctx.measureText(part).width)) {
			const at = y += Math.round(size * 1.35);
			draw.push(() => {
				ctx.font = font;
				ctx.fillStyle = fill;
				ctx.fillText(line, x, at - size * .3);
			});
		}
	};
	const split = scene !== "grow";
	const panel = split ? 296 : 608;
	text(term(`name_${scene === "restore" ? "compare" : scene}`), 18, color, true);
	if (split) {
		const row = y += PAD / 2;
		text(term("before"), 14, color, true, PAD, panel);
		const below = y;
		y = row;
		text(term("after"), 14, color, true, 32 + panel, panel);
		y = Math.max(y, below);
	}
	const top = y + PAD / 2;
	const end = SCENES[scene].duration;
	draw.push(() => {
		(split ? [0, end] : [end]).forEach((t, i) => {
			ctx.fillStyle = look.backgroundColor;
			ctx.fillRect(PAD + i * (panel + PAD), top, panel, PANEL_HEIGHT);
			drawNeuron(ctx, model, sceneState(scene, t), [
				look.color,
				look.outlineColor,
				look.caretColor
			], (PAD + i * (panel + PAD)) * k, panel * k, PANEL_HEIGHT * k, k, top * k);
			ctx.setTransform(k, 0, 0, k, 0, 0);
		});
	});
	y = top + PANEL_HEIGHT + PAD / 2;
	if (regrows(scene)) {
		const at = y;
		draw.push(() => {
			ctx.fillStyle = look.caretColor;
			ctx.beginPath();
			ctx.arc(22, at + 12, 6, 0, 2 * Math.PI);
			ctx.fill();
		});
		text(term("newSpines"), 14, color, false, 36);
	}
	const count = (t) => localize.number(countSpines(model, sceneState(scene, t)));
	text(term("spines", {
		before: count(0),
		after: count(end)
	}), 14);
	y += PAD / 2;
	text(term("note"), 12, muted);
	text(`${term("sources")} ${neuronGrowthSources.map((key) => referenceFor(key).cite).join("; ")}`, 12, muted);
	out.width = WIDTH * k;
	out.height = Math.ceil((y + PAD) * k);
	ctx.setTransform(k, 0, 0, k, 0, 0);
	ctx.fillStyle = /^rgba\(.*, 0\)$/.test(backgroundColor) ? look.backgroundColor : backgroundColor;
	ctx.fillRect(0, 0, WIDTH, y + PAD);
	draw.forEach((step) => step());
	return pngOf(out);
}
export { stillPng };

//# sourceMappingURL=png.js.map