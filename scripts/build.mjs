// Builds dist/: the single minified ES module, type declarations and custom-elements.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { bundleModule } from './bundle.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const bundlePath = 'dist/ketamine-widgets.js';
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
const code = await bundleModule();
const banner = `/*! ketamine-widgets ${pkg.version} | MIT License | bundles Lit (BSD-3-Clause, Copyright Google LLC) */\n`;
writeFileSync(bundlePath, banner + code + '\n');

execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(bin('cem'), ['analyze', '--config', 'scripts/cem.config.mjs', '--quiet'], { stdio: 'inherit' });

const size = Buffer.byteLength(readFileSync(bundlePath));
console.log(`built ${bundlePath}: ${(size / 1024).toFixed(1)} KB`);
