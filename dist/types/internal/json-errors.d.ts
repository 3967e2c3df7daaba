/**
 * A JSON syntax error as an author can act on it: where (line and column, counted from 1) and, for the
 * mistakes people make most when writing JSON by hand, what to change. Browsers word (and place) their own
 * messages differently, and Safari gives no position, so the position is found here.
 */
/** Where `text` stops being JSON, or -1 if it is valid. Only runs after JSON.parse has failed. */
export declare function jsonErrorPosition(text: string): number;
/** "at line 3, column 5: remove the comma before it…", or the parser's own words when the text is valid JSON. */
export declare function jsonSyntaxMessage(text: string, error: unknown): string;
