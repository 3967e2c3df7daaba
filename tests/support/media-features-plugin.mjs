// Test-runner command "set-media-features": emulates CSS media features through the DevTools protocol,
// including forced-colors, which @web/test-runner-commands' emulateMedia cannot do in Chromium.
// One DevTools session per page: emulation set through one session is not cleared through another.
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'kw-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}
