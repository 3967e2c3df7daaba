#!/usr/bin/env node
// npx ketamine-widgets render in.html > out.html
// Pre-renders every kw- widget of a page (see renderToString in dist/esm/server/render.js).
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = `Usage: ketamine-widgets render <in.html | -> [--root <dir>] [-o <out.html>]

Writes the page with every <kw-…> widget pre-rendered (declarative shadow DOM), to standard output or -o.
  -          read the page from standard input (relative src paths are then read from the working directory)
  --root     folder that root-relative src paths (/data/x.json) are read from (default: the page's folder)
  -o, --out  write to this file instead of standard output
Exit code 0 when every widget rendered, 1 when one could not be rendered as written (each problem is printed
with its line), 2 for a wrong command.`;

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { root: { type: 'string' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`ketamine-widgets: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, input, ...extra] = positionals;
  if (command !== 'render' || !input || extra.length) {
    console.error(`ketamine-widgets: ${command && command !== 'render' ? `unknown command "${command}"` : 'expected: render <in.html>'}\n\n${USAGE}`);
    return 2;
  }
  const name = input === '-' ? '<stdin>' : input;
  let html;
  try {
    html = input === '-' ? await readStdin() : await readFile(input, 'utf8');
  } catch (error) {
    console.error(`ketamine-widgets: cannot read ${name}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    return 2;
  }
  const baseDir = input === '-' ? process.cwd() : dirname(resolve(input));
  const { renderToString, RenderError } = await import('../dist/esm/server/render.js');
  let out;
  try {
    out = await renderToString(html, {
      baseDir,
      rootDir: values.root ? resolve(values.root) : baseDir,
      warn: (p) => console.error(`${name}:${p.line}: <${p.tag}>: note: ${p.message}`),
    });
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    for (const p of error.problems) console.error(`${name}:${p.line}: <${p.tag}>: ${p.message}`);
    console.error(`ketamine-widgets: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; nothing was written`);
    return 1;
  }
  if (values.out) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(values.out, out);
  } else process.stdout.write(out);
  return 0;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

process.exitCode = await main(process.argv.slice(2));
