import { html, type TemplateResult } from 'lit';
import { expectLocalizedText, regionOf, type LocalizedText } from '../../internal/localize.js';
import type { Validator } from '../../internal/data-source.js';
import { Issues, describe, expectArray, expectObject, expectOneOf, expectString, keyPath } from '../../internal/validate.js';

/** One way to reach a service: a phone call, a text message (optionally with a keyword), or a web page. */
export interface CrisisContact {
  type: 'call' | 'text' | 'web';
  /** Phone number (digits, spaces, +, -, parentheses) for `call` and `text`; an https URL for `web`. */
  value: string;
  /** For `text`: the keyword to send, per language (e.g. `{ "en": "HOME", "es": "AYUDA" }`). */
  body?: LocalizedText;
  /** Link text; by default "Call 988", "Text HOME to 741741", or the web address. */
  label?: LocalizedText;
}

export interface CrisisLine {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  /**
   * A sentence for speakers of other languages, in their language, by language: shown (marked with its `lang`)
   * only when the widget is in another language. E.g. `{ "es": "Para español, marque 2 o envíe AYUDA al 988." }`.
   */
  languageNotes?: Readonly<Record<string, string>>;
  contacts: CrisisContact[];
}

export interface CrisisRegion {
  name: LocalizedText;
  /** The emergency number for the region (e.g. "911"); without it the text says "your local emergency number". */
  emergency?: string;
  lines: CrisisLine[];
}

/** The data format of <kw-disclaimer>: crisis resources by region key (`US`, `UK`, `intl`, or your own such as `CA`). */
export interface CrisisDirectory {
  regions: Record<string, CrisisRegion>;
}

export const CONTACT_TYPES = ['call', 'text', 'web'] as const;
const PHONE = /^\+?\d[\d ()-]{0,18}\d$|^\d$/;
const REGION_KEY = /^[\w-]{2,20}$/;

/** Region subtags that the built-in `UK` entry covers (Samaritans serves the UK and Ireland). */
const REGION_ALIASES: Record<string, string> = { GB: 'UK', IE: 'UK' };

/** The `href` of a contact: `tel:`, `sms:` (with the keyword as body) or the https address. */
export function contactHref(contact: CrisisContact, keyword?: string): string {
  const digits = contact.value.replace(/[^\d+]/g, '');
  switch (contact.type) {
    case 'call':
      return `tel:${digits}`;
    case 'text':
      // "?&body=" is understood by both iOS and Android messaging apps.
      return keyword ? `sms:${digits}?&body=${encodeURIComponent(keyword)}` : `sms:${digits}`;
    default:
      return contact.value;
  }
}

// A phone number ("116 123", "+1 (800) 273-8255") or a vanity number ("442-AYUDAME"): never broken across lines.
const PHONE_LIKE = /(\+?\d[\d ().-]*\d(?:-[A-ZÁÉÍÓÚÑ]+)?|\d+-[A-ZÁÉÍÓÚÑ]+)/;

/** `text` with each phone-like run wrapped in a span that does not wrap (class `nowrap`). */
export function keepNumbersTogether(text: string): (string | TemplateResult)[] {
  return text.split(PHONE_LIKE).map((piece, i) => (i % 2 ? html`<span class="nowrap">${piece}</span>` : piece));
}

/**
 * Which region's resources to show. `auto` takes the region subtag of the language (en-US → US,
 * en-GB → UK) and falls back to `intl`. Unknown keys fall back to `intl`. (The element handles `none` itself.)
 */
export function resolveRegion(region: string | null | undefined, lang: string, directory: CrisisDirectory): string | undefined {
  // A framework may pass null or undefined (an unset prop): that means auto.
  const requested = (region ?? 'auto').trim().toLowerCase() || 'auto';
  const find = (key = '') => Object.keys(directory.regions).find((k) => k.toLowerCase() === key.toLowerCase());
  if (requested !== 'auto') return find(requested) ?? find('intl');
  // A language without a region subtag looks up "", which matches no key (keys have at least two characters).
  const subtag = regionOf(lang) ?? '';
  return find(subtag) ?? find(REGION_ALIASES[subtag]) ?? find('intl');
}

function validateContact(value: unknown, path: string, issues: Issues): void {
  if (!expectObject(value, path, issues)) return;
  const typeOk = expectOneOf(value.type, CONTACT_TYPES, `${path}.type`, issues);
  if (expectString(value.value, `${path}.value`, issues, { maxLength: 300 }) && typeOk) {
    if (value.type === 'web') {
      let url: URL | undefined;
      try {
        url = new URL(value.value);
      } catch {
        url = undefined;
      }
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        issues.add(`${path}.value`, `expected an http(s) address, got "${value.value}"`);
      }
    } else if (!PHONE.test(value.value.trim())) {
      issues.add(`${path}.value`, `expected a phone number (digits, spaces, +, -, parentheses), got "${value.value}"`);
    }
  }
  expectLocalizedText(value.body, `${path}.body`, issues, { optional: true, maxLength: 40 });
  expectLocalizedText(value.label, `${path}.label`, issues, { optional: true, maxLength: 80 });
}

/** Validates crisis-directory data; every message names the path of the bad value. */
export const validateCrisisDirectory: Validator<CrisisDirectory> = (input) => {
  const issues = new Issues();
  if (!expectObject(input, '', issues)) return { errors: issues.messages };
  if (expectObject(input.regions, 'regions', issues)) {
    const entries = Object.entries(input.regions);
    if (entries.length === 0) issues.add('regions', 'must name at least one region');
    for (const [key, region] of entries) {
      const path = keyPath('regions', key);
      if (!REGION_KEY.test(key)) issues.add(path, 'region keys are 2–20 letters, digits, "-" or "_"');
      if (!expectObject(region, path, issues)) continue;
      expectLocalizedText(region.name, `${path}.name`, issues, { maxLength: 80 });
      if (region.emergency !== undefined && !(typeof region.emergency === 'string' && PHONE.test(region.emergency.trim()))) {
        issues.add(`${path}.emergency`, `expected a phone number such as "911", got ${describe(region.emergency)}`);
      }
      if (!expectArray(region.lines, `${path}.lines`, issues, { max: 20 })) continue;
      const ids = new Set<string>();
      region.lines.forEach((line, index) => {
        const linePath = `${path}.lines[${index}]`;
        if (!expectObject(line, linePath, issues)) return;
        if (expectString(line.id, `${linePath}.id`, issues, { maxLength: 80 })) {
          if (ids.has(line.id)) issues.add(`${linePath}.id`, `duplicate id "${line.id}"`);
          ids.add(line.id);
        }
        expectLocalizedText(line.name, `${linePath}.name`, issues, { maxLength: 120 });
        expectLocalizedText(line.description, `${linePath}.description`, issues, { optional: true, maxLength: 400 });
        if (typeof line.languageNotes === 'string') issues.add(`${linePath}.languageNotes`, 'expected texts by language, such as { "es": "…" }');
        else expectLocalizedText(line.languageNotes, `${linePath}.languageNotes`, issues, { optional: true, maxLength: 200 });
        if (expectArray(line.contacts, `${linePath}.contacts`, issues, { min: 1, max: 10 })) {
          line.contacts.forEach((contact, c) => validateContact(contact, `${linePath}.contacts[${c}]`, issues));
        }
      });
    }
  }
  return issues.ok ? { value: input as unknown as CrisisDirectory } : { errors: issues.messages };
};
