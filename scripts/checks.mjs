// The named checks of scripts/check-package.mjs and scripts/check-recipes.mjs: each prints "ok" with its time and
// note, or "FAIL" with the failed command's output, and the names of the failures are kept for the exit code.

export const failures = [];

/** Runs `body` (which may resolve to a note) as the check `name`. */
export async function check(name, body) {
  const started = performance.now();
  try {
    const note = await body();
    console.log(`ok   ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)${note ? `: ${note}` : ''}`);
  } catch (error) {
    failures.push(name);
    const output = `${String(error.stdout ?? '')}${String(error.stderr ?? '')}`;
    console.log(`FAIL ${name}\n${output || error.stack || error.message}`.trimEnd());
  }
}
