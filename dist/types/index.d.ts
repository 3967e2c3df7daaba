/**
 * ketamine-widgets: importing this module defines every widget.
 * `<script type="module" src=".../dist/ketamine-widgets.js"></script>` is all a page needs.
 */
export { KwDisclaimer } from './components/disclaimer/disclaimer.js';
export type { CrisisContact, CrisisDirectory, CrisisLine, CrisisRegion } from './components/disclaimer/disclaimer.js';
export { KwElement, type Theme } from './internal/kw-element.js';
export { VERSION } from './internal/version.js';
export type { LocalizedText } from './internal/localize.js';
