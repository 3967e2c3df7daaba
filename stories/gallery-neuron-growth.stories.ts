import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/neuron-growth/neuron-growth.js';
import { gallery } from './support/gallery.js';

const meta: Meta = {
  title: 'Gallery/Neuron growth',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The neuron on the pages it meets: the first frame before play (the finished cell faint in `grow`), the labelled ' +
          'timeline at every width, light and dark (also a dark theme without `color-scheme`), English and Spanish, 14 px and 20 px text.',
      },
    },
  },
};
export default meta;

export const Restore: StoryObj = { render: () => gallery(() => html`<kw-neuron-growth scene="restore"></kw-neuron-growth>`) };

export const GrowPoster: StoryObj = { render: () => gallery(() => html`<kw-neuron-growth scene="grow"></kw-neuron-growth>`) };
