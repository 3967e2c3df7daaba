// Test-runner commands that need the DevTools protocol, sharing one session per page (emulation set through one
// session is not cleared through another):
// - "set-media-features": emulates CSS media features, including forced-colors, which
//   @web/test-runner-commands' emulateMedia cannot do in Chromium;
// - "screenshot": a PNG (base64) of a region of the page, in CSS pixels of the document, so that a test can
//   compare what is actually painted.
const sessions = new WeakMap();

export function devtoolsPlugin() {
  return {
    name: 'kw-devtools',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-media-features' && command !== 'screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      if (command === 'screenshot') {
        const { data } = await client.send('Page.captureScreenshot', { format: 'png', clip: { ...payload.clip, scale: 1 } });
        return data;
      }
      await client.send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}
