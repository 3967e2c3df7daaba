/**
 * Tiny path-aware validation helpers. Each check records a message that names the path of the bad value
 * ("edges[3].to: no node with id 'mtor'") so that a clinic can find its mistake in its own JSON.
 */
export declare class Issues {
    readonly messages: string[];
    add(path: string, message: string): void;
    get ok(): boolean;
}
export type Plain = Record<string, unknown>;
/** One wording for every length limit: "is 70 characters; the limit is 60". */
export declare const tooLong: (text: string, limit: number) => string;
/** The path to `key` of the object at `path`: `regions.US`, or `regions[""]` for a key an author could not see. */
export declare function keyPath(path: string, key: string): string;
export declare function describe(value: unknown): string;
export declare function isPlainObject(value: unknown): value is Plain;
export declare function expectObject(value: unknown, path: string, issues: Issues): value is Plain;
export declare function expectArray(value: unknown, path: string, issues: Issues, { min, max }?: {
    min?: number | undefined;
    max?: number | undefined;
}): value is unknown[];
export declare function expectString(value: unknown, path: string, issues: Issues, { optional, maxLength }?: {
    optional?: boolean | undefined;
    maxLength?: number | undefined;
}): value is string;
export declare function expectOneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, issues: Issues, { optional }?: {
    optional?: boolean | undefined;
}): value is T;
export declare function expectNumber(value: unknown, path: string, issues: Issues, { optional, min, max }?: {
    optional?: boolean | undefined;
    min?: number | undefined;
    max?: number | undefined;
}): value is number;
/**
 * Sources of a step or an item: at most 20, each a key of the built-in list or citation text (at most 200
 * characters), or `{ "text": "…", "url": "https://…" }`; links must be http(s).
 */
export declare function expectSources(value: unknown, path: string, issues: Issues): void;
