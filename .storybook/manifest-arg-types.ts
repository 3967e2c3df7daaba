// Storybook's argTypes for a kw- element, built from dist/custom-elements.json.
//
// The framework's own extractor gives every row `type: { name: <TypeScript text> }`, which Storybook cannot map
// (URL args and controls drop values of unknown types), keys parts, attributes and properties by bare name (the
// part `set` replaces the attribute `set`), lists each attribute twice (as `heading-level` and `headingLevel`),
// and offers "Set object" controls on events, parts and CSS properties. Here each attribute gets a valid SBType while
// the table keeps the TypeScript text; properties appear only when they have no attribute; events, slots, parts,
// CSS properties and methods are documented without controls, under keys that cannot collide.
import type { InputType, SBType } from 'storybook/internal/types';

interface TypeText {
  text: string;
}
interface ManifestItem {
  kind?: string;
  name: string;
  description?: string;
  summary?: string;
  type?: TypeText;
  /** The type with named string unions spelled out (added by scripts/cem.config.mjs). */
  parsedType?: TypeText;
  default?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  fieldName?: string;
  parameters?: { name: string; type?: TypeText; default?: string; optional?: boolean }[];
  return?: { type?: TypeText };
}
interface ManifestDeclaration {
  tagName?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}
export interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

export function declarationOf(manifest: Manifest, tagName: string): ManifestDeclaration | undefined {
  return manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
}

/** Names of every `kw-…` event in the manifest, for the Actions panel. */
export function eventNames(manifest: Manifest): string[] {
  return [...new Set(manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => e.name)))];
}

const STRING_LITERAL = /^'([^']*)'$|^"([^"]*)"$/;

/** The Storybook type of an attribute value from its TypeScript text: attributes are strings, numbers, booleans or JSON. */
export function sbTypeOf(text: string | undefined): SBType {
  const parts = (text ?? 'string')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  const literals = parts.map((part) => STRING_LITERAL.exec(part)).map((match) => match && (match[1] ?? match[2]));
  if (parts.length && literals.every((literal) => literal !== null)) return { name: 'enum', value: literals as string[] };
  if (parts.length === 1 && (parts[0] === 'number' || parts[0] === 'boolean')) return { name: parts[0] };
  if (parts.every((part) => part === 'string' || STRING_LITERAL.test(part))) return { name: 'string' };
  // An `object` type with no declared keys keeps every key of a value that comes from a control or a URL.
  return { name: 'object', value: {} };
}

// `lang` is a global HTML attribute, so the manifest does not list it, but every widget speaks the language it names.
const LANG_ROW: InputType = {
  name: 'lang',
  description:
    'Language of the widget: `en` or `es`, with any region (`en-GB`, `es-MX`). A global HTML attribute: unset, the widget ' +
    'follows the nearest ancestor with `lang`, usually `<html lang>`.',
  type: { name: 'string' },
  table: { category: 'attributes', type: { summary: 'string' } },
};

const documentedOnly = (category: string, name: string, item: ManifestItem, summary?: string): InputType => ({
  name,
  description: item.description ?? item.summary ?? '',
  control: false,
  table: { category, ...(summary ? { type: { summary } } : {}) },
});

function attributeArgType(attribute: ManifestItem, field: ManifestItem | undefined): InputType {
  const text = attribute.type?.text ?? field?.type?.text;
  const parsed = attribute.parsedType?.text ?? field?.parsedType?.text;
  const property = attribute.fieldName ?? field?.name;
  // Scripts set the property; pages write the attribute. Say both when their names differ.
  const propertyNote = property && property !== attribute.name ? `\n\nProperty: \`${property}\`.` : '';
  return {
    name: attribute.name,
    description: (attribute.description ?? field?.description ?? '') + propertyNote,
    type: sbTypeOf(parsed ?? text),
    table: {
      category: 'attributes',
      type: { summary: text, ...(parsed && parsed !== text ? { detail: parsed } : {}) },
      ...(attribute.default !== undefined ? { defaultValue: { summary: attribute.default } } : {}),
    },
  };
}

function methodSignature(method: ManifestItem): string {
  const parameters = (method.parameters ?? []).map((p) => `${p.name}${p.optional || p.default !== undefined ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`);
  return `(${parameters.join(', ')}) => ${method.return?.type?.text ?? 'void'}`;
}

/** Every row of the element's API tables, keyed so that no two kinds of row share a key. */
export function argTypesFromManifest(manifest: Manifest, tagName: string): Record<string, InputType> | null {
  const declaration = declarationOf(manifest, tagName);
  if (!declaration) return null;
  const isPublic = (m: ManifestItem) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected';
  const members = (declaration.members ?? []).filter(isPublic);
  const fields = members.filter((m) => m.kind === 'field');
  const attributes = declaration.attributes ?? [];
  const withAttribute = new Set(attributes.map((a) => a.fieldName ?? a.name));
  const rows: Record<string, InputType> = {};

  for (const attribute of attributes) rows[attribute.name] = attributeArgType(attribute, fields.find((f) => f.name === attribute.fieldName));
  rows.lang ??= LANG_ROW;
  // Properties with an attribute are the same setting: one row, under the attribute. The rest are set from script.
  for (const field of fields.filter((f) => !withAttribute.has(f.name) && !f.attribute)) {
    const note = field.readonly ? ' Read-only.' : ' Set it from a script (there is no attribute).';
    rows[`property:${field.name}`] = {
      ...documentedOnly('properties', field.name, field, field.type?.text),
      description: (field.description ?? '') + note,
    };
  }
  for (const method of members.filter((m) => m.kind === 'method')) {
    rows[`method:${method.name}`] = documentedOnly('methods', `${method.name}()`, method, methodSignature(method));
  }
  for (const event of declaration.events ?? []) rows[`event:${event.name}`] = documentedOnly('events', event.name, event, event.type?.text);
  for (const slot of declaration.slots ?? []) {
    rows[`slot:${slot.name}`] = documentedOnly('slots', slot.name ? `slot="${slot.name}"` : '(default)', slot);
  }
  // Parts are named as a stylesheet writes them, ready to copy.
  for (const part of declaration.cssParts ?? []) rows[`::part(${part.name})`] = documentedOnly('css shadow parts', `::part(${part.name})`, part);
  for (const property of declaration.cssProperties ?? []) rows[property.name] = documentedOnly('css custom properties', property.name, property);
  return rows;
}
