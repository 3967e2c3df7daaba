// npm run bench        – measures dist/ketamine-widgets.js in real Chromium and writes bench/results.md
// npm run bench:check  – only the deterministic budgets (size, idle frames, layout shift, also through the hydration
//                        of a pre-rendered page, leaks); exits 1 on a miss
//
// Timing figures are reported, never asserted: CI machines are noisy. Each timing sample uses a fresh page.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { bundleModule } from '../scripts/bundle.mjs';
import { launchChromium, serveDirectory } from '../scripts/chromium.mjs';
import { STATIC_STAND_INS, clinicPage, pathwayAsMermaid, prerender, serverRenderable } from './prerendered.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'dist/ketamine-widgets.js');
const CHECK_ONLY = process.argv.includes('--check');
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const LEAK_CYCLES = Number(process.env.BENCH_LEAK_CYCLES ?? 1000);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const LIGHTHOUSE_VERSION = JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version;
// BENCH_ONLY=neuron (a word of the measure names: size, first-render, pathway, neuron, validation) runs only
// the timings whose name has it, and no check.
const ONLY = process.env.BENCH_ONLY;
const want = (name) => !ONLY || name.includes(ONLY);

const BUDGET = { heapGrowth: 1024 * 1024, frameMs: 1, floorRatio: 2 };
// The size budget is a ratchet (bench/size-ceiling.json): it may rise only by what a new feature needs,
// measured and stated in gzip and Brotli; otherwise it only goes down.
const SIZE_CEILING = JSON.parse(readFileSync(join(ROOT, 'bench/size-ceiling.json'), 'utf8'));

/** Every widget, with the markup a page would use. A widget that is not built yet is reported as missing. */
const WIDGETS = [
  { tag: 'kw-disclaimer', markup: '<kw-disclaimer region="US" dismissible></kw-disclaimer>' },
  { tag: 'kw-pathway', markup: '<kw-pathway></kw-pathway>' },
  { tag: 'kw-side-effects', markup: '<kw-side-effects></kw-side-effects>' },
  { tag: 'kw-neuron-growth', markup: '<kw-neuron-growth autoplay loop></kw-neuron-growth>' },
];

// ---------------------------------------------------------------------------------------------- pages
const pages = new Map();

const page = (body, head = '') =>
  `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}</head><body style="margin:0;font-family:sans-serif">${body}</body></html>`;

const MODULE_SCRIPT = '<script type="module" src="/dist/ketamine-widgets.js"></script>';

// Instruments timers, frames, observers and document/window listeners so that leftovers can be counted.
const INSTRUMENT = `<script>
(() => {
  const live = { timers: new Set(), frames: new Set(), observers: new Set(), listeners: new Map() };
  let frameCallbacks = 0, frameScriptMs = [];
  const wrap = (obj, name, make) => { const orig = obj[name]; obj[name] = make(orig); };
  wrap(window, 'setTimeout', (orig) => function (fn, ms, ...a) { const id = orig.call(window, (...b) => { live.timers.delete(id); typeof fn === 'function' && fn(...b); }, ms, ...a); live.timers.add(id); return id; });
  wrap(window, 'clearTimeout', (orig) => function (id) { live.timers.delete(id); return orig.call(window, id); });
  wrap(window, 'setInterval', (orig) => function (...a) { const id = orig.apply(window, a); live.timers.add('i' + id); return id; });
  wrap(window, 'clearInterval', (orig) => function (id) { live.timers.delete('i' + id); return orig.call(window, id); });
  wrap(window, 'requestAnimationFrame', (orig) => function (fn) {
    const id = orig.call(window, (t) => { live.frames.delete(id); frameCallbacks++; const s = performance.now(); fn(t); frameScriptMs.push(performance.now() - s); });
    live.frames.add(id); return id;
  });
  wrap(window, 'cancelAnimationFrame', (orig) => function (id) { live.frames.delete(id); return orig.call(window, id); });
  for (const Type of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver']) {
    const Orig = window[Type];
    window[Type] = class extends Orig {
      observe(...a) { live.observers.add(this); return super.observe(...a); }
      disconnect() { live.observers.delete(this); return super.disconnect(); }
    };
  }
  for (const target of [window, document]) {
    const add = target.addEventListener, remove = target.removeEventListener;
    const key = (t, fn) => (target === window ? 'window:' : 'document:') + t;
    target.addEventListener = function (t, fn, o) { const k = key(t); if (!live.listeners.has(k)) live.listeners.set(k, new Set()); live.listeners.get(k).add(fn); return add.call(this, t, fn, o); };
    target.removeEventListener = function (t, fn, o) { live.listeners.get(key(t))?.delete(fn); return remove.call(this, t, fn, o); };
  }
  window.__kw = {
    snapshot: () => ({ timers: live.timers.size, frames: live.frames.size, observers: live.observers.size,
      listeners: [...live.listeners.values()].reduce((n, s) => n + s.size, 0) }),
    frames: () => frameCallbacks,
    resetFrames: () => { frameCallbacks = 0; frameScriptMs = []; },
    frameScriptMs: () => frameScriptMs.slice(),
  };
})();
</script>`;

