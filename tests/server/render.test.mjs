// renderToString and the CLI (ketamine-widgets render), from dist/, in Node.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../support/prerender-middleware.mjs';

const { renderToString, RenderError } = await import('../../dist/esm/server/render.js');
const { ATTRIBUTES } = await import('../../dist/esm/server/attributes.js');

/** The shadow root's markup of the first `tag` in `html`, without its styles and Lit's comment markers. */
function shadowOf(html, tag) {
  const start = html.indexOf(`<${tag}`);
  const open = html.indexOf('<template shadowroot', start);
  const close = html.lastIndexOf('</template>', html.indexOf(`</${tag}>`, start));
  assert.ok(start >= 0 && open > start && close > open, `${tag} has a declarative shadow root`);
  return html.slice(open, close).replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '');
}
const textOf = (markup) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

test('keeps the page as written around each widget, and the widget\'s attributes, inline data and text', async () => {
  const page = `<!doctype html>\n<html lang="es">\n<head><title>Clínica</title></head>\n<body>\n<p class="intro">Hola &amp; bienvenidos</p>\n<kw-disclaimer id="note" class="wide" data-x="1" region="US"><p>Nuestro propio aviso.</p></kw-disclaimer>\n<!-- a comment -->\n</body></html>\n`;
  const out = await renderToString(page);
  const [before, rest] = out.split('<kw-disclaimer');
  assert.equal(before, page.slice(0, page.indexOf('<kw-disclaimer')));
  assert.ok(out.endsWith('</kw-disclaimer>\n<!-- a comment -->\n</body></html>\n'));
  const startTag = `<kw-disclaimer${rest.slice(0, rest.indexOf('>') + 1)}`;
  for (const attribute of ['id="note"', 'class="wide"', 'data-x="1"', 'region="US"']) assert.ok(startTag.includes(attribute), `${attribute} in ${startTag}`);
  assert.match(startTag, / kw-ssr="es\|/);
  assert.ok(out.includes('</template><p>Nuestro propio aviso.</p></kw-disclaimer>'), 'light DOM after the shadow root');
  // The page's own text replaces the built-in one (as in the browser): the server knew the element has text of its own.
  assert.match(startTag, /\|authored"/);
});

test('every widget renders in English and Spanish, from the nearest lang', async () => {
  for (const tag of ['kw-disclaimer', 'kw-side-effects']) {
    const en = await renderToString(`<div lang="en"><${tag}></${tag}></div>`);
    const es = await renderToString(`<div lang="es-MX"><section><${tag}></${tag}></section></div>`);
    assert.notEqual(textOf(shadowOf(en, tag)), textOf(shadowOf(es, tag)), tag);
    assert.match(es, new RegExp(`<${tag} [^>]*kw-ssr="es-MX\\|`));
    assert.equal(await renderToString(`<div lang="en"><${tag}></${tag}></div>`), en, `${tag} renders the same twice`);
  }
  assert.match(textOf(shadowOf(await renderToString('<kw-disclaimer lang="es" region="US"></kw-disclaimer>'), 'kw-disclaimer')), /988/);
  assert.match(textOf(shadowOf(await renderToString('<kw-side-effects lang="es"></kw-side-effects>'), 'kw-side-effects')), /[Nn]áuseas/);
});

test('re-rendering pre-rendered output gives the same output', async () => {
  const once = await renderToString('<kw-side-effects set="iv"><script type="application/json">{"sets":[{"id":"a","label":"A","items":[{"id":"x","name":"X","frequency":"common","timing":"during","severity":"mild","sources":["spravato-label"]}]}]}</script></kw-side-effects>');
  assert.equal(await renderToString(once), once);
});

test('a src file is read beside the page (or from the root) and kept in the element for the browser', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-render-'));
  mkdirSync(join(dir, 'data'));
  const list = { sets: [{ id: 'mine', label: 'Mine', items: [{ id: 'x', name: 'A strange taste', frequency: 'common', timing: 'during', severity: 'mild', sources: ['spravato-label'] }] }] };
  writeFileSync(join(dir, 'data/list.json'), JSON.stringify(list));
  for (const src of ['data/list.json', '/data/list.json']) {
    const out = await renderToString(`<kw-side-effects src="${src}"></kw-side-effects>`, { baseDir: dir, rootDir: dir });
    assert.match(textOf(shadowOf(out, 'kw-side-effects')), /A strange taste/);
    assert.ok(out.includes(`<script type="text/plain" data-kw-src="${src}">${JSON.stringify(list)}</script></kw-side-effects>`));
  }
  await assert.rejects(renderToString('<kw-side-effects src="data/none.json"></kw-side-effects>', { baseDir: dir }), /line 1: <kw-side-effects>: src "data\/none.json" could not be read: there is no file/);
});

test('problems name the element and its line, all at once', async () => {
  const page = ['<main>', '<kw-disclaimer variant="popup"></kw-disclaimer>', '<kw-pathway heading-levle="3"></kw-pathway>', '<kw-side-effects heading-level="two"></kw-side-effects>', '<kw-pathwy></kw-pathwy>', '<kw-disclaimer strings="{title:1}"></kw-disclaimer>', '<kw-side-effects><script type="application/json">{"sets": [}</script></kw-side-effects>', '</main>'].join('\n');
  const error = await renderToString(page).then(() => undefined, (e) => e);
  assert.ok(error instanceof RenderError);
  assert.deepEqual(
    error.problems.map((p) => [p.line, p.tag, p.message.split(';')[0].split(':')[0]]),
    [
      [2, 'kw-disclaimer', 'variant="popup" is not one of "inline", "banner"'],
      [3, 'kw-pathway', 'has no attribute "heading-levle" (did you mean "heading-level"?)'],
      [4, 'kw-side-effects', 'heading-level="two" is not a number'],
      [5, 'kw-pathwy', 'is not a ketamine-widgets element (there are <kw-disclaimer>, <kw-neuron-growth>, <kw-pathway>, <kw-side-effects>)'],
      [6, 'kw-disclaimer', 'strings is not valid JSON'],
      [7, 'kw-side-effects', 'its inline <script> could not be used'],
    ],
  );
  assert.match(error.problems[5].message, /at line 1, column \d+/);
});

test('the attribute table matches the documented attribute types in custom-elements.json', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
    const rules = ATTRIBUTES[declaration.tagName];
    assert.deepEqual(Object.keys(rules).sort(), declaration.attributes.map((a) => a.name).sort(), declaration.tagName);
    for (const attribute of declaration.attributes) {
      const literals = attribute.type?.text.match(/^'[^']*'( \| '[^']*')*( \| undefined)?$/) ? [...attribute.type.text.matchAll(/'([^']*)'/g)].map((m) => m[1]) : undefined;
      if (literals) assert.deepEqual(rules[attribute.name].values, literals, `${declaration.tagName} ${attribute.name}`);
    }
  }
});

