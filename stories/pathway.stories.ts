import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/pathway/pathway.js';
import { attributesOf } from './support/attribute-values.js';
import { clickInWidget, darkPage, phoneWidth } from './support/frames.js';

interface PathwayArgs {
  'show-alternatives': boolean;
  orientation: 'auto' | 'horizontal' | 'vertical';
  'step-mode': boolean;
  step: number;
  'heading-level': number;
  export: boolean;
  theme: '' | 'light' | 'dark' | 'auto';
  src: string;
  strings: Record<string, string>;
  lang: string;
}

const attr = attributesOf('kw-pathway');

const meta: Meta<PathwayArgs> = {
  title: 'Widgets/Pathway',
  component: 'kw-pathway',
  parameters: {
    docs: {
      description: {
        component:
          'An explorable, sourced diagram of how ketamine may relieve depression. Every node shows its confidence (established / supported / debated) as text and as a line style; ' +
          'click a node, or focus it and press Enter, for its description and sources. Arrow keys follow the arrows (downstream / upstream) and move between neighbours. ' +
          'Step mode walks the story one node at a time (Previous | Play | Next; the bar sticks below a site header of `--kw-sticky-offset`); "Show as text" puts the same story as a list in the diagram\'s place, which screen readers can always reach. ' +
          'With stages in the data (the built-in pathway has five), the diagram reads left to right in rows of stages that fit the width, and one column on a phone; labels are set at the page\'s text size. ' +
          '`toSVG(shape)` and `toPNG(scale, shape)` (shape `wide` 16:9, `square` or `tall` 4:5), or the `export` attribute, give a picture for posts and social media. ' +
          'Bring your own pathway with the `data` property, an inline `<script type="application/json">` child, or `src`: see **Widgets/Pathway/Data format**.',
      },
    },
  },
  args: {
    'show-alternatives': false,
    orientation: 'auto',
    'step-mode': false,
    step: 0,
    'heading-level': 2,
    export: false,
    theme: '',
    src: '',
    strings: {},
    lang: '',
  },
  argTypes: {
    'show-alternatives': { control: 'boolean' },
    orientation: { control: 'inline-radio', options: ['auto', 'horizontal', 'vertical'] },
    'step-mode': { control: 'boolean' },
    step: { control: { type: 'number', min: 0, max: 30 } },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    export: { control: 'boolean' },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    src: { control: 'text' },
    strings: { control: 'object' },
    lang: { control: 'select', options: ['', 'en', 'es', 'es-MX'] },
  },
  render: (args) => html`<kw-pathway
    ?show-alternatives=${args['show-alternatives']}
    orientation=${attr('orientation', args.orientation)}
    ?step-mode=${args['step-mode']}
    step=${attr('step', args.step)}
    heading-level=${attr('heading-level', args['heading-level'])}
    ?export=${args.export}
    theme=${attr('theme', args.theme)}
    src=${attr('src', args.src)}
    strings=${attr('strings', args.strings)}
    lang=${attr('lang', args.lang)}
  ></kw-pathway>`,
};
export default meta;
type Story = StoryObj<PathwayArgs>;

export const Default: Story = {};
export const Alternatives: Story = { name: 'With alternative hypotheses', args: { 'show-alternatives': true } };
export const StepMode: Story = { args: { 'step-mode': true, step: 2 } };
export const Horizontal: Story = { args: { orientation: 'horizontal' } };
export const Narrow: Story = { name: 'Phone width (320 px)', ...phoneWidth };
export const NarrowWithAlternatives: Story = { name: 'Phone width with alternative hypotheses', args: { 'show-alternatives': true }, ...phoneWidth };
export const DetailsOpen: Story = {
  name: 'Details of a step open',
  parameters: { docs: { description: { story: 'The reader clicked "BDNF released": its description, confidence and sources open in a popover beside it (under it on a phone). Escape or Close returns focus to the node. (Open the story to see it; the docs page shows the diagram closed.)' } } },
  play: clickInWidget('kw-pathway', '[data-id="bdnf_release"]'),
};
export const TextVersion: Story = {
  name: 'Text version shown',
  parameters: { docs: { story: { autoplay: true }, description: { story: 'After "Show as text": the same story as a list, with sources, in the diagram\'s place, focused.' } } },
  play: clickInWidget('kw-pathway', 'button.show-text'),
};
export const Dark: Story = { args: { theme: 'dark', 'show-alternatives': true }, decorators: [darkPage] };
export const Spanish: Story = { args: { lang: 'es', 'step-mode': true } };
export const Export: Story = { name: 'Export menu (SVG / PNG)', args: { export: true } };

