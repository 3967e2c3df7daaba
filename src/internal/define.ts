import { VERSION } from './version.js';

/** What `define()` expects of a class: a custom element that says which library version it came from. */
export interface VersionedElementClass extends CustomElementConstructor {
  readonly kwVersion?: string;
}

// Shared across every copy of the module on the page, so each version clash is reported once.
const warnedKey = Symbol.for('ketamine-widgets.version-warnings');
type Registry = typeof globalThis & { [warnedKey]?: Set<string> };

/**
 * Registers `tag` unless it is taken. A second copy of the library (same or another URL) is common on
 * pages assembled by plugins; it must never throw. The same version is silent; another version warns once.
 * Returns the class that ends up registered for the tag.
 */
export function define(tag: string, elementClass: VersionedElementClass): CustomElementConstructor {
  // On a server (or any page without a registry) importing the module defines nothing and never throws.
  if (typeof customElements === 'undefined') return elementClass;
  const registered = customElements.get(tag) as VersionedElementClass | undefined;
  if (!registered) {
    customElements.define(tag, elementClass);
    return elementClass;
  }
  if (registered !== elementClass) {
    const existingVersion = registered.kwVersion ?? 'unknown';
    if (existingVersion !== VERSION) {
      const registry = globalThis as Registry;
      const warned = (registry[warnedKey] ??= new Set<string>());
      const clash = `${existingVersion}→${VERSION}`;
      if (!warned.has(clash)) {
        warned.add(clash);
        console.warn(
          `ketamine-widgets: version ${existingVersion} is already registered on this page; ` +
            `this copy (${VERSION}) was not registered. Load the library once to avoid surprises.`,
        );
      }
    }
  }
  return registered;
}
