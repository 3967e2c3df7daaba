/// <reference types="vite/client" />
import { LitElement, css, html, nothing } from 'lit';
import { LANGUAGES, WIDGETS, buildSnippet, snippetAttributes, type WidgetOption } from './snippet.js';

/**
 * Storybook-only tool (not part of the library): pick a widget and its options, see it live, copy the snippet.
 * @internal
 */
export class KwEmbedBuilder extends LitElement {
  static override styles = css`
    :host { display: block; font-family: system-ui, sans-serif; line-height: 1.5; }
    .layout { display: grid; grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr); gap: 1.5rem; }
    @media (max-width: 48rem) { .layout { grid-template-columns: 1fr; } }
    fieldset { border: 1px solid #8c959f; border-radius: 6px; margin: 0 0 1rem; padding: 0.75rem 1rem; }
    legend { font-weight: 600; padding: 0 0.25rem; }
    label { display: block; margin-block: 0.5rem; }
    label.check { display: flex; gap: 0.5rem; align-items: center; }
    select, input[type='text'], input[type='number'], input[type='url'] { display: block; width: 100%; font: inherit; padding: 0.25rem; }
    pre { background: #f6f8fa; color: #1f2328; border: 1px solid #d0d7de; border-radius: 6px; padding: 0.75rem; white-space: pre-wrap; word-break: break-all; }
    button { font: inherit; padding: 0.4rem 0.9rem; border-radius: 6px; border: 1px solid #1f6feb; background: #0b5cad; color: #fff; cursor: pointer; }
    button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
    .preview { border: 1px dashed #8c959f; border-radius: 6px; padding: 1rem; min-height: 8rem; }
    h2 { font-size: 1.1rem; margin: 0 0 0.5rem; }
  `;

  static override properties = {
    widgetIndex: { state: true },
    values: { state: true },
    language: { state: true },
    scriptUrl: { state: true },
    copied: { state: true },
    prerendered: { state: true },
  };

  private widgetIndex = 0;
  private values: Record<string, string | boolean | number> = {};
  private language = '';
  private scriptUrl = new URL('widgets/ketamine-widgets.js', document.baseURI).href;
  private copied = false;
  /** The snippet pre-rendered, once the dev server's /__prerender answered; a message when it cannot. */
  private prerendered?: { snippet: string; html?: string; note?: string };
  private pending?: string;

  private get widget() {
    return WIDGETS[this.widgetIndex]!;
  }

  override render() {
    const snippet = buildSnippet(this.scriptUrl, this.widget, this.values, this.language);
    return html`<div class="layout">
      <form @submit=${(e: Event) => e.preventDefault()}>
        <fieldset>
          <legend>Widget</legend>
          <label>Widget
            <select @change=${(e: Event) => this.pickWidget((e.target as HTMLSelectElement).selectedIndex)}>
              ${WIDGETS.map((w, i) => html`<option ?selected=${i === this.widgetIndex}>${w.label}</option>`)}
            </select>
          </label>
          <label>Language
            <select @change=${(e: Event) => (this.language = (e.target as HTMLSelectElement).value)}>
              ${LANGUAGES.map((l) => html`<option value=${l.value} ?selected=${l.value === this.language}>${l.label}</option>`)}
            </select>
          </label>
        </fieldset>
        <fieldset>
          <legend>Options</legend>
          ${this.widget.options.map((option) => this.renderOption(option))}
        </fieldset>
        <fieldset>
          <legend>Where the script is hosted</legend>
          <label>Script URL
            <input type="url" .value=${this.scriptUrl} @input=${(e: Event) => (this.scriptUrl = (e.target as HTMLInputElement).value)} />
          </label>
        </fieldset>
      </form>
      <div>
        <h2>Preview</h2>
        <div class="preview" id="preview"></div>
        <h2>Copy this into your page</h2>
        <pre id="snippet">${snippet}</pre>
        <button type="button" @click=${() => this.copy(snippet)}>Copy code</button>
        <span role="status">${this.copied ? 'Copied.' : nothing}</span>
        <h2>Or: pre-rendered HTML</h2>
        <p>For pages that must read without JavaScript (search engines, reader modes, newsletters) and show the widget
          with no layout shift. The script tag then hydrates it in place.</p>
        ${this.renderPrerendered(snippet)}
      </div>
    </div>`;
  }

