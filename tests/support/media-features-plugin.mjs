// Test-runner command "set-media-features": emulates CSS media features through the DevTools protocol,
// including forced-colors, which @web/test-runner-commands' emulateMedia cannot do in Chromium.
export function mediaFeaturesPlugin() {
  return {
    name: 'kw-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      const client = await page.createCDPSession();
      await client.send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}
