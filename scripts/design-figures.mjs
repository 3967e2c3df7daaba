#!/usr/bin/env node
// The figures issue 18 judges the design by, measured on the built dist/ketamine-widgets.js in Chromium:
// disclaimer height at 320 px, distance from the side-effect widget's top to "When to get help" at 320 px,
// the neuron's first-frame readout and share of drawn pixels, px font sizes and gaps in each component style
// sheet, and the bundle's gzip and Brotli size. Run after `npm run build`: node scripts/design-figures.mjs
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

const require = createRequire(import.meta.url);
const puppeteer = require('puppeteer-core');
const bundle = readFileSync('dist/ketamine-widgets.js');
let current = '';
const server = createServer((q, r) => {
  if (q.url.startsWith('/k.js')) return r.writeHead(200, { 'content-type': 'text/javascript' }), r.end(bundle);
  r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  r.end(current);
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const browser = await puppeteer.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
const page = await browser.newPage();
const open = async (body, width = 320) => {
  current = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><style>body{margin:16px;font:16px/1.5 system-ui,sans-serif}</style><script type="module" src="/k.js"></script></head><body>${body}</body></html>`;
  await page.setViewport({ width, height: 900 });
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
  await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((e) => e.updateComplete).map((e) => e.updateComplete)));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
};

const rows = [];
for (const attrs of ['region="US"', '']) {
  await open(`<kw-disclaimer ${attrs}></kw-disclaimer>`);
  rows.push([`disclaimer ${attrs || '(defaults)'} height at 320 px`, `${await page.$eval('kw-disclaimer', (e) => Math.round(e.getBoundingClientRect().height))} px`]);
}
await open('<kw-side-effects></kw-side-effects>');
rows.push([
  'side effects: widget top → "When to get help" heading at 320 px',
  `${await page.$eval('kw-side-effects', (e) => {
    const help = [...e.shadowRoot.querySelectorAll('[role=heading]')].find((h) => /When to get help/.test(h.textContent));
    return Math.round(help.getBoundingClientRect().top - e.getBoundingClientRect().top);
  })} px`,
]);
for (const scene of ['grow', 'restore']) {
  await open(`<kw-neuron-growth scene="${scene}"></kw-neuron-growth>`);
  const { readout, inked } = await page.$eval('kw-neuron-growth', (e) => {
    const canvas = e.shadowRoot.querySelector('canvas');
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) ink += data[i] > 0 ? 1 : 0;
    return { readout: e.shadowRoot.querySelector('[part=readout]').textContent.trim(), inked: ink / (data.length / 4) };
  });
  rows.push([`neuron ${scene}: first frame`, `"${readout}"; ${(inked * 100).toFixed(1)} % of the canvas drawn`]);
}
await browser.close();
server.close();

// px in font sizes and in gaps (margin, padding, gap) of each component's styles and the shared ones.
const sheets = ['src/internal', ...readdirSync('src/components').map((c) => `src/components/${c}`)].flatMap((dir) =>
  readdirSync(dir).filter((f) => f.endsWith('.styles.ts')).map((f) => join(dir, f)),
);
for (const file of sheets) {
  const text = readFileSync(file, 'utf8');
  const font = (text.match(/font(-size)?:[^;]*\dpx/g) ?? []).length;
  const gaps = (text.match(/(margin|padding|gap|inset)[\w-]*:[^;]*\dpx/g) ?? []).length;
  const offScale = (text.match(/font-size:(?![^;]*var\(--_font-size-)[^;]*;/g) ?? []).filter((d) => !/inherit/.test(d)).length;
  rows.push([`${file}: px font sizes / px gaps / font sizes off the type scale`, `${font} / ${gaps} / ${offScale}`]);
}
const gz = gzipSync(bundle, { level: 9 }).length;
const br = brotliCompressSync(bundle, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
rows.push(['bundle gzip / Brotli', `${gz} B / ${br} B`]);
console.log(rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n'));
