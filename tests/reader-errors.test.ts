// What a reader sees when a page's data for a widget is wrong: one calm sentence in the widget's style, no
// developer text; the author finds the list in the console, or in the widget with `debug`.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { captureWarnings } from './support/helpers.js';

const CASES = [
  ['kw-pathway', html`<kw-pathway><script type="application/json">{ "nodes": [{ "id": "k" }], }</script></kw-pathway>`, 'This diagram could not be shown.'],
  ['kw-side-effects', html`<kw-side-effects .data=${{ sets: 'none' }}></kw-side-effects>`, 'This list of side effects could not be shown.'],
  ['kw-neuron-growth', html`<kw-neuron-growth><script type="text/x-swc">1 1 0 0 0 5 -1\n2 3 x 0 0 1 1</script></kw-neuron-growth>`, 'This drawing could not be shown.'],
  ['kw-disclaimer', html`<kw-disclaimer .data=${{ regions: {} }}></kw-disclaimer>`, "This page's own crisis resources could not be shown, so the built-in ones are shown instead."],
] as const;

describe('bad data, as readers and authors see it', () => {
  before(() => document.documentElement.removeAttribute('data-kw-debug'));
  after(() => document.documentElement.setAttribute('data-kw-debug', ''));

  for (const [tag, template, sentence] of CASES) {
    it(`<${tag}> shows readers one calm sentence; the console has the details`, async () => {
      const warnings = captureWarnings();
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
        const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        const box = el.shadowRoot!.querySelector('[part~="error"]')!;
        expect(box, 'an error box').to.not.equal(null);
        expect(box.textContent!.trim()).to.equal(sentence);
        expect(box.querySelector('ul, code, pre')).to.equal(null);
        expect(warnings.messages.join('\n')).to.contain(`<${tag}>`);
      } finally {
        warnings.restore();
      }
    });

    it(`<${tag}> with debug lists the problems for the author, at most five and "…and N more"`, async () => {
      const warnings = captureWarnings();
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
        const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        el.setAttribute('debug', '');
        await el.updateComplete;
        const box = el.shadowRoot!.querySelector('[part~="error"]')!;
        expect(box.textContent).to.contain(sentence).and.contain('For the page’s author');
        expect(box.querySelectorAll('li').length).to.be.within(1, 5);
      } finally {
        warnings.restore();
      }
    });
  }

  it('lists five problems and says how many more there are', async () => {
    const warnings = captureWarnings();
    try {
      const nodes = Array.from({ length: 8 }, (_, i) => ({ id: `n${i}` }));
      const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<kw-pathway debug .data=${{ nodes }}></kw-pathway>`);
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector('[part~="error"]')!;
      expect(box.querySelectorAll('li')).to.have.length(5);
      expect(box.textContent).to.contain('…and 3 more problems.');
    } finally {
      warnings.restore();
    }
  });
});
