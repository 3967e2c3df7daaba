import type { StorybookConfig } from '@storybook/web-components-vite';

// Offline-friendly: no telemetry, no update checks (see README).
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The built bundle is served beside Storybook, so snippets from the embed-code builder work when pasted.
  staticDirs: [{ from: '../dist', to: '/dist' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
