// Builds dist/: the single minified ES module, type declarations and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { build } from 'vite';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const bundlePath = 'dist/ketamine-widgets.js';
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });

await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });

// Vite keeps whitespace in library ES output; a whole-file pass makes the script-tag bundle fully minified.
const bundled = readFileSync(bundlePath, 'utf8');
const minified = await minify(bundled, {
  module: true,
  ecma: 2021,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: false },
});
const banner = `/*! ketamine-widgets ${pkg.version} | MIT License | bundles Lit (BSD-3-Clause, Copyright Google LLC) */\n`;
writeFileSync(bundlePath, banner + minified.code + '\n');

execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(bin('cem'), ['analyze', '--config', 'scripts/cem.config.mjs', '--quiet'], { stdio: 'inherit' });

const size = Buffer.byteLength(readFileSync(bundlePath));
console.log(`built ${bundlePath}: ${(size / 1024).toFixed(1)} KB`);
