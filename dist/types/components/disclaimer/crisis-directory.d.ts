import { type TemplateResult } from 'lit';
import { type LocalizedText } from '../../internal/localize.js';
import type { Validator } from '../../internal/data-source.js';
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
export declare const CONTACT_TYPES: readonly ["call", "text", "web"];
/** The `href` of a contact: `tel:`, `sms:` (with the keyword as body) or the https address. */
export declare function contactHref(contact: CrisisContact, keyword?: string): string;
/** `text` with each phone-like run wrapped in a span that does not wrap (class `nowrap`). */
export declare function keepNumbersTogether(text: string): (string | TemplateResult)[];
/**
 * Which region's resources to show. `auto` takes the region subtag of the language (en-US → US,
 * en-GB → UK) and falls back to `intl`. Unknown keys fall back to `intl`. (The element handles `none` itself.)
 */
export declare function resolveRegion(region: string | null | undefined, lang: string, directory: CrisisDirectory): string | undefined;
/** Validates crisis-directory data; every message names the path of the bad value. */
export declare const validateCrisisDirectory: Validator<CrisisDirectory>;
