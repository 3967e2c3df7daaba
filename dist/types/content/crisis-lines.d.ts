import type { CrisisDirectory } from '../components/disclaimer/crisis-directory.js';
/**
 * Built-in crisis resources for <kw-disclaimer>, checked against the services' own pages (see
 * shared/content/brief.md §3b). Not shown: the discontinued 988 "Press 3" option; Spanish service names
 * that are not yet confirmed against official materials. The English names are used in both languages, given
 * as English (`{ en }`) so that a Spanish widget marks them `lang="en"` and a screen reader reads them so.
 * A clinic replaces this with the `data` property, inline JSON or `src` (same shape).
 */
export declare const defaultCrisisDirectory: CrisisDirectory;
