import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/disclaimer/disclaimer.js';

interface DisclaimerArgs {
  variant: 'inline' | 'banner';
  position: 'top' | 'bottom';
  region: string;
  dismissible: boolean;
  remember: number;
  'storage-key': string;
  'heading-level': number;
  reviewed: string;
  theme: '' | 'light' | 'dark' | 'auto';
  src: string;
  lang: string;
}

const meta: Meta<DisclaimerArgs> = {
  title: 'Widgets/Disclaimer',
  component: 'kw-disclaimer',
  parameters: {
    docs: {
      description: {
        component:
          'A "not medical advice" notice with crisis-line resources. Put your own text inside the element to replace the built-in text; ' +
          'it stays readable before JavaScript runs. The crisis strip follows the language region (`en-US` → US, `en-GB` → UK), or set `region`.',
      },
    },
  },
  args: {
    variant: 'inline',
    position: 'top',
    region: 'auto',
    dismissible: false,
    remember: 0,
    'storage-key': 'kw-disclaimer-dismissed',
    'heading-level': 2,
    reviewed: '',
    theme: '',
    src: '',
    lang: '',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['inline', 'banner'] },
    position: { control: 'inline-radio', options: ['top', 'bottom'], if: { arg: 'variant', eq: 'banner' } },
    region: { control: 'select', options: ['auto', 'US', 'UK', 'intl', 'none'] },
    dismissible: { control: 'boolean' },
    remember: { control: { type: 'number', min: 0, max: 365 } },
    'storage-key': { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    reviewed: { control: 'text', description: 'Date the text was last reviewed, YYYY-MM-DD.' },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    src: { control: 'text', description: 'URL of a JSON file of crisis resources.' },
    lang: { control: 'select', options: ['', 'en', 'en-US', 'en-GB', 'es', 'es-US', 'es-MX'] },
  },
  render: (args) => html`<kw-disclaimer
    variant=${args.variant}
    position=${args.position}
    region=${args.region}
    ?dismissible=${args.dismissible}
    remember=${args.remember}
    storage-key=${args['storage-key']}
    heading-level=${args['heading-level']}
    reviewed=${ifDefined(args.reviewed || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    src=${ifDefined(args.src || undefined)}
    lang=${ifDefined(args.lang || undefined)}
  ></kw-disclaimer>`,
};
export default meta;
type Story = StoryObj<DisclaimerArgs>;

export const Default: Story = {};

export const UnitedStates: Story = { args: { region: 'US', reviewed: '2026-11-01' } };
export const UnitedKingdom: Story = { args: { region: 'UK', lang: 'en-GB' } };
export const International: Story = { args: { region: 'intl' } };
export const NoCrisisStrip: Story = { args: { region: 'none' } };
export const AutoRegionFromLanguage: Story = {
  name: 'Auto region from lang="en-GB"',
  args: { region: 'auto', lang: 'en-GB' },
};

export const Spanish: Story = { args: { lang: 'es-US', region: 'US', reviewed: '2026-11-01' } };

export const Dark: Story = {
  args: { theme: 'dark', region: 'US' },
  decorators: [(story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`],
};

export const Dismissible: Story = { args: { dismissible: true } };

export const StickyBanner: Story = {
  args: { variant: 'banner', dismissible: true, region: 'US' },
  render: (args) => html`${meta.render!(args, {} as never)}
    <div style="padding:1rem">${Array.from({ length: 12 }, (_, i) => html`<p>Page paragraph ${i + 1}. Scroll to see the banner stay at the top.</p>`)}</div>`,
};

export const BannerAtBottom: Story = {
  args: { variant: 'banner', position: 'bottom', region: 'US' },
  render: StickyBanner.render,
};

export const OwnText: Story = {
  name: 'Your own text (works without JavaScript)',
  render: (args) => html`<kw-disclaimer region=${args.region}>
    <p>Our clinic shares this page for education. It is not a diagnosis or a treatment plan.</p>
    <p>Talk with a licensed clinician about your own situation.</p>
  </kw-disclaimer>`,
};

export const CustomCrisisLines: Story = {
  name: 'Custom crisis resources (inline JSON)',
  render: () => html`<kw-disclaimer region="CA">
    <script type="application/json">
      {
        "regions": {
          "CA": {
            "name": "Canada",
            "emergency": "911",
            "lines": [
              { "id": "ca_988", "name": "9-8-8 Suicide Crisis Helpline", "description": "Example only: check it with the service before you publish.", "contacts": [{ "type": "call", "value": "988" }, { "type": "text", "value": "988" }] }
            ]
          }
        }
      }
    </script>
  </kw-disclaimer>`,
};

export const InvalidData: Story = {
  name: 'Error: invalid crisis data',
  render: () => html`<kw-disclaimer>
    <script type="application/json">
      { "regions": { "US": { "name": "US", "lines": [{ "id": "x", "name": "Line", "contacts": [{ "type": "fax", "value": "abc" }] }] } } }
    </script>
  </kw-disclaimer>`,
};

export const MissingSource: Story = {
  name: 'Error: src not found',
  args: { src: '/does-not-exist.json' },
};

export const Themed: Story = {
  name: 'Theming with --kw-* tokens and parts',
  render: () => html`<style>
      .brand {
        /* light-dark() keeps the brand colours readable when the page or the reader uses dark mode. */
        --kw-color-info: light-dark(#6b2fa0, #d2a8ff);
        --kw-color-info-surface: light-dark(#f6f0fb, #24163a);
        --kw-radius: 0;
        font-family: Georgia, serif;
      }
      .brand::part(heading) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
    </style>
    <kw-disclaimer class="brand" region="US"></kw-disclaimer>`,
};

export const HeadingLevel: Story = { args: { 'heading-level': 3 } };

