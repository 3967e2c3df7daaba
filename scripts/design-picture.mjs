#!/usr/bin/env node
// The picture in src/internal/DESIGN.md: the type and space scales (read from tokens.styles.ts) and the widgets on a
// light page, a dark page that sets no color-scheme, and a 20 px blog column, rendered from dist/ in Chromium.
// Run after `npm run build`: node scripts/design-picture.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';
import puppeteer from 'puppeteer-core';

const tokens = readFileSync('src/internal/tokens.styles.ts', 'utf8');
const typeScale = Object.entries(JSON.parse(`{${tokens.match(/TYPE_SCALE = \{([^}]*)\}/)[1].replace(/(\w+):/g, '"$1":')}}`));
const spaceScale = JSON.parse(tokens.match(/SPACE_SCALE = (\[[^\]]*\])/)[1]);
const bundle = readFileSync('dist/ketamine-widgets.js');

const specimen = `<section class="col light"><h2>Type scale (em of the host's text)</h2>
  ${typeScale.map(([step, em]) => `<p style="font-size:${em}em;margin:.2em 0">--kw-font-size-${step} · ${em}em · Feeling drunk</p>`).join('')}
  <h2>Space scale</h2>
  ${spaceScale.map((em, i) => `<div class="space"><span style="width:${em}em"></span>--kw-space-${i + 1} · ${em}em</div>`).join('')}
</section>`;
const column = (cls, label, widgets) => `<section class="col ${cls}"><h2>${label}</h2>${widgets}</section>`;
const widgets = '<kw-disclaimer region="US" dismissible></kw-disclaimer><kw-neuron-growth scene="grow"></kw-neuron-growth>';
const html = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><style>
  body{margin:0;display:flex;gap:0;font:16px/1.5 system-ui,sans-serif;width:1400px}
  .col{box-sizing:border-box;width:350px;padding:20px}
  .light{background:#fff;color:#1f2328}
  .dark{background:#1e1e24;color:#e8e8e8}
  .blog{font:20px/1.7 Georgia,serif;background:#fbf8f1;color:#2b2b2b}
  h2{font:bold 14px/1.3 system-ui,sans-serif;margin:0 0 10px}
  .space{display:flex;align-items:center;gap:8px;font-size:13px;margin:4px 0}.space span{display:block;height:12px;background:#0b5cad}
</style><script type="module" src="/k.js"></script></head><body>
${specimen}
${column('light', 'Light page, 16 px', widgets)}
${column('dark', 'Dark theme without color-scheme', widgets)}
${column('blog', 'Blog column, 20 px serif', widgets)}
</body></html>`;
const server = createServer((q, r) => {
  if (q.url.startsWith('/k.js')) return r.writeHead(200, { 'content-type': 'text/javascript' }), r.end(bundle);
  r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  r.end(html);
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const browser = await puppeteer.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
const page = await browser.newPage();
await page.setViewport({ width: 1400, height: 900, deviceScaleFactor: 1 });
await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
await page.evaluate(() => Promise.all([...document.querySelectorAll('kw-disclaimer, kw-neuron-growth')].map((e) => e.updateComplete)));
await page.waitForFunction(() => [...document.querySelectorAll('kw-neuron-growth')].every((e) => e.shadowRoot.querySelector('canvas').width > 0));
await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
writeFileSync('src/internal/design.png', await page.screenshot({ fullPage: true }));
await browser.close();
server.close();
console.log('wrote src/internal/design.png');