// ---------------------------------------------------------------------------------------------- helpers
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 2 : 1)} ms` : 'n/a');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function newPage(browser, path, html) {
  pages.set(path, html);
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1000, height: 800 });
  return tab;
}

async function definedTags(browser, origin) {
  const tab = await newPage(browser, '/__bench/defined', page('', INSTRUMENT));
  await tab.goto(`${origin}/__bench/defined`);
  const tags = await tab.evaluate(async (all) => {
    await import('/dist/ketamine-widgets.js');
    return all.filter((t) => customElements.get(t));
  }, WIDGETS.map((w) => w.tag));
  await tab.close();
  return new Set(tags);
}

// ---------------------------------------------------------------------------------------------- measures
function bundleSize() {
  const code = readFileSync(BUNDLE);
  const gzip = gzipSync(code, { level: 9 }).length;
  // Content tables: each src/content module minified alone; their gzip is subtracted from the bundle's.
  // Only the content modules that the bundle includes count.
  let content = 0;
  const metaPath = join(tmpdir(), `kw-bench-meta-${process.pid}.json`);
  execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), ['src/index.ts', '--bundle', '--format=esm', `--metafile=${metaPath}`, '--outfile=/dev/null', '--log-level=error'], { cwd: ROOT });
  const metafile = JSON.parse(readFileSync(metaPath, 'utf8'));
  const contentFiles = Object.keys(metafile.inputs).filter((file) => file.startsWith('src/content/'));
  for (const file of contentFiles) {
    const out = execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), [file, '--bundle', '--minify', '--format=esm', '--log-level=error', '--external:*'], { cwd: ROOT });
    content += gzipSync(out, { level: 9 }).length;
  }
  const brotli = brotliCompressSync(code, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: code.length, gzip, brotli, contentGzip: content, codeGzip: gzip - content };
}

// What each widget adds: the gzip of the real build minus that of the same build without the widget.
// Whatever is left is what they share (Lit, src/internal, shared references).
async function sizeByWidget() {
  const cacheDir = join(ROOT, 'node_modules/.cache/kw-bench');
  mkdirSync(cacheDir, { recursive: true });
  const entry = readFileSync(join(ROOT, 'src/index.ts'), 'utf8');
  const full = gzipSync(await bundleModule(), { level: 9 }).length;
  const parts = [];
  for (const widget of WIDGETS) {
    const name = widget.tag.replace('kw-', '');
    const without = entry
      .split('\n')
      .filter((line) => !line.includes(`/components/${name}/`))
      .join('\n')
      .replace(/((?:from|import) )'\.\//g, "$1'../../../src/"); // `import './x.js'` too, not only `from './x.js'`
    const file = join(cacheDir, `without-${name}.ts`);
    writeFileSync(file, without);
    parts.push({ tag: widget.tag, gzip: full - gzipSync(await bundleModule(file), { level: 9 }).length });
  }
  return { full, parts, shared: full - parts.reduce((sum, p) => sum + p.gzip, 0) };
}

async function firstRender(browser, origin, markups, label) {
  const samples = [];
  for (let i = 0; i < SAMPLES; i++) {
    const tab = await newPage(browser, `/__bench/render-${label}`, page('<main id="root"></main>'));
    await tab.goto(`${origin}/__bench/render-${label}`);
    const t = await tab.evaluate(async (markup) => {
      const start = performance.now();
      await import(`/dist/ketamine-widgets.js?fresh=${Math.random()}`);
      const root = document.getElementById('root');
      const tpl = document.createElement('template');
      tpl.innerHTML = markup;
      root.append(tpl.content);
      await Promise.all([...root.children].map((el) => el.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return performance.now() - start;
    }, markups.join(''));
    samples.push(t);
    await tab.close();
  }
  return stats(samples);
}

/** The default pathway as the widget exports it (toSVG): the static-markup floor of the pathway pages. */
async function pathwaySvg(browser, origin) {
  const probe = await newPage(browser, '/__bench/svg', page('<kw-pathway></kw-pathway>', MODULE_SCRIPT));
  await probe.goto(`${origin}/__bench/svg`);
  const svg = await probe.evaluate(async () => {
    await customElements.whenDefined('kw-pathway');
    const el = document.querySelector('kw-pathway');
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    return el.toSVG();
  });
  await probe.close();
  return svg;
}

// Navigation → the first frame after the page's diagram is ready: after load, and after the <kw-pathway> has
// upgraded and rendered (or hydrated), or after the promise a page that draws its own diagram puts in
// window.__benchReady. Also navigation → first contentful paint, which for a pre-rendered or static page is
// when the diagram is first painted (a page that draws with script paints other things first).
async function timeToFrame(browser, origin, path, html) {
  const ready = [];
  const paint = [];
  for (let i = 0; i < SAMPLES; i++) {
    const tab = await newPage(browser, path, html);
    await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
    const sample = await tab.evaluate(async () => {
      await window.__benchReady;
      const el = document.querySelector('kw-pathway');
      if (el) {
        await customElements.whenDefined('kw-pathway');
        await el.updateComplete;
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const ready = performance.now();
      // The paint entry arrives once the frame has been presented, which can be after the frame callbacks above.
      const paint = await new Promise((r) =>
        new PerformanceObserver((list, observer) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (!entry) return;
          observer.disconnect();
          r(entry.startTime);
        }).observe({ type: 'paint', buffered: true }),
      );
      return { ready, paint };
    });
    ready.push(sample.ready);
    paint.push(sample.paint);
    await tab.close();
  }
  return { ...stats(ready), paint: stats(paint) };
}

async function pathwayVsFloor(browser, origin) {
  const svg = await pathwaySvg(browser, origin);
  const widget = await timeToFrame(browser, origin, '/__bench/pathway-widget', page('<kw-pathway></kw-pathway>', MODULE_SCRIPT));
  const floor = await timeToFrame(browser, origin, '/__bench/pathway-static', page(svg));
  return { widget, floor, ratio: widget.median / floor.median };
}

// The same pathway pre-rendered by the CLI (with the module, which hydrates it), beside the static SVG and beside
// Mermaid drawing the same flowchart from its text in the page (its single-file build, as a page would load it).
// Without `canPrerender` (the CLI cannot render the pathway yet) only the static SVG and Mermaid are measured.
async function prerenderedPathway(browser, origin, canPrerender) {
  const floor = await timeToFrame(browser, origin, '/__bench/pre-static', page(await pathwaySvg(browser, origin)));
  const mermaidHead = '<script src="/node_modules/mermaid/dist/mermaid.min.js"></script>';
  const mermaidBody = `<pre class="mermaid">${pathwayAsMermaid()}</pre><script>mermaid.initialize({ startOnLoad: false }); window.__benchReady = mermaid.run({ querySelector: '.mermaid' });</script>`;
  const mermaid = await timeToFrame(browser, origin, '/__bench/pre-mermaid', page(mermaidBody, mermaidHead));
  const mermaidNodes = await mermaidDrawnNodes(browser, origin);
  const prerendered = canPrerender ? await timeToFrame(browser, origin, '/__bench/pre-pathway', prerender(page('<kw-pathway></kw-pathway>', MODULE_SCRIPT))) : undefined;
  return { floor, mermaid, mermaidNodes, prerendered };
}

/** Nodes in the Mermaid page's drawing: the check that its timing is of the diagram, not of an error message. */
async function mermaidDrawnNodes(browser, origin) {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/__bench/pre-mermaid`, { waitUntil: 'load' });
  const nodes = await tab.evaluate(async () => {
    await window.__benchReady;
    return document.querySelectorAll('.mermaid svg .node').length;
  });
  await tab.close();
  return nodes;
}

