import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/side-effects/side-effects.js';
import { gallery } from './support/gallery.js';

const meta: Meta = {
  title: 'Gallery/Side effects',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The side-effect list on the pages it meets (widths, light and dark, a dark theme without `color-scheme`, English and ' +
          'Spanish, 14 px and 20 px text): title, "When to get help" first, the most common items with "Show all 28", boxed-warning badges.',
      },
    },
  },
};
export default meta;

export const Pages: StoryObj = { render: () => gallery(() => html`<kw-side-effects></kw-side-effects>`) };

export const LongTermRisks: StoryObj = { render: () => gallery(() => html`<kw-side-effects set="long-term" heading-level="3"></kw-side-effects>`) };
