import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/neuron-growth/neuron-growth.js';
import type { KwNeuronGrowth } from '../src/components/neuron-growth/neuron-growth.component.js';
import { attributesOf } from './support/attribute-values.js';
import { phoneWidth, renderedWidget } from './support/frames.js';

interface NeuronGrowthArgs {
  scene: 'grow' | 'stress' | 'restore' | 'compare';
  seed: number;
  autoplay: boolean;
  loop: boolean;
  speed: number;
  export: boolean;
  src: string;
  strings: Record<string, string>;
  theme: '' | 'light' | 'dark' | 'auto';
  lang: string;
}

const attr = attributesOf('kw-neuron-growth');

// A small hand-made neuron in NeuroMorpho's SWC format (n T x y z R P); the axon (type 2) is not drawn.
const SMALL_SWC = `# hand-made example, not a real reconstruction
1 1 0 0 0 8 -1
2 4 0 12 0 1.5 1
3 4 2 80 0 1.3 2
4 4 4 160 0 1.1 3
5 4 -30 220 0 0.7 4
6 4 40 230 0 0.7 4
7 4 -60 260 0 0.5 5
8 4 70 270 0 0.5 6
9 4 -40 120 0 0.6 3
10 3 -12 -8 0 1.0 1
11 3 -60 -50 0 0.8 10
12 3 -90 -110 0 0.5 11
13 3 12 -8 0 1.0 1
14 3 70 -40 0 0.8 13
15 3 100 -100 0 0.5 14
16 3 50 -90 0 0.5 14
17 2 0 -10 0 0.5 1
18 2 0 -200 0 0.4 17
`;
const asDataUrl = (text: string) => `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;

const meta: Meta<NeuronGrowthArgs> = {
  title: 'Widgets/Neuron growth',
  component: 'kw-neuron-growth',
  parameters: {
    docs: {
      description: {
        component:
          'An animated, procedural drawing of dendritic spines on a pyramidal neuron: lost under chronic stress and regrown after one ketamine dose, ' +
          'on an illustrative timeline from rodent studies. The same `seed` always draws the same neuron. Under reduced motion it shows before / after ' +
          'still frames and never autoplays; it draws nothing while off-screen or in a hidden tab. ' +
          '`toPNG()` (or the `export` attribute) gives a labelled still picture for platforms that forbid scripts.',
      },
    },
  },
  args: { scene: 'restore', seed: 1, autoplay: false, loop: false, speed: 1, export: false, src: '', strings: {}, theme: '', lang: '' },
  // The drawing scales to its container; a column of reading width shows it as an article would.
  decorators: [(story) => html`<div style="max-width:40rem">${story()}</div>`],
  argTypes: {
    scene: { control: 'inline-radio', options: ['grow', 'stress', 'restore', 'compare'] },
    seed: { control: { type: 'number', min: 0, step: 1 } },
    autoplay: { control: 'boolean' },
    loop: { control: 'boolean' },
    speed: { control: { type: 'range', min: 0.25, max: 4, step: 0.25 } },
    export: { control: 'boolean' },
    src: { control: 'text' },
    strings: { control: 'object' },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    lang: { control: 'select', options: ['', 'en', 'es'] },
  },
  render: (args) => html`<kw-neuron-growth
    scene=${attr('scene', args.scene)}
    seed=${attr('seed', args.seed)}
    ?autoplay=${args.autoplay}
    ?loop=${args.loop}
    speed=${attr('speed', args.speed)}
    ?export=${args.export}
    src=${attr('src', args.src)}
    strings=${attr('strings', args.strings)}
    theme=${attr('theme', args.theme)}
    lang=${attr('lang', args.lang)}
  ></kw-neuron-growth>`,
};
export default meta;
type Story = StoryObj<NeuronGrowthArgs>;

export const Default: Story = {};
export const Grow: Story = { args: { scene: 'grow', autoplay: true } };
export const Stress: Story = { args: { scene: 'stress', autoplay: true } };
export const Restore: Story = { name: 'Restore (after ketamine)', args: { scene: 'restore', autoplay: true } };
export const Compare: Story = { name: 'Compare (before / after)', args: { scene: 'compare' } };
export const ExportMenu: Story = {
  name: 'Export menu (still picture)',
  args: { scene: 'compare', export: true },
  parameters: { docs: { description: { story: '**Download PNG** saves a still: before and after, with the title, key, counts, note and sources.' } } },
};
export const AnotherSeed: Story = { args: { seed: 2024 } };
export const Seeds: Story = {
  name: 'Several seeds',
  render: (args) => html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem">
    ${[1, 2, 3].map((seed) => html`<kw-neuron-growth scene=${args.scene} seed=${seed}></kw-neuron-growth>`)}
  </div>`,
};
export const Slow: Story = { args: { autoplay: true, loop: true, speed: 0.5 } };
export const Fast: Story = { args: { autoplay: true, loop: true, speed: 3 } };
export const ReducedMotion: Story = {
  name: 'Reduced motion (before / after stills)',
  args: { autoplay: true },
  globals: { motion: 'reduce' },
};
export const MinimalSwc: Story = {
  name: 'Blogger: the smallest SWC file (inline)',
  render: () => html`<kw-neuron-growth scene="compare">
    <script type="text/x-swc">
      1 1 0 0 0 8 -1
      2 3 0 -10 0 1 1
      3 3 0 -40 0 0.8 2
    </script>
  </kw-neuron-growth>`,
};
export const SwcInput: Story = { name: 'SWC file as src', args: { src: asDataUrl(SMALL_SWC), scene: 'compare' } };
export const Dark: Story = { args: { theme: 'dark', scene: 'compare' }, globals: { scheme: 'dark' } };
export const Spanish: Story = { args: { lang: 'es' } };
export const PhoneWidth: Story = { name: 'Phone width (320 px)', args: { scene: 'compare' }, ...phoneWidth };
export const PausedMidway: Story = {
  name: 'Paused halfway (seek)',
  parameters: { docs: { story: { autoplay: true }, description: { story: 'A script called `seek(duration / 2)`: the drawing, scrubber and readout show the middle of the scene.' } } },
  play: async ({ canvasElement }) => {
    const neuron = await renderedWidget<KwNeuronGrowth>(canvasElement, 'kw-neuron-growth');
    neuron.pause();
    neuron.seek(neuron.duration / 2);
  },
};
export const Themed: Story = {
  name: 'Theming with --kw-neuron-* tokens',
  render: () => html`<style>
      .brand {
        --kw-neuron-dendrite: light-dark(#5b2a86, #d7b8f3);
        --kw-neuron-spine: light-dark(#7d4bb0, #e6d3f8);
        --kw-neuron-new-spine: light-dark(#0f766e, #5eead4);
        --kw-neuron-background: light-dark(#faf7fd, #1b1424);
      }
    </style>
    <kw-neuron-growth class="brand" scene="compare" style="max-width: 40rem"></kw-neuron-growth>`,
};
export const ErrorBadColumns: Story = { name: 'Error: SWC with a bad line', args: { src: asDataUrl('1 1 0 0 0 8 -1\n2 3 10 10 0 1\n') } };
export const ErrorCycle: Story = { name: 'Error: SWC with a parent cycle', args: { src: asDataUrl('1 1 0 0 0 8 -1\n2 3 1 1 0 1 3\n3 3 1 1 0 1 2\n') } };
export const ErrorMissing: Story = { name: 'Error: src not found', args: { src: '/does-not-exist.swc' } };
