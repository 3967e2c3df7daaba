import '../index.js';
/** One thing wrong with a widget in the page: where (1-based line), which element, and what. */
export interface RenderProblem {
    line: number;
    tag: string;
    message: string;
}
export interface RenderOptions {
    /** Folder that relative `src` paths are read from (default: the working directory). */
    baseDir?: string;
    /** Folder that root-relative `src` paths (`/data/x.json`) are read from (default: `baseDir`). */
    rootDir?: string;
    /**
     * The page's language, for widgets with no `lang` on themselves or above them in `html` (a fragment from a
     * template, say). It must be what the browser will find, or the widget renders afresh instead of hydrating.
     */
    lang?: string;
    /** Where notes that are not errors go (e.g. Mermaid syntax left out); default console.warn. */
    warn?: (problem: RenderProblem) => void;
}
/** Thrown by renderToString when a widget could not be rendered as written; `problems` lists every one. */
export declare class RenderError extends Error {
    readonly problems: readonly RenderProblem[];
    constructor(problems: readonly RenderProblem[]);
}
/**
 * Renders every `<kw-…>` element of `html` (a whole document or a fragment) into declarative shadow DOM, keeping
 * its attributes, inline data and light-DOM text, and leaving the rest of the markup as it was. Widgets that
 * could not be rendered as written (unknown attribute or value, bad data, a `src` that cannot be read) make it
 * reject with a RenderError naming each one with its line.
 */
export declare function renderToString(html: string, options?: RenderOptions): Promise<string>;
