import { nothing } from 'lit';
import manifest from '../../dist/custom-elements.json';
import { declarationOf, type Manifest } from '../../.storybook/manifest-arg-types.js';

type AttributeValue = string | number | boolean | object | null | undefined;

/** An attribute's default from the manifest's source text (`'inline'`, `2`, `false`), as a value. */
function parseDefault(text: string | undefined): AttributeValue {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text.replace(/^'(.*)'$/, '"$1"')) as AttributeValue;
  } catch {
    return undefined;
  }
}

/**
 * A binder for one element's attributes that leaves out what the page need not write: its defaults, empty
 * values and empty objects. "Show code" then shows only what a site should paste. Objects become JSON.
 */
export function attributesOf(tagName: string): (name: string, value: AttributeValue) => string | number | typeof nothing {
  const declaration = declarationOf(manifest as Manifest, tagName);
  if (!declaration) throw new Error(`${tagName} is not in dist/custom-elements.json: run \`npm run analyze\`.`);
  const defaults = new Map((declaration.attributes ?? []).map((a) => [a.name, parseDefault(a.default)]));
  return (name, value) => {
    if (value === undefined || value === null || value === '' || value === false || value === defaults.get(name)) return nothing;
    if (typeof value === 'object') return Object.keys(value).length ? JSON.stringify(value) : nothing;
    return value === true ? '' : value;
  };
}

