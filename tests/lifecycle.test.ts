// What a widget leaves behind when a page removes it: no pending download, no observer still watching, and a
// language found through shadow roots of other components.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { nearestLang } from '../src/internal/localize.js';

const TAGS = ['kw-disclaimer', 'kw-pathway', 'kw-side-effects', 'kw-neuron-growth'] as const;

/** Records the signal of every fetch whose URL contains `marker`, while the page's fetch still runs. */
function watchFetches(marker: string) {
  const signals: AbortSignal[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input instanceof Request ? input.url : input).includes(marker) && init?.signal) signals.push(init.signal);
    return original(input, init);
  };
  return { signals, restore: () => (window.fetch = original) };
}

/** Counts what every ResizeObserver is watching: `observe` adds a target, `unobserve`/`disconnect` remove. */
function watchResizeObservers() {
  const original = window.ResizeObserver;
  const watched = new Map<ResizeObserver, Set<Element>>();
  window.ResizeObserver = class extends original {
    constructor(callback: ResizeObserverCallback) {
      super(callback);
      watched.set(this, new Set());
    }
    override observe(target: Element, options?: ResizeObserverOptions) {
      watched.get(this)!.add(target);
      super.observe(target, options);
    }
    override unobserve(target: Element) {
      watched.get(this)!.delete(target);
      super.unobserve(target);
    }
    override disconnect() {
      watched.get(this)!.clear();
      super.disconnect();
    }
  };
  const targetsWithin = (host: Element) =>
    [...watched.values()].flatMap((targets) => [...targets]).filter((t) => t === host || host.shadowRoot?.contains(t) || host.contains(t));
  return { targetsWithin, restore: () => (window.ResizeObserver = original) };
}

describe('widgets removed from the page', () => {
  for (const tag of TAGS) {
    it(`<${tag}> aborts its pending src download`, async () => {
      const fetches = watchFetches('/tests/endless.json');
      try {
        const el = document.createElement(tag);
        el.setAttribute('src', '/tests/endless.json');
        document.body.append(el);
        await waitUntil(() => fetches.signals.length > 0, 'the widget started its download', { timeout: 5000 });
        const [signal] = fetches.signals;
        expect(signal!.aborted, 'still downloading while on the page').to.equal(false);
        el.remove();
        expect(signal!.aborted, 'aborted when removed').to.equal(true);
      } finally {
        fetches.restore();
      }
    });

    it(`<${tag}> leaves no ResizeObserver watching it or its parts`, async () => {
      const observers = watchResizeObservers();
      try {
        const el = await fixture(html`<div style="width: 600px"></div>`);
        const widget = document.createElement(tag);
        el.append(widget);
        await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        widget.remove();
        expect(observers.targetsWithin(widget)).to.deep.equal([]);
      } finally {
        observers.restore();
      }
    });
  }
});

describe('language through shadow roots', () => {
  it("finds lang on an ancestor outside another component's shadow root", async () => {
    const page = await fixture(html`<div lang="es-MX"><section></section></div>`);
    const host = page.querySelector('section')!;
    const inner = host.attachShadow({ mode: 'open' });
    inner.innerHTML = '<div><p></p></div>';
    expect(nearestLang(inner.querySelector('p')!)).to.equal('es-MX');
  });

  it('prefers the nearest lang inside the shadow root, and falls back to <html lang> with none', async () => {
    const page = await fixture(html`<div lang="es"><section></section></div>`);
    const inner = page.querySelector('section')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<div lang="en-GB"><p></p></div><span></span>';
    expect(nearestLang(inner.querySelector('p')!)).to.equal('en-GB');
    const loose = document.createElement('section');
    document.body.append(loose);
    const looseRoot = loose.attachShadow({ mode: 'open' });
    looseRoot.innerHTML = '<p></p>';
    try {
      expect(nearestLang(looseRoot.querySelector('p')!)).to.equal(document.documentElement.lang.trim());
    } finally {
      loose.remove();
    }
  });

  it('a widget inside another component reads in the language of the page around that component', async () => {
    const page = await fixture(html`<div lang="es"><article></article></div>`);
    const inner = page.querySelector('article')!.attachShadow({ mode: 'open' });
    const widget = document.createElement('kw-disclaimer');
    widget.setAttribute('region', 'none');
    inner.append(widget);
    await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(widget.shadowRoot!.textContent).to.match(/consejo médico/i);
  });
});
