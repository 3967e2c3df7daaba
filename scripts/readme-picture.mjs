// npm run readme-picture – the README's picture of the four widgets (docs/widgets.png), from the built
// dist/ketamine-widgets.js in Chromium, on a plain page at 1280 px. Run after `npm run build` when a widget's
// look changes.
import { join, resolve } from 'node:path';
import { launchChromium, serveDirectory } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/widgets.png');

// Long widgets are cut at a height that shows what they are; the picture is an overview, not the content.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>
  body { margin: 0; padding: 0; font: 16px/1.5 system-ui, sans-serif; background: #f6f7f9; color: #1f2328; }
  .grid { padding: 24px; display: grid; grid-template-columns: repeat(3, 1fr); gap: 24px; align-items: start; }
  .wide { grid-column: 1 / -1; }
  .cut { max-height: 560px; overflow: hidden; }
  .wide.cut { max-height: 720px; }
</style>
<script type="module" src="/dist/ketamine-widgets.js"></script></head><body>
<div class="grid">
  <div class="wide cut"><kw-pathway></kw-pathway></div>
  <div><kw-disclaimer region="US"></kw-disclaimer></div>
  <div class="cut"><kw-side-effects></kw-side-effects></div>
  <div><kw-neuron-growth scene="compare"></kw-neuron-growth></div>
</div></body></html>`;

const server = await serveDirectory(ROOT, new Map([['/readme-picture.html', PAGE]]));
const browser = await launchChromium(['--font-render-hinting=none']);
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }, { name: 'prefers-color-scheme', value: 'light' }]);
  await tab.goto(`${server.origin}/readme-picture.html`, { waitUntil: 'load' });
  await tab.evaluate(async () => {
    const widgets = [...document.querySelectorAll('kw-pathway, kw-disclaimer, kw-side-effects, kw-neuron-growth')];
    await Promise.all(widgets.map((w) => customElements.whenDefined(w.localName).then(() => w.updateComplete)));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  const grid = await tab.$('.grid');
  await grid.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  server.close();
}
