// A pre-rendered <kw-neuron-growth> (ketamine-widgets render): its poster frame, caption, readout and sources read
// without JavaScript; when the module loads it hydrates in place, the canvas takes over from the SVG drawing
// without a jump, and the controls work.
import { waitUntil } from '@open-wc/testing';
import type { KwNeuronGrowth } from '../src/components/neuron-growth/neuron-growth.js';
import { expect } from './support/expect.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { setMediaFeatures } from './support/helpers.js';
import { loadPrerendered, type PrerenderedPage } from './support/prerender.js';

const pages: PrerenderedPage[] = [];
afterEach(async () => {
  pages.splice(0).forEach((page) => page.frame.remove());
  await setMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
});

async function open(body: string, options?: Parameters<typeof loadPrerendered>[1]): Promise<PrerenderedPage & { neuron: KwNeuronGrowth }> {
  const page = await loadPrerendered(body, options);
  pages.push(page);
  return { ...page, neuron: page.doc.querySelector('kw-neuron-growth') as KwNeuronGrowth };
}

const part = <T extends Element = HTMLElement>(el: Element, name: string) => el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;
const poster = (el: Element) => el.shadowRoot!.querySelector('svg.poster');
/** What a reader sees: the shadow root's rendered text. */
const text = (el: Element) => part(el, 'base').innerText.replace(/\s+/g, ' ').trim();
/** All the text of the shadow root, shown or not: what the server rendered must be what the browser renders first. */
const allText = (el: Element) => part(el, 'base').textContent!.replace(/\s+/g, ' ').trim();
/** The shadow root's top-level elements other than <style>: one per copy of the widget. */
const copies = (el: Element) => [...el.shadowRoot!.children].filter((child) => child.localName !== 'style').map((child) => child.localName);
/**
 * The boxes of the host and of every element in its shadow root but the poster's drawing (which goes) and the
 * timeline's stage labels (invisible until the module runs, then spread by stage length), to 0.1 px.
 */
const boxes = (el: Element) =>
  [el, ...el.shadowRoot!.querySelectorAll('*')]
    .filter((node) => node.localName !== 'style' && !node.closest('svg.poster, .tick'))
    .map((node) => {
      const r = node.getBoundingClientRect();
      return [node.localName, node.getAttribute('part') ?? node.className, ...[r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10)].join(' ');
    });
/** The canvas has drawn (its bitmap is sized) and the poster is gone. */
const canvasTookOver = (el: Element) => part<HTMLCanvasElement>(el, 'canvas').width > 0 && !poster(el);

/** What is painted over the drawing (a screenshot, in the top page's CSS pixels), as RGBA. */
async function pixelsOf(page: PrerenderedPage, el: Element): Promise<ImageData> {
  const frame = page.frame.getBoundingClientRect();
  const r = part(el, 'canvas').getBoundingClientRect();
  const clip = { x: frame.x + r.x + scrollX, y: frame.y + r.y + scrollY, width: r.width, height: r.height };
  const png = (await executeServerCommand('screenshot', { clip })) as string;
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** Share of pixels of `b` that differ from the same pixel of `a` by more than a quarter in any channel. */
function difference(a: ImageData, b: ImageData): number {
  expect([b.width, b.height]).to.deep.equal([a.width, a.height]);
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if ([0, 1, 2].some((c) => Math.abs(a.data[i + c]! - b.data[i + c]!) > 64)) differ++;
  }
  return differ / (a.width * a.height);
}

/** Share of pixels that are not the drawing's background (the top-left pixel's colour). */
function inked(image: ImageData): number {
  const [r, g, b] = image.data;
  let ink = 0;
  for (let i = 0; i < image.data.length; i += 4) if (Math.abs(image.data[i]! - r!) + Math.abs(image.data[i + 1]! - g!) + Math.abs(image.data[i + 2]! - b!) > 48) ink++;
  return ink / (image.width * image.height);
}

