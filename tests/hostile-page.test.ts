// A clinic's theme and scripts are not ours: what they do to the page must not break or restyle the widgets.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { KwDisclaimer } from '../src/components/disclaimer/disclaimer.js';
import type { KwNeuronGrowth } from '../src/components/neuron-growth/neuron-growth.js';
import type { KwPathway } from '../src/components/pathway/pathway.js';
import type { KwSideEffects } from '../src/components/side-effects/side-effects.js';
import { captureUncaught, settle } from './support/helpers.js';

const WIDGETS = ['kw-disclaimer', 'kw-pathway', 'kw-side-effects', 'kw-neuron-growth'] as const;

/** Adds a page stylesheet for the duration of a test. */
function pageStyle(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

async function mount(tag: string, attributes = ''): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(`<div class="entry-content" style="width:600px"><${tag} ${attributes}></${tag}></div>`);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await settle(el);
  return el;
}

describe('on a hostile page', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await setViewport({ width: 800, height: 600 });
  });

  describe('a theme rule that matches the element itself does not restyle its text', () => {
    for (const tag of WIDGETS) {
      it(tag, async () => {
        const restore = pageStyle(`.entry-content * { text-transform: uppercase; letter-spacing: .1em; word-spacing: .5em;
          text-align: justify; font-style: italic; line-height: 3; white-space: pre; text-indent: 2em; color: hotpink }`);
        try {
          const el = await mount(tag);
          for (const inner of el.shadowRoot!.querySelectorAll('p, span, button, li')) {
            const style = getComputedStyle(inner);
            const where = `${inner.localName}.${inner.className}`;
            expect(style.textTransform, where).to.equal('none');
            expect(style.letterSpacing, where).to.equal('normal');
            expect(style.fontStyle, where).to.equal('normal');
            expect(style.whiteSpace, where).to.not.equal('pre');
            expect(style.color, where).to.not.equal('rgb(255, 105, 180)');
          }
        } finally {
          restore();
        }
      });
    }
  });

  it("keeps border-box sizing inside, whatever the page's `*` rule says", async () => {
    const restore = pageStyle('* { box-sizing: content-box !important; }');
    try {
      const el = await mount('kw-side-effects');
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      for (const inner of base.querySelectorAll('*')) expect(getComputedStyle(inner).boxSizing).to.equal('border-box');
      expect(base.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    } finally {
      restore();
    }
  });

  it('draws the pathway and the neuron when an old script (Prototype.js) has replaced Array.from', async () => {
    const original = Array.from;
    // Prototype.js 1.7's $A: copies an array-like, ignores the map function.
    Array.from = ((iterable: ArrayLike<unknown>) => Array.prototype.slice.call(iterable)) as typeof Array.from;
    const uncaught = captureUncaught();
    try {
      const pathway = (await mount('kw-pathway')) as KwPathway;
      expect(pathway.shadowRoot!.querySelectorAll('.node').length).to.be.greaterThan(10);
      const neuron = (await mount('kw-neuron-growth', 'scene="compare"')) as KwNeuronGrowth;
      expect(neuron.shadowRoot!.querySelector('[part~="readout"]')!.textContent).to.match(/from \d+ to \d+/);
      expect(uncaught.errors).to.deep.equal([]);
    } finally {
      Array.from = original;
      uncaught.restore();
    }
  });

  it('gives side effects a surface of their own, readable in dark on a light page', async () => {
    const el = (await mount('kw-side-effects', 'theme="dark"')) as KwSideEffects;
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('sizes the neuron drawing from the text size, not the root font size (themes set html { font-size: 62.5% } and body { font-size: 1.6rem })', async () => {
    const plain = await mount('kw-neuron-growth');
    const height = plain.shadowRoot!.querySelector('canvas')!.getBoundingClientRect().height;
    const restore = pageStyle('html { font-size: 62.5% } body { font-size: 1.6rem }');
    try {
      expect(plain.shadowRoot!.querySelector('canvas')!.getBoundingClientRect().height).to.be.closeTo(height, 1);
    } finally {
      restore();
    }
  });

  it('unsticks a banner on short screens (a landscape phone, or 200 % zoom)', async () => {
    await setViewport({ width: 800, height: 420 });
    const el = (await mount('kw-disclaimer', 'variant="banner" region="US"')) as KwDisclaimer;
    expect(getComputedStyle(el).position).to.equal('relative');
  });

  describe('language', () => {
    it('marks its text English (left to right) on a page in a language it has no table for', async () => {
      document.documentElement.lang = 'ar';
      const el = (await mount('kw-disclaimer', 'reviewed="2026-10-01"')) as KwDisclaimer;
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(base.getAttribute('lang')).to.equal('en');
      expect(base.getAttribute('dir')).to.equal('ltr');
      // The date reads in the language of the sentence around it.
      expect(el.shadowRoot!.querySelector('[part~="review-date"]')!.textContent).to.contain('October 1, 2026');
      document.documentElement.lang = 'es-MX';
      await waitUntil(() => !base.hasAttribute('lang'), 'the Spanish page language is inherited, not overwritten');
      expect(base.hasAttribute('dir')).to.equal(false);
    });

    it('does not mark the page\'s own content English on a page in another language', async () => {
      document.documentElement.lang = 'ar';
      const el = await mount('kw-side-effects');
      (el as unknown as { data: unknown }).data = [{ id: 'a', name: 'غثيان', timing: 'during', severity: 'mild' }];
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.hasAttribute('lang')).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.hasAttribute('dir')).to.equal(false);
    });

    it('keeps the page language when the page overrides the strings', async () => {
      document.documentElement.lang = 'fr';
      const el = await mount('kw-disclaimer', `strings='{"heading":"Pas un avis médical"}'`);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.hasAttribute('lang')).to.equal(false);
    });

    it('marks the built-in citations English inside Spanish widgets, so the screen reader voice switches', async () => {
      document.documentElement.lang = 'es';
      for (const [tag, attributes] of [['kw-side-effects', 'print-preview'], ['kw-pathway', ''], ['kw-neuron-growth', '']] as const) {
        const el = await mount(tag, attributes);
        await waitUntil(() => el.shadowRoot!.querySelector('a[href^="https:"]'), `${tag}: no citation link`);
        const links = [...el.shadowRoot!.querySelectorAll('a[href^="https:"]')];
        for (const link of links) expect(link.querySelector('span[lang="en"]'), `${tag}: ${link.textContent}`).to.not.equal(null);
      }
    });

    for (const tag of WIDGETS) {
      it(`${tag} follows the lang of a container it is moved into`, async () => {
        const el = await mount(tag);
        const before = el.shadowRoot!.textContent;
        const spanish = document.createElement('div');
        spanish.lang = 'es';
        el.parentElement!.append(spanish);
        spanish.append(el);
        await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
        expect(el.shadowRoot!.textContent).to.not.equal(before);
        expect(el.shadowRoot!.textContent).to.match(/ó|í|á|é|ñ/);
      });
    }

    it('follows a lang changed inside the shadow root of the component that contains it', async () => {
      const app = document.createElement('div');
      document.body.append(app);
      const root = app.attachShadow({ mode: 'open' });
      root.innerHTML = '<section lang="en"><kw-disclaimer region="US"></kw-disclaimer></section>';
      const el = root.querySelector('kw-disclaimer') as HTMLElement & { updateComplete: Promise<boolean> };
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Not medical advice');
      root.querySelector('section')!.lang = 'es';
      try {
        await waitUntil(() => el.shadowRoot!.textContent!.includes('No es consejo médico'), 'the lang change was not seen');
      } finally {
        app.remove();
      }
    });
  });
});
