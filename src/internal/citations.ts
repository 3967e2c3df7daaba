import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { referenceFor, type SourceRef } from '../content/references.js';

/**
 * The sources of a widget, one way everywhere: "Sources: A; B; C." where each known reference links to its page in
 * the same tab (a new tab surprises readers and screen-reader users; the browser's back button returns), and each
 * citation is marked `lang="en"` when it is the English original.
 */
export function renderCitations(keys: readonly SourceRef[]): TemplateResult {
  return html`${keys.map((key, i) => {
    const { url, cite, lang } = referenceFor(key);
    const text = html`<span lang=${ifDefined(lang)}>${cite}</span>`;
    return html`${i ? '; ' : ''}${url ? html`<a class="kw-citation" href=${url}>${text}</a>` : text}`;
  })}`;
}
