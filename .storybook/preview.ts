import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../dist/custom-elements.json';

setCustomElementsManifest(manifest);

// Language, colour scheme and reduced motion from the toolbar, applied the way a host page would:
// `lang` and `color-scheme` on an ancestor, which every widget follows.
const withPageSettings: Decorator = (story, context) => {
  const { locale, scheme } = context.globals as { locale?: string; scheme?: string };
  const dark = scheme === 'dark';
  document.documentElement.style.colorScheme = scheme === 'dark' ? 'dark' : scheme === 'light' ? 'light' : '';
  document.body.style.background = dark ? '#0d1117' : '';
  document.body.style.color = dark ? '#e6edf3' : '';
  return html`<div lang=${locale ?? 'en'}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withPageSettings],
  globalTypes: {
    locale: {
      description: 'Language of the page around the widget',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'en-GB', title: 'English (UK)' },
          { value: 'es-MX', title: 'Español (México)' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme of the page around the widget',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'page', title: 'Page default' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', scheme: 'page' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
