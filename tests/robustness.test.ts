// Inputs a page may throw at a widget: each gives a visible error and one warning, never an exception or a hang.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { KwDisclaimer } from '../src/components/disclaimer/disclaimer.js';
import type { KwNeuronGrowth } from '../src/components/neuron-growth/neuron-growth.js';
import { parseSwc, SWC_MAX_LENGTH } from '../src/components/neuron-growth/swc.js';
import type { KwPathway } from '../src/components/pathway/pathway.js';
import type { KwSideEffects } from '../src/components/side-effects/side-effects.js';
import { defaultCrisisDirectory } from '../src/content/crisis-lines.js';
import { format, pickText } from '../src/internal/localize.js';
import { captureUncaught, captureWarnings, settle } from './support/helpers.js';

type Widget = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
const WIDGETS = ['kw-disclaimer', 'kw-pathway', 'kw-side-effects', 'kw-neuron-growth'] as const;

const errorBox = (el: Element) => el.shadowRoot!.querySelector('[part~="error"]');

describe('robustness', () => {
  describe('SWC files that used to hang or overflow', () => {
    it('rejects ids below 1 (an id of -1 made a point its own parent and looped forever)', () => {
      const { errors } = parseSwc('1 1 0 0 0 8 -1\n-1 3 0 10 0 1 1');
      expect(errors![0]).to.match(/^line 2: ids must be whole numbers from 1/);
    });

    it('rejects dendrites too long to draw, naming the line (e.g. coordinates in nm)', () => {
      const { errors } = parseSwc('1 1 0 0 0 8 -1\n2 3 0 -1e7 0 1 1');
      expect(errors![0]).to.match(/^line 2: the dendrites are 10,000,000 µm long in all by this point; the limit is 30,000 µm/);
      const rows = ['1 1 0 0 0 8 -1'];
      // A chain of 50 µm steps, under the line limit but far over the length limit.
      for (let i = 2; i < 2000; i++) rows.push(`${i} 3 0 ${i * 50} 0 1 ${i - 1}`);
      expect(parseSwc(rows.join('\n')).errors![0]).to.contain(`the limit is ${SWC_MAX_LENGTH.toLocaleString('en')} µm`);
    });

    it('draws a large but real tree (thousands of points) without a stack overflow', async () => {
      const rows = ['1 1 0 0 0 8 -1'];
      for (let i = 2; i < 4000; i++) rows.push(`${i} 3 ${(i % 50) * 2} ${Math.floor(i / 50) * 2} 0 1 ${i % 50 === 2 ? 1 : i - 1}`);
      const uncaught = captureUncaught();
      try {
        const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth scene="compare" .data=${rows.join('\n')}></kw-neuron-growth>`);
        await settle(el);
        expect(errorBox(el)?.textContent ?? '').to.equal('');
        expect(el.shadowRoot!.querySelector('[part~="readout"]')!.textContent).to.match(/from \d,\d{3} to \d,\d{3}/);
        expect(uncaught.errors).to.deep.equal([]);
      } finally {
        uncaught.restore();
      }
    });
  });

  describe('data that cannot be read', () => {
    for (const tag of WIDGETS) {
      it(`${tag}: a Proxy that throws on access gives a visible error and one warning`, async () => {
        const el = await fixture<Widget>(`<${tag}></${tag}>`);
        const warnings = captureWarnings();
        const uncaught = captureUncaught();
        try {
          el.data = new Proxy(
            {},
            {
              get() {
                throw new Error('trap');
              },
              ownKeys() {
                throw new Error('trap');
              },
            },
          );
          await settle(el);
          expect(errorBox(el), 'visible error').to.not.equal(null);
          expect(warnings.messages).to.have.length(1);
          expect(uncaught.errors).to.deep.equal([]);
        } finally {
          warnings.restore();
          uncaught.restore();
        }
      });
    }

    it('a disclaimer emergency number that is a cycle or a BigInt is an error, not an exception', async () => {
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      for (const emergency of [cyclic, BigInt(1)]) {
        const uncaught = captureUncaught();
        const warnings = captureWarnings();
        try {
          const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="US" .data=${{ regions: { US: { name: 'US', emergency, lines: [] } } }}></kw-disclaimer>`);
          await settle(el);
          expect(errorBox(el)).to.not.equal(null);
          expect(uncaught.errors).to.deep.equal([]);
        } finally {
          uncaught.restore();
          warnings.restore();
        }
      }
    });

    it('the neuron refuses data that is not SWC text', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth .data=${Object.create(null) as string}></kw-neuron-growth>`);
        await settle(el);
        expect(errorBox(el)!.textContent).to.contain('expected the text of an SWC file, got an object');
      } finally {
        warnings.restore();
      }
    });
  });

  it("marks a Spanish widget's English error details as English, and leaves an English widget's unmarked", async () => {
    const warnings = captureWarnings();
    try {
      const es = await fixture<Widget>(html`<kw-side-effects lang="es" .data=${{ sets: 'x' }}></kw-side-effects>`);
      const en = await fixture<Widget>(html`<kw-side-effects lang="en-GB" .data=${{ sets: 'x' }}></kw-side-effects>`);
      await settle(es);
      await settle(en);
      expect(errorBox(es)!.querySelector('p')!.textContent).to.contain('No se pudo mostrar');
      expect(errorBox(es)!.querySelector('ul')!.getAttribute('lang')).to.equal('en');
      expect(errorBox(en)!.querySelector('ul')!.hasAttribute('lang')).to.equal(false);
    } finally {
      warnings.restore();
    }
  });

  it('stops reading a src that streams past 5 MB without a Content-Length, and says so', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<Widget>(html`<kw-pathway src="/tests/endless.json"></kw-pathway>`);
      // Reading the whole (1 GB) stream, or waiting for the 15 s timeout, would fail this within the test's 10 s.
      await waitUntil(() => errorBox(el), 'no error shown', { timeout: 8000 });
      expect(errorBox(el)!.textContent).to.contain('larger than 5 MB');
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('ignores later changes to an object it has already accepted (no way to slip in a javascript: link)', async () => {
    const data = structuredClone(defaultCrisisDirectory);
    const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="US" .data=${data}></kw-disclaimer>`);
    await settle(el);
    const web = data.regions.US!.lines[0]!.contacts.find((c) => c.type === 'web')!;
    web.value = 'javascript:alert(1)';
    el.reviewed = '2026-01-01';
    await settle(el);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.some((href) => href!.startsWith('javascript:'))).to.equal(false);
    expect(hrefs).to.include('https://988lifeline.org/');
  });

  it("reads a page's model objects: class getters, non-enumerable properties, String objects, frozen and Vue-like proxies", async () => {
    class Node {
      constructor(private readonly name: string) {}
      get id() {
        return this.name;
      }
      get label() {
        return this.name.toUpperCase();
      }
      get description() {
        return `About ${this.name}.`;
      }
      get kind() {
        return 'drug';
      }
      get confidence() {
        return 'established';
      }
    }
    const hidden = {};
    Object.defineProperty(hidden, 'id', { value: 'b', enumerable: false });
    Object.assign(hidden, { label: 'B', description: 'About b.', kind: 'drug', confidence: 'supported' });
    const data = new Proxy(Object.freeze({ nodes: [new Node('a'), hidden], edges: [], steps: ['a', 'b'] }), {});
    const el = await fixture<KwPathway>(html`<kw-pathway .data=${data}></kw-pathway>`);
    await settle(el);
    expect(errorBox(el)?.textContent ?? '').to.equal('');
    expect([...el.shadowRoot!.querySelectorAll('g.node')].map((n) => n.getAttribute('data-id'))).to.deep.equal(['a', 'b']);
    const neuron = await fixture<KwNeuronGrowth>(html`<kw-neuron-growth .data=${new String('1 1 0 0 0 8 -1\n2 3 0 40 0 1 1') as unknown as string}></kw-neuron-growth>`);
    await settle(neuron);
    expect(errorBox(neuron)?.textContent ?? '').to.equal('');
  });

  it('warns again when bad data comes back after good data', async () => {
    const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
    const warnings = captureWarnings();
    try {
      el.data = {} as never;
      await settle(el);
      el.data = undefined;
      await settle(el);
      el.data = {} as never;
      await settle(el);
      expect(warnings.messages).to.have.length(2);
    } finally {
      warnings.restore();
    }
  });

  describe('attributes removed or set to null by a framework', () => {
    it('disclaimer region → auto', async () => {
      const uncaught = captureUncaught();
      try {
        const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="UK" lang="en-US"></kw-disclaimer>`);
        el.removeAttribute('region');
        await settle(el);
        expect(el.shadowRoot!.querySelector('[part~="crisis"]')!.getAttribute('data-region')).to.equal('US');
        (el as unknown as { region: undefined }).region = undefined;
        await settle(el);
        expect(el.shadowRoot!.querySelector('a[href="tel:988"]')).to.not.equal(null);
        expect(uncaught.errors).to.deep.equal([]);
      } finally {
        uncaught.restore();
      }
    });

    it('side effects set and severity → all defaults', async () => {
      const uncaught = captureUncaught();
      try {
        const el = await fixture<KwSideEffects>(html`<kw-side-effects set="iv" severity="serious"></kw-side-effects>`);
        el.removeAttribute('set');
        (el as unknown as { severity: null }).severity = null;
        await settle(el);
        expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(10);
        expect(uncaught.errors).to.deep.equal([]);
      } finally {
        uncaught.restore();
      }
    });
  });

  describe("names that are also JavaScript's own (constructor, toString)", () => {
    it('are not languages, placeholders or references', async () => {
      expect(format('Note {constructor}', {})).to.equal('Note {constructor}');
      const uncaught = captureUncaught();
      try {
        const el = await fixture<KwDisclaimer>(html`<kw-disclaimer lang="constructor" reviewed="2025-01-02"></kw-disclaimer>`);
        await settle(el);
        expect(el.shadowRoot!.textContent).to.contain('January 2, 2025');
        const pathway = await fixture<KwPathway>(html`<kw-pathway
          .data=${{ nodes: [{ id: 'a', label: 'A', description: 'A.', kind: 'drug', confidence: 'established', refs: ['constructor'] }], edges: [], steps: ['a'] }}
        ></kw-pathway>`);
        await settle(pathway);
        pathway.shadowRoot!.querySelector<SVGGElement>('g.node')!.dispatchEvent(new MouseEvent('click'));
        await settle(pathway);
        expect(pathway.shadowRoot!.querySelector('[part~="details"]')!.textContent).to.contain('constructor');
        expect(uncaught.errors).to.deep.equal([]);
      } finally {
        uncaught.restore();
      }
    });
  });

  it('text given only in another language is shown rather than a blank', () => {
    expect(pickText({ es: 'Náuseas' }, 'en')).to.equal('Náuseas');
  });

  describe('pathway export at the edges', () => {
    it('toSVG() is empty and toPNG() rejects with a message before the element has rendered', async () => {
      const el = document.createElement('kw-pathway') as KwPathway;
      expect(el.toSVG()).to.equal('');
      let message = '';
      await el.toPNG().catch((error: Error) => (message = error.message));
      expect(message).to.contain('no diagram to export');
    });

    it('toPNG() falls back to scale 2 for NaN, 0, negative or huge scales', async () => {
      const el = await fixture<KwPathway>(html`<kw-pathway></kw-pathway>`);
      await waitUntil(() => el.toSVG() !== '');
      const reference = await createImageBitmap(await el.toPNG(2));
      for (const scale of [NaN, 0, -1, Infinity]) {
        const bitmap = await createImageBitmap(await el.toPNG(scale));
        expect(bitmap.width, String(scale)).to.equal(reference.width);
      }
    });
  });
});
