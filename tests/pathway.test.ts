import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/components/pathway/pathway.js';
import type { KwPathway } from '../src/components/pathway/pathway.js';
import type { PathwayData } from '../src/components/pathway/pathway-schema.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { manualClock } from './support/clock.js';
import { captureUncaught, captureWarnings, interceptDownloads, setMediaFeatures, settle, visibleText } from './support/helpers.js';

const shadow = (el: KwPathway) => el.shadowRoot!;
const nodes = (el: KwPathway) => [...shadow(el).querySelectorAll<SVGGElement>('g.node')];
const nodeById = (el: KwPathway, id: string) => shadow(el).querySelector<SVGGElement>(`[data-id="${id}"]`)!;
const button = (el: KwPathway, cls: string) => shadow(el).querySelector<HTMLButtonElement>(`button.${cls}`)!;
const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));

async function mount(template: ReturnType<typeof html>, width = 900): Promise<KwPathway> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.querySelector('kw-pathway')!;
  await settle(el);
  return el;
}

const small: PathwayData = {
  title: 'Caffeine',
  nodes: [
    { id: 'coffee', label: 'Coffee', description: 'A cup of coffee.', kind: 'drug', confidence: 'established', refs: ['Li2010'] },
    { id: 'block', label: 'Adenosine block', description: 'Receptors blocked.', kind: 'receptor', confidence: 'supported' },
    { id: 'alert', label: 'Alert', description: 'Less sleepy.', kind: 'outcome', confidence: 'debated' },
  ],
  edges: [
    { from: 'coffee', to: 'block', effect: 'inhibits' },
    { from: 'block', to: 'alert', effect: 'leads-to', confidence: 'debated' },
  ],
};

// Two branches from one source: their nodes share a layer.
const branching: PathwayData = {
  nodes: [
    { id: 'ketamine_dose', label: 'Ketamine', description: 'A dose.', kind: 'drug', confidence: 'established' },
    { id: 'nmda_block', label: 'NMDA block', description: 'Blocked.', kind: 'receptor', confidence: 'established' },
    { id: 'hnk', label: 'HNK', description: 'A metabolite.', kind: 'drug', confidence: 'debated' },
    { id: 'mood', label: 'Mood', description: 'Better.', kind: 'outcome', confidence: 'established' },
  ],
  edges: [
    { from: 'ketamine_dose', to: 'nmda_block', effect: 'leads-to' },
    { from: 'ketamine_dose', to: 'hnk', effect: 'leads-to' },
    { from: 'nmda_block', to: 'mood', effect: 'leads-to' },
    { from: 'hnk', to: 'mood', effect: 'leads-to' },
  ],
};

