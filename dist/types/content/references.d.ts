/**
 * Sources cited by the widgets' default content, from shared/content/brief.md §9. Each entry is a short
 * citation and the address of the paper (DOI when known, else PubMed or PMC, else the publisher or regulator).
 * The comment after each entry is its review status (kept out of the bundle): V = checked against the source,
 * P = citation checked but a detail was not, U = unverified.
 */
/** How sure science is of a claim (see the content brief §0): shown to readers on every sourced item. */
export declare const CONFIDENCES: readonly ["established", "supported", "debated"];
export type Confidence = (typeof CONFIDENCES)[number];
export interface Reference {
    /** Short citation shown to readers, e.g. "Li N et al. Science 2010". */
    cite: string;
    /** Where to read it. */
    url?: string;
    /** Language of the citation: the built-in ones are English, so a Spanish screen reader voice switches for them. */
    lang?: string;
}
export declare const references: Record<string, Reference>;
/** A source as data gives it: a key of the built-in list, your own citation text, or `{ text, url }` for a link. */
export type SourceRef = string | {
    text: string;
    url?: string;
};
/** The reference for `key`: a built-in one, or the page's own citation (linked only to an http(s) address). */
export declare function referenceFor(key: SourceRef): Reference;
/** The same source, whichever way it is written, for counting each once. */
export declare const sourceKey: (ref: SourceRef) => string;
