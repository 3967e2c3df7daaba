import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/disclaimer/disclaimer.js';
import { attributesOf } from './support/attribute-values.js';
import { darkPage, phoneWidth } from './support/frames.js';

interface DisclaimerArgs {
  variant: 'inline' | 'banner';
  position: 'top' | 'bottom';
  region: string;
  dismissible: boolean;
  dismissed: boolean;
  remember: number;
  'storage-key': string;
  'heading-level': number;
  reviewed: string;
  strings: Record<string, string>;
  theme: '' | 'light' | 'dark' | 'auto';
  src: string;
  lang: string;
}

const attr = attributesOf('kw-disclaimer');
const renderDisclaimer = (args: DisclaimerArgs) => html`<kw-disclaimer
  variant=${attr('variant', args.variant)}
  position=${attr('position', args.position)}
  region=${attr('region', args.region)}
  ?dismissible=${args.dismissible}
  ?dismissed=${args.dismissed}
  remember=${attr('remember', args.remember)}
  storage-key=${attr('storage-key', args['storage-key'])}
  heading-level=${attr('heading-level', args['heading-level'])}
  reviewed=${attr('reviewed', args.reviewed)}
  strings=${attr('strings', args.strings)}
  theme=${attr('theme', args.theme)}
  src=${attr('src', args.src)}
  lang=${attr('lang', args.lang)}
></kw-disclaimer>`;

/** Paragraphs of a page around a banner, so that it has something to stick over. */
const pageText = (count: number, text: string) =>
  html`<div style="padding:1rem">${Array.from({ length: count }, (_, i) => html`<p>Page paragraph ${i + 1}. ${text}</p>`)}</div>`;

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
    dismissed: false,
    remember: 0,
    'storage-key': 'kw-disclaimer-dismissed',
    'heading-level': 2,
    reviewed: '',
    strings: {},
    theme: '',
    src: '',
    lang: '',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['inline', 'banner'] },
    position: {
      control: 'inline-radio',
      options: ['top', 'bottom'],
      description: 'Where a banner sticks: `top` or `bottom`. Applies to `variant="banner"` only; an inline notice stays where it is.',
    },
    region: { control: 'select', options: ['auto', 'US', 'UK', 'intl', 'none'] },
    dismissible: { control: 'boolean' },
    dismissed: { control: 'boolean' },
    remember: { control: { type: 'number', min: 0, max: 365 } },
    'storage-key': { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    reviewed: { control: 'text' },
    strings: { control: 'object' },
    theme: { control: 'select', options: ['', 'light', 'dark', 'auto'] },
    src: { control: 'text' },
    lang: { control: 'select', options: ['', 'en', 'en-US', 'en-GB', 'es', 'es-US', 'es-MX'] },
  },
  render: renderDisclaimer,
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

export const Dark: Story = { args: { theme: 'dark', region: 'US' }, decorators: [darkPage] };

export const Dismissible: Story = { args: { dismissible: true } };

export const Dismissed: Story = {
  name: 'Dismissed (crisis lines stay)',
  args: { dismissed: true, dismissible: true, region: 'US' },
  parameters: { docs: { description: { story: 'After a dismissal only the crisis lines remain: someone in crisis never needs a click to find them.' } } },
};

export const PhoneWidth: Story = { name: 'Phone width (320 px)', args: { region: 'US', dismissible: true }, ...phoneWidth };

export const StickyBanner: Story = {
  args: { variant: 'banner', dismissible: true, region: 'none' },
  parameters: {
    layout: 'fullscreen',
    docs: {
      story: { inline: false, height: '480px' },
      description: {
        story:
          'A banner sticks while it is shorter than a third of the window. This one has no crisis strip (`region="none"`, for pages that show ' +
          'crisis lines elsewhere) so that it sticks in this small frame; with the strip it sticks in windows about three times its height.',
      },
    },
  },
  render: (args) => html`${renderDisclaimer(args)}${pageText(16, 'Scroll: the banner stays at the top of the window.')}`,
};

export const BannerAtBottom: Story = {
  args: { ...StickyBanner.args, position: 'bottom' },
  parameters: { layout: 'fullscreen', docs: { story: { inline: false, height: '480px' } } },
  render: (args) => html`${pageText(16, 'Scroll: the banner stays at the bottom of the window.')}${renderDisclaimer(args)}`,
};

export const BannerOnShortWindow: Story = {
  name: 'Banner on a short window (scrolls away)',
  args: { variant: 'banner', dismissible: true, region: 'US' },
  parameters: {
    layout: 'fullscreen',
    docs: {
      story: { inline: false, height: '480px' },
      description: { story: 'A banner taller than a third of the window would hide too much of the page (WCAG 1.4.10), so it scrolls with the page instead of sticking.' },
    },
  },
  render: (args) =>
    html`${renderDisclaimer(args)}${pageText(16, 'This banner is taller than a third of the window, so it scrolls away with the page; in a taller window it sticks.')}`,
};

export const BannerSpanishDark: Story = {
  name: 'Banner in Spanish, dark',
  args: { variant: 'banner', dismissible: true, region: 'US', lang: 'es-US', theme: 'dark' },
  decorators: [darkPage],
};

export const OwnText: Story = {
  name: 'Your own text (works without JavaScript)',
  render: (args) => html`<kw-disclaimer region=${attr('region', args.region)}>
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

