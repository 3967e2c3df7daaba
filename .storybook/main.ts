import type { StorybookConfig } from '@storybook/web-components-vite';

// Offline-friendly: no telemetry, no update checks (see README).
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The built bundle is served beside Storybook, so snippets from the embed-code builder work when pasted.
  // Not at /dist: in the dev server that would shadow dist/custom-elements.json, which the preview imports as
  // a module (Vite must transform it), and every story would be blank.
  staticDirs: [{ from: '../dist', to: '/widgets' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
