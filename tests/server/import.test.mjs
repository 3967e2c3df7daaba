// Safe to import on a server: Node with no DOM and no shim, as SSR frameworks load a page's imports.
// Each import runs in a fresh Node process, so one cannot hide another's globals.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Imports `specifier` in a new Node process and reports what it exported and which DOM globals exist after. */
function importInNode(specifier) {
  const probe = `const m = await import(${JSON.stringify(specifier)});
    console.log(JSON.stringify({ exports: Object.keys(m).sort(), HTMLElement: typeof HTMLElement, customElements: typeof customElements, document: typeof document }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out.trim().split('\n').pop());
}

test('the script-tag module imports in plain Node, defines nothing and adds no DOM globals', () => {
  const result = importInNode('./dist/ketamine-widgets.js');
  assert.deepEqual(result.exports, ['KwDisclaimer', 'KwElement', 'KwNeuronGrowth', 'KwPathway', 'KwSideEffects', 'VERSION']);
  assert.deepEqual([result.HTMLElement, result.customElements, result.document], ['undefined', 'undefined', 'undefined']);
});

test('the package entry and each element subpath import in plain Node', () => {
  for (const specifier of ['ketamine-widgets', 'ketamine-widgets/pathway', 'ketamine-widgets/disclaimer', 'ketamine-widgets/side-effects', 'ketamine-widgets/neuron-growth']) {
    assert.doesNotThrow(() => importInNode(specifier), specifier);
  }
});
