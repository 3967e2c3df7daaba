import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { referenceFor } from '../../content/references.js';
import { defaultSideEffects, sideEffectsStrings, type SideEffectsStrings } from '../../content/side-effects.js';
import { DataSourceController, renderDataErrors } from '../../internal/data-source.js';
import { KwElement } from '../../internal/kw-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { filterItems, groupItems, parseSeverities, perHundred, selectSets, sortItems, type GroupBy, type SortOrder } from './side-effects-model.js';
import { SEVERITIES, validateSideEffects, type Severity, type SideEffect, type SideEffectList, type SideEffectSet } from './side-effects-schema.js';
import { styles } from './side-effects.styles.js';

/**
 * @tagname kw-side-effects
 * @summary A side-effect list a patient can read: how common each effect is (vs placebo), when it happens,
 * how serious it is, when to get help, and the sources.
 *
 * @csspart base - The whole widget.
 * @csspart controls - The filter bar (hidden when printing).
 * @csspart chip - Each severity filter button.
 * @csspart count - The "Showing N of M" line (a polite live region).
 * @csspart set - One medicine's list.
 * @csspart note - The note under a set's heading.
 * @csspart warning - A boxed-warning callout.
 * @csspart item - One side effect.
 * @csspart disclosure - The button that opens an item's details.
 * @csspart severity - An item's severity badge.
 * @csspart frequency - An item's "how common" line with its bar pair.
 * @csspart details - An item's details.
 * @csspart help - The "When to get help" footer.
 * @csspart error - The message shown when the data is invalid.
 *
 * @cssprop --kw-side-effects-drug-color - Bar colour for the medicine (default: the accent colour).
 * @cssprop --kw-side-effects-placebo-color - Bar colour for placebo (default: the muted text colour).
 * @cssprop --kw-side-effects-bar-width - Width of the bar pair, which stands for 100 people (default: 6em).
 *
 * @event kw-filter-change - The reader changed the severity filter. `detail.severity` lists the severities shown (empty: all).
 * @event kw-toggle - The reader opened or closed an item. `detail` is `{ id, open }`.
 */
export class KwSideEffects extends KwElement {
  static override styles = [...KwElement.styles, styles];

  /**
   * Which list to show: a set id (built-in: `esketamine`, `iv`, `long-term`), several separated by spaces,
   * or `all`. Default: the first set.
   */
  @property({ reflect: true }) set?: string;

  /** Groups items by `timing` (during the session, after, long-term), `severity` (serious first), or `none`. */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'timing';

  /** `frequency`: most common first; `none`: the order of the data. */
  @property({ reflect: true }) sort: SortOrder = 'frequency';

  /** Severities to show, separated by spaces (`mild moderate serious`); empty shows all. The filter buttons set it. */
  @property({ reflect: true }) severity = '';

  /** A denser layout for sidebars: smaller text, no bars, no notes. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Shows the widget as it prints: every item open, all severities, no controls. */
  @property({ attribute: 'print-preview', type: Boolean, reflect: true }) printPreview = false;

  /** Heading level (2–6) of each set's heading; groups and items use the next levels. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Overrides for any UI string by key, e.g. `{"placebo": "Sugar pill"}`; as an attribute, JSON. */
  @property({ type: Object }) strings?: Partial<SideEffectsStrings>;

  /** A side-effect list (see the "Data format" docs); replaces the built-in list. */
  @property({ attribute: false }) data?: SideEffectList | SideEffectList['sets'][number]['items'];

  /** URL of a JSON file in the same format as `data`. */
  @property() src?: string;

  /** @internal */
  @state() private open = new Set<string>();

  /** @internal */
  @state() private printing = false;

