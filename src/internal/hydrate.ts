// Lit's hydration support: pre-rendered markup (declarative shadow DOM from renderToString or @lit-labs/ssr)
// upgrades in place instead of rendering a second copy. It must run before LitElement is defined, so every entry
// module imports this file first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