export const MinimalJson: Story = {
  name: 'Blogger: the smallest diagram (inline JSON)',
  render: () => html`<kw-pathway>
    <script type="application/json">
      { "nodes": [{ "id": "k", "label": "Ketamine" }, { "id": "n", "label": "NMDA receptor" }], "edges": [{ "from": "k", "to": "n" }] }
    </script>
  </kw-pathway>`,
};

export const FromMermaid: Story = {
  name: 'Blogger: from a Mermaid flowchart',
  render: () => html`<kw-pathway>
    <script type="text/x-mermaid">
      flowchart LR
        %% kw: title How ketamine may ease depression
        %% kw: caption A simplified sketch; most steps come from studies in animals.
        K([Low-dose ketamine]) --> N[NMDA receptors blocked] --> G[Glutamate surge]
        G ==> A[AMPA receptors activated] --> B[BDNF released]
        B -.-> S[New spines form] --> M((Mood lifts))
        %% kw: confidence K established
        %% kw: confidence N established
        %% kw: confidence B supported
    </script>
  </kw-pathway>`,
};

export const LabelledArrows: Story = {
  name: 'Blogger: words on the arrows',
  render: () => html`<kw-pathway>
    <script type="application/json">
      {
        "title": "How ketamine may ease depression",
        "caption": "A simplified sketch; most steps come from studies in animals.",
        "nodes": [
          { "id": "k", "label": "Low-dose ketamine", "confidence": "established" },
          { "id": "n", "label": "NMDA receptors", "confidence": "established" },
          { "id": "g", "label": "Glutamate surge", "confidence": "supported" },
          { "id": "b", "label": "BDNF released", "confidence": "supported" },
          { "id": "s", "label": "New spines form", "confidence": "supported" }
        ],
        "edges": [
          { "from": "k", "to": "n", "effect": "inhibits", "label": "blocks" },
          { "from": "n", "to": "g", "label": "within minutes" },
          { "from": "g", "to": "b", "label": "through AMPA receptors" },
          { "from": "b", "to": "s", "label": "over hours, in mice" }
        ]
      }
    </script>
  </kw-pathway>`,
};

export const CustomInlineJson: Story = {
  name: 'Custom pathway (inline JSON)',
  render: () => html`<kw-pathway step-mode>
    <script type="application/json">
      {
        "title": { "en": "Caffeine and alertness", "es": "Cafeína y estado de alerta" },
        "caption": "A made-up example to show the data format.",
        "nodes": [
          { "id": "coffee", "label": "Coffee", "description": "A cup of coffee.", "kind": "drug", "confidence": "established", "refs": ["Example 2024"] },
          { "id": "adenosine", "label": "Adenosine receptors", "description": "Caffeine blocks them.", "kind": "receptor", "confidence": "established" },
          { "id": "sleepy", "label": "Sleep pressure", "description": "The signal that makes you sleepy.", "kind": "cell", "confidence": "supported" },
          { "id": "alert", "label": "Feeling alert", "description": "You feel more awake.", "kind": "outcome", "confidence": "debated" }
        ],
        "edges": [
          { "from": "coffee", "to": "adenosine", "effect": "inhibits" },
          { "from": "adenosine", "to": "sleepy", "effect": "leads-to", "confidence": "supported" },
          { "from": "sleepy", "to": "alert", "effect": "inhibits", "confidence": "debated" }
        ]
      }
    </script>
  </kw-pathway>`,
};

export const ErrorMalformed: Story = {
  name: 'Error: malformed inline JSON',
  render: () => html`<kw-pathway><script type="application/json">{ "nodes": [ </script></kw-pathway>`,
};

export const ErrorDangling: Story = {
  name: 'Error: edge to a missing node',
  render: () => html`<kw-pathway>
    <script type="application/json">
      { "nodes": [{ "id": "a", "label": "A", "description": "A", "kind": "cell", "confidence": "debated" }], "edges": [{ "from": "a", "to": "mtor", "effect": "boosts" }] }
    </script>
  </kw-pathway>`,
};

export const ErrorMissingSource: Story = { name: 'Error: src not found', args: { src: '/does-not-exist.json' } };
