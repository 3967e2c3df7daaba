// npm run test:storybook – opens every story of the built storybook-static/ in Chromium, in light and dark,
// and fails on a console error, an uncaught error, a failed render, or any axe violation (WCAG 2.1 AA).
// Run `npm run build-storybook` first.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { launchChromium, serveDirectory } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const STATIC = join(ROOT, 'storybook-static');
if (!existsSync(join(STATIC, 'index.json'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const only = process.env.STORY_FILTER;

// Requests a story makes on purpose that fail (its error states) are expected; everything else is a problem.
const EXPECTED_FAILED_REQUEST = /does-not-exist|missing|\/favicon\.ico$/;

const server = await serveDirectory(STATIC);
const browser = await launchChromium();
let passed = 0;
const failures = [];

async function checkStory(story, scheme) {
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
  const url = `${server.origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=scheme:${scheme}`;
  await tab.goto(url, { waitUntil: 'load' });
  try {
    await tab.waitForFunction(
      () => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'),
      { timeout: 15000 },
    );
  } catch {
    problems.push('the story did not render within 15 s');
  }
  const state = await tab.evaluate(async () => {
    const root = document.getElementById('storybook-root');
    const widgets = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('kw-'));
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
  });
  if (state.error) problems.push(`render failed: ${state.error}`);
  if (state.undefinedWidgets.length) problems.push(`not upgraded: ${state.undefinedWidgets.join(', ')}`);
  if (!state.error) {
    await tab.evaluate(axeSource);
    const violations = await tab.evaluate(async () => {
      const result = await window.axe.run(document.getElementById('storybook-root'), {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
    });
    problems.push(...violations.map((v) => `axe ${v}`));
  }
  await tab.close();
  const name = `${story.title} / ${story.name} [${scheme}]`;
  if (problems.length) failures.push(`${name}\n    ${problems.join('\n    ')}`);
  else passed += 1;
  process.stdout.write(problems.length ? `✗ ${name}\n` : `✓ ${name}\n`);
}

try {
  for (const story of stories) {
    if (only && !story.id.includes(only)) continue;
    for (const scheme of ['light', 'dark']) await checkStory(story, scheme);
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length) console.error(`\n${failures.length} story check(s) failed:\n- ${failures.join('\n- ')}`);
console.log(`storybook: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
