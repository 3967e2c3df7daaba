// npm run test:storybook – opens every story of the built storybook-static/ in Chromium, in light and dark,
// and fails on a console error, an uncaught error, a failed render, or any axe violation (WCAG 2.1 AA).
// Run `npm run build-storybook` first.
// npm run test:storybook:dev – the same checks against the dev server that `npm start` runs (started on a free
// port, stopped by its PID): one story of each widget, each widget's docs page, a guide and the embed builder,
// and the built module served where the builder's snippets load it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { launchChromium, serveDirectory } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const STATIC = join(ROOT, 'storybook-static');
const DEV = process.argv.includes('--dev');
/** Where `.storybook/main.ts` serves dist/, and so where the embed builder's snippets load the module. */
const BUNDLE_PATH = '/widgets/ketamine-widgets.js';
if (!DEV && !existsSync(join(STATIC, 'index.json'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const only = process.env.STORY_FILTER;

// Requests a story makes on purpose that fail (its error states) are expected; everything else is a problem.
const EXPECTED_FAILED_REQUEST = /does-not-exist|missing|\/favicon\.ico$/;

function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** `npm start` as a newcomer runs it, on a free port; resolves once the story index answers. */
async function startDevServer() {
  const port = await freePort();
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true', STORYBOOK_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // Its own process group: npm, the analyzer and Storybook stop together.
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 120000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${origin}/index.json`);
      if (response.ok) return { origin, close: stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`npm start did not serve ${origin}/index.json within 120 s:\n${output.slice(-3000)}`);
}

/** In the dev server: the first story of each widget, every widget's docs page, one guide, the builder. */
function devSample(entries) {
  const picked = [];
  const seen = new Set();
  for (const entry of entries) {
    const key = `${entry.title}|${entry.type}`;
    const widget = entry.title.startsWith('Widgets/');
    const wanted = widget || entry.id === 'guides-getting-started--docs' || entry.id.startsWith('guides-embed-code-builder--');
    if (!wanted || seen.has(key)) continue;
    seen.add(key);
    picked.push(entry);
  }
  return picked;
}

const { origin, close } = DEV ? await startDevServer() : await serveDirectory(STATIC);
const index = await (await fetch(`${origin}/index.json`)).json();
const entries = Object.values(index.entries);
const checked = DEV ? devSample(entries) : entries.filter((entry) => entry.type === 'story');
const browser = await launchChromium();
let passed = 0;
const failures = [];

function report(name, problems) {
  if (problems.length) failures.push(`${name}\n    ${problems.join('\n    ')}`);
  else passed += 1;
  process.stdout.write(problems.length ? `✗ ${name}\n` : `✓ ${name}\n`);
}

/** Opens a story or docs page; fails on console errors, a failed render, a widget that never upgrades, axe. */
async function checkEntry(entry, scheme) {
  const docs = entry.type === 'docs';
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1000, height: 800 });
  const problems = [];
  tab.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const source = message.location()?.url ?? '';
    if (/Failed to load resource/.test(text) && EXPECTED_FAILED_REQUEST.test(source)) return;
    problems.push(`console.error: ${text}${source ? ` (${source})` : ''}`);
  });
  tab.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}&globals=scheme:${scheme}`;
  await tab.goto(url, { waitUntil: 'load' });
  const seconds = DEV ? 60 : 15;
  try {
    await tab.waitForFunction(
      (isDocs) =>
        document.body.classList.contains('sb-show-errordisplay') ||
        (document.body.classList.contains('sb-show-main') && (!isDocs || document.querySelector('#storybook-docs .sbdocs-content'))),
      { timeout: seconds * 1000 },
      docs,
    );
  } catch {
    problems.push(`the ${docs ? 'docs page' : 'story'} did not render within ${seconds} s`);
  }
  const state = await tab.evaluate(async (isDocs) => {
    const root = document.getElementById(isDocs ? 'storybook-docs' : 'storybook-root');
    const widgets = root ? [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('kw-')) : [];
    // An element that is never defined must fail the check, not hang it.
    await Promise.race([
      Promise.all(widgets.map((w) => customElements.whenDefined(w.localName).then(() => w.updateComplete))),
      new Promise((r) => setTimeout(r, 5000)),
    ]);
    // Let src loads and first frames settle.
    await new Promise((r) => setTimeout(r, 400));
    return {
      error: document.body.classList.contains('sb-show-errordisplay') ? document.getElementById('error-message')?.textContent : null,
      widgets: widgets.length,
      undefinedWidgets: widgets.filter((w) => !w.shadowRoot).map((w) => w.localName),
    };
  }, docs);
  if (state.error) problems.push(`render failed: ${state.error}`);
  if (state.undefinedWidgets.length) problems.push(`not upgraded: ${state.undefinedWidgets.join(', ')}`);
  // A widget's story or docs page without a widget is the blank page a newcomer would see.
  if (entry.title.startsWith('Widgets/') && !entry.title.endsWith('/Data format') && state.widgets === 0) problems.push('no widget rendered');
  if (!state.error && !docs) {
    await tab.evaluate(axeSource);
    const violations = await tab.evaluate(async () => {
      // Storybook's accessibility addon runs axe in the same page; on a busy machine its run may still be going.
      let result;
      for (let attempt = 0; !result; attempt++) {
        try {
          result = await window.axe.run(document.getElementById('storybook-root'), {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          });
        } catch (error) {
          if (attempt > 50 || !String(error?.message).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
    });
    problems.push(...violations.map((v) => `axe ${v}`));
  }
  await tab.close();
  report(`${entry.title} / ${entry.name} [${scheme}]`, problems);
}

/** The embed builder's snippets load the built module from beside Storybook: it must be served there as JS. */
async function checkBundleServed() {
  const response = await fetch(`${origin}${BUNDLE_PATH}`);
  const type = response.headers.get('content-type') ?? '';
  const ok = response.ok && /javascript/.test(type);
  report(`${BUNDLE_PATH} (the embed builder's script URL)`, ok ? [] : [`answered ${response.status} ${type}`]);
}

/** In the dev server, the builder's "pre-rendered HTML" comes from /__prerender (the CLI). */
async function checkPrerenderRoute() {
  const response = await fetch(`${origin}/__prerender`, { method: 'POST', body: '<kw-disclaimer lang="es"></kw-disclaimer>' });
  const text = await response.text();
  const ok = response.ok && /<kw-disclaimer [^>]*kw-ssr="es\|[^"]*"><template shadowroot/.test(text);
  report('/__prerender (the embed builder\'s pre-rendered HTML)', ok ? [] : [`answered ${response.status}: ${text.slice(0, 200)}`]);
}

try {
  await checkBundleServed();
  if (DEV) await checkPrerenderRoute();
  for (const entry of checked) {
    if (only && !entry.id.includes(only)) continue;
    for (const scheme of DEV ? ['light'] : ['light', 'dark']) {
      await checkEntry(entry, scheme).catch((error) => report(`${entry.title} / ${entry.name} [${scheme}]`, [`check failed: ${error.message}`]));
    }
  }
} finally {
  await browser.close();
  close();
}

if (failures.length) console.error(`\n${failures.length} check(s) failed:\n- ${failures.join('\n- ')}`);
console.log(`storybook${DEV ? ' (dev server)' : ''}: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
