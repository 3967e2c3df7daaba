// Runs `ketamine-widgets render` (bin/, from dist/) in a child process, so that Lit's DOM shim never enters the
// calling process (the test runner, Storybook's dev server). Shared by their /__prerender routes.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../bin/ketamine-widgets.mjs', import.meta.url));

/** Runs the CLI with `args` and `input` on standard input; resolves to its exit code, standard output and error. */
export function runCli(args, input = '') {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(input);
  });
}

/** Answers a POST whose body is HTML with it pre-rendered (200, text/html) or the CLI's messages (422, text/plain). */
export async function prerenderRequest(body) {
  const { code, stdout, stderr } = await runCli(['render', '-'], body);
  return code === 0 ? { status: 200, type: 'text/html; charset=utf-8', body: stdout } : { status: 422, type: 'text/plain; charset=utf-8', body: stderr };
}
