import { SEVERITIES, TIMINGS } from "./side-effects-schema.js";
// src/components/side-effects/side-effects-model.ts
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
/** Splits items into groups in a fixed order (timeline order; serious first), leaving out empty groups. */
function groupItems(items, by) {
	if (by === "none") return items.length ? [{ items: [...items] }] : [];
	const field = by === "severity" ? by : "timing";
	return (field === "timing" ? TIMINGS : [...SEVERITIES].reverse()).map((key) => ({
		key,
		items: items.filter((item) => item[field] === key)
	})).filter((group) => group.items.length);
}
/** A percent as a natural-frequency count out of 100: a whole number, or `under1` / `none`. */
var perHundred = (percent) => percent ? percent < 1 ? "under1" : Math.round(percent) : "none";
export { frequencyRank, groupItems, perHundred, sortItems };

//# sourceMappingURL=side-effects-model.js.map