export type AttributeRule = {
    kind: 'text' | 'boolean' | 'number' | 'json';
} | {
    kind: 'choice';
    values: readonly string[];
};
/** Attributes whose value is one of a list, by tag ('*' for every widget). */
export declare const CHOICES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
export declare const ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, AttributeRule>>>>;
