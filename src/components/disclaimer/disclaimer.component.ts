import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultCrisisDirectory } from '../../content/crisis-lines.js';
import { disclaimerStrings, type DisclaimerStrings } from '../../content/disclaimer.js';
import { DataSourceController, renderDataErrors } from '../../internal/data-source.js';
import { headingLevelOf, renderHeading } from '../../internal/heading.js';
import { KwElement } from '../../internal/kw-element.js';
import { LocalizeController, regionOf, sameLanguage, type LocalizedText } from '../../internal/localize.js';
import { contactHref, keepNumbersTogether, resolveRegion, validateCrisisDirectory, type CrisisContact, type CrisisDirectory, type CrisisRegion } from './crisis-directory.js';
import { styles } from './disclaimer.styles.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Nodes in the light DOM that count as the page's own disclaimer text. */
function isAuthoredContent(node: Node): boolean {
  if (node instanceof Text) return node.data.trim() !== '';
  if (node instanceof Element) return !node.matches('script, template, style') && !node.hasAttribute('slot');
  return false;
}

/**
 * @tagname kw-disclaimer
 * @summary A "not medical advice" notice with crisis-line resources, for pages about depression treatment.
 *
 * @slot - Your own disclaimer text. It replaces the built-in text and stays readable before (or without)
 *   JavaScript. An inline `<script type="application/json">` child supplies crisis resources instead.
 *
 * @csspart base - The notice's container (`role="region"`).
 * @csspart icon - The information icon.
 * @csspart heading - The heading.
 * @csspart body - The short notice (or your own text).
 * @csspart more - The rest of the notice: a disclosure (`<details>`), or open text with `detail="full"`.
 * @csspart more-toggle - The disclosure's "More about this notice" summary.
 * @csspart review-date - The "Last reviewed" line.
 * @csspart crisis - The crisis resources strip.
 * @csspart crisis-link - Each call, text or web link in the crisis strip.
 * @csspart close-button - The dismiss button.
 * @csspart error - The message shown when crisis data is invalid.
 *
 * @cssprop --kw-disclaimer-accent - Accent stripe and icon colour (default: the info colour).
 * @cssprop --kw-disclaimer-background - Background of the notice.
 * @cssprop --kw-disclaimer-crisis-background - Background of the crisis strip.
 * @cssprop --kw-disclaimer-max-width - Max width of the inline variant (default: none).
 * @cssprop --kw-disclaimer-sticky-offset - Distance from the viewport edge for a sticky banner (default: 0).
 *
 * @fires {CustomEvent<null>} kw-dismiss - The reader pressed the close button. Cancelable: `preventDefault()` keeps the notice open.
 */
export class KwDisclaimer extends KwElement {
  static override styles = [...KwElement.styles, styles];

  // Reactive properties and their attributes; each is documented on its field below.
  static override properties = {
    variant: { reflect: true },
    position: { reflect: true },
    region: { reflect: true },
    dismissible: { type: Boolean, reflect: true },
    dismissed: { type: Boolean, reflect: true },
    remember: { type: Number },
    storageKey: { attribute: 'storage-key' },
    headingLevel: { attribute: 'heading-level', type: Number },
    detail: { reflect: true },
    reviewed: {},
    strings: { type: Object },
    data: { attribute: false },
    src: {},
    hasAuthoredContent: { state: true },
  };

  /**
   * `inline` sits in the page flow; `banner` spans its container and sticks to the top or bottom of the viewport,
   * unless it is taller than a third of the window: it then scrolls with the page. While it sticks, the page
   * scrolls so that what gets keyboard focus is never hidden under it.
   */
  variant: 'inline' | 'banner' = 'inline';

  /** Where a `banner` sticks: `top` or `bottom`. */
  position: 'top' | 'bottom' = 'top';

  /**
   * Crisis resources to show: `US`, `UK`, `intl`, `none`, a region key from your own data, or `auto`
   * (from the language's region, e.g. `en-US` → US, `en-GB` → UK; otherwise `intl`).
   */
  region = 'auto';

  /** Shows a close button. */
  dismissible = false;

  /**
   * True once the notice has been dismissed. Its text is then hidden, but the crisis lines stay: someone in crisis
   * must never need a click to find them. Set it to false to show the notice again.
   */
  dismissed = false;

  /** Days to keep the notice dismissed on this browser (localStorage). 0 keeps it dismissed for this page view only. */
  remember = 0;

