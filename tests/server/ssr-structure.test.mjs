// What each widget renders on the server, as structure (elements with a part, headings, lists, controls), not
// bytes: the same in English and Spanish, and as recorded in snapshots/ssr-structure.json.
// UPDATE_SNAPSHOTS=1 npm run test:server records it again (review the diff).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseFragment } from 'parse5';

const { renderToString } = await import('../../dist/esm/server/render.js');
const SNAPSHOT = new URL('./snapshots/ssr-structure.json', import.meta.url);
const WIDGETS = {
  'kw-disclaimer': '<kw-disclaimer region="US" dismissible></kw-disclaimer>',
  'kw-side-effects': '<kw-side-effects></kw-side-effects>',
  'kw-pathway': '<kw-pathway></kw-pathway>',
  'kw-neuron-growth': '<kw-neuron-growth></kw-neuron-growth>',
};

/** The shadow root's outline: one line per element that has a part or a role, is a heading, list or control. */
function outline(html) {
  const [host] = parseFragment(html).childNodes.filter((n) => n.tagName?.startsWith('kw-'));
  const template = host.childNodes.find((n) => n.tagName === 'template');
  const lines = [];
  const walk = (node, depth) => {
    for (const child of node.childNodes ?? []) {
      if (!child.tagName) continue;
      const attr = (name) => child.attrs.find((a) => a.name === name)?.value;
      const notable = attr('part') || attr('role') || /^(h[1-6]|ul|ol|button|a|svg|canvas|figure|table)$/.test(child.tagName);
      if (notable && child.tagName !== 'style') {
        lines.push(`${'  '.repeat(depth)}${child.tagName}${attr('part') ? `[part=${attr('part')}]` : ''}${attr('role') ? `[role=${attr('role')}]` : ''}`);
      }
      if (child.tagName !== 'svg') walk(child.tagName === 'template' ? child.content : child, notable ? depth + 1 : depth);
    }
  };
  walk(template.content, 0);
  return lines;
}

const recorded = existsSync(SNAPSHOT) ? JSON.parse(readFileSync(SNAPSHOT, 'utf8')) : {};
const results = {};

for (const [tag, markup] of Object.entries(WIDGETS)) {
  test(`${tag} renders on the server with one structure in English and Spanish`, async () => {
    const en = outline(await renderToString(markup, { lang: 'en' }));
    const es = outline(await renderToString(markup, { lang: 'es' }));
    assert.deepEqual(es, en, 'Spanish has the structure of English');
    assert.ok(en.length > 3, `${tag} renders a structure`);
    results[tag] = en;
    if (!process.env.UPDATE_SNAPSHOTS) assert.deepEqual(en, recorded[tag], `${tag} structure changed: UPDATE_SNAPSHOTS=1 npm run test:server, and review the diff`);
  });
}

test.after(() => {
  if (process.env.UPDATE_SNAPSHOTS) writeFileSync(SNAPSHOT, `${JSON.stringify({ ...recorded, ...results }, null, 2)}\n`);
});