test('the CLI: render a file to standard output, or -o; exit 1 with the problems; exit 2 for a wrong command', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-cli-'));
  writeFileSync(join(dir, 'in.html'), '<!doctype html><html lang="es"><body>\n<kw-disclaimer></kw-disclaimer>\n</body></html>');
  const ok = await runCli(['render', join(dir, 'in.html')]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /<kw-disclaimer [^>]*kw-ssr="es\|[^"]*"><template shadowroot="open" shadowrootmode="open">/);
  assert.equal((await runCli(['render', join(dir, 'in.html'), '-o', join(dir, 'out.html')])).code, 0);
  assert.equal(readFileSync(join(dir, 'out.html'), 'utf8'), ok.stdout);

  const bad = await runCli(['render', '-'], 'line one\n<kw-disclaimer theme="purple"></kw-disclaimer>');
  assert.equal(bad.code, 1);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /^<stdin>:2: <kw-disclaimer>: theme="purple" is not one of "light", "dark", "auto"\n/);
  assert.match(bad.stderr, /1 problem; nothing was written/);

  for (const args of [[], ['draw', 'in.html'], ['render'], ['render', join(dir, 'missing.html')], ['render', 'a', 'b'], ['render', 'x', '--bogus']]) {
    const result = await runCli(args);
    assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, /^ketamine-widgets: /);
  }
  assert.match((await runCli(['--help'])).stdout, /^Usage: ketamine-widgets render/);
});
