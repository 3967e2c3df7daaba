// Framework and editor files generated from dist/custom-elements.json, so each says what the manifest says:
// JSX types for React 19, GlobalComponents for Vue (Volar / vue-tsc), SvelteHTMLElements for Svelte 5, VS Code's
// HTML and CSS custom data and JetBrains' web-types. scripts/build.mjs runs it after the analyzer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADER = '// Generated from custom-elements.json by scripts/integrations.mjs. Do not edit.\n';

// The names an event's type may use: a generated .d.ts imports nothing for them, so an alias the analyzer
// plugins did not spell out (or a type of our own) must fail here, not in an app's type check.
const BUILT_IN_TYPE_NAMES = new Set(['CustomEvent', 'Event', 'string', 'number', 'boolean', 'null', 'undefined', 'true', 'false', 'readonly']);

/** The elements of a manifest with what each generator needs, checked for what the types cannot do without. */
export function elementsOf(manifest) {
  const modules = manifest.modules;
  return modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => {
      const definition = modules.find((m) => (m.exports ?? []).some((e) => e.kind === 'custom-element-definition' && e.name === d.tagName));
      if (!definition) throw new Error(`${d.tagName}: the manifest has no module that defines it`);
      const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && m.privacy !== 'private' && m.privacy !== 'protected');
      const events = (d.events ?? []).map((event) => {
        const type = event.type?.text;
        if (!type || !/^CustomEvent<.+>$/s.test(type)) throw new Error(`${d.tagName}: event ${event.name} needs a @fires {CustomEvent<…>} type, has ${type ?? 'none'}`);
        // Every name but the keys of object types (`index` in `{ index: number }`).
        const names = type.replace(/'[^']*'/g, '').match(/[A-Za-z_$][\w$]*(?![\w$])(?!\s*\??\s*:)/g) ?? [];
        const unknown = names.filter((n) => !BUILT_IN_TYPE_NAMES.has(n));
        if (unknown.length) throw new Error(`${d.tagName}: event ${event.name} type ${type} names ${unknown.join(', ')}; spell it out`);
        return { ...event, type };
      });
      return {
        tagName: d.tagName,
        className: d.name,
        summary: d.summary ?? d.description ?? '',
        definitionModule: definition.path,
        attributes: d.attributes ?? [],
        fields,
        events,
        slots: d.slots ?? [],
        cssParts: d.cssParts ?? [],
        cssProperties: d.cssProperties ?? [],
      };
    })
    .sort((a, b) => (a.tagName < b.tagName ? -1 : 1));
}

const STRING_LITERAL = /^'[^']*'$/;
const splitUnion = (text) => text.split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined' && p !== 'null');

/** What an attribute's value can be as written in HTML: its literals, a number, a boolean, or any string. */
export function attributeValue(text = 'string') {
  const parts = splitUnion(text);
  if (parts.length && parts.every((p) => STRING_LITERAL.test(p))) return { kind: 'enum', values: parts.map((p) => p.slice(1, -1)) };
  if (parts.length === 1 && (parts[0] === 'boolean' || parts[0] === 'number')) return { kind: parts[0] };
  return { kind: 'string' };
}

