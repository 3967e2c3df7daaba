// npm run check-recipes: the pre-rendering recipes of docs (tests/recipes/) built as a user would, against the packed
// package: Eleventy (a transform calling renderToString), Astro (a component calling it) and plain HTML (the CLI).
// Each built page must hold every widget pre-rendered (declarative shadow DOM) and the module that hydrates it;
// a widget written wrong must fail the build with its line. Needs the npm registry for Eleventy and Astro.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { check, failures } from './checks.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'kw-recipes-'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NO_UPDATE_NOTIFIER: '1', ASTRO_TELEMETRY_DISABLED: '1' } });

/** Every kw- element of `html` is followed by its declarative shadow root; returns the tags found. */
function assertPrerendered(html, expected, where) {
  const tags = [...html.matchAll(/<(kw-[a-z-]+)\b[^>]*>(<template shadowroot(?:mode)?="open")?/g)];
  const bare = tags.filter((m) => !m[2]).map((m) => m[1]);
  if (bare.length) throw new Error(`${where}: not pre-rendered: ${bare.join(', ')}`);
  const found = tags.map((m) => m[1]);
  const missing = expected.filter((tag) => !found.includes(tag));
  if (missing.length) throw new Error(`${where}: missing ${missing.join(', ')} (found ${found.join(', ') || 'none'})`);
  return found;
}

const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT));
const tarball = join(work, packed.filename);
const ALL = ['kw-pathway', 'kw-side-effects', 'kw-neuron-growth', 'kw-disclaimer'];

/** Copies a recipe out of the repository and installs it with the packed package, as a user's project would. */
function install(name) {
  const dir = join(work, name);
  cpSync(join(ROOT, 'tests/recipes', name), dir, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  pkg.dependencies['ketamine-widgets'] = `file:${tarball}`;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], dir);
  return dir;
}

await check('Eleventy 3: a transform pre-renders every page (en, and es from a src file); a bad widget fails the build with its page and line', () => {
  const dir = install('eleventy');
  run('npm', ['run', 'build'], dir);
  const en = readFileSync(join(dir, '_site/index.html'), 'utf8');
  const es = readFileSync(join(dir, '_site/es/index.html'), 'utf8');
  assertPrerendered(en, ALL, 'index.html');
  assertPrerendered(es, ['kw-side-effects', 'kw-disclaimer'], 'es/index.html');
  if (!/kw-ssr="es\|/.test(es) || !es.includes('Lo que cuentan nuestros pacientes')) throw new Error('es/index.html: not rendered in Spanish from /data/side-effects.json');
  if (!en.includes('src="/js/ketamine-widgets.js"') || !readFileSync(join(dir, '_site/js/ketamine-widgets.js'), 'utf8').length) throw new Error('the module is not served');
  writeFileSync(join(dir, 'src/bad.md'), '---\nlayout: base.njk\ntitle: Bad\n---\n\n<kw-disclaimer variant="popup"></kw-disclaimer>\n');
  try {
    run('npm', ['run', 'build'], dir);
  } catch (error) {
    const said = `${error.stdout}${error.stderr}`;
    if (!/<kw-disclaimer>: variant="popup" is not one of/.test(said)) throw new Error(`the failed build did not say why:\n${said.slice(-1500)}`);
    return `${(en.length / 1024).toFixed(0)} KB page`;
  }
  throw new Error('a page with variant="popup" built without an error');
});

await check('Astro 5: a component pre-renders its slot (es); the bundled module hydrates it', () => {
  const dir = install('astro');
  run('npm', ['run', 'build'], dir);
  const page = readFileSync(join(dir, 'dist/index.html'), 'utf8');
  assertPrerendered(page, ALL, 'dist/index.html');
  if (!/kw-ssr="es\|/.test(page)) throw new Error('not rendered in Spanish');
  if (!/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/.test(page)) throw new Error('no bundled module script in the page');
  return `${(page.length / 1024).toFixed(0)} KB page`;
});

await check('plain HTML: ketamine-widgets render page.html > out.html', () => {
  const dir = join(work, 'plain');
  cpSync(join(ROOT, 'tests/recipes/plain'), dir, { recursive: true });
  const out = run(process.execPath, [join(ROOT, 'bin/ketamine-widgets.mjs'), 'render', 'page.html'], dir);
  assertPrerendered(out, ALL, 'out.html');
  return `${(out.length / 1024).toFixed(0)} KB page`;
});

rmSync(work, { recursive: true, force: true });
if (failures.length) {
  console.log(`\n${failures.length} recipe check(s) failed`);
  process.exit(1);
}