  /** The localStorage key used by `remember`. Use a different key per notice if a site has several. */
  storageKey = 'kw-disclaimer-dismissed';

  /** Heading level (2–6) of the notice's heading, to fit the page's outline. */
  headingLevel = 2;

  /**
   * How much of the notice shows at first: `short` (one or two sentences, the crisis lines, and the rest behind a
   * "More about this notice" disclosure) or `full` (everything open). Either way the crisis lines come first.
   */
  detail: 'short' | 'full' = 'short';

  /** Date the text was last reviewed (`YYYY-MM-DD`); shown as "Last reviewed: …" in the page's language. */
  reviewed?: string;

  /** Overrides for any UI string by key, e.g. `{"heading": "Important"}`; as an attribute, JSON. */
  strings?: Partial<DisclaimerStrings>;

  /** Crisis resources by region (see the "Data format" docs); replaces the built-in list. */
  data?: CrisisDirectory;

  /** URL of a JSON file with crisis resources, in the same format as `data`. */
  src?: string;

  /** @internal */
  private hasAuthoredContent = false;
  /** The reader dismissed the notice in this page view (not a script, not a remembered dismissal). */
  private dismissedHere = false;

  /** @internal */
  private readonly localize = new LocalizeController<DisclaimerStrings>(this, disclaimerStrings);
  /** @internal */
  private readonly directory = new DataSourceController<CrisisDirectory>(this, {
    validate: validateCrisisDirectory,
    fallback: () => defaultCrisisDirectory,
  });

  /**
   * A sticky banner taller than a third of the window (phones, short windows, zoom, long translations) would hide
   * too much of the page (WCAG 1.4.10): it then scrolls with the page, marked `unstuck`.
   * @internal
   */
  private readonly fit = (): void => {
    this.toggleAttribute('unstuck', this.variant === 'banner' && this.offsetHeight * 3 > innerHeight);
  };
  /** @internal */
  private sizes?: ResizeObserver;
  /** @internal */
  private revealFrame = 0;

  /**
   * While the banner sticks, what gets keyboard focus on the page must not be hidden under it (WCAG 2.4.11): the
   * page is scrolled just enough, once the browser has scrolled the element into view.
   * @internal
   */
  private readonly reveal = (event: FocusEvent): void => {
    const target = event.target;
    if (this.variant !== 'banner' || this.dismissed || this.hasAttribute('unstuck') || !(target instanceof Element) || this.contains(target)) return;
    cancelAnimationFrame(this.revealFrame);
    this.revealFrame = requestAnimationFrame(() => {
      const banner = this.getBoundingClientRect();
      const box = target.getBoundingClientRect();
      if (box.top >= banner.bottom || box.bottom <= banner.top) return;
      scrollBy(0, this.position === 'bottom' ? box.bottom - banner.top + 8 : box.top - banner.bottom - 8);
    });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    (this.sizes ??= new ResizeObserver(this.fit)).observe(this);
    addEventListener('resize', this.fit);
    document.addEventListener('focusin', this.reveal);
    this.readAuthoredContent();
    if (this.remember > 0 && this.readRemembered()) this.dismissed = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sizes?.disconnect();
    removeEventListener('resize', this.fit);
    document.removeEventListener('focusin', this.reveal);
    cancelAnimationFrame(this.revealFrame);
  }

  protected override updated(): void {
    this.fit();
  }

