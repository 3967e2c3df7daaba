// The pre-rendering guide shows the recipes exactly as npm run check-recipes builds them, with their versions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('the pre-rendering guide holds each recipe as built and tested, and names the versions tested', () => {
  const guide = read('stories/guide-prerendering.mdx');
  for (const recipe of ['tests/recipes/eleventy/eleventy.config.js', 'tests/recipes/astro/src/components/KetamineWidgets.astro']) {
    assert.ok(guide.includes(read(recipe).trim()), `${recipe} is in the guide as it is`);
  }
  const minor = (version) => version.split('.').slice(0, 2).join('.');
  assert.ok(guide.includes(`Eleventy ${minor(JSON.parse(read('tests/recipes/eleventy/package.json')).dependencies['@11ty/eleventy'])}`));
  assert.ok(guide.includes(`Astro ${minor(JSON.parse(read('tests/recipes/astro/package.json')).dependencies.astro)}`));
});
