import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/disclaimer/disclaimer.js';
import { gallery } from './support/gallery.js';

const meta: Meta = {
  title: 'Gallery/Disclaimer',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The disclaimer on the pages it meets: 320, 768 and 1280 px, light and dark, English and Spanish, a 680 px blog column, ' +
          'a dark theme that sets no `color-scheme` (the widget follows the background), and 14 px and 20 px body text (the type ' +
          'and space scales follow the host font). Short by default: the notice, the crisis lines, then "More about this notice".',
      },
    },
  },
};
export default meta;

export const Pages: StoryObj = { render: () => gallery(() => html`<kw-disclaimer region="US" dismissible></kw-disclaimer>`) };

export const FullText: StoryObj = { render: () => gallery(() => html`<kw-disclaimer region="US" detail="full" reviewed="2026-11-01"></kw-disclaimer>`) };
