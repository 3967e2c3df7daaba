// The single-module build, shared by scripts/build.mjs and the benchmark's size breakdown.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minify } from 'terser';
import { build } from 'vite';

/**
 * Bundles `entry` with vite.config.ts (Lit included, templates minified), then minifies the whole file with terser
 * (Vite keeps whitespace in library ES output). Resolves to the code, without a banner.
 */
export async function bundleModule(entry = 'src/index.ts') {
  const outDir = mkdtempSync(join(tmpdir(), 'kw-bundle-'));
  try {
    await build({
      configFile: 'vite.config.ts',
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, lib: { entry, formats: ['es'], fileName: () => 'bundle.js' } },
    });
    const minified = await minify(readFileSync(join(outDir, 'bundle.js'), 'utf8'), {
      module: true,
      ecma: 2021,
      // Hoisting function declarations is always safe, and here it lets gzip find longer repeats.
      compress: { passes: 2, hoist_funs: true },
      mangle: true,
      format: { comments: false },
    });
    return minified.code;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