const tsValueType = (value) => (value.kind === 'enum' ? value.values.map((v) => `'${v}'`).join(' | ') : value.kind);
const camelize = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const quoteKey = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`);
const docComment = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const propsName = (element, suffix) => `${element.className}${suffix}`;

/**
 * The keys a framework template may set on an element: each property by its name (the frameworks set it as a property,
 * with its TypeScript type) and each attribute whose name is not a property's, by `attributeKey(name)`, typed by what
 * its HTML value can be.
 */
function settableKeys(element, attributeKey) {
  const keys = new Map();
  for (const field of element.fields) {
    const attribute = element.attributes.find((a) => a.fieldName === field.name);
    keys.set(field.name, { type: `${element.className}['${field.name}']`, description: field.description ?? attribute?.description });
  }
  for (const attribute of element.attributes) {
    const key = attributeKey(attribute.name);
    if (keys.has(key)) continue;
    keys.set(key, { type: tsValueType(attributeValue(attribute.type?.text)), description: attribute.description });
  }
  return keys;
}

const memberLines = (keys, indent) => [...keys].map(([key, { type, description }]) => `${docComment(description, indent)}${indent}${quoteKey(key)}?: ${type};`).join('\n');
const classImports = (elements) => `import type { ${elements.map((e) => e.className).join(', ')} } from '../types/index.js';\n`;

/**
 * Props types for frameworks that set a property when the element has it and add a listener for `on` + the event's
 * exact name (React 19 and Svelte 5): each element's own keys on top of the framework's HTML attributes type.
 */
function onEventTypes(elements, { framework, imports, baseProps, suffix, augment }) {
  const blocks = elements.map((element) => {
    const keys = settableKeys(element, (name) => name);
    for (const event of element.events) keys.set(`on${event.name}`, { type: `(event: ${event.type}) => void`, description: event.description });
    const omitted = [...keys.keys()].map((k) => `'${k}'`).join(' | ');
    return (
      `${docComment(`\`<${element.tagName}>\`: ${element.summary}`, '')}` +
      `export type ${propsName(element, suffix)} = Omit<${baseProps(element.className)}, ${omitted}> & {\n${memberLines(keys, '  ')}\n};\n`
    );
  });
  const entries = elements.map((e) => `'${e.tagName}': ${propsName(e, suffix)};`);
  return HEADER + `// ${framework}\n` + imports + classImports(elements) + '\n' + blocks.join('\n') + '\n' + augment(entries) + '\n';
}

export const reactTypes = (elements) =>
  onEventTypes(elements, {
    framework: "React 19 JSX types: reference once, e.g. `import type {} from 'ketamine-widgets/react';` in a .d.ts of the app.",
    imports: "import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n",
    baseProps: (className) => `DetailedHTMLProps<HTMLAttributes<${className}>, ${className}>`,
    suffix: 'Props',
    augment: (entries) => `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n${entries.map((e) => `      ${e}`).join('\n')}\n    }\n  }\n}`,
  });

export const svelteTypes = (elements) =>
  onEventTypes(elements, {
    framework: "Svelte 5 element types (svelte-check): reference once, e.g. `import type {} from 'ketamine-widgets/svelte';` in a .d.ts of the app.",
    imports: "import type { HTMLAttributes } from 'svelte/elements';\n",
    baseProps: (className) => `HTMLAttributes<${className}>`,
    suffix: 'SvelteProps',
    augment: (entries) => `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n${entries.map((e) => `    ${e}`).join('\n')}\n  }\n}`,
  });

export function vueTypes(elements) {
  const blocks = elements.map((element) => {
    // Vue matches `step-mode` in a template to a `stepMode` prop, and `@kw-step-change` to `onKwStepChange`.
    const keys = settableKeys(element, camelize);
    for (const event of element.events) keys.set(camelize(`on-${event.name}`), { type: `(event: ${event.type}) => void`, description: event.description });
    return `${docComment(`\`<${element.tagName}>\`: ${element.summary}`, '')}export interface ${propsName(element, 'VueProps')} {\n${memberLines(keys, '  ')}\n}\n`;
  });
  return (
    HEADER +
    "// Vue 3 template types (Volar, vue-tsc): reference once, e.g. `import type {} from 'ketamine-widgets/vue';` in a .d.ts of the app.\n" +
    '// At run time Vue must still be told that kw- tags are custom elements (`isCustomElement`, see the README).\n' +
    "import type { DefineComponent } from 'vue';\n" +
    classImports(elements) +
    '\n' +
    blocks.join('\n') +
    "\ndeclare module 'vue' {\n  interface GlobalComponents {\n" +
    elements.map((e) => `    '${e.tagName}': DefineComponent<${propsName(e, 'VueProps')}>;`).join('\n') +
    '\n  }\n}\n'
  );
}

/** Markdown for an element's hover: summary, then its events, slots, parts and custom properties. */
function elementMarkdown(element) {
  const list = (title, items, name = (i) => i.name) =>
    items.length ? `\n\n**${title}:**\n${items.map((i) => `- \`${name(i) || '(default)'}\`${i.description ? ` — ${i.description.replace(/\s*\n\s*/g, ' ')}` : ''}`).join('\n')}` : '';
  return (
    element.summary +
    list('Events', element.events) +
    list('Slots', element.slots) +
    list('CSS parts', element.cssParts, (p) => `::part(${p.name})`) +
    list('CSS custom properties', element.cssProperties)
  );
}

export function vscodeHtmlData(elements, docsUrl) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: elementMarkdown(element) },
      attributes: element.attributes.map((attribute) => {
        const value = attributeValue(attribute.type?.text);
        return {
          name: attribute.name,
          description: { kind: 'markdown', value: attribute.description ?? '' },
          ...(value.kind === 'enum' ? { values: value.values.map((name) => ({ name })) } : {}),
          ...(value.kind === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
      ...(docsUrl ? { references: [{ name: 'Documentation', url: docsUrl }] } : {}),
    })),
  };
}

/** Each part and custom property once, with the elements that have it. */
function cssEntries(elements, key, name) {
  const byName = new Map();
  for (const element of elements) {
    for (const item of element[key]) {
      const entry = byName.get(item.name) ?? { name: name(item.name), lines: [] };
      entry.lines.push(`\`<${element.tagName}>\`: ${item.description ?? ''}`);
      byName.set(item.name, entry);
    }
  }
  return [...byName.values()].map(({ name, lines }) => ({ name, description: { kind: 'markdown', value: lines.join('\n\n') } }));
}