async function neuronFrames(browser, origin, markup, label) {
  const tab = await newPage(browser, `/__bench/neuron-${label}`, page(markup, INSTRUMENT + MODULE_SCRIPT));
  await tab.goto(`${origin}/__bench/neuron-${label}`);
  await tab.evaluate(async () => {
    await customElements.whenDefined('kw-neuron-growth');
    await document.querySelector('kw-neuron-growth').updateComplete;
    await new Promise((r) => setTimeout(r, 500));
    window.__kw.resetFrames();
  });
  await new Promise((r) => setTimeout(r, 5000));
  const { times, frames } = await tab.evaluate(() => ({ times: window.__kw.frameScriptMs(), frames: window.__kw.frames() }));
  await tab.close();
  return { ...stats(times.length ? times : [NaN]), frames };
}

// Frames from upgrade to the first frame that shows the drawing: the element is added in a task of its own,
// and each animation frame checks whether the canvas already holds pixels (a frame shows what was drawn before it).
async function neuronFirstFrame(browser, origin) {
  const samples = [];
  for (let i = 0; i < SAMPLES; i++) {
    const tab = await newPage(browser, '/__bench/neuron-first', page('<main id="root"></main>', MODULE_SCRIPT));
    await tab.goto(`${origin}/__bench/neuron-first`);
    samples.push(
      await tab.evaluate(async () => {
        await customElements.whenDefined('kw-neuron-growth');
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        const el = document.createElement('kw-neuron-growth');
        document.getElementById('root').append(el);
        const drawn = () => {
          const canvas = el.shadowRoot?.querySelector('canvas');
          if (!canvas?.width || !canvas.height) return false;
          const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
          for (let k = 3; k < data.length; k += 4) if (data[k]) return true;
          return false;
        };
        for (let frame = 1; frame <= 60; frame++) {
          await new Promise((r) => requestAnimationFrame(r));
          // Seen at the start of frame N: it was drawn during frame N − 1, which showed it.
          if (drawn()) return frame - 1;
        }
        return Infinity;
      }),
    );
    await tab.close();
  }
  return stats(samples);
}

