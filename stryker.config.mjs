// npm run test:mutation – StrykerJS over the pure modules (layout, schemas and validation, the neuron's model,
// side-effects model, language resolution), driven by their Node unit tests (.mocharc.json). Report in
// reports/mutation/. Too slow for every CI run on two cores; run it when those modules change.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'mocha',
  mochaOptions: { config: '.mocharc.json' },
  // The tests and sources are TypeScript: tsx compiles them in each test-runner process.
  testRunnerNodeArgs: ['--import', 'tsx'],
  coverageAnalysis: 'perTest',
  mutate: [
    'src/components/pathway/layout.ts',
    'src/components/pathway/pathway-schema.ts',
    'src/components/pathway/mermaid.ts',
    'src/components/pathway/staged-layout.ts',
    'src/components/side-effects/side-effects-schema.ts',
    'src/components/side-effects/side-effects-model.ts',
    'src/components/disclaimer/crisis-directory.ts',
    'src/components/neuron-growth/scene.ts',
    'src/components/neuron-growth/morphology.ts',
    'src/components/neuron-growth/swc.ts',
    'src/components/neuron-growth/random.ts',
    'src/internal/validate.ts',
    'src/internal/localize.ts:24-88',
  ],
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: 80 },
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'storybook-static', 'reports', 'bench', 'docs', 'stories', '.storybook', '*.png'],
  cleanTempDir: 'always',
};
