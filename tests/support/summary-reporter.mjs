// Prints "tests: N passed, N failed" as the run's last line, for CI. A test file that fails to load counts as failed.
function countTests(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        const loadFailed = !session.passed && (session.errors?.length ?? 0) > 0;
        if (loadFailed) counts.failed += 1;
      }
      // Printed after the default reporter's own output.
      process.on('exit', () => {
        const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
        process.stdout.write(`tests: ${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
      });
    },
  };
}
