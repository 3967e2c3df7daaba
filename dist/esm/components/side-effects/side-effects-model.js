import { SEVERITIES, TIMINGS } from "./side-effects-schema.js";
// src/components/side-effects/side-effects-model.ts
var SHOWN_SEVERITIES = [...SEVERITIES, "unstated"];
var severityOf = (item) => item.severity ?? "unstated";
var timingOf = (item) => item.timing ?? "unstated";
var WORD_RANK = {
	"very-common": 30,
	common: 10,
	uncommon: .5,
	rare: .01
};
/** Sort key: the verified percent, else the rank of the frequency word, else last. */
var frequencyRank = (item) => item.percent ?? (item.frequency ? WORD_RANK[item.frequency] : -1);
/** Most common first (`frequency`); equal ranks keep their data order. `none` keeps the data order. */
var sortItems = (items, order) => order === "none" ? [...items] : [...items].sort((a, b) => frequencyRank(b) - frequencyRank(a));
/**
* Splits items into groups in a fixed order (timeline order; serious first), then those that do not say, leaving
* out empty groups.
*/
function groupItems(items, by) {
	if (by === "none") return items.length ? [{ items: [...items] }] : [];
	const [keys, keyOf] = by === "severity" ? [[...SEVERITIES].reverse(), severityOf] : [TIMINGS, timingOf];
	return [...keys, "unstated"].map((key) => ({
		key,
		items: items.filter((item) => keyOf(item) === key)
	})).filter((group) => group.items.length);
}
/** A percent as a natural-frequency count out of 100: a whole number, or `under1` / `none`. */
var perHundred = (percent) => percent ? percent < 1 ? "under1" : Math.round(percent) : "none";
/** Items without an id get `item-N`, N their place in the whole list (from 1), skipping any id already given. */
function withIds(list) {
	const given = new Set(list.sets.flatMap((set) => set.items.map((item) => item.id)));
	let n = 0;
	const next = () => {
		let id;
		do
			id = `item-${++n}`;
		while (given.has(id));
		return id;
	};
	return {
		...list,
		sets: list.sets.map((set) => ({
			...set,
			items: set.items.map((item) => item.id === void 0 ? {
				...item,
				id: next()
			} : item)
		}))
	};
}
export { SHOWN_SEVERITIES, frequencyRank, groupItems, perHundred, severityOf, sortItems, timingOf, withIds };

//# sourceMappingURL=side-effects-model.js.map