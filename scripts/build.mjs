// Builds dist/ from one source, two ways:
//   dist/ketamine-widgets.js   the single minified module for script tags, Lit inside (+ .map)
//   dist/esm/                  unbundled ES modules for apps' bundlers, importing `lit` from the app (+ .map each)
// then the type declarations (dist/types/), custom-elements.json and what is generated from it (dist/integrations/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildModules, minifiedBundle } from './bundle.mjs';
import { writeIntegrations } from './integrations.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const bundlePath = 'dist/ketamine-widgets.js';
const bin = (name) => `node_modules/.bin/${name}`;

/** src/index.ts and each element's defining module, src/components/<name>/<name>.ts. */
export function entryModules() {
  const elements = readdirSync('src/components').map((name) => `src/components/${name}/${name}.ts`);
  // The server renderer (Node only) is built beside them, never into the single module.
  return ['src/index.ts', ...elements.filter((path) => existsSync(path)), 'src/server/render.ts'];
}

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
// The licences in one line (the full notices are in LICENSE); the module pays for its source-map comment with a short banner.
const banner = `/*! ketamine-widgets ${pkg.version} | MIT | Lit BSD-3-Clause */`;
const { code, map } = await minifiedBundle('src/index.ts', { mapFile: `${bundlePath}.map`, preamble: banner });
writeFileSync(bundlePath, code + '\n');
writeFileSync(`${bundlePath}.map`, JSON.stringify(map) + '\n');

await buildModules(entryModules(), 'dist/esm');
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(bin('cem'), ['analyze', '--config', 'scripts/cem.config.mjs', '--quiet'], { stdio: 'inherit' });

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const paths = new Set(JSON.stringify(manifest).match(/"(?:path|module)":"[^"]+"/g)?.map((m) => m.split('":"')[1].slice(0, -1)));
const missing = [...paths].filter((path) => path.startsWith('dist/') && !existsSync(path));
if (missing.length) throw new Error(`custom-elements.json names files the build did not write: ${missing.join(', ')}`);
writeIntegrations(manifest, pkg, 'dist/integrations');

// Every package whose code ends up in the single module needs its notice in LICENSE.
const license = readFileSync('LICENSE', 'utf8').replace(/\s+/g, ' ');
const bundled = new Set(map.sources.flatMap((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1] ?? []));
for (const name of bundled) {
  const notice = readFileSync(`node_modules/${name}/LICENSE`, 'utf8').replace(/\s+/g, ' ').trim();
  if (!license.includes(name) || !license.includes(notice)) throw new Error(`LICENSE lacks the notice of ${name}, which ${bundlePath} includes`);
}

const size = Buffer.byteLength(readFileSync(bundlePath));
console.log(`built ${bundlePath}: ${(size / 1024).toFixed(1)} KB (includes ${[...bundled].sort().join(', ')}), dist/esm/, dist/types/, dist/integrations/`);
