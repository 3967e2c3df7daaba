// Vite plugin: the script-tag module can be imported on a server (Node, SSR frameworks) without a DOM. Lit's
// browser build touches HTMLElement and document when it loads; here those two lines fall back as in Lit's own
// Node build. The widgets then define nothing, since there is no customElements registry.
const PATCHES = [
  // ReactiveElement's base class.
  { file: /@lit\/reactive-element\/(development\/)?reactive-element\.js$/, from: /\bextends HTMLElement\s*\{/, to: 'extends (globalThis.HTMLElement ?? class {}) {' },
  // lit-html's template document (used only when rendering).
  { file: /lit-html\/(development\/)?lit-html\.js$/, from: /(\b[\w$]+)\s*=\s*document(\s*[,;])/, to: '$1 = globalThis.document ?? { createTreeWalker: () => ({}) }$2' },
  // Lit's hydration support sets a global hook that Lit calls when it loads; on a server this copy must not hook
  // into another Lit the server may use for its own rendering.
  {
    file: /@lit-labs\/ssr-client\/(development\/)?lit-element-hydrate-support\.js$/,
    from: /\bglobalThis\.litElementHydrateSupport\s*=/,
    to: '(globalThis.document ? globalThis : {}).litElementHydrateSupport =',
  },
];

/** @returns {import('vite').Plugin} */
export function serverSafePlugin() {
  return {
    name: 'kw-server-safe',
    // The published module is what servers import; the dev server never runs there.
    apply: 'build',
    transform(code, id) {
      const patch = PATCHES.find((p) => p.file.test(id));
      if (!patch) return null;
      // Lit's development build is written differently; only the production build is bundled into dist/.
      if (!patch.from.test(code) && id.includes('/development/')) return null;
      if (!patch.from.test(code)) this.error(`Lit changed: ${patch.from} is no longer in ${id}; update scripts/server-safe.mjs`);
      return { code: code.replace(patch.from, patch.to), map: null };
    },
  };
}