describe('<kw-pathway>', () => {
  afterEach(() => setMediaFeatures([]));

  describe('diagram', () => {
    it('draws the main track as a named graphics document with the caption always shown', async () => {
      const el = await mount(html`<kw-pathway></kw-pathway>`);
      const svg = shadow(el).querySelector('svg')!;
      expect(svg.getAttribute('role')).to.equal('graphics-document');
      expect(svg.getAttribute('aria-label')).to.equal('How ketamine may ease depression');
      expect(nodes(el)).to.have.length(13);
      expect(visibleText(el)).to.contain('No one fully knows how ketamine eases depression. Most steps below come from studies in animals.');
    });

    it('takes its title from the data, or from a strings override', async () => {
      const custom = await mount(html`<kw-pathway .data=${small}></kw-pathway>`);
      expect(shadow(custom).querySelector('svg')!.getAttribute('aria-label')).to.equal('Caffeine');
      const untitled = await mount(html`<kw-pathway .data=${{ ...small, title: undefined }}></kw-pathway>`);
      expect(shadow(untitled).querySelector('svg')!.getAttribute('aria-label')).to.equal('Pathway diagram');
      const overridden = await mount(html`<kw-pathway strings='{"title": "Ketamine, step by step", "showText": "Read as text"}'></kw-pathway>`);
      expect(shadow(overridden).querySelector('svg')!.getAttribute('aria-label')).to.equal('Ketamine, step by step');
      expect(button(overridden, 'show-text').textContent!.trim()).to.equal('Read as text');
    });

    it('lists the alternative hypotheses in a panel of their own with show-alternatives, not as lines in the diagram', async () => {
      const el = await mount(html`<kw-pathway show-alternatives></kw-pathway>`);
      expect(nodes(el)).to.have.length(13);
      const panel = shadow(el).querySelector('[part="alternatives"]')!;
      expect(visibleText(panel)).to.contain('Other proposed mechanisms').and.contain('HNK metabolite').and.contain('Starts from “Low-dose ketamine”');
      expect(panel.querySelectorAll('.alt')).to.have.length(6);
      expect(shadow(el).querySelector('svg.diagram')!.querySelectorAll('path.edge')).to.have.length(13);
    });

    it('says under the diagram, by default, that other ideas exist, with a button that shows them', async () => {
      const el = await mount(html`<kw-pathway></kw-pathway>`);
      const note = shadow(el).querySelector<HTMLElement>('[part~="alt-note"]')!;
      expect(note.checkVisibility()).to.equal(true);
      expect(note.textContent).to.contain('Scientists have proposed other ways ketamine may work, too.');
      // Under the diagram, not above it.
      expect(shadow(el).querySelector('[part~="diagram"]')!.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      const show = note.querySelector('button')!;
      expect(show.textContent!.trim()).to.equal('Show other ideas');
      expect(show.getAttribute('aria-pressed')).to.equal('false');
      show.click();
      await settle(el);
      expect(el.showAlternatives).to.equal(true);
      expect(shadow(el).querySelectorAll('[part="alternatives"] .alt')).to.have.length(6);
      expect(button(el, 'show-alternatives').getAttribute('aria-pressed')).to.equal('true');
      button(el, 'show-alternatives').click();
      await settle(el);
      expect(shadow(el).querySelector('[part="alternatives"]')).to.equal(null);
    });

    it('says the same in Spanish, and not at all for data without alternatives', async () => {
      const es = await mount(html`<div lang="es"><kw-pathway></kw-pathway></div>`);
      expect(shadow(es).querySelector('[part~="alt-note"]')!.textContent).to.contain('Mostrar otras ideas');
      const own = await mount(html`<kw-pathway .data=${small}></kw-pathway>`);
      expect(shadow(own).querySelector('[part~="alt-note"]')).to.equal(null);
    });

    it('shows each node’s confidence as a badge (word and icon shape, not colour alone) with solid lines, and names it', async () => {
      const el = await mount(html`<kw-pathway></kw-pathway>`);
      const mtor = nodeById(el, 'mtorc1');
      expect(mtor.querySelector('.badge')!.textContent).to.contain('Debated');
      expect(mtor.getAttribute('aria-label')).to.equal('mTORC1 signaling. Debated. 9 of 13.');
      // Empty ring for debated, half disc for supported, full disc for established.
      expect(mtor.querySelector('.badge .icon-fill')).to.equal(null);
      expect(nodeById(el, 'bdnf_release').querySelector('.badge path.icon-fill')).to.not.equal(null);
      expect(nodeById(el, 'ketamine_dose').querySelector('.badge circle.icon-fill')).to.not.equal(null);
      for (const shape of shadow(el).querySelectorAll('svg.diagram rect, svg.diagram path')) expect(getComputedStyle(shape).strokeDasharray).to.equal('none');
      expect(visibleText(shadow(el).querySelector('.legend')!)).to.contain('Established').and.contain('Supported').and.contain('Debated');
    });

    it('ends "inhibits" edges in a bar and others in an arrow', async () => {
      const el = await mount(html`<kw-pathway .data=${small}></kw-pathway>`);
      const markers = [...shadow(el).querySelectorAll('path.edge:not(.legend *)')].map((p) => p.getAttribute('marker-end'));
      expect(markers.slice(0, 2)).to.deep.equal(['url(#bar)', 'url(#arrow)']);
      expect(visibleText(shadow(el).querySelector('.legend')!)).to.contain('inhibits');
    });

    it('explains the "inhibits" line in the key only when the diagram draws one', async () => {
      const el = await mount(html`<kw-pathway></kw-pathway>`);
      expect(visibleText(shadow(el).querySelector('.legend')!)).to.contain('activates or leads to').and.not.contain('inhibits');
    });

    it('opens a layered diagram wider than its box on the first step of the story, not on its left edge', async () => {
      const el = await mount(html`<kw-pathway orientation="horizontal"></kw-pathway>`, 320);
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      const box = scroller.getBoundingClientRect();
      const first = nodeById(el, 'ketamine_dose').getBoundingClientRect();
      expect(first.left).to.be.at.least(box.left);
      expect(first.right).to.be.at.most(box.right);
      // The reader's own scrolling is kept when the widget re-renders.
      scroller.scrollLeft = 0;
      el.step = 1;
      await settle(el);
      expect(scroller.scrollLeft).to.equal(0);
    });

    it('shows HTML in labels as text', async () => {
      const data = { ...small, nodes: [{ ...small.nodes[0]!, label: '<b>Bold</b> coffee' }, ...small.nodes.slice(1)] };
      const el = await mount(html`<kw-pathway .data=${data}></kw-pathway>`);
      expect(nodeById(el, 'coffee').textContent).to.contain('<b>Bold</b>');
      expect(shadow(el).querySelector('b')).to.equal(null);
    });

    it('flows vertically in a narrow container and horizontally when it fits or is forced', async () => {
      const narrow = await mount(html`<kw-pathway .data=${small}></kw-pathway>`, 320);
      expect(shadow(narrow).querySelector('svg')!.classList.contains('vertical')).to.equal(true);
      const wide = await mount(html`<kw-pathway .data=${small}></kw-pathway>`, 900);
      expect(shadow(wide).querySelector('svg')!.classList.contains('horizontal')).to.equal(true);
      const forced = await mount(html`<kw-pathway orientation="horizontal"></kw-pathway>`, 320);
      expect(shadow(forced).querySelector('svg')!.classList.contains('horizontal')).to.equal(true);
    });

    it('lays each orientation out once: resizing only chooses between them (large diagrams are slow to lay out)', async () => {
      const el = await mount(html`<kw-pathway .data=${small}></kw-pathway>`, 1200);
      const layouts = () => (el as unknown as { sizing: { layouts: { byOrientation: Map<string, object> } } }).sizing.layouts.byOrientation;
      const wrapper = el.parentElement!;
      const seen = new Set<object>();
      for (const width of [300, 1200, 320, 1100, 310]) {
        wrapper.style.width = `${width}px`;
        await waitUntil(() => shadow(el).querySelector('svg')!.classList.contains(width > 1000 ? 'horizontal' : 'vertical'), `${width}px`);
        layouts().forEach((layout) => seen.add(layout));
      }
      expect(seen.size).to.equal(2);
    });

    it('on a 320 px phone, with alternatives, draws at 1:1 in one readable column with no hidden sideways scroll', async () => {
      const el = await mount(html`<kw-pathway show-alternatives></kw-pathway>`, 320);
      const svg = shadow(el).querySelector('svg')!;
      expect(svg.getBoundingClientRect().width).to.be.closeTo(svg.viewBox.baseVal.width, 1);
      for (const text of svg.querySelectorAll('text')) expect(parseFloat(getComputedStyle(text).fontSize)).to.be.at.least(12);
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      const lefts = new Set(nodes(el).map((n) => Math.round(n.getBoundingClientRect().left)));
      expect(lefts.size, 'one column').to.equal(1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });

    it('uses Spanish labels, caption and confidence words under lang="es"', async () => {
      const el = await mount(html`<div lang="es"><kw-pathway></kw-pathway></div>`);
      expect(nodeById(el, 'nmda_block').textContent).to.contain('Bloqueo de');
      expect(nodeById(el, 'nmda_block').textContent).to.contain('Establecido');
      expect(visibleText(el)).to.contain('No se sabe por completo cómo la ketamina alivia la depresión.');
    });
  });

  describe('keyboard and details', () => {
    it('has one tab stop among the nodes and moves along edges and siblings with arrow keys', async () => {
      const el = await mount(html`<kw-pathway orientation="vertical" .data=${branching}></kw-pathway>`);
      expect(nodes(el).filter((n) => n.getAttribute('tabindex') === '0')).to.have.length(1);
      nodeById(el, 'ketamine_dose').focus();
      key(nodeById(el, 'ketamine_dose'), 'ArrowDown');
      await settle(el);
      const first = shadow(el).activeElement as SVGGElement;
      expect(first.getAttribute('role')).to.equal('button');
      expect(first.dataset.id).to.not.equal('ketamine_dose');
      key(first, 'ArrowUp');
      await settle(el);
      expect((shadow(el).activeElement as SVGGElement).dataset.id).to.equal('ketamine_dose');
      nodeById(el, 'nmda_block').focus();
      const layerMates = ['nmda_block', 'hnk'];
      key(nodeById(el, 'nmda_block'), 'ArrowRight');
      await settle(el);
      const sibling = (shadow(el).activeElement as SVGGElement).dataset.id!;
      expect(layerMates).to.include(sibling);
      expect(sibling).to.not.equal('nmda_block');
      expect(nodes(el).filter((n) => n.getAttribute('tabindex') === '0').map((n) => n.dataset.id)).to.deep.equal([sibling]);
    });

    it('moves to the first step with Home and the last with End, in the order of the story', async () => {
      const el = await mount(html`<kw-pathway></kw-pathway>`);
      const order = nodes(el).map((n) => n.dataset.id!);
      expect(order[0]).to.equal('ketamine_dose');
      expect(order[order.length - 1]).to.equal('mood_improves');
      nodeById(el, 'bdnf_release').focus();
      key(nodeById(el, 'bdnf_release'), 'End');
      await settle(el);
      expect((shadow(el).activeElement as SVGGElement).dataset.id).to.equal('mood_improves');
      key(shadow(el).activeElement!, 'Home');
      await settle(el);
      expect((shadow(el).activeElement as SVGGElement).dataset.id).to.equal('ketamine_dose');
      expect(nodes(el).filter((n) => n.getAttribute('tabindex') === '0').map((n) => n.dataset.id)).to.deep.equal(['ketamine_dose']);
    });

    it('opens details on Enter with description, confidence and sources that open safely in a new tab; Escape closes and returns focus', async () => {
      const el = await mount(html`<kw-pathway></kw-pathway>`);
      const node = nodeById(el, 'mtorc1');
      node.focus();
      key(node, 'Enter');
      await settle(el);
      const details = shadow(el).querySelector('.details')!;
      expect(visibleText(details)).to.contain('mTORC1 signaling').and.contain('Confidence: Debated').and.contain('blocking mTORC1 did not stop');
      const links = [...details.querySelectorAll('a')];
      expect(links.map((a) => a.href)).to.include('https://doi.org/10.1126/science.1190287');
      for (const a of links) {
        expect(a.target).to.equal('_blank');
        expect(a.rel).to.contain('noopener');
      }
      expect(shadow(el).activeElement?.id).to.equal('details-title');
      key(shadow(el).activeElement!, 'Escape');
      await settle(el);
      expect(shadow(el).querySelector('.details')).to.equal(null);
      expect((shadow(el).activeElement as SVGGElement).dataset.id).to.equal('mtorc1');
    });

    it('opens details on click and Space, and closes with the Close button', async () => {
      const el = await mount(html`<kw-pathway></kw-pathway>`);
      nodeById(el, 'bdnf_release').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await settle(el);
      expect(visibleText(shadow(el).querySelector('.details')!)).to.contain('BDNF released');
      button(el, 'close').click();
      await settle(el);
      expect(shadow(el).querySelector('.details')).to.equal(null);
      key(nodeById(el, 'glutamate_burst'), ' ');
      await settle(el);
      expect(visibleText(shadow(el).querySelector('.details')!)).to.contain('Glutamate surge');
    });
  });

  describe('focus stays in view (WCAG 2.4.11)', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('arrow keys never leave the focused step under the sticky controls, and opening a step shows its details', async () => {
      await setViewport({ width: 1280, height: 720 });
      const el = await mount(html`<kw-pathway step-mode orientation="vertical"></kw-pathway>`);
      const bar = shadow(el).querySelector('.controls')!;
      expect(getComputedStyle(bar).position).to.equal('sticky');
      const last = nodes(el).at(-1)!;
      last.focus();
      await settle(el);
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'ArrowUp' });
        await settle(el);
        const focused = shadow(el).activeElement!;
        expect(focused.getBoundingClientRect().top, `step ${focused.getAttribute('data-id')}`).to.be.at.least(bar.getBoundingClientRect().bottom);
      }
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const title = shadow(el).getElementById('details-title')!;
      expect(shadow(el).activeElement).to.equal(title);
      const { top, bottom } = title.getBoundingClientRect();
      expect(top).to.be.at.least(0);
      expect(bottom).to.be.at.most(innerHeight);
      window.scrollTo(0, 0);
    });
  });

  describe('step mode', () => {
    it('walks the story with Next and Previous, reflecting step, announcing the sentence and firing kw-step-change', async () => {
      const el = await mount(html`<kw-pathway step-mode></kw-pathway>`);
      expect(nodeById(el, 'ketamine_dose').classList.contains('current')).to.equal(true);
      const live = shadow(el).querySelector('[aria-live="polite"]')!;
      expect(live.textContent).to.contain('Step 1 of 13: Low-dose ketamine.');
      const changed = oneEvent(el, 'kw-step-change');
      button(el, 'next').click();
      const event = await changed;
      expect(event.detail).to.deep.equal({ index: 1, id: 'nmda_block' });
      expect(event.bubbles && event.composed).to.equal(true);
      await settle(el);
      expect(el.getAttribute('step')).to.equal('1');
      expect(live.textContent).to.contain('Step 2 of 13: NMDA receptors blocked.');
      expect(nodeById(el, 'nmda_block').classList.contains('current')).to.equal(true);
      expect(shadow(el).querySelectorAll('path.edge.current')).to.have.length(1);
      button(el, 'prev').click();
      await settle(el);
      expect(el.step).to.equal(0);
      expect(button(el, 'prev').getAttribute('aria-disabled')).to.equal('true');
    });

    it('paints an unavailable Previous in the system GrayText under forced colours', async () => {
      const el = await mount(html`<kw-pathway step-mode></kw-pathway>`);
      await setMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      const probe = document.createElement('span');
      probe.style.color = 'GrayText';
      document.body.append(probe);
      try {
        expect(button(el, 'prev').getAttribute('aria-disabled')).to.equal('true');
        expect(getComputedStyle(button(el, 'prev')).color).to.equal(getComputedStyle(probe).color);
        expect(getComputedStyle(button(el, 'next')).color).to.not.equal(getComputedStyle(probe).color);
      } finally {
        probe.remove();
        await setMediaFeatures([]);
      }
    });

    it('does not fire kw-step-change when step is set by code', async () => {
      const el = await mount(html`<kw-pathway step-mode></kw-pathway>`);
      let fired = 0;
      el.addEventListener('kw-step-change', () => fired++);
      el.step = 5;
      await settle(el);
      expect(shadow(el).querySelector('[aria-live]')!.textContent).to.contain('Step 6 of 13');
      expect(fired).to.equal(0);
    });

    it('plays to the end and stops there', async () => {
      const time = manualClock();
      try {
        const el = await mount(html`<kw-pathway step-mode step="11"></kw-pathway>`);
        button(el, 'play').click();
        await settle(el);
        expect(button(el, 'play').textContent!.trim()).to.equal('Pause');
        time.tick(3499);
        expect(el.step, 'a step lasts 3.5 s').to.equal(11);
        time.tick(1);
        await settle(el);
        expect(el.step).to.equal(12);
        expect(button(el, 'play').textContent!.trim()).to.equal('Play');
        expect(time.running, 'stopped at the last step').to.equal(0);
      } finally {
        time.restore();
      }
    });

    it('pauses while the reader focuses the diagram and leaves no timer after removal', async () => {
      const time = manualClock();
      try {
        const el = await mount(html`<kw-pathway step-mode></kw-pathway>`);
        button(el, 'play').click();
        nodeById(el, 'ketamine_dose').focus();
        time.tick(3500 * 3);
        expect(el.step).to.equal(0);
        (shadow(el).activeElement as HTMLElement).blur();
        time.tick(3500);
        expect(el.step, 'goes on once focus leaves').to.equal(1);
        el.remove();
        expect(time.running, 'no timer after removal').to.equal(0);
        time.tick(3500 * 3);
        expect(el.step).to.equal(1);
      } finally {
        time.restore();
      }
    });
  });

  it('pauses Play while the pointer is over the diagram', async () => {
    const time = manualClock();
    try {
      const el = await mount(html`<kw-pathway step-mode></kw-pathway>`);
      button(el, 'play').click();
      shadow(el).querySelector('.scroller')!.dispatchEvent(new PointerEvent('pointerenter'));
      time.tick(3500 * 2);
      expect(el.step).to.equal(0);
      shadow(el).querySelector('.scroller')!.dispatchEvent(new PointerEvent('pointerleave'));
      time.tick(3500);
      expect(el.step).to.equal(1);
      button(el, 'play').click();
      expect(time.running, 'Pause stops the timer').to.equal(0);
    } finally {
      time.restore();
    }
  });

  it('can be added and removed many times without errors or stray updates', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
    const uncaught = captureUncaught();
    try {
      for (let i = 0; i < 30; i++) {
        const el = document.createElement('kw-pathway');
        el.stepMode = true;
        host.append(el);
        await el.updateComplete;
        el.remove();
      }
      // Two frames: a ResizeObserver left behind would report in them.
      await nextFrame();
      await nextFrame();
      expect(host.children).to.have.length(0);
      expect(uncaught.errors).to.deep.equal([]);
    } finally {
      uncaught.restore();
    }
  });

  describe('text alternative', () => {
    it('is always in the shadow root as an ordered list, and "Show as text" reveals it', async () => {
      const el = await mount(html`<kw-pathway></kw-pathway>`);
      const text = shadow(el).querySelector('.text')!;
      const items = text.querySelectorAll(':scope > ol > li');
      expect(items).to.have.length(13);
      expect(items[0]!.textContent).to.contain('Low-dose ketamine');
      // Each step lists its links under it, without repeating its own label.
      const relation = items[0]!.querySelector('li')!;
      expect(relation.textContent!.trim()).to.match(/^Leads to “NMDA receptors blocked” \(Established;/);
      // Every arrow carries its sources, as links.
      expect(relation.textContent).to.contain('Sources: Anis NA et al.');
      expect(relation.querySelector('a')!.href).to.match(/^https:\/\//);
      // Screen readers reach it; the keyboard does not, while it is not shown (no invisible tab stops).
      expect(relation.querySelector<HTMLAnchorElement>('a')!.tabIndex).to.equal(-1);
      expect(text.getBoundingClientRect().height, 'visually hidden until asked for').to.be.at.most(1);
      button(el, 'show-text').click();
      await settle(el);
      expect(button(el, 'show-text').getAttribute('aria-pressed')).to.equal('true');
      expect(text.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(visibleText(el)).to.contain('The pathway as text');
      expect(text.querySelector<HTMLAnchorElement>('li li a')!.tabIndex).to.equal(0);
    });
  });

  describe('data sources and errors', () => {
    it('reads an inline JSON child', async () => {
      const el = await mount(html`<kw-pathway><script type="application/json">${JSON.stringify(small)}</script></kw-pathway>`);
      expect(nodes(el).map((n) => n.dataset.id)).to.deep.equal(['coffee', 'block', 'alert']);
    });

    it('shows a visible error and warns once for malformed inline JSON', async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount(html`<kw-pathway><script type="application/json">{ "nodes": [ </script></kw-pathway>`);
        expect(visibleText(el)).to.contain('This diagram could not be shown').and.contain('inline JSON is malformed');
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('draws the minimal diagram a person writes first: labels only, an edge without effect, no confidence shown as "Not graded"', async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount(
          html`<kw-pathway
            ><script type="application/json">
              { "nodes": [{ "id": "k", "label": "Ketamine" }, { "id": "n", "label": "NMDA receptor" }], "edges": [{ "from": "k", "to": "n" }] }
            </script></kw-pathway
          >`,
        );
        expect(warnings.messages).to.deep.equal([]);
        expect(nodes(el).map((n) => n.dataset.id)).to.deep.equal(['k', 'n']);
        expect(nodeById(el, 'k').querySelector('.badge')!.textContent).to.contain('Not graded');
        expect(nodeById(el, 'k').querySelector('.badge')!.textContent).to.not.contain('Established');
        expect(shadow(el).querySelectorAll('svg.diagram path.edge')).to.have.length(1);
        expect(visibleText(shadow(el).querySelector('[part="legend"]')!)).to.contain('no level of evidence given');
        const text = shadow(el).querySelector('[part="text"]')!.textContent!;
        expect(text).to.contain('Not graded').and.contain('Leads to “NMDA receptor”').and.not.contain('Established');
        // Details without a description still name the step and its level.
        nodeById(el, 'n').focus();
        key(nodeById(el, 'n'), 'Enter');
        await settle(el);
        expect(visibleText(shadow(el).querySelector('.details')!)).to.contain('NMDA receptor').and.contain('Not graded');
      } finally {
        warnings.restore();
      }
    });

    it('draws a Mermaid flowchart from an inline script, and says once what it left out', async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount(
          html`<kw-pathway
            ><script type="text/x-mermaid">
              flowchart LR
                K([Ketamine]) --> N[NMDA receptors blocked] -.-> B[BDNF]
                B --x S[Stress]
                style K fill:#f00
            </script></kw-pathway
          >`,
        );
        expect(nodes(el).map((n) => n.dataset.id)).to.deep.equal(['K', 'N', 'B', 'S']);
        expect(nodeById(el, 'N').textContent).to.contain('NMDA receptors blocked');
        expect(shadow(el).querySelectorAll('svg.diagram path.edge')).to.have.length(3);
        expect(shadow(el).querySelector('svg.diagram path.edge[marker-end="url(#bar)"]')).to.not.equal(null);
        const text = shadow(el).querySelector('[part="text"]')!.textContent!;
        expect(text).to.contain('Leads to “BDNF” (Debated').and.contain('Inhibits “Stress”');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('left out').and.contain('1 style, class or click line is ignored');
      } finally {
        warnings.restore();
      }
    });

    it('loads a Mermaid file as src (.mmd), and names the line of a mistake in one', async () => {
      const el = await mount(html`<kw-pathway src="/tests/fixtures/pathway/ketamine.mmd"></kw-pathway>`);
      await waitUntil(() => nodes(el).length === 7, 'the flowchart is drawn', { timeout: 5000 });
      expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('How ketamine may ease depression');
      const warnings = captureWarnings();
      try {
        const bad = await mount(html`<kw-pathway><script type="text/x-mermaid">flowchart TD
  a --> b
  b <--> c</script></kw-pathway>`);
        expect(visibleText(bad)).to.contain('line 3: two-way links are not supported');
      } finally {
        warnings.restore();
      }
    });

    it('links a source of your own given as { text, url }, and shows one without a url as text', async () => {
      const data = {
        nodes: [{ id: 'k', label: 'Ketamine', description: 'A dose.', refs: [{ text: 'Our clinic handout', url: 'https://example.org/handout' }, { text: 'A talk, 2025' }] }],
      };
      const el = await mount(html`<kw-pathway .data=${data}></kw-pathway>`);
      nodeById(el, 'k').focus();
      key(nodeById(el, 'k'), 'Enter');
      await settle(el);
      const details = shadow(el).querySelector('.details')!;
      const link = details.querySelector<HTMLAnchorElement>('a[href="https://example.org/handout"]')!;
      expect(link.textContent).to.contain('Our clinic handout');
      expect(link.rel).to.contain('noopener');
      expect(visibleText(details)).to.contain('A talk, 2025');
      expect([...details.querySelectorAll('a')].map((a) => a.textContent)).to.not.include('A talk, 2025');
    });

    it('says what an arrow’s own label says: in the text version, and as the line’s tooltip', async () => {
      const data = { nodes: [{ id: 'a', label: 'Glutamate' }, { id: 'b', label: 'AMPA' }], edges: [{ from: 'a', to: 'b', label: { en: 'turns on', es: 'activa' } }] };
      const el = await mount(html`<kw-pathway .data=${data}></kw-pathway>`);
      expect(shadow(el).querySelector('[part="text"]')!.textContent).to.contain('Leads to “AMPA”: turns on');
      expect(shadow(el).querySelector('svg.diagram path.edge title')!.textContent).to.equal('turns on');
    });

    it('draws nodes without any edges', async () => {
      const el = await mount(html`<kw-pathway .data=${{ nodes: [{ id: 'a', label: 'One step' }] }}></kw-pathway>`);
      expect(nodes(el)).to.have.length(1);
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    });

    it('names the path of a dangling edge', async () => {
      const warnings = captureWarnings();
      try {
        const data = { ...small, edges: [...(small.edges ?? []), { from: 'coffee', to: 'mtor', effect: 'activates' }] };
        const el = await mount(html`<kw-pathway .data=${data}></kw-pathway>`);
        expect(visibleText(el)).to.contain('edge 3 (from "coffee" to "mtor"): to: no node with id \'mtor\'');
      } finally {
        warnings.restore();
      }
    });

    it('loads a src file, and reports a 404 and a file that is not JSON', async () => {
      const warnings = captureWarnings();
      try {
        const ok = await mount(html`<kw-pathway src="/tests/fixtures/pathway/small.json"></kw-pathway>`);
        await settle(ok);
        expect(nodes(ok)).to.have.length(3);
        expect(visibleText(ok)).to.contain('A small example pathway.');
        const missing = await mount(html`<kw-pathway src="/tests/fixtures/pathway/missing.json"></kw-pathway>`);
        await settle(missing);
        expect(visibleText(missing)).to.contain('answered HTTP 404');
        const notJson = await mount(html`<kw-pathway src="/tests/fixtures/pathway/not-json.html"></kw-pathway>`);
        await settle(notJson);
        expect(visibleText(notJson)).to.contain('is not valid JSON');
      } finally {
        warnings.restore();
      }
    });

    it('renders a cyclic graph without hanging', async () => {
      const data = { ...small, edges: [...(small.edges ?? []), { from: 'alert', to: 'coffee', effect: 'leads-to' as const }] };
      const el = await mount(html`<kw-pathway .data=${data}></kw-pathway>`);
      expect(shadow(el).querySelectorAll('svg.diagram path.edge')).to.have.length(3);
    });
  });

  describe('export', () => {
    it('toSVG() returns standalone, valid SVG with the caption, inlined styles and no script', async () => {
      const el = await mount(html`<kw-pathway theme="dark"></kw-pathway>`);
      const text = el.toSVG();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.querySelector('script')).to.equal(null);
      expect(doc.documentElement.localName).to.equal('svg');
      // Title and caption above the diagram, the key below it, all drawn (not only in <title>).
      const drawn = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
      expect(drawn).to.contain('How ketamine may ease depression').and.contain('Most steps below come from studies in animals');
      expect(drawn).to.contain('Established').and.contain('seen in people').and.contain('Sources: ').and.contain('Li N et al. Science 2010').and.not.contain('inhibits');
      // Every label keeps its measured length, so that it fits its box in a wider fallback font.
      const labels = [...doc.querySelectorAll('g > text tspan, g > text:not(:has(tspan))')];
      expect(labels.length).to.be.greaterThan(20);
      expect(labels.every((label) => Number(label.getAttribute('textLength')) > 0 && label.getAttribute('lengthAdjust') === 'spacingAndGlyphs')).to.equal(true);
      expect(text).to.not.contain('var(--');
      // A picture, not a widget: one image named by its title and described by the caption; no buttons or states.
      expect(doc.documentElement.getAttribute('role')).to.equal('img');
      expect(doc.querySelector('svg > title')!.textContent).to.equal('How ketamine may ease depression');
      expect(doc.querySelector('svg > desc')!.textContent).to.contain('Most steps below come from studies in animals');
      const interactive = [...doc.querySelectorAll('*')].flatMap((node) =>
        [...node.attributes].map((a) => a.name).filter((name) => /^(aria-|data-|tabindex|class)/.test(name) || (name === 'role' && node !== doc.documentElement)),
      );
      expect(interactive).to.deep.equal([]);
      // Dark theme: the background is dark.
      expect(doc.querySelector('rect')!.getAttribute('fill')).to.equal('rgb(20, 24, 30)');
    });

    it('toSVG() draws no current step, open details, hover or focus: a picture of the diagram at rest', async () => {
      const el = await mount(html`<kw-pathway step-mode></kw-pathway>`);
      const first = nodes(el)[0]!;
      first.focus();
      first.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await settle(el);
      const liveRect = first.querySelector('rect')!;
      const restRect = nodes(await mount(html`<kw-pathway></kw-pathway>`))[0]!.querySelector('rect')!;
      expect(first.classList.contains('current') && first.classList.contains('selected')).to.equal(true);
      expect(getComputedStyle(liveRect).stroke).to.not.equal(getComputedStyle(restRect).stroke);
      const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
      const exported = [...doc.querySelectorAll<SVGRectElement>('g > rect')];
      expect(exported[0]!.style.stroke).to.equal(getComputedStyle(restRect).stroke);
      expect(exported[0]!.style.strokeWidth).to.equal(getComputedStyle(restRect).strokeWidth);
      expect(doc.querySelector('[marker-end*="-hi"]')).to.equal(null);
      // The live diagram is untouched.
      expect(first.classList.contains('current')).to.equal(true);
      expect(shadow(el).querySelectorAll('svg.diagram')).to.have.length(1);
    });

    it('toPNG() resolves to a PNG blob', async () => {
      const el = await mount(html`<kw-pathway .data=${small}></kw-pathway>`);
      const blob = await el.toPNG(1);
      expect(blob.type).to.equal('image/png');
      expect(blob.size).to.be.greaterThan(1000);
    });

    it('the export menu downloads through an object URL that it revokes', async () => {
      const el = await mount(html`<kw-pathway export .data=${small}></kw-pathway>`);
      const downloads = interceptDownloads();
      try {
        button(el, 'download-svg').click();
        await downloads.clicked();
      } finally {
        downloads.restore();
      }
      const { created, revoked, clicks } = downloads;
      expect(created).to.deep.equal(['image/svg+xml']);
      expect(revoked).to.deep.equal(['blob:test']);
      expect(clicks).to.deep.equal(['pathway.svg']);
    });
  });

  describe('accessibility (axe)', () => {
    it('is accessible in light and dark', async () => {
      const light = await mount(html`<kw-pathway theme="light"></kw-pathway>`);
      await expect(light).to.be.accessible();
      const dark = await mount(html`<kw-pathway theme="dark"></kw-pathway>`);
      await expect(dark).to.be.accessible();
    });

    it('is accessible in Spanish with alternatives and the export menu', async () => {
      const el = await mount(html`<div lang="es"><kw-pathway show-alternatives export></kw-pathway></div>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible in step mode with details open and the text shown', async () => {
      const el = await mount(html`<kw-pathway step-mode step="2"></kw-pathway>`);
      key(nodeById(el, 'disinhibition'), 'Enter');
      button(el, 'show-text').click();
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible with an error shown', async () => {
      const warnings = captureWarnings();
      try {
        const el = await mount(html`<kw-pathway .data=${{ nodes: [] }}></kw-pathway>`);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('keeps nodes and lines visible in forced colors and without motion', async () => {
      await setMediaFeatures([
        { name: 'forced-colors', value: 'active' },
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ]);
      const el = await mount(html`<kw-pathway></kw-pathway>`);
      const rect = nodeById(el, 'ketamine_dose').querySelector('rect')!;
      expect(getComputedStyle(rect).transitionDuration).to.equal('0s');
      expect(getComputedStyle(rect).stroke).to.not.equal('none');
    });
  });
});