async function idleFrames(browser, origin, defined) {
  const animated = WIDGETS.filter((w) => defined.has(w.tag));
  const markup = animated.map((w) => w.markup).join('');
  const result = {};
  const run = async (name, body, setup) => {
    const tab = await newPage(browser, `/__bench/idle-${name}`, page(body, INSTRUMENT + MODULE_SCRIPT));
    if (setup) await setup(tab);
    await tab.goto(`${origin}/__bench/idle-${name}`);
    await tab.evaluate(async (name) => {
      await Promise.all([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('kw-')).map((e) => customElements.whenDefined(e.localName).then(() => e.updateComplete)));
      if (name === 'hidden') {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
        document.dispatchEvent(new Event('visibilitychange'));
      }
      if (name === 'removed') document.querySelectorAll('body > *:not(script)').forEach((e) => e.remove());
      await new Promise((r) => setTimeout(r, 300));
      window.__kw.resetFrames();
    }, name);
    await new Promise((r) => setTimeout(r, 2000));
    result[name] = await tab.evaluate(() => window.__kw.frames());
    await tab.close();
  };
  await run('off-screen', `<div style="height:5000px"></div>${markup}`);
  await run('hidden', markup);
  await run('reduced-motion', markup, (tab) => tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]));
  await run('removed', markup);
  return result;
}

const CLS_OBSERVER = `<script>window.__cls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script>`;

/** A page with header, the widgets (`tags`), each followed by text, and a footer: what a shift would push down. */
const shiftPage = (tags, head) =>
  page(
    `<header style="padding:16px"><h1>Ketamine treatment</h1><p>Intro paragraph of a clinic page.</p></header>
    ${WIDGETS.filter((w) => tags.has(w.tag)).map((w) => `<section style="padding:16px">${w.markup}<p>Text after the widget.</p></section>`).join('')}
    <footer style="padding:16px"><p>Footer text.</p></footer>`,
    CLS_OBSERVER + head,
  );

// Worst CLS of `runs` loads, counted from navigation until 1.5 s after every widget has upgraded and rendered
// (or hydrated). `html` is the page, with CLS_OBSERVER first in its head.
async function layoutShift(browser, origin, html, { width = 1000, runs = 5 } = {}) {
  const values = [];
  for (let i = 0; i < runs; i++) {
    const tab = await newPage(browser, '/__bench/cls', html);
    await tab.setViewport({ width, height: 800 });
    await tab.goto(`${origin}/__bench/cls`, { waitUntil: 'load' });
    await tab.evaluate(() =>
      Promise.all([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('kw-')).map((e) => customElements.whenDefined(e.localName).then(() => e.updateComplete))),
    );
    await new Promise((r) => setTimeout(r, 1500));
    values.push(await tab.evaluate(() => window.__cls));
    await tab.close();
  }
  return Math.max(...values);
}

// Trace events that are script (compile, evaluate, calls, microtasks, timers, frame callbacks); they nest, so their
// time is the union of their intervals.
const SCRIPT_EVENTS = new Set(['v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EventDispatch']);
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute'];

/** Busy time, script time and the longest task (ms) of the main thread between two performance marks of a trace. */
function mainThreadWork(events, startMark, endMark) {
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const start = mark(startMark);
  const end = mark(endMark);
  if (!start || !end) throw new Error(`the trace has no ${start ? endMark : startMark} mark`);
  const onMain = (e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid && e.ts < end.ts && e.ts + e.dur > start.ts;
  const clip = (e) => [Math.max(e.ts, start.ts), Math.min(e.ts + e.dur, end.ts)];
  const tasks = events.filter((e) => e.name === 'RunTask' && onMain(e));
  const script = events
    .filter((e) => SCRIPT_EVENTS.has(e.name) && onMain(e))
    .map(clip)
    .sort((a, b) => a[0] - b[0]);
  let scriptUs = 0;
  let reach = -Infinity;
  for (const [from, to] of script) {
    if (to > reach) scriptUs += to - Math.max(from, reach);
    reach = Math.max(reach, to);
  }
  const longest = tasks.reduce((a, b) => (b.dur > (a?.dur ?? -1) ? b : a), undefined);
  // Lit renders (and hydrates) in microtasks: how much of the longest task they are.
  const microtasks = events.filter((e) => e.name === 'RunMicrotasks' && onMain(e) && longest && e.ts >= longest.ts && e.ts + e.dur <= longest.ts + longest.dur);
  return {
    busy: tasks.reduce((sum, e) => sum + (clip(e)[1] - clip(e)[0]), 0) / 1000,
    script: scriptUs / 1000,
    longest: (longest?.dur ?? 0) / 1000,
    // Thread time: what the task cost the CPU, apart from time the thread waited for a core (2 shared cores).
    longestCpu: (longest?.tdur ?? 0) / 1000,
    longestMicrotasks: microtasks.reduce((sum, e) => sum + e.dur, 0) / 1000,
  };
}

// Main-thread cost of hydration: the pre-rendered page loads and paints without the module; then, with a trace
// recording, the page imports the module and waits until every widget has hydrated and two frames have passed.
async function hydrationCost(browser, origin, html) {
  const samples = [];
  for (let i = 0; i < Math.min(SAMPLES, 5); i++) {
    const tab = await newPage(browser, '/__bench/hydrate', html);
    await tab.goto(`${origin}/__bench/hydrate`, { waitUntil: 'load' });
    await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await tab.tracing.start({ categories: TRACE_CATEGORIES });
    await tab.evaluate(async () => {
      performance.mark('kw-hydrate-start');
      await import('/dist/ketamine-widgets.js');
      const widgets = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('kw-'));
      await Promise.all(widgets.map((e) => customElements.whenDefined(e.localName).then(() => e.updateComplete)));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      performance.mark('kw-hydrate-end');
    });
    const trace = JSON.parse(new TextDecoder().decode(await tab.tracing.stop()));
    samples.push(mainThreadWork(trace.traceEvents, 'kw-hydrate-start', 'kw-hydrate-end'));
    await tab.close();
  }
  return {
    busy: stats(samples.map((s) => s.busy)),
    script: stats(samples.map((s) => s.script)),
    longest: stats(samples.map((s) => s.longest)),
    longestCpu: stats(samples.map((s) => s.longestCpu)),
    longestMicrotasks: stats(samples.map((s) => s.longestMicrotasks)),
  };
}

