import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import './embed-builder/embed-builder.js';

const meta: Meta = {
  title: 'Guides/Embed code builder',
  tags: ['!autodocs'],
  parameters: {
    layout: 'padded',
    docs: { description: { component: 'Pick a widget and its options, check the preview, and copy the code into your page.' } },
  },
  render: () => html`<kw-embed-builder></kw-embed-builder>`,
};
export default meta;

export const Builder: StoryObj = { name: 'Embed code builder' };
