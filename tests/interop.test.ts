// The built widgets inside React 19 and Vue 3 pages: they render, take properties, and emit events.
import { expect, waitUntil } from '@open-wc/testing';
import { loadPage } from './support/helpers.js';

type ProbedWindow = Window & typeof globalThis & { __problems: string[]; __ready?: boolean };

const pages = { react: 'React 19', 'react-esm': 'React 19 (unbundled build, one element, the app\'s Lit)', vue: 'Vue 3' };
for (const [framework, name] of Object.entries(pages)) {
  describe(`in a ${name} page`, () => {
    let frame: HTMLIFrameElement;
    afterEach(() => frame.remove());

    it('renders, takes the data property, and its kw-dismiss event reaches the framework', async () => {
      frame = await loadPage(`/tests/pages/${framework}.html`);
      const win = frame.contentWindow as ProbedWindow;
      await waitUntil(() => win.__ready && frame.contentDocument!.querySelector('kw-disclaimer')?.shadowRoot?.querySelector('[part~="crisis"]'), 'did not render', { timeout: 8000 });
      const el = frame.contentDocument!.querySelector('kw-disclaimer')!;
      const crisis = el.shadowRoot!.querySelector('[part~="crisis"]')!;
      expect(crisis.textContent).to.contain('9-8-8 Suicide Crisis Helpline');
      expect(el.shadowRoot!.querySelector('a[href="tel:988"]')).to.not.equal(null);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
      await waitUntil(() => frame.contentDocument!.getElementById('dismissals')!.textContent === '1', 'the framework did not see kw-dismiss');
      expect(el.hasAttribute('dismissed')).to.equal(true);
      expect(win.__problems).to.deep.equal([]);
    });
  });
}
