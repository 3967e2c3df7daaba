/** What `define()` expects of a class: a custom element that says which library version it came from. */
export interface VersionedElementClass extends CustomElementConstructor {
    readonly kwVersion?: string;
}
/**
 * Registers `tag` unless it is taken. A second copy of the library (same or another URL) is common on
 * pages assembled by plugins; it must never throw. The same version is silent; another version warns once.
 * Returns the class that ends up registered for the tag.
 */
export declare function define(tag: string, elementClass: VersionedElementClass): CustomElementConstructor;
