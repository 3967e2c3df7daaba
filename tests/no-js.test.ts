// A pre-rendered page with JavaScript off (a sandboxed frame without scripts: what search engines, reader modes
// and readers with scripts off get) shows every widget's reading content.
import { expect } from './support/expect.js';
import { prerender } from './support/prerender.js';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Loads `body` pre-rendered in a frame where no script runs; resolves to its document. */
async function withoutScripts(body: string, lang = 'en'): Promise<Document> {
  const markup = await prerender(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script type="module" src="/dist/ketamine-widgets.js"></script></head><body>${body}</body></html>`);
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 800px; height: 600px;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = markup;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const doc = frame.contentDocument!;
  expect(frame.contentWindow!.matchMedia('(scripting: none)').matches, 'scripts are off in the frame').to.equal(true);
  expect(frame.contentWindow!.customElements.get('kw-disclaimer'), 'the module did not run').to.equal(undefined);
  return doc;
}

/** What a reader sees of a widget: the rendered text of its shadow root (hidden parts excluded). */
const seen = (doc: Document, tag: string) => (doc.querySelector(tag)!.shadowRoot!.querySelector('[part="base"]') as HTMLElement).innerText.replace(/\s+/g, ' ');

describe('pre-rendered widgets with JavaScript off', () => {
  it('the disclaimer shows its notice and crisis lines', async () => {
    const doc = await withoutScripts('<kw-disclaimer region="US"></kw-disclaimer>');
    const text = seen(doc, 'kw-disclaimer');
    expect(text).to.include('988');
    expect(text).to.match(/not medical advice/i);
  });

  it('the side effects show the whole list, every item\'s details, the boxed warning and when to get help', async () => {
    const doc = await withoutScripts('<kw-side-effects set="esketamine"></kw-side-effects>', 'es');
    const root = doc.querySelector('kw-side-effects')!.shadowRoot!;
    const items = [...root.querySelectorAll<HTMLElement>('li.item')];
    expect(items.length).to.be.greaterThan(20);
    expect(items.filter((item) => item.offsetHeight === 0), 'items hidden').to.deep.equal([]);
    const details = [...root.querySelectorAll<HTMLElement>('.details')];
    expect(details.length).to.equal(items.length);
    expect(details.filter((d) => d.offsetHeight === 0), 'details hidden').to.deep.equal([]);
    expect(root.querySelector<HTMLElement>('.show-all')?.offsetHeight ?? 0, 'no button that cannot work').to.equal(0);
    const text = seen(doc, 'kw-side-effects');
    expect(text).to.match(/advertencia|recuadro/i);
    expect(text).to.include('988');
  });

  it('the pathway shows one diagram that fits the page, its steps as text, and no controls that cannot work', async () => {
    const doc = await withoutScripts('<kw-pathway lang="es"></kw-pathway>');
    const root = doc.querySelector('kw-pathway')!.shadowRoot!;
    const shown = [...root.querySelectorAll<SVGSVGElement>('svg.diagram')].filter((svg) => svg.getClientRects().length > 0);
    expect(shown, 'the variant for the width').to.have.length(1);
    expect(shown[0]!.getBoundingClientRect().width).to.be.at.most(root.querySelector<HTMLElement>('.base')!.clientWidth);
    expect(shown[0]!.querySelectorAll('g.node')).to.have.length(13);
    const steps = [...root.querySelectorAll<HTMLElement>('[part="text"] > ol > li')];
    expect(steps).to.have.length(13);
    expect(steps.filter((step) => step.offsetHeight === 0), 'steps hidden').to.deep.equal([]);
    expect(root.querySelector<HTMLElement>('[part="controls"]')!.offsetHeight, 'no "Show as text" button').to.equal(0);
    const text = seen(doc, 'kw-pathway');
    expect(text).to.include('La vía en forma de texto');
    expect(text).to.include('Ketamina en dosis baja');
  });
});