async function leaks(browser, origin, widget) {
  const tab = await newPage(browser, `/__bench/leak-${widget.tag}`, page('<div id="host"></div>', INSTRUMENT + MODULE_SCRIPT));
  await tab.goto(`${origin}/__bench/leak-${widget.tag}`);
  const cdp = await tab.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await tab.metrics()).JSHeapUsedSize;
  };
  const cycle = (count) =>
    tab.evaluate(
      async (markup, count, tag) => {
        await customElements.whenDefined(tag);
        const host = document.getElementById('host');
        for (let i = 0; i < count; i++) {
          host.innerHTML = markup;
          await host.firstElementChild.updateComplete;
          host.firstElementChild.remove();
        }
        await new Promise((r) => setTimeout(r, 500));
      },
      widget.markup,
      count,
      widget.tag,
    );
  await cycle(50); // warm up: Lit's template caches and the module's one-time allocations
  const before = await tab.evaluate(() => window.__kw.snapshot());
  const heapBefore = await heap();
  await cycle(LEAK_CYCLES);
  const heapAfter = await heap();
  const after = await tab.evaluate(() => window.__kw.snapshot());
  await tab.close();
  return { heapGrowth: heapAfter - heapBefore, before, after };
}

// Each validator on the largest input it accepts (bench/largest-inputs.ts, bundled here), in a page of its own.
async function validationTimes(browser, origin) {
  const path = 'node_modules/.cache/kw-bench/largest-inputs.js';
  mkdirSync(join(ROOT, 'node_modules/.cache/kw-bench'), { recursive: true });
  execFileSync(join(ROOT, 'node_modules/.bin/esbuild'), ['bench/largest-inputs.ts', '--bundle', '--format=esm', `--outfile=${path}`, '--log-level=error'], { cwd: ROOT });
  const tab = await newPage(browser, '/__bench/validation', page(''));
  await tab.goto(`${origin}/__bench/validation`);
  // Five samples: the slowest take about a second each on two cores.
  const times = await tab.evaluate(async (url, samples) => (await import(url)).timeValidation(samples), `/${path}`, Math.min(SAMPLES, 5));
  await tab.close();
  return times;
}

// Lighthouse on a clinic-like page in three versions, served gzip-encoded as a web host would serve it:
// (1) the widgets by script tag, (2) pre-rendered by the CLI plus the same script, (3) static text in their place.
// `renderable` maps each widget to why the CLI cannot render it yet (version 2 keeps those as plain tags).
async function lighthouseComparison(renderable) {
  const skip = new Set([...renderable].filter(([, reason]) => reason).map(([tag]) => tag));
  const versions = new Map([
    ['/script', clinicPage(WIDGETS.map((w) => w.markup), MODULE_SCRIPT)],
    ['/prerendered', prerender(clinicPage(WIDGETS.map((w) => w.markup), MODULE_SCRIPT), skip)],
    ['/static', clinicPage(WIDGETS.map((w) => STATIC_STAND_INS[w.tag]))],
  ]);
  // Loaded here, so that --check, which runs no Lighthouse, does not load it either.
  const { lighthouseRuns } = await import('./lighthouse.mjs');
  const site = await serveDirectory(ROOT, versions, { compress: true });
  let runs;
  try {
    runs = await lighthouseRuns(Object.fromEntries([...versions.keys()].map((path) => [path, `${site.origin}${path}`])), LIGHTHOUSE_RUNS);
  } finally {
    site.close();
  }
  const lh = Object.fromEntries(
    Object.entries(runs).map(([path, list]) => [
      path,
      { ...Object.fromEntries(['score', 'fcp', 'lcp', 'cls', 'tbt'].map((key) => [key, median(list.map((run) => run[key]))])), runs: list },
    ]),
  );
  const figures = (r) => `performance ${r.score}, FCP ${(r.fcp / 1000).toFixed(2)} s, LCP ${(r.lcp / 1000).toFixed(2)} s, CLS ${r.cls.toFixed(3)}, TBT ${Math.round(r.tbt)} ms (runs: scores ${r.runs.map((run) => run.score).join(', ')}; FCP ${r.runs.map((run) => (run.fcp / 1000).toFixed(2)).join(', ')} s)`;
  const label = `Lighthouse ${LIGHTHOUSE_VERSION} (mobile preset, median of ${LIGHTHOUSE_RUNS}), clinic page with all ${WIDGETS.length} widgets`;
  row(`${label}: (1) widgets by script tag`, figures(lh['/script']), '—', undefined, PRE);
  const pre = lh['/prerendered'];
  const missed = [
    pre.score < 100 && 'performance',
    pre.fcp > lh['/static'].fcp + 100 && 'FCP',
    pre.cls >= 0.0005 && 'CLS',
    pre.tbt >= 50 && 'TBT',
  ].filter(Boolean);
  const partial = skip.size ? `; ${[...skip].map((t) => `<${t}>`).join(', ')} by script tag, not pre-rendered yet` : '';
  rows.push({
    measure: `${label}: (2) pre-rendered with the CLI, plus the module script${partial}`,
    value: figures(pre),
    budget: 'performance 100, FCP ≤ (3) + 0.1 s, CLS 0, TBT < 50 ms',
    verdict: `${partial ? 'partial page: ' : ''}${missed.length ? `goal missed (${missed.join(', ')})` : 'goal met'}`,
    group: PRE,
  });
  row(`${label}: (3) static text in the widgets' place, no script`, figures(lh['/static']), '—', undefined, PRE);
}

