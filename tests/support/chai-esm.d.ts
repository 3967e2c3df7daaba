// The ES build inside @esm-bundle/chai has the package's own types.
declare module '@esm-bundle/chai/esm/chai.js' {
  export * from '@esm-bundle/chai';
}
