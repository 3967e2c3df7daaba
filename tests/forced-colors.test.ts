// Windows High Contrast and other forced-colour modes: browsers paint a plate of the system background colour
// behind text, and force text colours. A button that keeps author colours can end up with its label the colour of
// that plate, i.e. invisible. These tests look at real pixels: a readable label is not one flat colour.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { screenshotOf, setMediaFeatures } from './support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Share of the pixels of a PNG that differ from its most common colour. */
async function inkShare(png: string): Promise<number> {
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const rgb = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  return 1 - Math.max(...counts.values()) / (data.length / 4);
}

/** A box around the text of `button` (not its icon). */
function labelBox(button: HTMLElement): HTMLElement {
  const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT) });
  const first = walker.nextNode() as Text;
  let last = first;
  while (walker.nextNode()) last = walker.currentNode as Text;
  const range = document.createRange();
  range.setStart(first, 0);
  range.setEnd(last, last.length);
  const rect = range.getBoundingClientRect();
  // A stand-in element over the text, so that the screenshot helper can measure and scroll to it.
  const probe = document.createElement('div');
  probe.style.cssText = `position:absolute;left:${rect.x + scrollX}px;top:${rect.y + scrollY}px;width:${rect.width}px;height:${rect.height}px;pointer-events:none`;
  document.body.append(probe);
  return probe;
}

const CASES: [string, () => Promise<Widget>, (el: Widget) => void][] = [
  ['<kw-neuron-growth> play and export buttons', () => fixture<Widget>(html`<kw-neuron-growth export></kw-neuron-growth>`), () => {}],
  [
    '<kw-pathway> step buttons, pressed and not',
    () => fixture<Widget>(html`<kw-pathway step-mode export></kw-pathway>`),
    (el) => el.shadowRoot!.querySelectorAll<HTMLElement>('button[aria-pressed]').forEach((b) => b.click()),
  ],
  ['<kw-side-effects> filter chips, one pressed, and item buttons', () => fixture<Widget>(html`<kw-side-effects severity="mild"></kw-side-effects>`), () => {}],
  ['<kw-disclaimer> crisis links and buttons', () => fixture<Widget>(html`<kw-disclaimer region="US" dismissible></kw-disclaimer>`), () => {}],
];

describe('forced colours: every button label is painted readably', () => {
  before(() => setMediaFeatures([{ name: 'forced-colors', value: 'active' }]));
  after(() => setMediaFeatures([]));

  for (const [name, mount, prepare] of CASES) {
    it(name, async () => {
      const el = await mount();
      prepare(el);
      await el.updateComplete;
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a')].filter((b) => b.textContent!.trim() && b.checkVisibility()).slice(0, 6);
      expect(buttons.length).to.be.at.least(1);
      for (const button of buttons) {
        const probe = labelBox(button);
        const ink = await inkShare(await screenshotOf(probe));
        probe.remove();
        expect(ink, `"${button.textContent!.trim().slice(0, 30)}"`).to.be.above(0.04);
      }
    });
  }
});
