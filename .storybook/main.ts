import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { prerenderRequest } from '../scripts/prerender-cli.mjs';

// In the dev server (npm start), the embed-code builder's "pre-rendered HTML" comes from the CLI through this
// route; a static Storybook has no server, and the builder then shows the command to run instead.
const prerenderRoute: Plugin = {
  name: 'kw-prerender-route',
  configureServer(server) {
    server.middlewares.use('/__prerender', (req, res, next) => {
      if (req.method !== 'POST') return next();
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        void prerenderRequest(Buffer.concat(chunks).toString('utf8')).then((answer) => {
          res.statusCode = answer.status;
          res.setHeader('Content-Type', answer.type);
          res.end(answer.body);
        }, next);
      });
    });
  },
};

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
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), prerenderRoute] }),
};
export default config;
