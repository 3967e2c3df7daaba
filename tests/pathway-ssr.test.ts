// A pre-rendered <kw-pathway> (ketamine-widgets render) hydrates in place: the diagram the server laid out for
// the card's breakpoint is the one the browser keeps, so nothing moves at phone, tablet and desktop widths; one
// copy, no console noise, and its nodes work with the mouse and the keyboard.
import { defaultPathway, pathwayStrings } from '../src/content/pathway.js';
import { estimateTextWidth } from '../src/components/pathway/text-metrics.js';
import { expect } from './support/expect.js';
import { prerenderedPages } from './support/prerender.js';

const open = prerenderedPages();

type Pathway = HTMLElement & { updateComplete: Promise<boolean> };
const BODY = `<main><h1>How it works</h1><kw-pathway></kw-pathway><p id="after">After the diagram.</p></main>`;

/** Boxes, rounded to 0.1 px, of what a reader sees: the element, its visible diagram and each node drawn in it. */
function seen(el: Element): string[] {
  const box = (node: Element) => [...Object.values(node.getBoundingClientRect().toJSON()).slice(0, 4)].map((v) => Math.round(Number(v) * 10) / 10).join(' ');
  const shown = (node: Element) => node.getClientRects().length > 0;
  const root = el.shadowRoot!;
  const nodes = [...root.querySelectorAll('g.node')].filter(shown).map((node) => `${node.getAttribute('data-id')} ${box(node)}`);
  const diagrams = [...root.querySelectorAll('svg.diagram')].filter(shown).map((svg) => `svg ${box(svg)}`);
  return [`host ${box(el)}`, ...diagrams, ...nodes];
}

/** What Tab visits, in order: the visible controls, links and the nodes' one tab stop. */
const focusOrder = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href]:not([tabindex="-1"]), [tabindex="0"]')]
    .filter((c) => c.getClientRects().length > 0)
    .map((c) => `${c.localName}:${c.getAttribute('data-id') ?? c.textContent?.trim().slice(0, 30)}`);

for (const width of [320, 412, 768, 1280]) {
  it(`hydrates in place at ${width} px: one copy, the same boxes, no layout shift, no console problems`, async () => {
    const page = await open(BODY, { width, height: 800 });
    const [el] = page.widgets();
    const before = seen(el!);
    const focus = focusOrder(el!);
    expect(before.filter((line) => line.startsWith('svg')), 'one diagram in view before JavaScript').to.have.length(1);
    expect(before.length, 'its 13 nodes').to.equal(15);
    const after = page.doc.getElementById('after')!.getBoundingClientRect().top;
    await page.hydrate();
    const root = el!.shadowRoot!;
    expect(root.querySelectorAll('.base'), 'one copy').to.have.length(1);
    expect(root.querySelectorAll('svg.diagram'), 'only the diagram in view is kept').to.have.length(1);
    expect(seen(el!)).to.deep.equal(before);
    expect(focusOrder(el!), 'the same focus order').to.deep.equal(focus);
    expect(page.doc.getElementById('after')!.getBoundingClientRect().top).to.equal(after);
    expect(el!.hasAttribute('kw-ssr'), 'the key is consumed').to.equal(false);
    expect(await page.layoutShift()).to.equal(0);
    expect(page.problems).to.deep.equal([]);
  });
}

