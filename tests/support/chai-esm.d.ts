// The ES build inside @esm-bundle/chai, typed as chai (the package's own types say `export = chai`).
declare module '@esm-bundle/chai/esm/chai.js' {
  export const expect: Chai.ExpectStatic;
}
