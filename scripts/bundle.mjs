// The two builds of src/: the single self-contained module for script tags (shared by scripts/build.mjs and the
// benchmark's size breakdown) and the unbundled ES modules for apps' bundlers, which import Lit from the app.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { minify } from 'terser';
import { build } from 'vite';

/** A source map's `sources`, made relative to `toDir` (they come relative to the build's temporary folder). */
function rebaseSources(map, fromDir, toDir) {
  return { ...map, sources: map.sources.map((source) => relative(toDir, resolve(fromDir, source)).split('\\').join('/')) };
}

/**
 * Bundles `entry` with vite.config.ts (Lit included, templates minified), then minifies the whole file with terser
 * (Vite keeps whitespace in library ES output). With `mapFile` (the path the module will be written to, plus
 * `.map`), also resolves to its source map, `preamble` first in the file and in the map.
 */
export async function minifiedBundle(entry = 'src/index.ts', { mapFile, preamble } = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'kw-bundle-'));
  try {
    await build({
      configFile: 'vite.config.ts',
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, sourcemap: Boolean(mapFile), lib: { entry, formats: ['es'], fileName: () => 'bundle.js' } },
    });
    const bundled = readFileSync(join(outDir, 'bundle.js'), 'utf8');
    const minified = await minify(bundled, {
      module: true,
      ecma: 2021,
      // Hoisting function declarations is always safe, and here it lets gzip find longer repeats.
      compress: { passes: 2, hoist_funs: true },
      mangle: true,
      format: { comments: false, preamble },
      sourceMap: mapFile && {
        content: rebaseSources(JSON.parse(readFileSync(join(outDir, 'bundle.js.map'), 'utf8')), outDir, dirname(mapFile)),
        filename: mapFile.replace(/\.map$/, '').split('/').pop(),
        url: mapFile.split('/').pop(),
      },
    });
    return { code: minified.code, map: minified.map && JSON.parse(minified.map) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The minified single module of `entry`, without banner or source map. */
export async function bundleModule(entry = 'src/index.ts') {
  return (await minifiedBundle(entry)).code;
}

/**
 * Writes the unbundled build to `outDir`: every module of src/ that `entries` reach, at its own path (src/a/b.ts →
 * outDir/a/b.js), templates minified, code readable (the app's bundler minifies), `lit` and its packages left as
 * imports, each module with an external source map.
 */
export async function buildModules(entries, outDir) {
  const input = Object.fromEntries(entries.map((entry) => [entry.replace(/^src\//, '').replace(/\.ts$/, ''), entry]));
  await build({
    configFile: 'vite.config.ts',
    mode: 'production',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      lib: { entry: input, formats: ['es'] },
      rolldownOptions: {
        external: [/^(lit|lit-html|lit-element|@lit\/reactive-element|@lit-labs\/ssr|@lit-labs\/ssr-client|parse5)(\/|$)/, /^node:/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js', codeSplitting: true },
      },
    },
  });
}
