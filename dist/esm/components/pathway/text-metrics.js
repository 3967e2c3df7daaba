// src/components/pathway/text-metrics.ts
/**
* A text-width estimate that needs no fonts and no DOM, so that a server lays the diagram out exactly as the
* browser's first frame of the pre-rendered element does. Each character class has the widest advance (in em)
* of DejaVu Sans and Liberation Sans (the Arial metrics) as Chromium measures them, rounded up: real sans-serif
* text is a little narrower than its estimate, so it fits the boxes laid out for it.
*/
/** Characters by advance width, as `[characters, regular em, bold (600) em]`. */
var CLASSES = [
	[
		"ijlIí'",
		.29,
		.37
	],
	[
		" .,:;/\\|·‘’",
		.34,
		.4
	],
	[
		"ftr-!¡()[]",
		.41,
		.49
	],
	[
		"\"*`J",
		.5,
		.56
	],
	[
		"czskvxy?¿_–“”",
		.61,
		.67
	],
	[
		"abdeghnopqu0123456789${}",
		.64,
		.72
	],
	[
		"EFLPSTYZ",
		.69,
		.73
	],
	[
		"ABCKRVX",
		.72,
		.77
	],
	[
		"DGHNOQU&#+<=>^~",
		.84,
		.87
	],
	[
		"wM",
		.86,
		1
	],
	[
		"mW%@—…",
		1.02,
		1.1
	]
];
/** Anything else (another script, an emoji): a full em and more. */
var OTHER = [1, 1.1];
var ADVANCE = new Map(CLASSES.flatMap(([chars, regular, bold]) => [...chars].map((c) => [c, [regular, bold]])));
/** The advance of one character: its own class, or its letter's without the accent (é → e), or `OTHER`. */
function advance(char) {
	return ADVANCE.get(char) ?? ADVANCE.get(char.normalize("NFD").replace(/[\u0300-\u036f]/g, "")) ?? OTHER;
}
/**
* The estimated width in px of `text` set in `font`, a CSS font shorthand as the layout writes it
* (`600 16px Inter, sans-serif`): its size and whether it is bold (600 or more) count, the family does not.
*/
function estimateTextWidth(text, font) {
	const size = Number(/([\d.]+)px/.exec(font)?.[1] ?? 16);
	const column = /^\s*(bold|[6-9]00)\b/.exec(font) ? 1 : 0;
	let em = 0;
	for (const char of text) em += advance(char)[column];
	return em * size;
}
export { estimateTextWidth };

//# sourceMappingURL=text-metrics.js.map