// ---------------------------------------------------------------------------------------------- run
const server = await serveDirectory(ROOT, pages);
const { origin } = server;
const browser = await launchChromium(['--js-flags=--expose-gc']);

const failures = [];
const rows = [];
// `group` names the section of bench/results.md a row goes in (none: the first table).
const row = (measure, value, budget, ok, group) => {
  rows.push({ measure, value, budget, verdict: ok === undefined ? 'reported' : ok ? 'pass' : 'FAIL', group });
  if (ok === false) failures.push(`${measure}: ${value} (budget ${budget})`);
};
// A timing against its budget: reported as met or missed, never failing the run (timings are noisy).
const goalRow = (measure, value, budget, met, group) => rows.push({ measure, value, budget, verdict: met ? 'goal met' : 'goal missed', group });
const PRE = 'pre-rendered page';

try {
  const defined = await definedTags(browser, origin);
  const missing = WIDGETS.filter((w) => !defined.has(w.tag)).map((w) => w.tag);

  const size = bundleSize();
  row('Bundle size (raw)', kb(size.raw), '—');
  row('Bundle size (gzip), all widgets + Lit + content', kb(size.gzip), `≤ ${kb(SIZE_CEILING.bundleGzipCeiling)} (ceiling)`, size.gzip <= SIZE_CEILING.bundleGzipCeiling);
  row('Bundle size (Brotli), all widgets + Lit + content', kb(size.brotli), `≤ ${kb(SIZE_CEILING.bundleBrotliCeiling)} (ceiling)`, size.brotli <= SIZE_CEILING.bundleBrotliCeiling);
  row('  of which code without content tables (gzip, approx.)', kb(size.codeGzip), '—');
  row('  of which content tables (gzip, minified alone)', kb(size.contentGzip), '—');
  if (!CHECK_ONLY && want('size')) {
    const split = await sizeByWidget();
    for (const part of split.parts) row(`  added by <${part.tag}> with its content (build with minus build without)`, kb(part.gzip), '—');
    row('  shared by all: Lit, src/internal, shared references (the rest)', kb(split.shared), '—');
  }

  if (!CHECK_ONLY) {
    for (const widget of WIDGETS.filter((w) => defined.has(w.tag) && want('first-render'))) {
      const s = await firstRender(browser, origin, [widget.markup], widget.tag);
      row(`First render: <${widget.tag}> (import → updateComplete → frame)`, `${ms(s.median)} (min ${ms(s.min)}, max ${ms(s.max)})`, '—');
    }
    const all = want('first-render') && (await firstRender(browser, origin, WIDGETS.filter((w) => defined.has(w.tag)).map((w) => w.markup), 'all'));
    if (all) row(`First render: all ${defined.size} widgets on one page`, `${ms(all.median)} (min ${ms(all.min)}, max ${ms(all.max)})`, '—');
    if (defined.has('kw-pathway') && want('pathway')) {
      const p = await pathwayVsFloor(browser, origin);
      row('Pathway page vs the same SVG as static markup (navigation → first frame)', `${ms(p.widget.median)} vs ${ms(p.floor.median)} = ${p.ratio.toFixed(2)}×`, 'goal ≤ 2×');
    }
    if (defined.has('kw-neuron-growth') && want('neuron')) {
      // The default neuron (seed 1) has over 2,000 segments and spines (asserted in tests/neuron-growth-model.test.ts).
      for (const [label, markup] of [
        ['restore scene', '<kw-neuron-growth autoplay loop></kw-neuron-growth>'],
        ['grow scene', '<kw-neuron-growth scene="grow" autoplay loop></kw-neuron-growth>'],
        ['compare scene, 900 px wide', '<kw-neuron-growth scene="compare" autoplay loop style="width:900px"></kw-neuron-growth>'],
      ]) {
        const d = await neuronFrames(browser, origin, markup, label.split(' ')[0]);
        row(`Neuron animation: script per frame, ${label} (${d.frames} frames in 5 s)`, `${ms(d.median)} median (max ${ms(d.max)})`, 'goal ≤ 1 ms');
      }
      const f = await neuronFirstFrame(browser, origin);
      row('Neuron animation: first frame that shows the drawing, counted from upgrade', `frame ${f.median} (min ${f.min}, max ${f.max})`, 'goal ≤ frame 1');
    }
    if (want('validation')) {
      for (const t of await validationTimes(browser, origin)) row(`Validation of the largest allowed input: ${t.name} (${t.size})`, `${ms(t.median)} median (max ${ms(t.max)})`, '—');
    }
  }

  // Group "pre-rendered page": the widgets that `ketamine-widgets render` pre-renders today; each other is
  // reported as not pre-rendered yet, and the pages are measured without it.
  if (!ONLY || want('pre-rendered') || want('lighthouse')) {
    const renderable = serverRenderable(WIDGETS.filter((w) => defined.has(w.tag)));
    const notYet = [...renderable].filter(([, reason]) => reason);
    const prerendered = new Set([...renderable].filter(([, reason]) => !reason).map(([tag]) => tag));
    const which = prerendered.size === WIDGETS.length ? `all ${WIDGETS.length} widgets` : `${prerendered.size} of ${WIDGETS.length} widgets (${[...prerendered].map((t) => `<${t}>`).join(', ')})`;
    for (const [tag, reason] of notYet) row(`<${tag}>`, `not pre-rendered yet (ketamine-widgets render: ${reason})`, '—', undefined, PRE);

    if (!CHECK_ONLY && want('pre-rendered')) {
      const p = await prerenderedPathway(browser, origin, prerendered.has('kw-pathway'));
      if (p.mermaidNodes === 0) throw new Error('the Mermaid peer drew no nodes');
      if (p.prerendered) {
        const paintRatio = p.prerendered.paint.median / p.floor.paint.median;
        goalRow(
          'Pathway page pre-rendered (default content, with the module) vs the same SVG as static markup: navigation → first contentful paint (the diagram)',
          `${ms(p.prerendered.paint.median)} vs ${ms(p.floor.paint.median)} = ${paintRatio.toFixed(2)}×`,
          '≤ 1.1×',
          paintRatio <= 1.1,
          PRE,
        );
        row(
          '  the same pages, navigation → first frame after the diagram is ready (the pre-rendered one hydrated): the metric of the first table',
          `${ms(p.prerendered.median)} vs ${ms(p.floor.median)} = ${(p.prerendered.median / p.floor.median).toFixed(2)}×`,
          '—',
          undefined,
          PRE,
        );
        const mermaidRatio = p.mermaid.median / p.prerendered.paint.median;
        goalRow(
          `Mermaid's render of the same pathway (${p.mermaidNodes} nodes, mermaid.min.js, navigation → first frame after it is drawn) vs the pre-rendered page's first paint`,
          `${ms(p.mermaid.median)} vs ${ms(p.prerendered.paint.median)} = ${mermaidRatio.toFixed(1)}× (vs its hydrated frame: ${(p.mermaid.median / p.prerendered.median).toFixed(1)}×; vs the static SVG's paint: ${(p.mermaid.median / p.floor.paint.median).toFixed(1)}×)`,
          '≥ 20×',
          mermaidRatio >= 20,
          PRE,
        );
      } else {
        row(`Mermaid's render of the same pathway (${p.mermaidNodes} nodes, mermaid.min.js, navigation → first frame after it is drawn)`, `${ms(p.mermaid.median)} (min ${ms(p.mermaid.min)}, max ${ms(p.mermaid.max)}), ${(p.mermaid.median / p.floor.paint.median).toFixed(1)}× the static SVG's paint; the pre-rendered pathway: not pre-rendered yet`, '≥ 20× the pre-rendered page', undefined, PRE);
      }
    }
    if (prerendered.size && (!ONLY || want('pre-rendered'))) {
      const hydrating = prerender(shiftPage(prerendered, MODULE_SCRIPT));
      for (const [label, width] of [['phone', 375], ['desktop', 1280]]) {
        const cls = await layoutShift(browser, origin, hydrating, { width });
        row(`Cumulative layout shift through hydration, page with ${which} pre-rendered, plain module script (no blocking="render"), ${label} ${width} px (worst of 5)`, cls.toFixed(4), '0.00', cls < 0.0005, PRE);
      }
    }
    if (prerendered.size && !CHECK_ONLY && want('pre-rendered')) {
      const h = await hydrationCost(browser, origin, prerender(shiftPage(prerendered, '')));
      goalRow(
        `Hydration of ${which}: main-thread time from import to hydrated (script evaluation + hydration, from a trace; median of ${h.busy.n})`,
        `${ms(h.busy.median)} busy, of which ${ms(h.script.median)} script; longest task ${ms(h.longest.median)} (max ${ms(h.longest.max)}; ${ms(h.longestCpu.median)} of CPU time), of which ${ms(h.longestMicrotasks.median)} in microtasks (Lit's updates)`,
        'no task over 50 ms',
        h.longest.max <= 50,
        PRE,
      );
    }
    if (!CHECK_ONLY && want('lighthouse')) await lighthouseComparison(renderable);
  }

  if (ONLY) {
    console.log(rows.map((r) => `${r.verdict.padEnd(8)} ${r.measure}: ${r.value} (budget ${r.budget})`).join('\n'));
    process.exit(0);
  }
  const idle = await idleFrames(browser, origin, defined);
  for (const [state, frames] of Object.entries(idle)) row(`Idle animation frames in 2 s: ${state}`, String(frames), '0', frames === 0);

  // The documented snippet for widgets above the fold: <script type="module" blocking="render">, so they are
  // rendered in the first frame. Without it (and without reserved space) upgrading pushes later content down.
  const cls = await layoutShift(browser, origin, shiftPage(defined, '<script type="module" blocking="render" src="/dist/ketamine-widgets.js"></script>'));
  row(`Cumulative layout shift, page with ${defined.size} widgets, documented snippet (worst of 5)`, cls.toFixed(4), '0.00', cls < 0.0005);
  const clsPlain = await layoutShift(browser, origin, shiftPage(defined, MODULE_SCRIPT));
  row(`Cumulative layout shift, same page, plain module script and no reserved space (worst of 5)`, clsPlain.toFixed(3), '—');

  for (const widget of WIDGETS.filter((w) => defined.has(w.tag))) {
    const l = await leaks(browser, origin, widget);
    const left = ['timers', 'frames', 'observers', 'listeners'].filter((k) => l.after[k] > l.before[k]).map((k) => `${k} +${l.after[k] - l.before[k]}`);
    row(`Leaks: ${LEAK_CYCLES} mount/unmount of <${widget.tag}>: heap growth after GC`, kb(l.heapGrowth), '≤ 1 MB', l.heapGrowth <= BUDGET.heapGrowth);
    row(`Leaks: <${widget.tag}> timers, frames, observers, document/window listeners left`, left.length ? left.join(', ') : 'none', 'none', left.length === 0);
  }
  for (const tag of missing) row(`<${tag}>`, 'not built yet: not measured', '—');

  const version = (await browser.version()).replace('HeadlessChrome/', 'Chromium ');
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
  const table = (list) =>
    [
      `| measure | value | budget | verdict |`,
      `| --- | --- | --- | --- |`,
      ...list.map((r) => `| ${r.measure.replace(/</g, '&lt;')} | ${r.value} | ${r.budget} | ${r.verdict} |`),
    ].join('\n');
  const date = new Date().toISOString().slice(0, 10);
  const header = `Measured ${date} on ${machine}, ${version}, Node ${process.version}; ${SAMPLES} fresh pages per timing (median, min, max).`;
  console.log(`\n${header}\n\n${rows.map((r) => `${r.verdict.padEnd(8)} ${r.measure}: ${r.value} (budget ${r.budget})`).join('\n')}\n`);
  if (!CHECK_ONLY) {
    const preHeader = `Measured ${date} on ${machine}, ${version}, Node ${process.version}; ${SAMPLES} fresh pages per pathway timing (median), hydration traced on ${Math.min(SAMPLES, 5)} pages, Lighthouse ${LIGHTHOUSE_VERSION} ${LIGHTHOUSE_RUNS} runs per page.`;
    const preNote = [
      'Pages are pre-rendered by `ketamine-widgets render` (the CLI). A widget that it cannot render yet is listed as "not pre-rendered yet" and left out of the pages; Lighthouse\'s version (2) keeps it as a plain tag, which the script renders.',
      'Pathway: the budget is on the paint, navigation → first contentful paint, which on the pre-rendered and the static page is the diagram; the next row gives the metric of the first table, navigation → the first frame after the diagram is ready, which for the pre-rendered page includes loading the module and hydrating. Mermaid draws the flowchart from its text in the page (mermaid.min.js, a classic script); its diagram is painted in the frame after it is drawn.',
      'Layout shift: worst of 5 loads, from navigation until 1.5 s after every widget has hydrated. Hydration: the page loads and paints without the module, then imports it under a trace of the renderer\'s main thread until every widget has hydrated and two frames have passed; busy is the sum of its tasks, script the union of its compile, evaluate, call and microtask events.',
      'Lighthouse: the default mobile preset (simulated throttling: 4× CPU slowdown, 150 ms round trip, 1.6 Mbps), performance only, headless Debian Chromium; the pages are served gzip-encoded on loopback, as a host would serve them. Lantern estimates FCP from the load it observed: when the module, fetched over loopback in milliseconds, has run before Chromium\'s first paint, the estimate includes its download, so FCP of a page with the module differs from run to run; each run\'s FCP is listed. "goal met" / "goal missed": a timing budget, reported and not enforced (timings are noisy on 2 shared cores).',
    ].join(' ');
    const main = rows.filter((r) => !r.group);
    const pre = rows.filter((r) => r.group === PRE);
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(
      join(ROOT, 'bench/results.md'),
      `# Benchmark results\n\n${header}\n\n${table(main)}\n\nThe size budget is the ceiling in \`bench/size-ceiling.json\`: a change may raise it only by what a new feature needs, measured and stated (gzip and Brotli); otherwise it only goes down. Content and languages are never dropped to save bytes.\n\nReference points (measured on this machine kind): Mermaid ~730 KB gzip JS and ~750 ms for a 15-node flowchart; Lottie's light player 46 KB gzip; a static SVG is the floor (no JavaScript).\n` +
        (pre.length ? `\n## Pre-rendered page\n\n${preHeader}\n\n${table(pre)}\n\n${preNote}\n` : ''),
    );
    console.log('wrote bench/results.md');
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`\n${failures.length} budget(s) missed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('all deterministic budgets met');