  private readonly localize = new LocalizeController<SideEffectsStrings>(this, sideEffectsStrings);
  private readonly source = new DataSourceController<SideEffectList>(this, {
    validate: validateSideEffects,
    fallback: () => defaultSideEffects,
  });
  private uid = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this.handlePrint);
    addEventListener('afterprint', this.handlePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this.handlePrint);
    removeEventListener('afterprint', this.handlePrint);
  }

  private readonly handlePrint = (event: Event): void => {
    this.printing = event.type === 'beforeprint';
  };

  private term(key: keyof SideEffectsStrings & string, values?: Record<string, string | number>): string {
    return this.localize.term(key, values);
  }

  override render(): TemplateResult {
    const state = this.source.state;
    if (state.status === 'loading') return html`<p class="base" part="base" aria-busy="true">${this.term('loading')}</p>`;
    if (state.status === 'error') return renderDataErrors(state.errors, this.term('dataError'), (count) => this.term('moreErrors', { count }));

    this.uid = 0;
    const print = this.printPreview || this.printing;
    const sets = selectSets(state.value, this.set);
    const active = print ? [] : parseSeverities(this.severity);
    const all = sets.flatMap((set) => set.items);
    const shown = filterItems(all, active);
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
    const help = state.value.help ?? defaultSideEffects.help ?? [];

    return html`<div part="base" class="base ${print ? 'print' : ''}">
      <div part="controls" class="controls">
        <div class="chips" role="group" aria-label=${this.term('filterLabel')}>
          ${SEVERITIES.map((severity) => [severity, all.filter((item) => item.severity === severity).length] as const)
            .filter(([severity, total]) => total || active.includes(severity))
            .map(
              ([severity, total]) => html`<button
              type="button"
              part="chip"
              class="chip ${severity}"
              aria-pressed=${active.includes(severity) ? 'true' : 'false'}
              @click=${() => this.toggleSeverity(severity)}
            >
              <svg class="check" aria-hidden="true" viewBox="0 0 16 16"><path d="M3 8.5l3 3 7-7" /></svg>${this.term(severity)}
              (${total})
            </button>`,
            )}
        </div>
        <p part="count" class="count" role="status" aria-live="polite">
          ${this.term('count', { shown: shown.length, total: all.length })}
        </p>
      </div>
      ${sets.map((set) => this.renderSet(set, active, level, print))}
      ${help.length
        ? html`<div part="help" class="help" role="region" aria-labelledby="help">
            ${this.heading(level, this.term('helpHeading'), 'help')}
            <ul>
              ${help.map((line) => html`<li>${this.localize.pick(line)}</li>`)}
            </ul>
          </div>`
        : nothing}
    </div>`;
  }

  private heading(level: number, content: unknown, id?: string): TemplateResult {
    return html`<div class="h" role="heading" aria-level=${Math.min(6, level)} id=${ifDefined(id)}>${content}</div>`;
  }

  private renderSet(set: SideEffectSet, active: Severity[], level: number, print: boolean): TemplateResult {
    const pick = (text: Parameters<LocalizeController<SideEffectsStrings>['pick']>[0]) => this.localize.pick(text);
    const shown = filterItems(set.items, active);
    const groups = groupItems(sortItems(shown, this.sort), this.groupBy === 'severity' || this.groupBy === 'none' ? this.groupBy : 'timing');
    const groupLevel = set.title ? level + 1 : level;
    const warning = set.warning;
    const rated = shown.some((item) => item.placeboPercent !== undefined);
    return html`<div part="set" class="set" data-set=${set.id}>
      ${set.title ? this.heading(level, pick(set.title)) : nothing}
      ${set.note ? html`<p part="note" class="note">${pick(set.note)}</p>` : nothing}
      ${warning
        ? html`<div part="warning" class="warning" role="region" aria-labelledby="w-${set.id}">
            ${this.heading(
              groupLevel,
              html`<svg class="icon" aria-hidden="true" viewBox="0 0 24 24"><path d="M12 2L1 21h22z" /><path class="glyph" d="M11 9h2v6h-2zm0 8h2v2h-2z" /></svg
                ><span class="visually-hidden">${this.term('warning')} </span>${pick(warning.title)}`,
              `w-${set.id}`,
            )}
            <ul>
              ${warning.items.map((text) => html`<li>${pick(text)}</li>`)}
            </ul>
            ${warning.note ? html`<p class="monitoring">${pick(warning.note)}</p>` : nothing}
          </div>`
        : nothing}
      ${rated
        ? html`<p class="legend" aria-hidden="true">
            <span class="key drug"></span>${pick(set.drug ?? set.title) ?? ''} <span class="key placebo"></span>${this.term('placebo')}
          </p>`
        : nothing}
      ${groups.length
        ? groups.map(
            (group) => html`<div class="group">
              ${group.key ? this.heading(groupLevel, this.term(group.key as keyof SideEffectsStrings)) : nothing}
              <ul class="items" role="list">
                ${group.items.map((item) => this.renderItem(item, group.key ? groupLevel + 1 : groupLevel, print))}
              </ul>
            </div>`,
          )
        : html`<p class="empty">${this.term('noMatch')}</p>`}
    </div>`;
  }

  private renderItem(item: SideEffect, level: number, print: boolean): TemplateResult {
    const pick = this.localize.pick.bind(this.localize);
    const open = print || this.open.has(item.id);
    const n = ++this.uid;
    const refs = item.refs ?? [];
    return html`<li part="item" class="item ${item.severity}" data-id=${item.id}>
      ${this.heading(
        level,
        html`<button type="button" part="disclosure" class="disclosure" id="b${n}" aria-expanded=${open ? 'true' : 'false'} aria-controls="d${n}" @click=${() => this.toggleItem(item.id)}>
          <svg class="chevron" aria-hidden="true" viewBox="0 0 16 16"><path d="M6 3l5 5-5 5" /></svg>
          <span class="name">${pick(item.name)}</span>
          <span class="tags">
            ${item.common ? html`<span><span aria-hidden="true">★</span> ${this.term('mostCommon')}</span>` : nothing}
            <span part="severity" class="severity">${this.term(item.severity)}</span>
          </span>
        </button>`,
      )}
      ${this.renderFrequency(item)}
      <div part="details" class="details" id="d${n}" role="region" aria-labelledby="b${n}" ?hidden=${!open}>
        ${item.description ? html`<p>${pick(item.description)}</p>` : nothing}
        <p><b>${this.term('when')}</b> ${this.term(item.timing)}.${item.when ? ` ${pick(item.when)}` : ''}</p>
        <p><b>${this.term('getHelp')}</b> ${pick(item.help) ?? this.term(`help${item.severity === 'serious' ? 'serious' : item.timing}`)}</p>
        ${refs.length || item.confidence
          ? html`<p class="sources">
              ${refs.length
                ? html`<b>${this.term('sources')}</b>
                    ${refs.map((key, i) => {
                      const ref = referenceFor(key);
                      return html`${i ? '; ' : ''}${ref.url ? html`<a href=${ref.url}>${ref.cite}</a>` : ref.cite}`;
                    })}. `
                : nothing}
              ${item.confidence ? html`<b>${this.term('evidence')}</b> ${this.term(item.confidence)}.` : nothing}
            </p>`
          : nothing}
      </div>
    </li>`;
  }

  private renderFrequency(item: SideEffect): TemplateResult | typeof nothing {
    if (item.percent === undefined) {
      return item.frequency ? html`<p part="frequency" class="frequency"><span>${this.term(item.frequency)}</span></p>` : nothing;
    }
    const drug = perHundred(item.percent);
    const drugText = drug === 'under1' ? this.term('drugUnder1') : this.term('drugRate', { n: drug === 'none' ? 0 : drug });
    const pbo = item.placeboPercent === undefined ? undefined : perHundred(item.placeboPercent);
    const text =
      pbo === undefined
        ? drugText
        : this.term('versus', {
            drug: drugText,
            placebo: pbo === 'none' ? this.term('placeboNone') : pbo === 'under1' ? this.term('placeboUnder1') : this.term('placeboRate', { n: pbo }),
          });
    return html`<p part="frequency" class="frequency">
      <span class="bars" aria-hidden="true">
        <span class="bar drug" style=${styleMap({ '--_value': `${item.percent}%` })}></span>
        ${item.placeboPercent === undefined ? nothing : html`<span class="bar placebo" style=${styleMap({ '--_value': `${item.placeboPercent}%` })}></span>`}
      </span>
      <span>${text}</span>
    </p>`;
  }

  private toggleItem(id: string): void {
    const open = new Set(this.open);
    const nowOpen = !open.has(id);
    if (nowOpen) open.add(id);
    else open.delete(id);
    this.open = open;
    this.emit('kw-toggle', { id, open: nowOpen });
  }

  private toggleSeverity(severity: Severity): void {
    const active = parseSeverities(this.severity);
    const next = active.includes(severity) ? active.filter((s) => s !== severity) : [...active, severity];
    this.severity = next.join(' ');
    this.emit('kw-filter-change', { severity: next });
  }

  private emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}
