// Pre-rendered widgets (ketamine-widgets render) read without JavaScript and hydrate in place when the module
// loads: one copy, nothing moves, no console noise, the same focus order, and their controls work.
import { expect } from './support/expect.js';
import { prerenderedPages } from './support/prerender.js';

const open = prerenderedPages();

/** The shadow root's top-level elements other than <style>: one per copy of the widget. */
const copies = (el: Element) => [...el.shadowRoot!.children].filter((child) => child.localName !== 'style').map((child) => child.localName);
/** Visible text of the widget's shadow root. */
const text = (el: Element) => (el.shadowRoot!.querySelector('[part="base"]') as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
/** The boxes of the host and of every element in its shadow root, rounded to 0.1 px. */
const boxes = (el: Element) =>
  [el, ...el.shadowRoot!.querySelectorAll('*')].filter((node) => node.localName !== 'style').map((node) => {
    const r = node.getBoundingClientRect();
    return [node.localName, ...[r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10)].join(' ');
  });
/** The focusable controls in order: what Tab visits. */
const focusOrder = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href], [tabindex="0"], summary, input')].filter((c) => !c.closest('[hidden]')).map((c) => `${c.localName}:${c.textContent?.trim().slice(0, 30)}`);

for (const width of [320, 768]) {
  describe(`pre-rendered disclaimer and side effects at ${width} px`, () => {
    const body = `<main><h1>Clinic</h1><kw-disclaimer dismissible region="US"></kw-disclaimer><kw-side-effects set="iv"></kw-side-effects><p id="after">After the widgets.</p></main>`;

    it('shows the full content without JavaScript', async () => {
      const page = await open(body, { width });
      const [disclaimer, effects] = page.widgets();
      expect(page.win.customElements.get('kw-disclaimer')).to.equal(undefined);
      expect(text(disclaimer!)).to.include('988');
      expect(text(effects!).length).to.be.greaterThan(400);
      expect(effects!.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(5);
    });

    it('hydrates in place: one copy, the same boxes and focus order, no layout shift, no console problems', async () => {
      const page = await open(body, { width });
      const before = page.widgets().map((el) => ({ copies: copies(el), boxes: boxes(el), text: text(el), focus: focusOrder(el) }));
      const after = page.doc.getElementById('after')!.getBoundingClientRect().top;
      await page.hydrate();
      page.widgets().forEach((el, i) => {
        expect(copies(el), `${el.localName} copies`).to.deep.equal(before[i]!.copies);
        expect(text(el), `${el.localName} text`).to.equal(before[i]!.text);
        expect(boxes(el), `${el.localName} boxes`).to.deep.equal(before[i]!.boxes);
        expect(focusOrder(el), `${el.localName} focus order`).to.deep.equal(before[i]!.focus);
        expect(el.hasAttribute('kw-ssr'), 'the key is consumed').to.equal(false);
      });
      expect(page.doc.getElementById('after')!.getBoundingClientRect().top).to.equal(after);
      expect(await page.layoutShift()).to.equal(0);
      expect(page.problems).to.deep.equal([]);
    });
  });
}

describe('hydrated widgets work', () => {
  it('the disclaimer dismisses and the side-effect items open', async () => {
    const page = await open(`<kw-disclaimer dismissible region="US"></kw-disclaimer><kw-side-effects set="iv"></kw-side-effects>`);
    await page.hydrate();
    const [disclaimer, effects] = page.widgets() as (HTMLElement & { updateComplete: Promise<boolean> })[];
    const item = effects!.shadowRoot!.querySelector<HTMLButtonElement>('button.disclosure')!;
    expect(item.getAttribute('aria-expanded')).to.equal('false');
    item.click();
    await effects!.updateComplete;
    expect(item.getAttribute('aria-expanded')).to.equal('true');
    disclaimer!.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
    await disclaimer!.updateComplete;
    expect(copies(disclaimer!)).to.not.include('section');
    expect(text(disclaimer!) || disclaimer!.shadowRoot!.textContent).to.include('988');
    expect(page.problems).to.deep.equal([]);
  });

  it('a page that changed its language before the module loaded gets the widget in that language, once', async () => {
    const page = await open(`<kw-side-effects set="iv"></kw-side-effects>`, { lang: 'en' });
    const [effects] = page.widgets();
    const english = text(effects!);
    page.doc.documentElement.lang = 'es';
    await page.hydrate();
    expect(copies(effects!)).to.deep.equal(['div']);
    expect(text(effects!)).to.not.equal(english);
    expect(effects!.shadowRoot!.querySelector('[part="base"]')!.textContent).to.match(/Náuseas|náuseas/);
    expect(page.problems).to.deep.equal([]);
  });

  it('a page that changed the strings before the module loaded gets its own text', async () => {
    const page = await open(`<kw-side-effects set="iv" strings='{"heading":"Server title"}'></kw-side-effects>`);
    const [effects] = page.widgets();
    expect(text(effects!)).to.include('Server title');
    effects!.setAttribute('strings', '{"heading":"Page title"}');
    await page.hydrate();
    expect(text(effects!)).to.include('Page title');
    expect(copies(effects!)).to.deep.equal(['div']);
  });

  it('inline data renders on the server and hydrates as the same list', async () => {
    const data = { sets: [{ id: 'mine', label: 'My list', items: [{ id: 'dizzy', name: 'Feeling dizzy', frequency: 'common', timing: 'during', severity: 'mild', sources: ['spravato-label'] }] }] };
    const page = await open(`<kw-side-effects><script type="application/json">${JSON.stringify(data)}</script></kw-side-effects>`);
    const [effects] = page.widgets();
    expect(text(effects!)).to.include('Feeling dizzy');
    const before = boxes(effects!);
    await page.hydrate();
    expect(text(effects!)).to.include('Feeling dizzy');
    expect(boxes(effects!)).to.deep.equal(before);
    expect(page.problems).to.deep.equal([]);
  });
});

describe('a page with all four widgets pre-rendered', () => {
  const body = `<header><h1>Clinic</h1></header><main>
    <kw-pathway></kw-pathway><kw-side-effects></kw-side-effects><kw-neuron-growth></kw-neuron-growth><kw-disclaimer region="US" dismissible></kw-disclaimer>
    <p id="after">After the widgets.</p></main>`;
  for (const width of [375, 1280]) {
    it(`hydrates at ${width} px with one copy of each, nothing moved and no console problems`, async () => {
      const page = await open(body, { width, height: 900 });
      const before = page.widgets().map((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      const after = page.doc.getElementById('after')!.getBoundingClientRect().top;
      await page.hydrate();
      page.widgets().forEach((el, i) => {
        expect(copies(el).length, `${el.localName} copies`).to.equal(1);
        expect(el.getBoundingClientRect().toJSON(), `${el.localName} box`).to.deep.equal(before[i]);
      });
      expect(page.doc.getElementById('after')!.getBoundingClientRect().top).to.equal(after);
      expect(await page.layoutShift()).to.equal(0);
      expect(page.problems).to.deep.equal([]);
    });
  }
});
