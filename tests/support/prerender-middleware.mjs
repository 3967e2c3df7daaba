// web-test-runner middleware: POST /__prerender with HTML as the body answers with it pre-rendered by the CLI
// (bin/ketamine-widgets.mjs render -, from dist/), or 422 and the CLI's messages. In a child process, so Lit's
// DOM shim never enters the test runner's own process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/ketamine-widgets.mjs', import.meta.url));

/** Runs the CLI on `html`; resolves to its exit code, standard output and standard error. */
export function runCli(args, html) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(html ?? '');
  });
}

export async function prerenderMiddleware(context, next) {
  if (context.path !== '/__prerender' || context.method !== 'POST') return next();
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  const { code, stdout, stderr } = await runCli(['render', '-'], Buffer.concat(chunks).toString('utf8'));
  context.status = code === 0 ? 200 : 422;
  context.type = code === 0 ? 'text/html' : 'text/plain';
  context.body = code === 0 ? stdout : stderr;
}
