/**
 * What a server renderer (`renderToString`) tells a widget about its place in the page, which the shimmed element
 * cannot read: the nearest `lang` and the inline scripts among its children. Never set in a browser.
 */
export interface ServerContext {
  lang?: string;
  /** The element's `<script>` children, in order, with their `type`, their text and any `data-kw-src`. */
  scripts?: readonly { type: string; text: string; src?: string }[];
  /** Whether the element has content of its own besides scripts (text or elements for its slot). */
  authored?: boolean;
  /** Filled by the widget: what made its data unusable, and notes (e.g. syntax left out), for the renderer to report. */
  problems?: string[];
  warnings?: string[];
}
