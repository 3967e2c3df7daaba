import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/side-effects/side-effects.js';
import { attributesOf } from './support/attribute-values.js';
import { clickInWidget, darkPage, phoneWidth } from './support/frames.js';

interface SideEffectsArgs {
  set: string;
  'group-by': 'timing' | 'severity' | 'none';
  sort: 'frequency' | 'none';
  severity: string;
  compact: boolean;
  'print-preview': boolean;
  'heading-level': number;
  theme: '' | 'light' | 'dark' | 'auto';
  strings: Record<string, string>;
  src: string;
  lang: string;
}

const attr = attributesOf('kw-side-effects');

const meta: Meta<SideEffectsArgs> = {
  title: 'Widgets/Side effects',
  component: 'kw-side-effects',
  parameters: {
    docs: {
      description: {
        component:
          'How common each side effect is (natural frequencies vs placebo, only for verified label figures), when it happens, how serious it is, ' +
          'when to get help, and the sources. Built-in sets: `esketamine` (US label table, with the boxed warning), `iv` (words only) and `long-term`. ' +
          'Give your own list with `data`, an inline `<script type="application/json">` or `src`: the smallest is `[{ "name": "Nausea" }]`, ' +
          'and what it leaves out is shown as "not stated". See **Widgets/Side effects/Data format** for every field and its default.',
      },
    },
  },
  args: {
    set: '',
    'group-by': 'timing',
    sort: 'frequency',
    severity: '',
    compact: false,
    'print-preview': false,
    'heading-level': 2,
    theme: '',
    strings: {},
    src: '',
    lang: '',
  },
  argTypes: {
    set: {
      control: { type: 'select', labels: { '': '(first set: esketamine)' } },
      options: ['', 'esketamine', 'iv', 'long-term', 'iv long-term', 'all'],
    },
    'group-by': { control: 'inline-radio', options: ['timing', 'severity', 'none'] },
    sort: { control: 'inline-radio', options: ['frequency', 'none'] },
    severity: {
      control: { type: 'select', labels: { '': '(all)' } },
      options: ['', 'mild', 'moderate', 'serious', 'moderate serious'],
    },
    compact: { control: 'boolean' },
    'print-preview': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    strings: { control: 'object' },
    src: { control: 'text' },
    lang: { control: 'select', options: ['', 'en', 'es', 'es-US'] },
  },
  render: (args) => html`<kw-side-effects
    set=${attr('set', args.set)}
    group-by=${attr('group-by', args['group-by'])}
    sort=${attr('sort', args.sort)}
    severity=${attr('severity', args.severity)}
    ?compact=${args.compact}
    ?print-preview=${args['print-preview']}
    heading-level=${attr('heading-level', args['heading-level'])}
    theme=${attr('theme', args.theme)}
    strings=${attr('strings', args.strings)}
    src=${attr('src', args.src)}
    lang=${attr('lang', args.lang)}
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
export const Dark: Story = { args: { theme: 'dark', set: 'all' }, decorators: [darkPage] };
export const Spanish: Story = { args: { lang: 'es', set: 'all' } };
export const OverriddenStrings: Story = { args: { strings: { placebo: 'Sugar pill', mild: 'Minor' } } };
export const ItemExpanded: Story = {
  name: 'An item expanded',
  parameters: { docs: { story: { autoplay: true }, description: { story: 'The reader opened the first item: its description, when it happens, when to get help and its sources.' } } },
  play: clickInWidget('kw-side-effects', '[part~="disclosure"]'),
};
export const PhoneWidth: Story = { name: 'Phone width (320 px)', ...phoneWidth };

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

export const MinimalList: Story = {
  name: 'Blogger: the smallest list (inline JSON)',
  render: () => html`<kw-side-effects>
    <script type="application/json">
      [{ "name": "Nausea" }, { "name": "Dizziness", "frequency": "common" }, { "name": "Feeling tired", "timing": "after", "severity": "mild" }]
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