  protected override updated(): void {
    const snippet = buildSnippet(this.scriptUrl, this.widget, this.values, this.language);
    if (this.prerendered?.snippet !== snippet && this.pending !== snippet) {
      this.pending = snippet;
      void this.prerender(snippet);
    }
    // The preview is the same element the snippet creates, with the same attributes.
    const preview = this.renderRoot.querySelector('#preview')!;
    const el = document.createElement(this.widget.tag);
    for (const [name, value] of snippetAttributes(this.widget, this.values, this.language)) el.setAttribute(name, value === true ? '' : value);
    const current = preview.firstElementChild;
    if (current?.outerHTML !== el.outerHTML) preview.replaceChildren(el);
  }

  private renderPrerendered(snippet: string) {
    const current = this.prerendered?.snippet === snippet ? this.prerendered : undefined;
    if (!current) return html`<p aria-busy="true">Pre-rendering…</p>`;
    if (current.html) {
      return html`<pre id="prerendered">${current.html}</pre>
        <button type="button" @click=${() => this.copy(current.html!, '#prerendered')}>Copy pre-rendered HTML</button>`;
    }
    return html`<p>${current.note}</p>
      <pre id="prerendered">npx ketamine-widgets render page.html > page.prerendered.html</pre>`;
  }

  /** Asks the dev server to pre-render `snippet`; a static Storybook has no server: the reader gets the command. */
  private async prerender(snippet: string): Promise<void> {
    let result: { snippet: string; html?: string; note?: string };
    // Only the dev server has the route; asking a static host would log a failed request in the console.
    if (!import.meta.env.DEV) {
      this.prerendered = { snippet, note: 'This Storybook is static: save the snippet above as page.html and run, in its folder:' };
      return;
    }
    try {
      const response = await fetch(new URL('__prerender', document.baseURI), { method: 'POST', body: snippet });
      const text = await response.text();
      result = response.ok && response.headers.get('content-type')?.startsWith('text/html')
        ? { snippet, html: text }
        : { snippet, note: response.status === 422 ? `The widget could not be pre-rendered: ${text}` : 'This Storybook is static: save the snippet above as page.html and run, in its folder:' };
    } catch {
      result = { snippet, note: 'This Storybook is static: save the snippet above as page.html and run, in its folder:' };
    }
    // Only the latest request counts: options may have changed while it ran.
    if (buildSnippet(this.scriptUrl, this.widget, this.values, this.language) === snippet) this.prerendered = result;
  }

  private renderOption(option: WidgetOption) {
    const value = this.values[option.name] ?? option.start ?? option.default;
    const set = (v: string | boolean | number) => {
      this.values = { ...this.values, [option.name]: v };
      this.copied = false;
    };
    switch (option.type) {
      case 'boolean':
        return html`<label class="check"><input type="checkbox" .checked=${value === true} @change=${(e: Event) => set((e.target as HTMLInputElement).checked)} />${option.label}</label>`;
      case 'select':
        return html`<label>${option.label}
          <select @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
            ${option.choices!.map((c) => html`<option value=${c} ?selected=${c === value}>${c || '(page default)'}</option>`)}
          </select>
        </label>`;
      case 'number':
        return html`<label>${option.label}<input type="number" min="0" .value=${String(value)} @input=${(e: Event) => set(Number((e.target as HTMLInputElement).value))} /></label>`;
      default:
        return html`<label>${option.label}<input type="text" .value=${String(value)} @input=${(e: Event) => set((e.target as HTMLInputElement).value)} /></label>`;
    }
  }

  private pickWidget(index: number): void {
    this.widgetIndex = index;
    this.values = {};
  }

  private async copy(snippet: string, from = '#snippet'): Promise<void> {
    try {
      await navigator.clipboard.writeText(snippet);
      this.copied = true;
    } catch {
      // Clipboard access can be refused (iframes, permissions): select the text so the reader can copy it.
      const range = document.createRange();
      range.selectNodeContents(this.renderRoot.querySelector(from)!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  }
}

if (!customElements.get('kw-embed-builder')) customElements.define('kw-embed-builder', KwEmbedBuilder);