export function vscodeCssData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties: cssEntries(elements, 'cssProperties', (n) => n),
    pseudoElements: cssEntries(elements, 'cssParts', (n) => `::part(${n})`),
  };
}

export function webTypes(elements, pkg, docsUrl) {
  const text = (value) => (typeof value === 'object' ? value.value : value);
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: elementMarkdown(element),
          ...(docsUrl ? { 'doc-url': docsUrl } : {}),
          source: { module: `${pkg.name}/${element.definitionModule}`, symbol: element.className },
          attributes: element.attributes.map((attribute) => {
            const value = attributeValue(attribute.type?.text);
            return {
              name: attribute.name,
              description: attribute.description ?? '',
              ...(attribute.default !== undefined ? { default: attribute.default } : {}),
              value: value.kind === 'boolean' ? { kind: 'no-value', type: 'boolean' } : { kind: 'plain', type: tsValueType(value) },
              ...(value.kind === 'enum' ? { values: value.values.map((name) => ({ name })) } : {}),
            };
          }),
          slots: element.slots.map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
          events: element.events.map((event) => ({ name: event.name, description: event.description ?? '', arguments: [{ name: 'event', type: event.type }] })),
          js: {
            properties: element.fields.map((field) => ({ name: field.name, description: field.description ?? '', ...(field.type ? { type: field.type.text } : {}) })),
            events: element.events.map((event) => ({ name: event.name, description: event.description ?? '' })),
          },
          css: {
            properties: element.cssProperties.map((p) => ({ name: p.name, description: p.description ?? '' })),
            parts: element.cssParts.map((p) => ({ name: p.name, description: p.description ?? '' })),
          },
        })),
      },
      css: {
        properties: vscodeCssData(elements).properties.map((p) => ({ name: p.name, description: text(p.description) })),
        parts: cssEntries(elements, 'cssParts', (n) => n).map((p) => ({ name: p.name, description: text(p.description) })),
      },
    },
  };
}

/** Writes every integration file into `outDir`; returns their paths. */
export function writeIntegrations(manifest, pkg, outDir) {
  const elements = elementsOf(manifest);
  const docsUrl = pkg.homepage; // links to the docs only where package.json names them
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  const files = {
    'react.d.ts': reactTypes(elements),
    'vue.d.ts': vueTypes(elements),
    'svelte.d.ts': svelteTypes(elements),
    'vscode.html-custom-data.json': json(vscodeHtmlData(elements, docsUrl)),
    'vscode.css-custom-data.json': json(vscodeCssData(elements)),
    'web-types.json': json(webTypes(elements, pkg, docsUrl)),
  };
  mkdirSync(outDir, { recursive: true });
  return Object.entries(files).map(([name, content]) => {
    writeFileSync(join(outDir, name), content);
    return join(outDir, name);
  });
}
