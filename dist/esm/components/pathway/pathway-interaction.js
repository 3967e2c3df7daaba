// src/components/pathway/pathway-interaction.ts
/** The node an arrow, Home or End key moves to: along the arrows in the flow's direction, across to layer mates. `null`: not a key of ours. */
function keyTarget(key, id, m) {
	const h = m.orientation === "horizontal";
	const layer = m.layout.layers.find((ids) => ids.includes(id)) ?? [];
	const crossOf = (other) => m.placed.get(other)[h ? "y" : "x"];
	const nearest = (ids) => ids.sort((a, b) => crossOf(a) - crossOf(b))[0];
	if (key === (h ? "ArrowRight" : "ArrowDown")) return nearest(m.edges.filter((e) => e.from === id).map((e) => e.to));
	if (key === (h ? "ArrowLeft" : "ArrowUp")) return nearest(m.edges.filter((e) => e.to === id).map((e) => e.from));
	if (key === (h ? "ArrowDown" : "ArrowRight")) return layer[layer.indexOf(id) + 1];
	if (key === (h ? "ArrowUp" : "ArrowLeft")) return layer[layer.indexOf(id) - 1];
	if (key === "Home") return m.nodes[0].id;
	if (key === "End") return m.nodes[m.nodes.length - 1].id;
	return null;
}
/**
* Focuses `target` without letting the browser jump, then scrolls only as far as it takes to show it (or the
* popover it is in), never so far that `keep` (the clicked node) goes above the sticky `bar`.
*/
function focusInView(target, keep, bar) {
	target.focus({ preventScroll: true });
	const box = (target.closest(".details") ?? target).getBoundingClientRect();
	const anchor = keep?.getBoundingClientRect();
	const guard = bar && getComputedStyle(bar).position === "sticky" ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
	const below = box.bottom - innerHeight + 16;
	const above = box.top - guard - 16;
	if (below > 0) scrollBy({ top: Math.max(0, Math.min(below, (anchor?.top ?? box.top) - guard - 16)) });
	else if (above < 0) scrollBy({ top: above });
}
/** Anchors `panel` beside `node` within `figure` (right, else left), or under it where there is no room. */
function placeBeside(panel, node, figure) {
	const f = figure.getBoundingClientRect();
	const n = node.getBoundingClientRect();
	const gap = 12;
	const { offsetWidth: width, offsetHeight: height } = panel;
	let left = n.right - f.left + gap;
	let top = n.top - f.top;
	if (n.right + gap + width > f.right) {
		if (n.left - gap - width >= f.left) left = n.left - f.left - gap - width;
		else {
			left = Math.max(0, Math.min(n.left - f.left, f.width - width));
			top = n.bottom - f.top + gap;
		}
	} else if (top + height > f.height) top = Math.max(0, f.height - height);
	panel.style.setProperty("--_left", `${Math.round(left)}px`);
	panel.style.setProperty("--_top", `${Math.round(top)}px`);
}
export { focusInView, keyTarget, placeBeside };

//# sourceMappingURL=pathway-interaction.js.map