import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import manifest from '../dist/custom-elements.json';
import { argTypesFromManifest, eventNames, type Manifest } from './manifest-arg-types.js';

setCustomElementsManifest(manifest);

// "Show code" gives what a page should paste: boolean attributes bare, JSON attributes in single quotes.
// Only rendered HTML is touched, not the source of stories written as code.
function pasteableSource(code: string): string {
  if (!code.trimStart().startsWith('<')) return code;
  return code
    .replace(/(\s[\w-]+)=""/g, '$1')
    .replace(/(\s[\w-]+)="([^"']*&quot;[^"']*)"/g, (_match, name: string, value: string) => `${name}='${value.replace(/&quot;/g, '"')}'`);
}

// The "Motion" toolbar: Storybook cannot change the reader's real setting, so `matchMedia` answers the
// reduced-motion query from the toolbar and tells listeners when it changes, as the browser would.
const REDUCED = '(prefers-reduced-motion: reduce)';
const nativeMatchMedia = window.matchMedia.bind(window);
let forcedReduced: boolean | undefined;
const reducedListeners = new Set<(event: MediaQueryListEvent) => void>();
window.matchMedia = (query: string): MediaQueryList => {
  const real = nativeMatchMedia(query);
  if (query.replace(/\s+/g, ' ').trim() !== REDUCED) return real;
  return Object.defineProperties(Object.create(real) as MediaQueryList, {
    matches: { get: () => forcedReduced ?? real.matches },
    media: { value: REDUCED },
    addEventListener: { value: (_type: string, listener: (event: MediaQueryListEvent) => void) => reducedListeners.add(listener) },
    removeEventListener: { value: (_type: string, listener: (event: MediaQueryListEvent) => void) => reducedListeners.delete(listener) },
  });
};
function setReducedMotion(value: boolean | undefined): void {
  if (value === forcedReduced) return;
  forcedReduced = value;
  const matches = value ?? nativeMatchMedia(REDUCED).matches;
  for (const listener of reducedListeners) listener({ matches, media: REDUCED } as MediaQueryListEvent);
}

// Language, colour scheme and reduced motion from the toolbar, applied the way a host page would:
// `lang` and `color-scheme` on an ancestor, which every widget follows.
const withPageSettings: Decorator = (story, context) => {
  const { locale, scheme, motion, errors } = context.globals as { locale?: string; scheme?: string; motion?: string; errors?: string };
  // Storybook is where pages are edited: data problems are listed, unless the toolbar asks for the reader's view.
  document.documentElement.toggleAttribute('data-kw-debug', errors !== 'reader');
  setReducedMotion(motion === 'reduce' ? true : motion === 'full' ? false : undefined);
  const dark = scheme === 'dark';
  document.documentElement.style.colorScheme = scheme === 'dark' ? 'dark' : scheme === 'light' ? 'light' : '';
  document.body.style.background = dark ? '#0d1117' : '';
  document.body.style.color = dark ? '#e6edf3' : '';
  return html`<div lang=${locale ?? 'en'}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withPageSettings, withActions],
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
    errors: {
      description: 'How data problems show: listed for the page author (data-kw-debug), or one calm line as readers see them',
      toolbar: {
        title: 'Errors',
        icon: 'alert',
        items: [
          { value: 'author', title: 'Errors: listed for the author' },
          { value: 'reader', title: 'Errors: as readers see them' },
        ],
        dynamicTitle: true,
      },
    },
    motion: {
      description: 'The reader\'s motion preference (prefers-reduced-motion)',
      toolbar: {
        title: 'Motion',
        icon: 'play',
        items: [
          { value: 'system', title: 'Motion: system setting' },
          { value: 'reduce', title: 'Reduced motion' },
          { value: 'full', title: 'Full motion' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', scheme: 'page', motion: 'system', errors: 'author' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    // The widgets' events appear in the Actions panel.
    actions: { handles: eventNames(manifest as Manifest) },
    docs: {
      extractArgTypes: (tagName: string) => argTypesFromManifest(manifest as Manifest, tagName),
      source: { excludeDecorators: true, transform: pasteableSource },
    },
  },
};
export default preview;
