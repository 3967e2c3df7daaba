// <kw-neuron-growth> rendered on a server (renderToString, from dist/): its poster frame as SVG with the caption,
// readout and sources a reader without JavaScript sees, the same every time for a seed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const { renderToString } = await import('../../dist/esm/server/render.js');

/** The shadow root's markup, without its styles and Lit's comment markers. */
async function shadowOf(html) {
  const out = await renderToString(html);
  const open = out.indexOf('<template shadowroot');
  const close = out.lastIndexOf('</template>');
  assert.ok(open >= 0 && close > open, 'the element has a declarative shadow root');
  return { out, shadow: out.slice(open, close).replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '') };
}
const textOf = (markup) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
/** The element with `part` (or the SVG poster with `class="poster"`) and its content, as markup. */
function partOf(shadow, part) {
  const match = new RegExp(`<(\\w+)[^>]*(part|class)="${part}"[^>]*>`).exec(shadow);
  assert.ok(match, `there is a ${part}`);
  const end = shadow.indexOf(`</${match[1]}>`, match.index);
  // The poster nests <svg> panels: up to its own end tag, the last before the canvas.
  const stop = part === 'poster' ? shadow.lastIndexOf('</svg>', shadow.indexOf('<canvas', match.index)) : end;
  return shadow.slice(match.index, stop + match[1].length + 3);
}
const posterOf = async (html) => partOf((await shadowOf(html)).shadow, 'poster');

const LANGUAGES = {
  en: { caption: /^1–2 weeks\. In mice, the branches still had more spines/, readout: /^Spines in this drawing: from (\d[\d,]*) to (\d[\d,]*)$/, sources: /^Sources \(animal studies/, labels: 'Before After' },
  es: { caption: /^1–2 semanas\. En ratones/, readout: /^Espinas en este dibujo: de (\d[\d.]*) a (\d[\d.]*)$/, sources: /^Fuentes \(estudios con animales/, labels: 'Antes Después' },
};

for (const [lang, expected] of Object.entries(LANGUAGES)) {
  test(`renders its poster frame as SVG with caption, readout and sources (${lang})`, async () => {
    const { shadow } = await shadowOf(`<div lang="${lang}"><kw-neuron-growth></kw-neuron-growth></div>`);
    const poster = partOf(shadow, 'poster');
    // An image named as the canvas is, described by the readout.
    const canvas = /<canvas[^>]*>/.exec(shadow)[0];
    const name = /aria-label="([^"]+)"/.exec(canvas)[1];
    assert.match(poster, /^<svg class="poster" role="img"/);
    assert.ok(poster.includes(`aria-label="${name}"`), 'the poster has the canvas\'s name');
    assert.match(poster, /aria-describedby="readout"/);
    assert.match(canvas, /aria-hidden="true"/, 'the canvas is hidden from screen readers while the poster shows');
    // Before beside after: two panels, the second reusing what they share, the new spines drawn in its own colour.
    assert.equal(poster.match(/<svg x="/g)?.length, 2);
    assert.match(poster, /<use href="#kw-d"\/>/);
    // Paths in the dendrite, spine and new-spine colours (classes on their groups), and the cell body.
    const colours = [...poster.matchAll(/<g (?:id="kw-\w" )?class="(d|s|n)">(?:<g id[^>]*>)?<path /g)].map(([, kind]) => kind);
    assert.deepEqual(new Set(colours), new Set(['d', 's', 'n']));
    assert.match(poster, /<path class="soma" d="M[\d. -]+Q/);
    const paths = [...poster.matchAll(/<path stroke-width="[\d.]+" d="([^"]+)"/g)].map(([, d]) => d);
    assert.ok(paths.length >= 10, `${paths.length} paths`);
    assert.ok(paths.every((d) => /^M[\d -]+[lmh]/.test(d)), 'each path draws');
    assert.ok(paths.reduce((n, d) => n + d.length, 0) > 5000, 'the whole neuron, not a placeholder');
    // Text a reader sees without JavaScript.
    assert.match(textOf(partOf(shadow, 'caption')), expected.caption);
    const [, before, after] = expected.readout.exec(textOf(partOf(shadow, 'readout')));
    assert.ok(Number(after.replace(/\D/g, '')) > Number(before.replace(/\D/g, '')), 'more spines after the dose than after stress');
    assert.match(textOf(partOf(shadow, 'sources')), expected.sources);
    assert.ok((partOf(shadow, 'sources').match(/<a class="kw-citation" href="https:/g)?.length ?? 0) >= 5, 'the sources link');
    assert.equal(textOf(partOf(shadow, 'panel-labels')), expected.labels);
    assert.doesNotMatch(partOf(shadow, 'panel-labels'), / hidden[ >=]/, 'the labels show');
  });
}

test('draws the same poster every time for a seed, and another for another seed', async () => {
  const page = '<kw-neuron-growth seed="4"></kw-neuron-growth>';
  assert.equal(await renderToString(page), await renderToString(page));
  const [four, five] = [await posterOf(page), await posterOf('<kw-neuron-growth seed="5"></kw-neuron-growth>')];
  assert.notEqual(four, five);
  const { out } = await shadowOf('<kw-neuron-growth seed="5"></kw-neuron-growth>');
  assert.match(out, /<kw-neuron-growth [^>]*kw-ssr="[^"]*\|restore\|5"/, 'the seed is in the hydration key');
});

test('every scene renders its stills, and an SWC file given inline is drawn instead of the generated cell', async () => {
  for (const scene of ['grow', 'stress', 'restore', 'compare']) {
    const poster = await posterOf(`<kw-neuron-growth scene="${scene}" autoplay loop></kw-neuron-growth>`);
    assert.equal(poster.match(/<svg x="/g)?.length, 2, scene);
    assert.match(poster, /<g (id="kw-d" )?class="d"><path stroke-width/, scene);
  }
  const swc = '1 1 0 0 0 8 -1\n2 3 0 40 0 1 1\n3 3 0 80 0 1 2\n4 4 0 -60 0 1 1\n5 4 10 -140 0 1 4';
  const drawn = await posterOf(`<kw-neuron-growth><script type="text/x-swc">${swc}</script></kw-neuron-growth>`);
  assert.notEqual(drawn, await posterOf('<kw-neuron-growth></kw-neuron-growth>'));
  assert.match(drawn, /<path class="soma"/);
});

test('keeps the poster compact', async () => {
  const poster = await posterOf('<kw-neuron-growth></kw-neuron-growth>');
  const bytes = Buffer.byteLength(poster);
  const gzip = gzipSync(poster, { level: 9 }).length;
  assert.ok(bytes < 34000 && gzip < 13000, `poster ${bytes} B, ${gzip} B gzip`);
});
