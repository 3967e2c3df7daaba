// Test-server plugin: serves `<name>.bundle.js` as the esbuild bundle of `<name>.mjs` beside it, for test
// pages whose libraries ship CommonJS (React).
import { build } from 'esbuild';

export function bundlePlugin() {
  return {
    name: 'kw-bundle',
    async serve(context) {
      if (!context.path.endsWith('.bundle.js')) return undefined;
      const entry = `.${context.path.replace(/\.bundle\.js$/, '.mjs')}`;
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'esm',
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'error',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
