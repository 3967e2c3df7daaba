// Every widget on a 320 px wide screen (and so at 400 % zoom of 1280 px): nothing sticks out of the page. Only
// a scroll box the widget provides on purpose (the pathway diagram) may be wider inside.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';

const WIDGETS = ['kw-disclaimer', 'kw-pathway', 'kw-side-effects', 'kw-neuron-growth'];

function overflowing(root: ShadowRoot, right: number): string[] {
  const out: string[] = [];
  const inScroller = (el: Element): boolean => {
    for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
      if (/(auto|scroll)/.test(getComputedStyle(node).overflowX)) return true;
    }
    return false;
  };
  for (const el of root.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    // Text for screen readers only is clipped to 1 px by .visually-hidden: it can stick out of nothing.
    if (box.width > 0 && box.right > right + 1 && !inScroller(el) && !el.closest('.visually-hidden')) out.push(`${el.localName}.${el.getAttribute('class') ?? ''} right=${Math.round(box.right)}`);
  }
  return out;
}

describe('on a 320 px wide screen', () => {
  for (const tag of WIDGETS) {
    for (const lang of ['en', 'es']) {
      it(`<${tag}> fits without sideways scrolling (${lang})`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px" lang=${lang}></div>`);
        const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        if (tag === 'kw-pathway') el.setAttribute('step-mode', '');
        if (tag === 'kw-disclaimer') el.setAttribute('dismissible', '');
        wrapper.append(el);
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const right = wrapper.getBoundingClientRect().right;
        expect(el.getBoundingClientRect().right).to.be.at.most(right + 1);
        expect(overflowing(el.shadowRoot!, right)).to.deep.equal([]);
      });
    }
  }
});
