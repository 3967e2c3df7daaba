// The redesigned pathway as a reader sees it (issue 17): it uses the width, its text follows the page's, details
// and the text version open in view, the controls fit a phone, and exports are shaped for where pictures go.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/components/pathway/pathway.js';
import type { KwPathway } from '../src/components/pathway/pathway.js';
import { interceptDownloads, settle } from './support/helpers.js';

const shadow = (el: KwPathway) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: KwPathway, selector: string) => shadow(el).querySelector<T>(selector)!;

async function mount(template: ReturnType<typeof html>, width: number, font = 16): Promise<KwPathway> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font: ${font}px/1.6 Georgia, serif">${template}</div>`);
  const el = wrapper.querySelector('kw-pathway')!;
  await settle(el);
  return el;
}

const inViewport = (r: DOMRect) => r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;

describe('<kw-pathway> design', () => {
  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
  });

  it('fits a desktop screen in a 1,200 px container: at most 900 px tall, nothing scrolls inside, rows of stages', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mount(html`<kw-pathway step-mode></kw-pathway>`, 1200, 18);
    expect(el.getBoundingClientRect().height).to.be.at.most(900);
    const scroller = $(el, '.scroller');
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
    expect(scroller.scrollHeight).to.be.at.most(scroller.clientHeight);
    const rows = new Set([...shadow(el).querySelectorAll('g.node')].map((n) => Math.round(n.getBoundingClientRect().top + n.getBoundingClientRect().height / 2)));
    expect(rows.size, 'reads in a few rows, left to right').to.be.at.most(4);
    expect(visibleText(shadow(el).querySelector('.stages')!)).to.contain('Receptors');
  });

  for (const font of [16, 20]) {
    it(`sets labels at the page's text size (${font} px), never a fixed 12 px`, async () => {
      const el = await mount(html`<kw-pathway></kw-pathway>`, 1000, font);
      const sizes = [...shadow(el).querySelectorAll('svg.diagram text')].map((t) => parseFloat(getComputedStyle(t).fontSize));
      expect(Math.min(...sizes)).to.be.at.least(font * 0.85);
      expect(parseFloat(getComputedStyle($(el, '.label')).fontSize)).to.be.closeTo(font, 0.5);
    });
  }

  for (const [width, where] of [[1200, 'beside'], [320, 'under']] as const) {
    it(`opens details ${where} the clicked node, in view, without scrolling it away (${width} px)`, async () => {
      await setViewport({ width: width + 40, height: 700 });
      const el = await mount(html`<kw-pathway></kw-pathway>`, width);
      const node = $<SVGGElement>(el, '[data-id="spinogenesis"]');
      node.scrollIntoView({ block: 'center' });
      node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await settle(el);
      await waitUntil(() => shadow(el).activeElement?.id === 'details-title');
      const panel = $(el, '.details').getBoundingClientRect();
      const box = node.getBoundingClientRect();
      expect(inViewport(box), 'the node stays on screen').to.equal(true);
      expect(panel.top).to.be.within(0, innerHeight - 40);
      if (where === 'beside') {
        expect(panel.left >= box.right || panel.right <= box.left, 'beside, not over the node').to.equal(true);
        expect(panel.top <= box.bottom && panel.bottom >= box.top, 'level with the node').to.equal(true);
      } else expect(panel.top).to.be.at.least(box.bottom);
    });
  }

  it('shows the text version in the diagram’s place, in view and focused', async () => {
    await setViewport({ width: 1000, height: 700 });
    const wrapper = await fixture<HTMLDivElement>(html`<div><div style="height: 1500px"></div><kw-pathway></kw-pathway><div style="height: 3000px"></div></div>`);
    const el = wrapper.querySelector('kw-pathway')!;
    await settle(el);
    el.scrollIntoView();
    $<HTMLButtonElement>(el, 'button.show-text').click();
    await settle(el);
    await waitUntil(() => shadow(el).activeElement?.id === 'text-title');
    expect(inViewport($(el, '#text-title').getBoundingClientRect())).to.equal(true);
    expect($(el, '.figure').hidden).to.equal(true);
    expect($(el, '.text').getBoundingClientRect().top).to.be.below(innerHeight);
  });

  it('keeps Previous | Play | Next on one row at 320 px, with the menu of secondary actions', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mount(html`<kw-pathway step-mode export></kw-pathway>`, 288);
    const tops = ['prev', 'play', 'next', 'menu-button'].map((cls) => Math.round($(el, `button.${cls}`).getBoundingClientRect().top));
    expect(new Set(tops).size, tops.join()).to.equal(1);
    expect($(el, 'button.play').getBoundingClientRect().height).to.be.at.least(44);
    expect($(el, '#menu-list').hidden).to.equal(true);
    $<HTMLButtonElement>(el, 'button.menu-button').click();
    await settle(el);
    expect($(el, 'button.menu-button').getAttribute('aria-expanded')).to.equal('true');
    expect([...shadow(el).querySelectorAll('#menu-list button')].map((b) => b.className)).to.deep.equal(['show-text', 'download-svg', 'download-png']);
    $(el, '#menu-list').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle(el);
    expect($(el, '#menu-list').hidden).to.equal(true);
    await waitUntil(() => shadow(el).activeElement === $(el, 'button.menu-button'));
  });

  it('sticks the controls below a site header of --kw-sticky-offset', async () => {
    await setViewport({ width: 1280, height: 800 });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--kw-sticky-offset: 80px"><div style="position: fixed; top: 0; left: 0; right: 0; height: 80px; background: #333; z-index: 9"></div>
        <div style="height: 200px"></div><kw-pathway step-mode orientation="vertical"></kw-pathway><div style="height: 2000px"></div></div>`,
    );
    const el = wrapper.querySelector('kw-pathway')!;
    await settle(el);
    window.scrollTo(0, el.getBoundingClientRect().top + scrollY + 600);
    await waitUntil(() => Math.round($(el, '.controls').getBoundingClientRect().top) === 80, 'controls under the header');
  });

  for (const [shape, ratio] of [['wide', 9 / 16], ['square', 1], ['tall', 5 / 4]] as const) {
    it(`exports a ${shape} picture with the title, key and sources`, async () => {
      const el = await mount(html`<kw-pathway></kw-pathway>`, 900);
      const doc = new DOMParser().parseFromString(el.toSVG(shape), 'image/svg+xml').documentElement;
      const width = Number(doc.getAttribute('width'));
      const height = Number(doc.getAttribute('height'));
      expect(height / width).to.be.closeTo(ratio, 0.01);
      const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      expect(text).to.contain('How ketamine may ease depression').and.contain('Debated').and.contain('Sources:');
      const png = await createImageBitmap(await el.toPNG(1, shape));
      expect(png.height / png.width).to.be.closeTo(ratio, 0.01);
    });
  }

  it('downloads the shape export-shape asks for, and the wide picture for a shape it does not know', async () => {
    const el = await mount(html`<kw-pathway export export-shape="tall"></kw-pathway>`, 900);
    const asked: string[] = [];
    const toSVG = el.toSVG.bind(el);
    el.toSVG = (shape) => (asked.push(String(shape)), toSVG(shape));
    const downloads = interceptDownloads();
    try {
      $(el, 'button.menu-button').click();
      await el.updateComplete;
      $(el, 'button.download-svg').click();
      await downloads.clicked();
    } finally {
      downloads.restore();
    }
    expect(asked).to.deep.equal(['tall']);
    const typo = new DOMParser().parseFromString(toSVG('round' as 'wide'), 'image/svg+xml').documentElement;
    expect(Number(typo.getAttribute('height')) / Number(typo.getAttribute('width'))).to.be.closeTo(9 / 16, 0.01);
  });

  it('exports by default a picture no taller than twice its width', async () => {
    const el = await mount(html`<kw-pathway></kw-pathway>`, 320);
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml').documentElement;
    expect(Number(doc.getAttribute('height'))).to.be.at.most(2 * Number(doc.getAttribute('width')));
  });
});

function visibleText(root: Element): string {
  return root.textContent ?? '';
}
