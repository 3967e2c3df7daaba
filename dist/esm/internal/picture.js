// src/internal/picture.ts
/** Splits text into lines no wider than `maxWidth`, breaking at spaces (a long word gets a line of its own). */
function wrapText(text, maxWidth, measure) {
	const lines = [];
	let line = "";
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && measure(next) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}
/** A device-pixel scale for an export: above 0 and up to 8, else 2. */
var exportScale = (scale) => scale > 0 && scale <= 8 ? scale : 2;
/** The PNG of a canvas (an in-memory `<canvas>`: `toBlob` works in every browser, `OffscreenCanvas` export does not). */
var pngOf = (canvas) => new Promise((resolve, reject) => canvas.toBlob((blob) => blob ? resolve(blob) : reject(/* @__PURE__ */ new Error("the browser could not encode a PNG")), "image/png"));
/**
* Saves what `make` resolves to as a download named `name`, through an object URL that is revoked at once.
* A failure is one console warning from `tag`: a download button never throws into the page.
*/
async function saveAs(tag, name, make) {
	try {
		const url = URL.createObjectURL(await make());
		const link = document.createElement("a");
		link.href = url;
		link.download = name;
		link.click();
		URL.revokeObjectURL(url);
	} catch (error) {
		console.warn(`<${tag}>: ${name} could not be made: ${error.message}`);
	}
}
export { exportScale, pngOf, saveAs, wrapText };

//# sourceMappingURL=picture.js.map