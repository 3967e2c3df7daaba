import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/side-effects/side-effects.js';

interface SideEffectsArgs {
  set: string;
  'group-by': 'timing' | 'severity' | 'none';
  sort: 'frequency' | 'none';
  severity: string;
  compact: boolean;
  'print-preview': boolean;
  'heading-level': number;
  theme: '' | 'light' | 'dark' | 'auto';
  strings: string;
  src: string;
  lang: string;
}

const meta: Meta<SideEffectsArgs> = {
  title: 'Widgets/Side effects',
  component: 'kw-side-effects',
  parameters: {
    docs: {
      description: {
        component:
          'How common each side effect is (natural frequencies vs placebo, only for verified label figures), when it happens, how serious it is, ' +
          'when to get help, and the sources. Built-in sets: `esketamine` (US label table, with the boxed warning), `iv` (words only) and `long-term`. ' +
          'Give your own list with `data`, an inline `<script type="application/json">` or `src`. Format: `{ "sets": [{ "id", "title"?, "note"?, "drug"?, ' +
          '"warning"?: { "title", "items": [], "note"? }, "items": [{ "id", "name", "timing": "during|after|long-term|any", "severity": "mild|moderate|serious", ' +
          '"percent"?: 0–100, "placeboPercent"?: 0–100, "frequency"?: "very-common|common|uncommon|rare", "common"?, "description"?, "when"?, "help"?, ' +
          '"refs"?: [], "confidence"?: "established|supported|debated" }] }], "help"?: [] }` — or just an array of items, or only `{ "help": [] }` to keep the built-in list with your own help lines. Any text may be `{ "en": "…", "es": "…" }`.',
      },
    },
  },
  args: {
    set: 'esketamine',
    'group-by': 'timing',
    sort: 'frequency',
    severity: '',
    compact: false,
    'print-preview': false,
    'heading-level': 2,
    theme: '',
    strings: '',
    src: '',
    lang: '',
  },
  argTypes: {
    set: { control: 'select', options: ['esketamine', 'iv', 'long-term', 'iv long-term', 'all'] },
    'group-by': { control: 'inline-radio', options: ['timing', 'severity', 'none'] },
    sort: { control: 'inline-radio', options: ['frequency', 'none'] },
    severity: { control: 'select', options: ['', 'mild', 'moderate', 'serious', 'moderate serious'], description: 'Severities shown; empty shows all.' },
    compact: { control: 'boolean' },
    'print-preview': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    strings: { control: 'text', description: 'JSON overrides of UI strings, e.g. {"placebo":"Sugar pill"}.' },
    src: { control: 'text', description: 'URL of a JSON side-effect list.' },
    lang: { control: 'select', options: ['', 'en', 'es', 'es-US'] },
  },
  render: (args) => html`<kw-side-effects
    set=${args.set}
    group-by=${args['group-by']}
    sort=${args.sort}
    severity=${args.severity}
    ?compact=${args.compact}
    ?print-preview=${args['print-preview']}
    heading-level=${args['heading-level']}
    theme=${ifDefined(args.theme || undefined)}
    strings=${ifDefined(args.strings || undefined)}
    src=${ifDefined(args.src || undefined)}
    lang=${ifDefined(args.lang || undefined)}
  ></kw-side-effects>`,
};
export default meta;
type Story = StoryObj<SideEffectsArgs>;

export const Default: Story = {};
export const GroupedBySeverity: Story = { args: { set: 'all', 'group-by': 'severity' } };
export const NotGrouped: Story = { args: { 'group-by': 'none' } };
export const IvKetamine: Story = { name: 'IV ketamine (words, no numbers)', args: { set: 'iv' } };
export const LongTerm: Story = { name: 'Long-term risks', args: { set: 'long-term' } };
export const AllSets: Story = { args: { set: 'all' } };
export const FilteredSerious: Story = { name: 'Filter: serious only', args: { set: 'all', severity: 'serious' } };
export const FilteredModerateSerious: Story = { name: 'Filter: moderate and serious', args: { set: 'all', severity: 'moderate serious' } };
export const FilterMatchesNothing: Story = { name: 'Filter: nothing matches', args: { set: 'iv', severity: 'serious' } };
export const Compact: Story = {
  args: { compact: true },
  decorators: [(story) => html`<aside style="max-width:20rem">${story()}</aside>`],
};
export const PrintPreview: Story = { args: { 'print-preview': true, set: 'all' } };
export const Dark: Story = {
  args: { theme: 'dark', set: 'all' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};
export const Spanish: Story = { args: { lang: 'es', set: 'all' } };
export const OverriddenStrings: Story = { args: { strings: '{"placebo":"Sugar pill","mild":"Minor"}' } };

export const CustomList: Story = {
  name: 'Custom list (inline JSON)',
  render: () => html`<kw-side-effects>
    <script type="application/json">
      {
        "sets": [
          {
            "id": "clinic",
            "title": { "en": "Our infusion protocol", "es": "Nuestro protocolo de infusión" },
            "note": "Based on our clinic's own records; your care team can explain them.",
            "items": [
              { "id": "tired", "name": { "en": "Tiredness", "es": "Cansancio" }, "timing": "after", "severity": "mild", "frequency": "common", "refs": ["Clinic audit 2025"], "confidence": "supported" },
              { "id": "bp", "name": "Blood pressure rise", "timing": "during", "severity": "moderate", "percent": 12, "placeboPercent": 4, "help": "Staff check it every 15 minutes." }
            ]
          }
        ],
        "help": ["Call the clinic at 555-0100 with any concern. In an emergency, call 911."]
      }
    </script>
  </kw-side-effects>`,
};

export const InvalidData: Story = {
  name: 'Error: invalid data',
  render: () => html`<kw-side-effects>
    <script type="application/json">
      { "sets": [{ "id": "x", "items": [
        { "id": "a", "name": "Nausea", "timing": "during", "severity": "severe", "percent": 140 },
        { "id": "a", "timing": "later", "severity": "mild" }
      ] }] }
    </script>
  </kw-side-effects>`,
};

export const MalformedJson: Story = {
  name: 'Error: malformed inline JSON',
  render: () => html`<kw-side-effects><script type="application/json">{ "sets": [ </script></kw-side-effects>`,
};

export const MissingSource: Story = { name: 'Error: src not found', args: { src: '/does-not-exist.json' } };