describe('a hydrated pathway', () => {
  it('opens a node’s details on click and on Enter, and moves between nodes with the arrow keys', async () => {
    const page = await open(`<kw-pathway lang="es"></kw-pathway>`, { width: 900 });
    await page.hydrate();
    const [el] = page.widgets() as Pathway[];
    const root = el!.shadowRoot!;
    const node = (id: string) => root.querySelector<SVGGElement>(`g.node[data-id="${id}"]`)!;
    node('nmda_block').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el!.updateComplete;
    expect(root.querySelector('#details-title')!.textContent).to.include('NMDA');
    root.querySelector<HTMLButtonElement>('.details .close')!.click();
    await el!.updateComplete;
    expect(root.querySelector('.details')).to.equal(null);

    const first = root.querySelector<SVGGElement>('g.node[tabindex="0"]')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await el!.updateComplete;
    const next = root.activeElement as SVGGElement;
    expect(next.getAttribute('data-id')).to.not.equal(first.getAttribute('data-id'));
    next.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await el!.updateComplete;
    expect(root.querySelector('#details-title')!.textContent!.trim()).to.equal(next.getAttribute('aria-label')!.split('.')[0]);
    expect((el as Pathway & { toSVG(): string }).toSVG(), 'exports a picture').to.match(/^<svg[^>]*xmlns/);
    expect(root.querySelector('svg.diagram path.edge title')?.textContent, 'an arrow’s own label as its tooltip').to.match(/\w{4}/);
    expect(page.problems).to.deep.equal([]);
  });

  it('lays out afresh when the reader widens the window past a breakpoint, and keeps one diagram', async () => {
    const page = await open(BODY, { width: 412 });
    await page.hydrate();
    const [el] = page.widgets() as Pathway[];
    const columns = () => new Set([...el!.shadowRoot!.querySelectorAll('g.node')].map((n) => Math.round(n.getBoundingClientRect().left))).size;
    const narrow = columns();
    page.frame.style.width = '1280px';
    await page.frames();
    await el!.updateComplete;
    await page.frames();
    expect(columns()).to.be.greaterThan(narrow);
    expect(el!.shadowRoot!.querySelectorAll('svg.diagram')).to.have.length(1);
    expect(page.problems).to.deep.equal([]);
  });

  it('a page that enlarges the labels (--kw-font-size-m) gets a diagram laid out for them, once', async () => {
    const page = await open(BODY, { width: 768, head: '<style>kw-pathway { --kw-font-size-m: 1.25em; }</style>' });
    await page.hydrate();
    const [el] = page.widgets() as Pathway[];
    const root = el!.shadowRoot!;
    expect(root.querySelectorAll('.base')).to.have.length(1);
    expect(root.querySelectorAll('svg.diagram')).to.have.length(1);
    expect(root.querySelector('svg.diagram')!.classList.contains('em'), 'measured, not the server’s layout').to.equal(false);
    expect(parseFloat(getComputedStyle(root.querySelector('.label')!).fontSize)).to.be.closeTo(20, 0.5);
    expect(page.problems).to.deep.equal([]);
  });

  it('labels wider in the page’s font than estimated are laid out again, measured, after hydration, and fit', async () => {
    // Monospace letters i, l, t are twice as wide as in the sans-serif fonts the estimate is made for.
    const data = { nodes: [{ id: 'a', label: 'Illicit little lilies fill tills, still listless' }, { id: 'b', label: 'Idle' }], edges: [{ from: 'a', to: 'b' }] };
    const body = `<kw-pathway><script type="application/json">${JSON.stringify(data)}</script></kw-pathway>`;
    const page = await open(body, { width: 768, head: '<style>body { font-family: "DejaVu Sans Mono"; }</style>' });
    await page.hydrate();
    const [el] = page.widgets() as Pathway[];
    await el!.updateComplete;
    await page.frames();
    const root = el!.shadowRoot!;
    expect(root.querySelectorAll('svg.diagram')).to.have.length(1);
    expect(root.querySelector('svg.diagram')!.classList.contains('em'), 'laid out again, measured').to.equal(false);
    for (const node of root.querySelectorAll('g.node')) {
      const inner = node.querySelector<SVGRectElement>('rect.box')!.getBBox().width - 2 * 0.75 * 16;
      for (const line of node.querySelectorAll<SVGTSpanElement>('text.label tspan')) expect(line.getComputedTextLength(), line.textContent!).to.be.at.most(inner);
    }
    expect(page.problems).to.deep.equal([]);
  });
});

describe('the text-width estimate', () => {
  // Everything the diagram sets in text: labels (bold), stage labels (bold) and confidence words, in both languages.
  const texts = (['en', 'es'] as const).flatMap((lang) => [
    ...[...defaultPathway.nodes, ...(defaultPathway.stages ?? [])].map((item) => ({ text: (item.label as Record<string, string>)[lang]!, bold: true })),
    ...(['established', 'supported', 'debated', 'ungraded'] as const).map((level) => ({ text: pathwayStrings[lang][level], bold: false })),
  ]);
  const context = document.createElement('canvas').getContext('2d')!;
  const measured = (text: string, bold: boolean, family: string) => {
    context.font = `${bold ? '600 ' : ''}16px "${family}"`;
    return context.measureText(text).width;
  };

  // DejaVu Sans is the wider of the two: its widths set the table; Arial's metrics (Liberation Sans) are narrower.
  for (const [family, most] of [['DejaVu Sans', 1.1], ['Liberation Sans', 1.3]] as const) {
    it(`is a little wider than ${family} draws the default content, never narrower`, () => {
      for (const { text, bold } of texts) {
        const estimate = estimateTextWidth(text, `${bold ? '600 ' : ''}16px sans-serif`);
        const real = measured(text, bold, family);
        expect(estimate, text).to.be.at.least(real);
        expect(estimate, `${text}: not far too wide`).to.be.at.most(real * most);
      }
    });
  }
});
