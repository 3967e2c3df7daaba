// What renderToString accepts on each widget: the attribute names and kinds come from the element classes
// themselves (their observed attributes and Lit property types); the values an attribute may take come from the
// small table below, which tests/server/render.test.mjs keeps equal to the documented types in custom-elements.json.
import type { PropertyDeclaration } from 'lit';
import { KwDisclaimer } from '../components/disclaimer/disclaimer.js';
import { KwNeuronGrowth } from '../components/neuron-growth/neuron-growth.js';
import { KwPathway } from '../components/pathway/pathway.js';
import { KwSideEffects } from '../components/side-effects/side-effects.js';

export type AttributeRule = { kind: 'text' | 'boolean' | 'number' | 'json' } | { kind: 'choice'; values: readonly string[] };

/** Attributes whose value is one of a list, by tag ('*' for every widget). */
export const CHOICES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  '*': { theme: ['light', 'dark', 'auto'] },
  'kw-disclaimer': { variant: ['inline', 'banner'], position: ['top', 'bottom'], detail: ['short', 'full'] },
  'kw-neuron-growth': { scene: ['grow', 'stress', 'restore', 'compare'] },
  'kw-pathway': { orientation: ['auto', 'horizontal', 'vertical'], 'export-shape': ['wide', 'square', 'tall'] },
  'kw-side-effects': { 'group-by': ['timing', 'severity', 'none'], sort: ['frequency', 'none'] },
};

type WidgetClass = { elementProperties: Map<PropertyKey, PropertyDeclaration> };

function rulesOf(tag: string, widget: WidgetClass): Record<string, AttributeRule> {
  const rules: Record<string, AttributeRule> = {};
  for (const [key, declaration] of widget.elementProperties) {
    if (declaration.attribute === false || declaration.state) continue;
    const name = typeof declaration.attribute === 'string' ? declaration.attribute : String(key).toLowerCase();
    const values = CHOICES[tag]?.[name] ?? CHOICES['*']?.[name];
    if (values) rules[name] = { kind: 'choice', values };
    else if (declaration.type === Boolean) rules[name] = { kind: 'boolean' };
    else if (declaration.type === Number) rules[name] = { kind: 'number' };
    else if (declaration.type === Object || declaration.type === Array) rules[name] = { kind: 'json' };
    else rules[name] = { kind: 'text' };
  }
  // Lit's hydration support: a pre-rendered element waits while it is there.
  rules['defer-hydration'] = { kind: 'boolean' };
  return rules;
}

export const ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, AttributeRule>>>> = {
  'kw-disclaimer': rulesOf('kw-disclaimer', KwDisclaimer),
  'kw-neuron-growth': rulesOf('kw-neuron-growth', KwNeuronGrowth),
  'kw-pathway': rulesOf('kw-pathway', KwPathway),
  'kw-side-effects': rulesOf('kw-side-effects', KwSideEffects),
};
