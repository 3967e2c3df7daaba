import { type TemplateResult } from 'lit';
import { type SourceRef } from '../content/references.js';
/**
 * The sources of a widget, one way everywhere: "Sources: A; B; C." where each known reference links to its page in
 * the same tab (a new tab surprises readers and screen-reader users; the browser's back button returns), and each
 * citation is marked `lang="en"` when it is the English original.
 */
export declare function renderCitations(keys: readonly SourceRef[]): TemplateResult;
