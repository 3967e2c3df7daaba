// The built dist/ketamine-widgets.js on plain pages, the way clinics use it (no test-harness imports on the page).
import { expect, waitUntil } from '@open-wc/testing';
import { loadPage, settle } from './support/helpers.js';

type ProbedWindow = Window & typeof globalThis & { __problems: string[] };

async function upgraded(frame: HTMLIFrameElement, selector = 'kw-disclaimer'): Promise<Element> {
  const win = frame.contentWindow as ProbedWindow;
  await waitUntil(() => win.customElements.get(selector.split(/[#.[ ]/)[0]!) !== undefined, `${selector} was not defined`, { timeout: 5000 });
  const el = frame.contentDocument!.querySelector(selector)!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]'), `${selector} did not render`, { timeout: 5000 });
  return el;
}

describe('dist/ketamine-widgets.js on a plain page', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));
  const open = async (url: string, attributes?: Record<string, string>) => {
    const frame = await loadPage(url, attributes);
    frames.push(frame);
    return frame;
  };

  it('upgrades every widget from one script tag, with the US crisis strip from <html lang="en-US">', async () => {
    const frame = await open('/tests/pages/plain.html');
    for (const tag of ['kw-pathway', 'kw-side-effects', 'kw-neuron-growth']) await upgraded(frame, tag);
    const el = await upgraded(frame);
    const root = el.shadowRoot!;
    expect(root.textContent).to.contain('Not medical advice');
    expect(root.querySelector('a[href="tel:988"]')).to.not.equal(null);
    expect((frame.contentWindow as ProbedWindow).__problems).to.deep.equal([]);
  });

  it('is a single self-contained module that needs no other request', async () => {
    const frame = await open('/tests/pages/plain.html');
    await upgraded(frame);
    // Every request the page made, less the test server's own live-reload socket.
    const requests = frame.contentWindow!.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => !p.startsWith('/__web-dev-server'));
    expect(requests).to.deep.equal(['/tests/pages/probe.js', '/dist/ketamine-widgets.js']);
  });

  it('dismisses on click in the built bundle', async () => {
    const frame = await open('/tests/pages/plain.html');
    const el = await upgraded(frame);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
    await waitUntil(() => el.hasAttribute('dismissed'));
    // The notice goes; the crisis lines stay.
    await waitUntil(() => !el.shadowRoot!.querySelector('[part~="base"]'));
    expect(el.shadowRoot!.querySelector('[part~="crisis"]')!.textContent).to.contain('988');
  });

  it('never throws when the module is loaded twice from different URLs', async () => {
    const frame = await open('/tests/pages/twice.html');
    const el = await upgraded(frame);
    await settle(el as Element & { updateComplete: Promise<boolean> });
    expect(el.shadowRoot!.textContent).to.contain('Not medical advice');
    expect((frame.contentWindow as ProbedWindow).__problems).to.deep.equal([]);
  });

  it('renders under a strict Content-Security-Policy with Trusted Types, without violations', async () => {
    const frame = await open('/tests/pages/csp/index.html');
    for (const tag of ['kw-pathway', 'kw-side-effects', 'kw-neuron-growth']) await upgraded(frame, tag);
    // The pathway's export builds an SVG document without string-to-HTML APIs, so Trusted Types allow it.
    const pathway = frame.contentDocument!.querySelector('kw-pathway') as HTMLElement & { toSVG(): string; toPNG(): Promise<Blob> };
    expect(pathway.toSVG()).to.match(/^<svg/);
    // The PNG is drawn from a data: URL, which the policy's img-src allows (a blob: URL would be refused).
    expect((await pathway.toPNG()).type).to.equal('image/png');
    const el = await upgraded(frame);
    expect(el.shadowRoot!.querySelector('a[href="tel:988"]')).to.not.equal(null);
    // Styles apply (adopted style sheets are allowed without 'unsafe-inline').
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(frame.contentWindow!.getComputedStyle(base).display).to.equal('grid');
    expect((frame.contentWindow as ProbedWindow).__problems).to.deep.equal([]);
    // The policy is really in force: assigning a string to innerHTML is refused under Trusted Types.
    expect(() => (frame.contentDocument!.body.innerHTML = '<b>x</b>')).to.throw(/TrustedHTML/);
  });

  it('shows the page\'s own disclaimer text when JavaScript is off', async () => {
    // sandbox without allow-scripts: nothing runs, as with JavaScript disabled.
    const frame = await open('/tests/pages/plain.html', { sandbox: 'allow-same-origin' });
    const doc = frame.contentDocument!;
    const own = doc.querySelector('#own p')!;
    expect(frame.contentWindow!.customElements.get('kw-disclaimer')).to.equal(undefined);
    expect(own.checkVisibility()).to.equal(true);
    expect(own.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  attributes?: { name: string; description?: string }[];
  members?: { name: string; kind: string; privacy?: string }[];
  cssParts?: { name: string; description?: string }[];
  events?: { name: string; description?: string }[];
}

describe('dist/custom-elements.json (feeds Storybook\'s API tables)', () => {
  it('documents every defined widget with a summary, described attributes and parts', async () => {
    const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as { modules: { declarations?: ManifestDeclaration[] }[] };
    const widgets = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName?.startsWith('kw-'));
    // Every element the built bundle defines must be described.
    const frame = await loadPage('/tests/pages/plain.html');
    await waitUntil(() => frame.contentWindow!.customElements.get('kw-disclaimer'));
    const defined = ['kw-disclaimer', 'kw-pathway', 'kw-side-effects', 'kw-neuron-growth'].filter((tag) => frame.contentWindow!.customElements.get(tag));
    // The documented attributes are exactly the ones the elements react to.
    const observed = new Map(defined.map((tag) => [tag, [...((frame.contentWindow!.customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes)].sort()]));
    frame.remove();
    expect(defined.length).to.equal(4);
    expect(widgets.map((w) => w.tagName)).to.have.members(defined);
    for (const widget of widgets) {
      expect(widget.summary, `${widget.tagName} summary`).to.be.a('string').and.not.equal('');
      for (const attribute of widget.attributes ?? []) {
        expect(attribute.description, `${widget.tagName} [${attribute.name}] description`).to.be.a('string').and.not.equal('');
      }
      expect(widget.cssParts?.length, `${widget.tagName} parts`).to.be.greaterThan(0);
      expect((widget.attributes ?? []).map((a) => a.name).sort(), `${widget.tagName} attributes`).to.deep.equal(observed.get(widget.tagName!));
    }
    const disclaimer = widgets.find((w) => w.tagName === 'kw-disclaimer')!;
    expect(disclaimer.events?.map((e) => e.name)).to.include('kw-dismiss');
    expect(disclaimer.attributes?.map((a) => a.name)).to.include.members(['variant', 'position', 'region', 'dismissible', 'remember', 'storage-key', 'heading-level', 'theme', 'src']);
  });
});

interface TypedItem {
  name: string;
  type?: { text: string };
}
interface ManifestModule {
  path: string;
  declarations?: (Omit<ManifestDeclaration, 'attributes' | 'events'> & { attributes?: TypedItem[]; events?: TypedItem[] })[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}

describe('dist/custom-elements.json (feeds the framework types and editor files)', () => {
  let modules: ManifestModule[];
  before(async () => {
    modules = ((await (await fetch('/dist/custom-elements.json')).json()) as { modules: ManifestModule[] }).modules;
  });
  const widgets = () => modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName?.startsWith('kw-'));

  it('types every event with its detail, as the elements declare it', () => {
    const events = widgets().flatMap((w) => w.events ?? []);
    expect(events.map((e) => e.name).sort()).to.deep.equal(['kw-dismiss', 'kw-filter-change', 'kw-stage-change', 'kw-step-change', 'kw-toggle']);
    const type = (name: string) => events.find((e) => e.name === name)?.type?.text;
    expect(type('kw-step-change')).to.equal('CustomEvent<{ index: number; id: string }>');
    expect(type('kw-filter-change')).to.equal("CustomEvent<{ severity: ('mild' | 'moderate' | 'serious' | 'unstated')[] }>");
    for (const event of events) expect(event.type?.text, event.name).to.match(/^CustomEvent<.+>$/);
  });

  it('spells out named string unions, so editors offer values, not type names', () => {
    const texts = widgets().flatMap((w) => [...(w.attributes ?? []), ...(w.events ?? [])]).map((item) => item.type?.text ?? '');
    for (const alias of ['Theme', 'Orientation', 'GroupBy', 'SortOrder', 'SceneName', 'Severity']) {
      expect(texts.filter((t) => new RegExp(`\\b${alias}\\b`).test(t)), alias).to.deep.equal([]);
    }
    const pathway = widgets().find((w) => w.tagName === 'kw-pathway')!;
    expect(pathway.attributes!.find((a) => a.name === 'orientation')!.type!.text).to.equal("'auto' | 'horizontal' | 'vertical'");
  });

  it('names published files, and each element once, in the module that defines it', async () => {
    const paths = modules.flatMap((m) => [m.path, ...(m.exports ?? []).map((e) => e.declaration.module ?? m.path)]);
    expect(paths.filter((p) => !/^dist\/esm\/.+\.js$/.test(p))).to.deep.equal([]);
    for (const path of new Set(paths)) expect((await fetch(`/${path}`, { method: 'HEAD' })).status, path).to.equal(200);
    const definitions = modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => `${e.name} in ${m.path}`));
    expect(definitions.sort()).to.deep.equal(
      ['disclaimer', 'neuron-growth', 'pathway', 'side-effects'].map((name) => `kw-${name} in dist/esm/components/${name}/${name}.js`),
    );
  });
});
