// npm run check-package: the packed tarball as an app developer gets it, offline. Packs with `npm pack`, checks the
// file list, runs publint and arethetypeswrong on the tarball, installs it into a temporary app (the other packages
// linked from this checkout's node_modules), type-checks the React, Vue and Svelte fixtures of tests/package/ against it, and
// bundles one-element apps with Vite: each must hold only its own element, and Lit once.
// Run after `npm run build`. Prints the figures; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { check, failures } from './checks.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const TAGS = ['kw-disclaimer', 'kw-pathway', 'kw-side-effects', 'kw-neuron-growth'];
const work = mkdtempSync(join(tmpdir(), 'kw-package-'));
const app = join(work, 'app');

const run = (command, args, cwd = app) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } });
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// ------------------------------------------------------------------------------------------------ pack
const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT));
const tarball = join(work, packed.filename);
const files = packed.files.map((f) => f.path).sort();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

await check('tarball holds LICENSE, both builds with their maps, types, the manifest and IDE data; no sources or tests', () => {
  const has = new Set(files);
  const elementModules = TAGS.map((tag) => tag.replace(/^kw-/, '')).map((name) => `dist/esm/components/${name}/${name}.js`);
  const required = [
    'LICENSE',
    'README.md',
    'package.json',
    'dist/ketamine-widgets.js',
    'dist/ketamine-widgets.js.map',
    'dist/esm/index.js',
    'dist/esm/server/render.js',
    'dist/types/server/render.d.ts',
    'bin/ketamine-widgets.mjs',
    ...elementModules,
    ...elementModules.map((m) => m.replace(/^dist\/esm\//, 'dist/types/').replace(/\.js$/, '.d.ts')),
    'dist/types/index.d.ts',
    'dist/custom-elements.json',
    'dist/integrations/react.d.ts',
    'dist/integrations/vue.d.ts',
    'dist/integrations/svelte.d.ts',
    'dist/integrations/vscode.html-custom-data.json',
    'dist/integrations/vscode.css-custom-data.json',
    'dist/integrations/web-types.json',
  ];
  const missing = required.filter((f) => !has.has(f));
  const stray = files.filter((f) => /^(src|tests|stories|scripts|bench|docs|\.storybook|\.ci)\//.test(f) || (/\.(ts|tsx|mts|vue)$/.test(f) && !f.endsWith('.d.ts')));
  // Every module has an external map (never inline) that carries its sources, so no source file needs shipping.
  const modules = files.filter((f) => f.endsWith('.js'));
  // A module of nothing but import and export statements (dist/esm/index.js) has no code to map.
  const onlyReexports = (code) => code.split('\n').every((line) => !line.trim() || /^(import|export) .*;$/.test(line) || line.startsWith('//'));
  const unmapped = modules.filter((f) => {
    const code = readFileSync(join(ROOT, f), 'utf8');
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    if (!url && onlyReexports(code)) return false;
    if (!url || url.startsWith('data:')) return true;
    const mapPath = join(f, '..', url);
    if (!has.has(mapPath)) return true;
    const map = JSON.parse(readFileSync(join(ROOT, mapPath), 'utf8'));
    return map.sources.length !== (map.sourcesContent ?? []).filter((s) => typeof s === 'string').length;
  });
  const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
  const exported = targets(pkg.exports);
  const unexported = [...new Set([...exported, pkg.main, pkg.types, pkg.customElements, pkg['web-types']].map((p) => p.replace(/^\.\//, '')))].filter((p) => !has.has(p));
  const problems = [
    missing.length && `missing: ${missing.join(', ')}`,
    stray.length && `should not be published: ${stray.join(', ')}`,
    unmapped.length && `no external source map with sources: ${unmapped.join(', ')}`,
    unexported.length && `package.json names files not in the tarball: ${unexported.join(', ')}`,
  ].filter(Boolean);
  if (problems.length) throw new Error(problems.join('\n'));
  return `${packed.filename}, ${files.length} files, ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked`;
});

await check('publint --strict', () => run(bin('publint'), ['run', tarball, '--strict', '--pack', 'false'], work).trim().split('\n').pop());
// ESM only, like the browsers the elements run in: the CommonJS and node10 resolutions are not offered.
await check('arethetypeswrong (esm-only profile)', () => (run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], work), 'no problems'));

// --------------------------------------------------------------------------------------- install into an app
mkdirSync(join(app, 'node_modules/ketamine-widgets'), { recursive: true });
run('tar', ['-xzf', tarball, '-C', join(app, 'node_modules/ketamine-widgets'), '--strip-components=1']);
for (const name of readdirSync(join(ROOT, 'node_modules'))) {
  if (name !== 'ketamine-widgets' && !name.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', name), join(app, 'node_modules', name));
}
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'fixture-app', private: true, type: 'module' }));
cpSync(join(ROOT, 'tests/package'), app, { recursive: true });

await check('the installed CLI pre-renders a page (ketamine-widgets render) and its renderToString is importable from ketamine-widgets/server', () => {
  writeFileSync(join(app, 'page.html'), '<!doctype html><html lang="es"><body><kw-disclaimer></kw-disclaimer></body></html>');
  const out = run(process.execPath, [join(app, 'node_modules/ketamine-widgets', pkg.bin['ketamine-widgets']), 'render', 'page.html']);
  if (!/<kw-disclaimer [^>]*kw-ssr="es\|[^"]*"[^>]*><template shadowroot(mode)?="open"/.test(out)) throw new Error(`no pre-rendered disclaimer in:\n${out.slice(0, 400)}`);
  const api = run(process.execPath, ['--input-type=module', '-e', "const m = await import('ketamine-widgets/server'); console.log(typeof m.renderToString)"]);
  if (api.trim() !== 'function') throw new Error(`ketamine-widgets/server exports renderToString as ${api}`);
  return `${kb(Buffer.byteLength(out))} of HTML for one disclaimer`;
});
await check('React 19 TSX fixture type-checks with tsc (typed props, attributes, events and detail; wrong values fail)', () => run(bin('tsc'), ['-p', 'react/tsconfig.json']));
await check('Svelte 5 element types type-check with tsc against svelte/elements', () => run(bin('tsc'), ['-p', 'svelte/tsconfig.json']));
await check('Vue 3 SFC fixture type-checks with vue-tsc (strictTemplates; wrong values and detail fields fail)', () => run(bin('vue-tsc'), ['-p', 'vue/tsconfig.json']));

// ------------------------------------------------------------------------------------ per-element bundles
/** Bundles `source` as an app's entry with Vite's defaults; resolves to the JavaScript it ships. */
async function appBundle(name, source) {
  const dir = join(app, 'bundles', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.js'), source);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  await build({ root: dir, configFile: false, logLevel: 'error', build: { outDir: join(dir, 'dist') } });
  const assets = join(dir, 'dist/assets');
  return readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
}
const definesTag = (code, tag) => new RegExp(`["'\`]${tag}["'\`]`).test(code);
const litCopies = (code) => (code.match(/litHtmlVersions/g) ?? []).length;
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const figures = {};

for (const tag of TAGS) {
  const subpath = tag.replace(/^kw-/, '');
  await check(`a Vite app importing ketamine-widgets/${subpath} ships ${tag} alone`, async () => {
    const code = await appBundle(subpath, `import 'ketamine-widgets/${subpath}';\n`);
    const others = TAGS.filter((t) => t !== tag && definesTag(code, t));
    if (!definesTag(code, tag)) throw new Error(`${tag} is not in the bundle`);
    if (others.length) throw new Error(`the bundle also holds ${others.join(', ')}`);
    if (litCopies(code) !== 1) throw new Error(`Lit appears ${litCopies(code)} times`);
    figures[subpath] = gzip(code);
    return `${kb(gzip(code))} gzip with Lit (${kb(code.length)} minified)`;
  });
}

// An app with a Lit element of its own: the package's build shares the app's Lit; the script-tag module brings its own.
const ownElement = `import { LitElement, html } from 'lit';\ncustomElements.define('app-root', class extends LitElement { render() { return html\`<kw-disclaimer></kw-disclaimer>\`; } });\n`;
await check('a Vite app with its own Lit element and all four widgets has Lit once', async () => {
  const code = await appBundle('shared-lit', `${ownElement}import 'ketamine-widgets';\n`);
  if (litCopies(code) !== 1) throw new Error(`Lit appears ${litCopies(code)} times`);
  if (!TAGS.every((tag) => definesTag(code, tag))) throw new Error('not every widget is in the bundle');
  figures.all = gzip(code);
  const control = await appBundle('script-tag-module', `${ownElement}import 'ketamine-widgets/dist/ketamine-widgets.js';\n`);
  // The control proves the count: the self-contained module does bring a second Lit.
  if (litCopies(control) !== 2) throw new Error(`the self-contained module in a Lit app should give 2 copies of Lit, gave ${litCopies(control)}`);
  return `${kb(figures.all)} gzip, ${kb(code.length)} minified (with the script-tag module instead: ${kb(gzip(control))} gzip, ${kb(control.length)} minified, Lit twice)`;
});

rmSync(work, { recursive: true, force: true });
if (failures.length) {
  console.log(`\ncheck-package: ${failures.length} failed: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`\ncheck-package: all passed. App bundles (gzip): ${Object.entries(figures).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`);