  /** A reader who dismissed the notice before (`remember`) gets the strip, not what the server rendered. */
  protected override hydrationKey(): string {
    return `${super.hydrationKey()}|${this.dismissed ? 'dismissed' : 'open'}|${this.hasAuthoredContent ? 'authored' : 'built-in'}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On a server the renderer says whether the element has text of its own.
    if (isServer) this.hasAuthoredContent = this.kwServer?.authored ?? false;
    super.willUpdate(changed);
    // `remember` may be set after connection (e.g. by a framework); honour a stored dismissal then too.
    if (changed.has('remember') && this.remember > 0 && !this.dismissed && this.readRemembered()) this.dismissed = true;
    if (!this.dismissed) this.dismissedHere = false;
  }

  override render(): TemplateResult | typeof nothing {
    // Crisis lines are never behind a click (brief §3b): dismissing hides the notice, not the lines.
    if (this.dismissed) {
      const strip = this.renderCrisis(true);
      // With no crisis strip (`region="none"`) the reader who just pressed the button still needs somewhere to
      // be: a visually hidden note takes the focus, so the next Tab continues from here, not from the top.
      return strip === nothing && this.dismissedHere
        ? html`<p class="visually-hidden dismissed-note" tabindex="-1">${this.localize.term('dismissed')}</p>`
        : strip;
    }
    const term = this.localize.term.bind(this.localize);
    const level = headingLevelOf(this.headingLevel);
    const banner = this.variant === 'banner';
    return html`<section part="base" class="base" role="region" aria-labelledby="heading">
      <svg part="icon" class="icon" aria-hidden="true" viewBox="0 0 24 24">
        <circle cx="12" cy="12" r="10.5" fill="currentColor" />
        <rect x="10.75" y="10" width="2.5" height="8" rx="1" fill="var(--_icon-glyph)" />
        <circle cx="12" cy="6.75" r="1.6" fill="var(--_icon-glyph)" />
      </svg>
      <div class="content">
        ${renderHeading(level, html`<span class="visually-hidden">${term('iconLabel')} </span>${term('heading')}`, { id: 'heading', part: 'heading', size: banner ? 'm' : 'l' })}
        <div part="body" class="body">
          <p class="default-text" ?hidden=${this.hasAuthoredContent}>${term(banner ? 'bannerBody' : 'body1')}</p>
          <slot @slotchange=${this.readAuthoredContent}></slot>
        </div>
        ${this.renderCrisis()} ${banner || this.hasAuthoredContent ? nothing : this.renderMore()} ${this.renderReviewed()}
      </div>
      ${this.dismissible
        ? html`<button part="close-button" class="close kw-button kw-button--quiet kw-button--icon" type="button" aria-label=${term('dismiss')} @click=${this.handleDismissClick}>
            <svg aria-hidden="true" viewBox="0 0 24 24"><path d="M6 6l12 12M18 6L6 18" /></svg>
          </button>`
        : nothing}
    </section>`;
  }

  /**
   * The rest of the notice, after the crisis lines: no doctor–patient relationship, talk to a professional and, where
   * US rules apply (region US, or a US language tag such as en-US), the FDA status. A page's own `body4` replaces the
   * FDA text and is shown anywhere. An empty string leaves a paragraph out.
   */
  private renderMore(): TemplateResult | typeof nothing {
    const term = this.localize.term.bind(this.localize);
    const region = resolveRegion(this.region, this.localize.lang, this.directory.state.status === 'ready' ? this.directory.state.value : defaultCrisisDirectory);
    const us = region === 'US' || regionOf(this.localize.lang)?.toUpperCase() === 'US' || typeof this.strings?.body4 === 'string';
    const paragraphs = [term('body2'), term('body3'), us ? term('body4') : ''].filter(Boolean).map((text) => html`<p>${text}</p>`);
    if (!paragraphs.length) return nothing;
    return this.detail === 'full'
      ? html`<div part="more" class="more">${paragraphs}</div>`
      : html`<details part="more" class="more">
          <summary part="more-toggle">${term('more')}</summary>
          ${paragraphs}
        </details>`;
  }

  private renderReviewed(): TemplateResult | typeof nothing {
    if (!this.reviewed || !/^\d{4}-\d{2}-\d{2}$/.test(this.reviewed)) return nothing;
    const date = new Date(`${this.reviewed}T12:00:00Z`);
    if (Number.isNaN(date.getTime())) return nothing;
    const formatted = this.localize.inLocale((locale) => date.toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' }));
    return html`<p part="review-date" class="reviewed">${this.localize.term('reviewed', { date: formatted })}</p>`;
  }

  /** The crisis strip; `alone` once the notice is dismissed, as a region of its own. */
  private renderCrisis(alone = false): TemplateResult | typeof nothing {
    const state = this.directory.state;
    const term = this.localize.term.bind(this.localize);
    // `none`: no strip at all, not even a loading state or a data error.
    if (this.region?.trim().toLowerCase() === 'none') return nothing;
    const strip = (content: unknown, key?: string) =>
      html`<div
        part="crisis"
        class="crisis${alone ? ' alone' : ''}"
        data-region=${ifDefined(key)}
        aria-busy=${ifDefined(state.status === 'loading' ? 'true' : undefined)}
        role=${ifDefined(alone ? 'region' : undefined)}
        aria-label=${ifDefined(alone ? term('crisisHeading') : undefined)}
        tabindex=${ifDefined(alone ? -1 : undefined)}
      >
        ${content}
      </div>`;
    if (state.status === 'loading') return strip(html`<p>${term('loading')}</p>`);
    // A reader in crisis must never lose the lines because of a typo in the page's data: the built-in
    // resources stay under the error.
    const directory = state.status === 'ready' ? state.value : defaultCrisisDirectory;
    const error = state.status === 'error' ? renderDataErrors(state.errors, this.localize) : nothing;
    const key = resolveRegion(this.region, this.localize.lang, directory);
    const region = key ? directory.regions[key] : undefined;
    if (!region) return state.status === 'error' ? strip(error) : nothing;
    return strip(
      html`${error}
      ${renderHeading(headingLevelOf(this.headingLevel) + 1, term('crisisHeading'), { size: 'm' })}
      <ul class="lines">
        ${region.lines.map(
          (line) => html`<li class="line" data-id=${line.id}>
            <span class="line-name">${this.localize.pickMarked(line.name)}</span>
            ${line.description ? html`<span class="line-description">${this.unbroken(line.description)}</span>` : nothing}
            ${Object.entries(line.languageNotes ?? {})
              .filter(([lang]) => !sameLanguage(lang, this.localize.tag))
              .map(([lang, note]) => html`<span class="line-description" lang=${lang}>${keepNumbersTogether(note)}</span>`)}
            <span class="contacts">${line.contacts.map((contact) => this.renderContact(contact))}</span>
          </li>`,
        )}
      </ul>
      ${this.renderEmergency(region)}`,
      key!,
    );
  }

  /** Data text in the widget's language, with phone numbers and keywords such as 442-AYUDAME kept on one line. */
  private unbroken(text: LocalizedText): unknown {
    const marked = this.localize.pickMarked(text);
    return typeof marked === 'string' ? keepNumbersTogether(marked) : marked;
  }

  private renderContact(contact: CrisisContact): TemplateResult {
    // A keyword only in Spanish (e.g. AYUDA) means: no keyword in English.
    const keyword = this.localize.pick(contact.body, true);
    const href = contactHref(contact, keyword);
    const custom = this.localize.pick(contact.label);
    if (contact.type === 'web') {
      const text = custom ?? new URL(contact.value).hostname.replace(/^www\./, '');
      return html`<a part="crisis-link" class="contact" href=${href} target="_blank" rel="noopener noreferrer"
        >${text}<span class="visually-hidden"> ${this.localize.term('newTab')}</span></a
      >`;
    }
    const text = custom ?? this.localize.term(contact.type === 'call' ? 'call' : keyword ? 'textWord' : 'text', { number: contact.value, word: keyword ?? '' });
    return html`<a part="crisis-link" class="contact" href=${href}>${keepNumbersTogether(text)}</a>`;
  }

  private renderEmergency(region: CrisisRegion): TemplateResult {
    const term = this.localize.term.bind(this.localize);
    if (!region.emergency) return html`<p class="emergency">${term('emergencyLocal')}</p>`;
    const [before, after] = term('emergency').split('{number}');
    return html`<p class="emergency">
      ${before}<a part="crisis-link" class="contact" href=${contactHref({ type: 'call', value: region.emergency })}>${region.emergency}</a>${after}
    </p>`;
  }

  /** On connection and whenever the page changes the element's children: does the page supply its own text? */
  private readAuthoredContent(): void {
    this.hasAuthoredContent = [...this.childNodes].some(isAuthoredContent);
  }

  private handleDismissClick(): void {
    if (!this.dispatchEvent(new CustomEvent('kw-dismiss', { bubbles: true, composed: true, cancelable: true }))) return;
    this.dismissed = true;
    this.dismissedHere = true;
    if (this.remember > 0) this.writeRemembered();
    // The button is gone: keep keyboard and screen-reader focus on what remains, the crisis lines.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.crisis, .dismissed-note')?.focus());
  }

  // Storage may throw (private mode, sandboxed iframes, blocked cookies): dismissal then lasts for this page view.
  private readRemembered(): boolean {
    try {
      const raw = localStorage.getItem(this.storageKey);
      if (!raw) return false;
      const until = Number((JSON.parse(raw) as { until?: unknown }).until);
      if (Number.isFinite(until) && until > Date.now()) return true;
      localStorage.removeItem(this.storageKey);
    } catch {
      // Unreadable or unavailable storage counts as "not dismissed".
    }
    return false;
  }

  private writeRemembered(): void {
    try {
      localStorage.setItem(this.storageKey, JSON.stringify({ until: Date.now() + this.remember * DAY_MS }));
    } catch {
      // See readRemembered.
    }
  }
}
