// Test-runner command "screenshot": a PNG (base64) of a region of the test page, in CSS pixels of the document,
// taken through the DevTools protocol, so that a test can compare what is actually painted.
export function screenshotPlugin() {
  return {
    name: 'kw-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      const client = await page.createCDPSession();
      try {
        const { data } = await client.send('Page.captureScreenshot', { format: 'png', clip: { ...payload.clip, scale: 1 } });
        return data;
      } finally {
        await client.detach();
      }
    },
  };
}