describe('pre-rendered <kw-neuron-growth>', () => {
  for (const [lang, caption, sources] of [
    ['en', '1–2 weeks. In mice, the branches still had more spines', 'Sources (animal studies'],
    ['es', '1–2 semanas. En ratones', 'Fuentes (estudios con animales'],
  ] as const) {
    it(`shows its poster frame, caption, spine counts and sources without JavaScript (${lang})`, async () => {
      const page = await open('<kw-neuron-growth></kw-neuron-growth>', { lang, width: 420 });
      const el = page.neuron;
      expect(page.win.customElements.get('kw-neuron-growth')).to.equal(undefined);
      const svg = poster(el)!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal(part(el, 'canvas').getAttribute('aria-label'));
      expect(el.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).to.match(/\d+\D+\d+$/);
      const shown = text(el);
      for (const expected of [caption, sources, lang === 'en' ? 'Before After' : 'Antes Después']) expect(shown).to.include(expected);
      // The drawing is painted: a neuron on the drawing's background, over the (empty) canvas's box.
      expect(inked(await pixelsOf(page, el))).to.be.above(0.02);
      // Controls that need the module keep their place but do not show, and cannot be focused.
      for (const name of ['play-button', 'scrubber']) expect(getComputedStyle(part(el, name)).visibility, name).to.equal('hidden');
    });
  }

  it('hydrates in place: one copy, the same boxes and text, no layout shift, no console problems', async () => {
    for (const width of [320, 720]) {
      const page = await open('<main><kw-neuron-growth></kw-neuron-growth><p id="after">After.</p></main>', { width });
      const el = page.neuron;
      const before = { boxes: boxes(el), text: allText(el), after: page.doc.getElementById('after')!.getBoundingClientRect().top };
      await page.hydrate();
      await waitUntil(() => canvasTookOver(el), 'the canvas draws and the poster goes', { timeout: 3000 });
      expect(copies(el)).to.deep.equal(['figure']);
      expect(el.hasAttribute('kw-ssr'), 'the key is consumed').to.equal(false);
      expect(allText(el), `text at ${width}`).to.equal(before.text);
      expect(boxes(el), `boxes at ${width}`).to.deep.equal(before.boxes);
      expect(page.doc.getElementById('after')!.getBoundingClientRect().top).to.equal(before.after);
      expect(part(el, 'canvas').hasAttribute('aria-hidden'), 'the canvas is the image now').to.equal(false);
      expect(await page.layoutShift()).to.equal(0);
      expect(page.problems).to.deep.equal([]);
    }
  });

  it('the canvas takes over with the same picture the server drew', async () => {
    const page = await open('<kw-neuron-growth></kw-neuron-growth>', { width: 420 });
    const el = page.neuron;
    const svg = await pixelsOf(page, el);
    await page.hydrate();
    await waitUntil(() => canvasTookOver(el), 'the canvas draws', { timeout: 3000 });
    const canvas = await pixelsOf(page, el);
    expect(inked(canvas)).to.be.above(0.02);
    expect(difference(svg, canvas)).to.be.below(0.02);
    // The measure can tell two drawings apart: another seed's canvas differs from this poster.
    el.seed = 9;
    await el.updateComplete;
    expect(difference(svg, await pixelsOf(page, el))).to.be.above(0.04);
  });

  it('after hydration the canvas plays, pauses and seeks', async () => {
    const page = await open('<kw-neuron-growth></kw-neuron-growth>');
    const el = page.neuron;
    await page.hydrate();
    await waitUntil(() => canvasTookOver(el), 'the canvas draws', { timeout: 3000 });
    const stills = part(el, 'readout').textContent;
    expect(part(el, 'panel-labels').hidden, 'still before beside after').to.equal(false);
    const play = part<HTMLButtonElement>(el, 'play-button');
    play.click();
    await el.updateComplete;
    expect(play.textContent).to.include('Pause');
    expect(part(el, 'panel-labels').hidden, 'one cell while playing').to.equal(true);
    const scrubber = part<HTMLInputElement>(el, 'scrubber');
    await waitUntil(() => scrubber.valueAsNumber > 0.3, 'time moves', { timeout: 3000 });
    play.click();
    await el.updateComplete;
    expect(play.textContent).to.include('Play');
    scrubber.valueAsNumber = 10;
    scrubber.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(part(el, 'caption').textContent).to.match(/2–7 days/);
    expect(part(el, 'readout').textContent).to.not.equal(stills);
    expect(page.problems).to.deep.equal([]);
  });

  it('under reduced motion hydrates to the same stills; autoplay starts only once it can animate', async () => {
    await setMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const still = await open('<kw-neuron-growth autoplay loop></kw-neuron-growth>');
    const before = allText(still.neuron);
    await still.hydrate();
    await waitUntil(() => canvasTookOver(still.neuron), 'the canvas draws', { timeout: 3000 });
    expect(allText(still.neuron)).to.equal(before);
    expect(part(still.neuron, 'play-button').textContent).to.include('Play');
    expect(still.problems).to.deep.equal([]);
    // (Off the test page's screen, the next one would never be seen, so never play.)
    still.frame.remove();
    await setMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    const moving = await open('<kw-neuron-growth autoplay loop></kw-neuron-growth>');
    expect(allText(moving.neuron)).to.equal(before);
    await moving.hydrate();
    await waitUntil(() => part<HTMLInputElement>(moving.neuron, 'scrubber').valueAsNumber < 14, 'autoplay starts from the beginning', { timeout: 3000 });
    expect(part(moving.neuron, 'play-button').textContent).to.include('Pause');
    expect(moving.problems).to.deep.equal([]);
  });

  it('a page that changed the seed before the module loaded gets that neuron, once', async () => {
    const page = await open('<kw-neuron-growth seed="2"></kw-neuron-growth>');
    const el = page.neuron;
    const rendered = part(el, 'readout').textContent;
    el.setAttribute('seed', '3');
    await page.hydrate();
    await waitUntil(() => canvasTookOver(el), 'the canvas draws', { timeout: 3000 });
    expect(copies(el)).to.deep.equal(['figure']);
    expect(part(el, 'readout').textContent, 'the counts of seed 3').to.not.equal(rendered);
    expect(el.shadowRoot!.querySelectorAll('canvas').length).to.equal(1);
    expect(page.problems).to.deep.equal([]);
  });
});
