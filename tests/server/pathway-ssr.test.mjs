// <kw-pathway> rendered on a server with @lit-labs/ssr (its DOM shim, no browser): declarative shadow DOM with
// the diagram laid out for each breakpoint, the text version for readers without JavaScript, the same bytes
// every time. node --test runs each file in its own process, so the shim stays here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { BREAKPOINTS } from '../../dist/esm/components/pathway/breakpoints.js';
import '../../dist/esm/components/pathway/pathway.js';

const renderPathway = (lang) => collectResult(render(html`<kw-pathway lang=${lang}></kw-pathway>`));

/** The shadow root's markup without Lit's hydration comments. */
const shadowOf = (page) => {
  const start = page.indexOf('<template shadowroot="open" shadowrootmode="open">');
  assert.ok(start >= 0, 'a declarative shadow root');
  return page.slice(start, page.lastIndexOf('</template>')).replace(/<!--.*?-->|<style>.*?<\/style>/gs, '');
};
const count = (text, pattern) => text.match(pattern)?.length ?? 0;

for (const [lang, texts] of Object.entries({
  en: { title: 'How ketamine may ease depression', first: 'Low-dose ketamine', last: 'Mood lifts', heading: 'The pathway as text', stage: 'Receptors' },
  es: { title: 'Cómo podría la ketamina aliviar la depresión', first: 'Ketamina en dosis baja', last: 'Mejora el estado de ánimo', heading: 'La vía en forma de texto', stage: 'Receptores' },
})) {
  test(`renders the pathway in ${lang}: the diagram at each breakpoint, its labels and the text version`, async () => {
    const page = await renderPathway(lang);
    const shadow = shadowOf(page);
    assert.match(page, new RegExp(`<kw-pathway[^>]* kw-ssr="${lang}\\|default:`), 'the hydration key names the language and the data');
    assert.doesNotMatch(shadow, /kw-data-error|aria-busy/, 'no error and not loading');

    const variants = [...shadow.matchAll(/<div class="variant ([^"]*)">/g)].map((m) => m[1].split(' ').map((c) => Number(c.replace('at-', ''))));
    assert.ok(variants.length >= 3, `several layouts (${variants.length})`);
    assert.deepEqual(variants.flat(), BREAKPOINTS.map((_, i) => i), 'each breakpoint shows exactly one variant, in order');
    assert.equal(count(shadow, /<svg class="diagram [^"]*\bem\b/g), variants.length, 'one SVG per variant, sized in em');
    assert.match(shadow, /class="diagram[^"]*"[^>]*role="graphics-document"[^>]*aria-label="([^"]*)"/);
    assert.ok(shadow.includes(`aria-label="${texts.title}"`), 'the SVG is named by the title');

    // Every variant draws the 13 nodes of the main track, labelled in the language, with the stages.
    assert.equal(count(shadow, /<g class="node kind-/g), 13 * variants.length);
    const labels = [...shadow.matchAll(/<text class="label"[^>]*>(.*?)<\/text>/gs)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
    assert.ok(labels.includes(texts.first) && labels.includes(texts.last), `labels ${labels.slice(0, 13).join(' / ')}`);
    assert.ok(shadow.includes(`>${texts.stage}</text>`), 'stage labels');
    assert.equal(count(shadow, /<svg class="markers"/g), 1, 'the arrowheads once, for every variant');

    // The text version: an ordered list of every step, and the style that shows it without JavaScript.
    assert.ok(shadow.includes(texts.heading));
    const list = shadow.slice(shadow.indexOf('<div part="text"'));
    assert.equal(count(list.slice(0, list.indexOf('</ol>\n  </div>') + 1 || undefined), /<li>\s*<strong>/g), 13);
    assert.match(page, /@media \(scripting:\s*none\)\s*\{\s*\.text\.visually-hidden\{position:static !important/);
  });
}

test('renders the same markup every time', async () => {
  assert.equal(await renderPathway('en'), await renderPathway('en'));
  assert.equal(await renderPathway('es'), await renderPathway('es'));
});
