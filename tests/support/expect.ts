// chai's `expect` for the tests of pure modules, which run both in Chromium (npm test) and in Node (npm run
// test:unit, and Stryker's mutation runs). @open-wc/testing needs a DOM; this ES build of chai does not.
export { expect } from '@esm-bundle/chai/esm/chai.js';
