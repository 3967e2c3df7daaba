// npm run bench        – measures dist/ketamine-widgets.js in real Chromium and writes bench/results.md
// npm run bench:check  – only the deterministic budgets (size, idle frames, layout shift, leaks); exits 1 on a miss
//
// Timing figures are reported, never asserted: CI machines are noisy. Each timing sample uses a fresh page.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { bundleModule } from '../scripts/bundle.mjs';
import { launchChromium, serveDirectory } from '../scripts/chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLE = join(ROOT, 'dist/ketamine-widgets.js');
const CHECK_ONLY = process.argv.includes('--check');
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const LEAK_CYCLES = Number(process.env.BENCH_LEAK_CYCLES ?? 1000);
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
      .replaceAll("from './", "from '../../../src/");
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

async function pathwayVsFloor(browser, origin) {
  const probe = await newPage(browser, '/__bench/svg', page('<kw-pathway></kw-pathway>', '<script type="module" src="/dist/ketamine-widgets.js"></script>'));
  await probe.goto(`${origin}/__bench/svg`);
  const svg = await probe.evaluate(async () => {
    await customElements.whenDefined('kw-pathway');
    const el = document.querySelector('kw-pathway');
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    return el.toSVG();
  });
  await probe.close();
  const timeToFrame = async (path, body, head) => {
    const samples = [];
    for (let i = 0; i < SAMPLES; i++) {
      const tab = await newPage(browser, path, page(body, head));
      await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
      samples.push(
        await tab.evaluate(async () => {
          const el = document.querySelector('kw-pathway');
          if (el) {
            await customElements.whenDefined('kw-pathway');
            await el.updateComplete;
          }
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
          return performance.now();
        }),
      );
      await tab.close();
    }
    return stats(samples);
  };
  const widget = await timeToFrame('/__bench/pathway-widget', '<kw-pathway></kw-pathway>', '<script type="module" src="/dist/ketamine-widgets.js"></script>');
  const floor = await timeToFrame('/__bench/pathway-static', svg, '');
  return { widget, floor, ratio: widget.median / floor.median };
}

async function neuronFrames(browser, origin, markup, label) {
  const tab = await newPage(browser, `/__bench/neuron-${label}`, page(markup, INSTRUMENT + '<script type="module" src="/dist/ketamine-widgets.js"></script>'));
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
    const tab = await newPage(browser, '/__bench/neuron-first', page('<main id="root"></main>', '<script type="module" src="/dist/ketamine-widgets.js"></script>'));
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
    const tab = await newPage(browser, `/__bench/idle-${name}`, page(body, INSTRUMENT + '<script type="module" src="/dist/ketamine-widgets.js"></script>'));
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

async function layoutShift(browser, origin, defined, blocking = true) {
  const body = `<header style="padding:16px"><h1>Ketamine treatment</h1><p>Intro paragraph of a clinic page.</p></header>
    ${WIDGETS.filter((w) => defined.has(w.tag)).map((w) => `<section style="padding:16px">${w.markup}<p>Text after the widget.</p></section>`).join('')}
    <footer style="padding:16px"><p>Footer text.</p></footer>`;
  const head = `<script>window.__cls = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });</script>
    <script type="module"${blocking ? ' blocking="render"' : ''} src="/dist/ketamine-widgets.js"></script>`;
  const values = [];
  for (let i = 0; i < 5; i++) {
    const tab = await newPage(browser, '/__bench/cls', page(body, head));
    await tab.goto(`${origin}/__bench/cls`, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1500));
    values.push(await tab.evaluate(() => window.__cls));
    await tab.close();
  }
  return Math.max(...values);
}

async function leaks(browser, origin, widget) {
  const tab = await newPage(browser, `/__bench/leak-${widget.tag}`, page('<div id="host"></div>', INSTRUMENT + '<script type="module" src="/dist/ketamine-widgets.js"></script>'));
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

// ---------------------------------------------------------------------------------------------- run
const server = await serveDirectory(ROOT, pages);
const { origin } = server;
const browser = await launchChromium(['--js-flags=--expose-gc']);

const failures = [];
const rows = [];
const row = (measure, value, budget, ok) => {
  rows.push({ measure, value, budget, verdict: ok === undefined ? 'reported' : ok ? 'pass' : 'FAIL' });
  if (ok === false) failures.push(`${measure}: ${value} (budget ${budget})`);
};

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

  if (ONLY) {
    console.log(rows.map((r) => `${r.verdict.padEnd(8)} ${r.measure}: ${r.value} (budget ${r.budget})`).join('\n'));
    process.exit(0);
  }
  const idle = await idleFrames(browser, origin, defined);
  for (const [state, frames] of Object.entries(idle)) row(`Idle animation frames in 2 s: ${state}`, String(frames), '0', frames === 0);

  // The documented snippet for widgets above the fold: <script type="module" blocking="render">, so they are
  // rendered in the first frame. Without it (and without reserved space) upgrading pushes later content down.
  const cls = await layoutShift(browser, origin, defined);
  row(`Cumulative layout shift, page with ${defined.size} widgets, documented snippet (worst of 5)`, cls.toFixed(4), '0.00', cls < 0.0005);
  const clsPlain = await layoutShift(browser, origin, defined, false);
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
  const table = [
    `| measure | value | budget | verdict |`,
    `| --- | --- | --- | --- |`,
    ...rows.map((r) => `| ${r.measure.replace(/</g, '&lt;')} | ${r.value} | ${r.budget} | ${r.verdict} |`),
  ].join('\n');
  const header = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, ${version}, Node ${process.version}; ${SAMPLES} fresh pages per timing (median, min, max).`;
  console.log(`\n${header}\n\n${rows.map((r) => `${r.verdict.padEnd(8)} ${r.measure}: ${r.value} (budget ${r.budget})`).join('\n')}\n`);
  if (!CHECK_ONLY) {
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results.md'), `# Benchmark results\n\n${header}\n\n${table}\n\nThe size budget is the ceiling in \`bench/size-ceiling.json\`: a change may raise it only by what a new feature needs, measured and stated (gzip and Brotli); otherwise it only goes down. Content and languages are never dropped to save bytes.\n\nReference points (measured on this machine kind): Mermaid ~730 KB gzip JS and ~750 ms for a 15-node flowchart; Lottie's light player 46 KB gzip; a static SVG is the floor (no JavaScript).\n`);
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
