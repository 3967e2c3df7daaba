import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';
import { serverSafePlugin } from './scripts/server-safe.mjs';

// Library build: one self-contained ES module for a clinic's <script type="module"> tag.
// scripts/build.mjs runs this, then minifies the whole file and writes types and the manifest.
export default defineConfig({
  plugins: [minifyTemplatesPlugin(), serverSafePlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2021',
    sourcemap: false,
    minify: 'oxc',
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'ketamine-widgets.js',
    },
    rolldownOptions: {
      // Lit is bundled in: the page needs nothing but this one file.
      external: [],
      output: { codeSplitting: false },
    },
  },
});
