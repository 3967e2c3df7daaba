// Tests run in Debian's Chromium (or CHROME_PATH); see README.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, CHROME_PATH } from './scripts/chromium.mjs';
import { defaultReporter } from '@web/test-runner';
import { Readable } from 'node:stream';
import { bundlePlugin } from './tests/support/bundle-plugin.mjs';
import { prerenderMiddleware } from './tests/support/prerender-middleware.mjs';
import { devtoolsPlugin } from './tests/support/devtools-plugin.mjs';
import { summaryReporter } from './tests/support/summary-reporter.mjs';

// Pages under /tests/pages/csp/ are served with a strict Content-Security-Policy (no 'unsafe-inline',
// Trusted Types enforced; Lit's policy name is allowed), as a locked-down clinic site would.
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 120000,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), devtoolsPlugin(), bundlePlugin()],
  middleware: [
    prerenderMiddleware,
    // A `src` whose server streams JSON without a Content-Length and without end (stopped at 1 GB).
    function endlessJson(context, next) {
      if (context.path !== '/tests/endless.json') return next();
      context.type = 'application/json';
      let sent = 0;
      const chunk = ' '.repeat(65536);
      context.body = new Readable({
        read() {
          sent += chunk.length;
          this.push(sent > 1e9 ? null : chunk);
        },
      });
    },
    function strictCsp(context, next) {
      if (context.path.startsWith('/tests/pages/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS } })],
  // Lit's dev-mode notice is expected in tests (the source is served unbundled).
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
  // Tests see data problems as a page's author does (data-kw-debug); tests/reader-errors.test.ts removes it to
  // check what readers see.
  testRunnerHtml: (testFramework) => `<!doctype html><html data-kw-debug><head></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
