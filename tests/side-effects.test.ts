import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/side-effects/side-effects.js';
import type { KwSideEffects, SideEffectList } from '../src/components/side-effects/side-effects.js';
import { frequencyRank, groupItems, perHundred, sortItems } from '../src/components/side-effects/side-effects-model.js';
import { validateSideEffects } from '../src/components/side-effects/side-effects-schema.js';
import { defaultSideEffects } from '../src/content/side-effects.js';
import { captureWarnings, setMediaFeatures, settle, visibleText } from './support/helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
const all = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const items = (el: Element) => all(el, '[part~="item"]');
const ids = (el: Element) => items(el).map((item) => item.dataset.id);
const groupHeadings = (el: Element) => all(el, '.group > [role="heading"]').map((h) => h.textContent!.trim());
const chip = (el: Element, severity: string) => shadow(el).querySelector<HTMLButtonElement>(`[part~="chip"].${severity}`)!;
const count = (el: Element) => shadow(el).querySelector<HTMLElement>('[part~="count"]')!;
const itemById = (el: Element, id: string) => shadow(el).querySelector<HTMLElement>(`[part~="item"][data-id="${id}"]`)!;
const frequencyOf = (el: Element, id: string) => itemById(el, id).querySelector('[part~="frequency"]')!.textContent!.replace(/\s+/g, ' ').trim();
const percentOf = (id: string) => defaultSideEffects.sets[0]!.items.find((item) => item.id === id)!.percent!;

function customList(overrides: Record<string, unknown>[] = [{}]): unknown {
  return {
    sets: [
      {
        id: 'clinic',
        title: 'Clinic list',
        items: overrides.map((o, i) => ({ id: `item${i}`, name: `Effect ${i}`, timing: 'during', severity: 'mild', ...o })),
      },
    ],
  };
}

describe('<kw-side-effects>', () => {
  afterEach(async () => {
    document.documentElement.lang = 'en';
    await setMediaFeatures([]);
  });

  describe('built-in content', () => {
    const item = (set: string, id: string) => defaultSideEffects.sets.find((s) => s.id === set)!.items.find((i) => i.id === id)!;

    it('shows every row of the label table, sore throat included (3 vs 2 in 100, not a "most common" one)', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      expect(itemById(el, 'oropharyngeal_pain').textContent).to.contain('Sore throat');
      expect(frequencyOf(el, 'oropharyngeal_pain')).to.equal('About 3 in 100 people, vs 2 in 100 on placebo');
      expect(item('esketamine', 'oropharyngeal_pain').common).to.equal(false);
    });

    it('tells anxiety during an infusion (common) apart from psychosis-like symptoms (uncommon)', () => {
      expect(item('iv', 'iv_anxiety')).to.include({ frequency: 'common' });
      expect(item('iv', 'iv_anxiety').name).to.deep.include({ en: 'Anxiety or restlessness' });
      expect(item('iv', 'iv_psychosis_like')).to.include({ frequency: 'uncommon' });
    });

    it('says slowed breathing can happen at usual doses in a session, and where liver harm and memory data come from', () => {
      const breathing = item('long-term', 'resp_depression').description as Record<string, string>;
      expect(breathing.en).to.contain('it can happen at usual doses during a session').and.contain('pulse oximeter');
      expect(breathing.es).to.contain('oxímetro de pulso');
      expect((item('long-term', 'liver_injury').description as Record<string, string>).en).to.contain('far above those used for depression');
      expect(item('long-term', 'cognition').confidence).to.equal('supported');
    });

    it('sends a blood-pressure problem to staff first, since it peaks while you are still in the clinic', () => {
      expect((item('esketamine', 'bp_increased').help as Record<string, string>).en).to.match(/^In the clinic, tell staff right away\. After you leave, call 911/);
    });

    it('shows the esketamine label list by default, with the boxed warning and the 2-hour monitoring rule', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      const text = visibleText(el);
      expect(text).to.contain('Esketamine nasal spray (Spravato)');
      expect(items(el)).to.have.length(28);
      const warning = shadow(el).querySelector<HTMLElement>('[part~="warning"]')!;
      expect(warning.getAttribute('role')).to.equal('region');
      const heading = shadow(el).getElementById(warning.getAttribute('aria-labelledby')!)!;
      // Read once: "Boxed warning: …", not "Warning: Boxed warning: …".
      expect(heading.textContent!.trim()).to.match(/^⚠︎\s+Boxed warning: /);
      for (const risk of ['Sedation', 'Dissociation', 'Slowed breathing', 'Abuse and misuse', 'Suicidal thoughts']) expect(warning.textContent).to.contain(risk);
      expect(warning.textContent).to.contain('at least 2 hours');
    });

    it('ends with a calm "when to get help" footer naming 911 and 988', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      const help = shadow(el).querySelector<HTMLElement>('[part~="help"]')!;
      expect(help.textContent).to.contain('When to get help');
      expect(help.textContent).to.contain('call 911');
      expect(help.textContent).to.contain('988');
      expect(shadow(el).querySelector('[role="alert"], [aria-live="assertive"]')).to.equal(null);
    });

    it('gives label rates as natural frequencies against placebo', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      expect(frequencyOf(el, 'dissociation')).to.equal('About 41 in 100 people, vs 9 in 100 on placebo');
      expect(frequencyOf(el, 'feeling_drunk')).to.equal('About 5 in 100 people, vs fewer than 1 in 100 on placebo');
      expect(frequencyOf(el, 'dysarthria')).to.equal('About 4 in 100 people, vs none on placebo');
      expect(visibleText(el)).not.to.contain('%');
    });

    it('draws the bar pair to scale (bound SVG attributes, no inline styles), hidden from screen readers', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      const bars = itemById(el, 'dissociation').querySelector<HTMLElement>('.bars')!;
      expect(bars.getAttribute('aria-hidden')).to.equal('true');
      expect(bars.querySelector('[style]')).to.equal(null);
      const [drug, placebo] = [...bars.querySelectorAll('svg')];
      const fill = (bar: Element) => bar.querySelector('rect')!.getBoundingClientRect().width / bar.clientWidth;
      expect(fill(drug!)).to.be.closeTo(0.41, 0.03);
      expect(fill(placebo!)).to.be.closeTo(0.09, 0.03);
      expect(drug!.clientWidth).to.equal(placebo!.clientWidth);
    });

    it('shows no numbers for IV ketamine, only words', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects set="iv"></kw-side-effects>`);
      const text = visibleText(el);
      expect(text).to.contain('IV ketamine');
      expect(ids(el)).to.include('iv_dissociation');
      for (const item of items(el)) {
        const itemText = item.textContent!;
        expect(itemText).not.to.contain('%');
        expect(itemText).not.to.match(/\d+ in 100/);
        expect(item.querySelector('.bars')).to.equal(null);
      }
      expect(frequencyOf(el, 'iv_dissociation')).to.equal('Very common');
    });

    it('shows no numbers for long-term risks', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects set="long-term"></kw-side-effects>`);
      for (const item of items(el)) expect(item.textContent).not.to.match(/%|\d+ in 100/);
      expect(itemById(el, 'resp_depression').textContent).to.contain('Serious');
    });

    it('shows every set with set="all", and several named sets', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects set="all"></kw-side-effects>`);
      expect(all(el, '[part~="set"]').map((s) => s.dataset.set)).to.deep.equal(['esketamine', 'iv', 'long-term']);
      el.set = 'long-term iv';
      await el.updateComplete;
      expect(all(el, '[part~="set"]').map((s) => s.dataset.set)).to.deep.equal(['iv', 'long-term']);
      el.set = 'nonsense';
      await el.updateComplete;
      expect(all(el, '[part~="set"]').map((s) => s.dataset.set)).to.deep.equal(['esketamine']);
    });

    it('gives every built-in item sources and a confidence level', () => {
      for (const set of defaultSideEffects.sets) {
        for (const item of set.items) {
          expect(item.refs, item.id).to.have.length.greaterThan(0);
          expect(item.confidence, item.id).to.be.oneOf(['established', 'supported', 'debated']);
          expect(item.name, item.id).to.have.keys(['en', 'es']);
        }
      }
      expect(validateSideEffects(defaultSideEffects).errors).to.equal(undefined);
    });
  });

  describe('grouping and sorting', () => {
    it('groups by timing by default, in timeline order', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects set="all"></kw-side-effects>`);
      expect(groupHeadings(el)).to.deep.equal([
        'During the session',
        'In the hours and days after',
        'During the session',
        'During the session',
        'With repeated or long-term use',
        'At any time it is used',
      ]);
    });

    it('groups by severity with serious first', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects set="long-term" group-by="severity"></kw-side-effects>`);
      expect(groupHeadings(el)).to.deep.equal(['Serious', 'Can become serious']);
      const esk = await fixture<KwSideEffects>(html`<kw-side-effects group-by="severity"></kw-side-effects>`);
      expect(groupHeadings(esk)).to.deep.equal(['Can become serious', 'Mild']);
      expect(itemById(esk, 'sedation').closest('.group')!.querySelector('[role="heading"]')!.textContent).to.contain('Can become serious');
    });

    it('shows one flat list with group-by="none"', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects group-by="none"></kw-side-effects>`);
      expect(groupHeadings(el)).to.deep.equal([]);
      expect(items(el)).to.have.length(28);
    });

    it('sorts by frequency, most common first, within each group', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects group-by="none"></kw-side-effects>`);
      const rates = ids(el).map((id) => percentOf(id!));
      expect(rates).to.deep.equal([...rates].sort((a, b) => b - a));
      expect(ids(el)[0]).to.equal('dissociation');
    });

    it('keeps the data order with sort="none"', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects sort="none" group-by="none"></kw-side-effects>`);
      el.data = customList([{ percent: 2 }, { percent: 30 }, { frequency: 'rare' }]) as SideEffectList;
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['item0', 'item1', 'item2']);
      el.sort = 'frequency';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['item1', 'item0', 'item2']);
    });

    it('places word-only frequencies among numbers and unknown ones last (pure model)', () => {
      const list = (customList([{ id: 'a' }, { id: 'b', frequency: 'very-common' }, { id: 'c', percent: 5 }, { id: 'd', frequency: 'rare' }]) as SideEffectList).sets[0]!.items;
      expect(sortItems(list, 'frequency').map((i) => i.id)).to.deep.equal(['b', 'c', 'd', 'a']);
      expect(frequencyRank(list[0]!)).to.equal(-1);
      expect(groupItems([], 'none')).to.deep.equal([]);
      expect([perHundred(0), perHundred(0.5), perHundred(40.6)]).to.deep.equal(['none', 'under1', 41]);
    });
  });

  describe('severity filter', () => {
    it('filters with toggle buttons and announces the new count politely', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects set="all"></kw-side-effects>`);
      const status = count(el);
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      // The esketamine list opens on its 11 most common items; the other two lists are short and show all.
      expect(status.textContent!.trim()).to.equal('Showing 24 of 41 side effects.');
      expect(chip(el, 'serious').getAttribute('aria-pressed')).to.equal('false');
      expect(chip(el, 'serious').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Serious (5)');

      const changed = oneEvent(el, 'kw-filter-change');
      chip(el, 'serious').click();
      const event = await changed;
      expect(event.detail).to.deep.equal({ severity: ['serious'] });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(chip(el, 'serious').getAttribute('aria-pressed')).to.equal('true');
      expect(getComputedStyle(chip(el, 'serious'), '::before').content).to.contain('✓');
      expect(getComputedStyle(chip(el, 'mild'), '::before').content).to.not.contain('✓');
      expect(el.getAttribute('severity')).to.equal('serious');
      expect(items(el)).to.have.length(5);
      expect(items(el).every((item) => item.classList.contains('serious'))).to.equal(true);
      expect(status.textContent!.trim()).to.equal('Showing 5 of 41 side effects.');

      chip(el, 'moderate').click();
      await el.updateComplete;
      expect(items(el).every((item) => !item.classList.contains('mild'))).to.equal(true);
      chip(el, 'serious').click();
      chip(el, 'moderate').click();
      await el.updateComplete;
      expect(items(el)).to.have.length(41);
      expect(status.textContent!.trim()).to.equal('Showing 24 of 41 side effects.');
    });

    it('offers no chip for a severity the list does not have, unless it is already selected', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      expect(all(el, '[part~="chip"]').map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Mild (25)', 'Can become serious (3)']);
      el.severity = 'serious';
      await el.updateComplete;
      expect(chip(el, 'serious').getAttribute('aria-pressed')).to.equal('true');
    });

    it('says so when a set has nothing left to show', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects set="iv" severity="serious"></kw-side-effects>`);
      expect(items(el)).to.have.length(0);
      expect(visibleText(el)).to.contain('None match the filter.');
      const esk = await fixture<KwSideEffects>(html`<kw-side-effects severity="serious"></kw-side-effects>`);
      expect(shadow(esk).querySelector('.legend')).to.equal(null);
      expect(count(el).textContent!.trim()).to.equal('Showing 0 of 7 side effects.');
    });

    it('does not move or resize the controls when a filter changes', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects set="all" style="width: 600px"></kw-side-effects>`);
      const boxes = () => [...all(el, '[part~="chip"]'), count(el)].map((node) => node.getBoundingClientRect().toJSON());
      const before = boxes();
      chip(el, 'moderate').click();
      await el.updateComplete;
      expect(boxes()).to.deep.equal(before);
    });
  });

  describe('disclosures', () => {
    it('opens an item with the mouse: aria-expanded on a button controlling a labelled region', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      const item = itemById(el, 'sedation');
      const button = item.querySelector<HTMLButtonElement>('[part~="disclosure"]')!;
      const details = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(button.closest('[role="heading"]')).not.to.equal(null);
      expect(details.getAttribute('role')).to.equal('region');
      expect(details.getAttribute('aria-labelledby')).to.equal(button.id);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(details.checkVisibility()).to.equal(false);

      const toggled = oneEvent(el, 'kw-toggle');
      button.click();
      expect((await toggled).detail).to.deep.equal({ id: 'sedation', open: true });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(details.checkVisibility()).to.equal(true);
      const text = details.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('When: During the session. Peaks at 30–45 minutes');
      expect(text).to.contain('Get help: Tell staff right away');
      expect(text).to.contain('Sources: SPRAVATO (esketamine) US Prescribing Information');
      expect(text).to.contain('Evidence: established');
      expect(details.querySelector('a')!.getAttribute('href')).to.contain('dailymed');
    });

    it('opens and closes with Enter and Space', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      const button = itemById(el, 'nausea').querySelector<HTMLButtonElement>('[part~="disclosure"]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(el).activeElement).to.equal(button);
    });

    it('keeps an item open while the filter hides and shows it again', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      itemById(el, 'nausea').querySelector<HTMLButtonElement>('button')!.click();
      chip(el, 'moderate').click();
      await el.updateComplete;
      chip(el, 'moderate').click();
      await el.updateComplete;
      expect(itemById(el, 'nausea').querySelector('button')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('falls back to a sensible "get help" line per severity and timing', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects set="all" print-preview></kw-side-effects>`);
      expect(itemById(el, 'nausea').textContent).to.contain('Tell staff if it worries you.');
      expect(itemById(el, 'insomnia').textContent).to.contain('Call your prescriber if it lasts into the next day.');
      expect(itemById(el, 'resp_depression').textContent).to.contain('Get medical help right away.');
      // Serious long-term risks are for the prescriber, not an emergency line.
      expect(itemById(el, 'liver_injury').textContent).to.contain('Talk with your prescriber.');
      expect(itemById(el, 'liver_injury').textContent).to.not.contain('911');
    });

    it('uses heading levels from heading-level', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects heading-level="3"></kw-side-effects>`);
      const level = (node: Element | null) => node!.getAttribute('aria-level');
      expect(level(shadow(el).querySelector('[part~="heading"]'))).to.equal('3');
      expect(level(shadow(el).getElementById('help'))).to.equal('4');
      expect(level(shadow(el).querySelector('.set > [role="heading"]'))).to.equal('4');
      expect(level(shadow(el).querySelector('.group > [role="heading"]'))).to.equal('5');
      expect(level(itemById(el, 'nausea').querySelector('[role="heading"]'))).to.equal('6');
      const untitled = await fixture<KwSideEffects>(html`<kw-side-effects heading-level="3" strings='{"heading": ""}'></kw-side-effects>`);
      expect(shadow(untitled).querySelector('[part~="heading"]')).to.equal(null);
      expect(level(shadow(untitled).querySelector('.set > [role="heading"]'))).to.equal('3');
    });
  });

  describe('the answer first (issue 18)', () => {
    it('has a visible title and puts "When to get help" first, within 200 px of the top at 320 px', async () => {
      await setViewport({ width: 320, height: 700 });
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      const title = shadow(el).querySelector<HTMLElement>('[part~="heading"]')!;
      expect(title.textContent!.trim()).to.equal('Possible side effects');
      expect(title.checkVisibility()).to.equal(true);
      const help = shadow(el).getElementById('help')!;
      expect(help.textContent).to.equal('When to get help');
      expect(help.getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.at.most(200);
      expect(help.compareDocumentPosition(items(el)[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      await setViewport({ width: 800, height: 600 });
    });

    it('opens on the most common items, with "Show all 28" that shows the rest and announces the count', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      const shown = () => items(el).filter((item) => item.checkVisibility()).map((item) => item.dataset.id);
      const common = defaultSideEffects.sets[0]!.items.filter((item) => item.common).map((item) => item.id);
      expect(shown()).to.have.members(common);
      expect(count(el).textContent!.trim()).to.equal(`Showing ${common.length} of 28 side effects.`);
      const button = shadow(el).querySelector<HTMLButtonElement>('[part~="show-all"]')!;
      expect(button.textContent!.trim()).to.equal('Show all 28');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.click();
      await el.updateComplete;
      expect(shown()).to.have.length(28);
      expect(count(el).textContent!.trim()).to.equal('Showing 28 of 28 side effects.');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Show only the most common');
    });

    it('shows every item that matches a filter, collapsed or not', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects severity="mild"></kw-side-effects>`);
      expect(items(el).filter((item) => item.checkVisibility())).to.have.length(25);
      expect(shadow(el).querySelector('[part~="show-all"]')).to.equal(null);
    });

    it('marks each boxed-warning risk as such in the list, and never calls one "Mild"', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects set="all"></kw-side-effects>`);
      const boxed = items(el).filter((item) => item.querySelector('[part~="boxed"]'));
      expect(boxed.map((item) => item.dataset.id)).to.have.members(['dissociation', 'sedation', 'resp_depression', 'dependence']);
      for (const item of boxed) {
        expect(item.querySelector('[part~="boxed"]')!.textContent).to.contain('Boxed warning');
        expect(item.querySelector('[part~="severity"]')!.textContent).to.not.contain('Mild');
      }
      expect(shadow(el).querySelector('[part~="warning"]')!.textContent).to.contain('marked "Boxed warning" in the list');
    });

    it('keeps a chip\'s label centred and its width the same when pressed', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      const mild = chip(el, 'mild');
      const centreOffset = () => {
        const range = document.createRange();
        range.selectNodeContents(mild);
        const text = range.getBoundingClientRect();
        const box = mild.getBoundingClientRect();
        return Math.abs(text.left + text.width / 2 - (box.left + box.width / 2));
      };
      expect(centreOffset()).to.be.at.most(1);
      const width = mild.getBoundingClientRect().width;
      mild.click();
      await el.updateComplete;
      expect(mild.getBoundingClientRect().width).to.equal(width);
    });

    it('draws the focus ring of an item row inside the row, off the bars below', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      const button = itemById(el, 'nausea').querySelector<HTMLButtonElement>('[part~="disclosure"]')!;
      const style = getComputedStyle(button);
      const ring = parseFloat(style.outlineOffset) + parseFloat(getComputedStyle(button).getPropertyValue('--_focus-width') || '3');
      expect(ring).to.be.at.most(0);
      expect(parseFloat(style.borderTopLeftRadius)).to.be.below(button.getBoundingClientRect().height / 2);
    });

    it('leaves room between the warning box and the legend', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      const warning = shadow(el).querySelector('[part~="warning"]')!.getBoundingClientRect();
      const legend = shadow(el).querySelector('.legend')!.getBoundingClientRect();
      expect(legend.top - warning.bottom).to.be.at.least(8);
    });

    it('wraps every rate in the same column, beside bars of the same width', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      shadow(el).querySelector<HTMLButtonElement>('[part~="show-all"]')!.click();
      await el.updateComplete;
      const lefts = new Set(all(el, '.bars-and-rate > span:last-child').map((span) => Math.round(span.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(1);
    });
  });

  describe('language', () => {
    it('speaks Spanish with lang="es"', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects lang="es"></kw-side-effects>`);
      const text = visibleText(el);
      expect(text).to.contain('Esketamina en aerosol nasal (Spravato)');
      expect(text).to.contain('Advertencia de recuadro negro: los riesgos más graves según la información para prescribir');
      expect(text).to.contain('Respiración lenta o débil (depresión respiratoria)');
      expect(text).to.contain('Cuándo pedir ayuda');
      expect(text).to.contain('Durante la sesión');
      expect(frequencyOf(el, 'dissociation')).to.equal('Unas 41 de cada 100 personas, frente a 9 de cada 100 con placebo');
      expect(itemById(el, 'dissociation').textContent).to.contain('Disociación (sensación de desconexión)');
      // The button's name pauses between its parts and says what each badge is: "…. Advertencia…. De los más frecuentes. Gravedad: Puede agravarse".
      const button = itemById(el, 'dissociation').querySelector('button')!.cloneNode(true) as HTMLElement;
      button.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Disociación (sensación de desconexión) . Advertencia de recuadro negro . De los más frecuentes . Gravedad: Puede agravarse',
      );
      expect(chip(el, 'moderate').textContent).to.contain('Puede agravarse');
      expect(count(el).textContent!.trim()).to.equal('Se muestran 11 de 28 efectos secundarios.');
      expect(shadow(el).querySelector('[part~="show-all"]')!.textContent!.trim()).to.equal('Mostrar los 28');
    });

    it('follows the page language and lets `strings` override any UI text', async () => {
      document.documentElement.lang = 'es-MX';
      const el = await fixture<KwSideEffects>(html`<kw-side-effects .strings=${{ moderate: 'Vigilar', placebo: 'Pastilla sin medicina' }}></kw-side-effects>`);
      expect(chip(el, 'moderate').textContent).to.contain('Vigilar');
      expect(chip(el, 'mild').textContent).to.contain('Leve');
      expect(visibleText(el)).to.contain('Pastilla sin medicina');
    });
  });

  describe('custom lists', () => {
    it('replaces only the help lines when the data gives help and no sets (e.g. a UK page)', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects>
        <script type="application/json">
          { "help": ["After you leave: in an emergency, call 999 or 112."] }
        </script>
      </kw-side-effects>`);
      await el.updateComplete;
      const text = el.shadowRoot!.textContent!;
      expect(text).to.contain('After you leave: in an emergency, call 999 or 112.');
      expect(text).to.not.contain('call 911 if you faint');
      expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(20);
    });

    it('loads a list from src', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects src="/tests/fixtures/side-effects/clinic.json"></kw-side-effects>`);
      await settle(el);
      expect(ids(el)).to.deep.equal(['bp', 'tired']);
      expect(frequencyOf(el, 'bp')).to.equal('About 12 in 100 people, vs 4 in 100 on placebo');
      const help = shadow(el).querySelector('[part~="help"]')!.textContent!;
      expect(help).to.contain('555-0100');
      expect(help).not.to.contain('988');
    });

    it('reads inline JSON, including a bare array of items', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects>
        <script type="application/json">
          [{ "id": "a", "name": "Hiccups", "timing": "during", "severity": "mild", "refs": ["Clinic audit 2025"], "confidence": "debated" }]
        </script>
      </kw-side-effects>`);
      expect(ids(el)).to.deep.equal(['a']);
      expect(shadow(el).querySelector('.set > [role="heading"]')).to.equal(null);
      itemById(el, 'a').querySelector('button')!.click();
      await el.updateComplete;
      expect(itemById(el, 'a').textContent).to.contain('Clinic audit 2025');
      expect(itemById(el, 'a').textContent).to.contain('debated');
    });

    it('shows the list a person writes first, names only, saying what it does not state and never "Mild" or "Common"', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KwSideEffects>(html`<kw-side-effects>
          <script type="application/json">
            [{ "name": "Hiccups" }, { "name": "Dry eyes", "frequency": "common" }]
          </script>
        </kw-side-effects>`);
        expect(warnings.messages).to.deep.equal([]);
        // Ids from their place in the list; the one with a frequency word sorts first.
        expect(ids(el)).to.deep.equal(['item-2', 'item-1']);
        const hiccups = itemById(el, 'item-1');
        expect(hiccups.querySelector('[part~="severity"]')!.textContent!.trim()).to.equal('. Severity not stated');
        expect(frequencyOf(el, 'item-1')).to.equal('How common: not stated');
        expect(frequencyOf(el, 'item-2')).to.equal('Common');
        expect(groupHeadings(el)).to.deep.equal(['Timing not stated']);
        expect(chip(el, 'unstated').textContent!.trim()).to.equal('Severity not stated (2)');
        expect(chip(el, 'mild')).to.equal(null);
        hiccups.querySelector('button')!.click();
        await el.updateComplete;
        const details = hiccups.querySelector('[part~="details"]')!.textContent!.replace(/\s+/g, ' ');
        expect(details).to.contain('When: not stated.').and.contain('Sources: none given.').and.contain('Evidence: not graded.');
        expect(visibleText(hiccups)).to.not.match(/\bMild\b|established/);
        // The "not stated" filter keeps them; a filter on a stated severity hides them.
        el.severity = 'unstated';
        await el.updateComplete;
        expect(ids(el)).to.deep.equal(['item-2', 'item-1']);
        el.severity = 'mild';
        await el.updateComplete;
        expect(ids(el).filter((id) => itemById(el, id!).checkVisibility())).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('says "not stated" in Spanish too, and groups by severity with the unstated last', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects lang="es" group-by="severity" .data=${[{ name: 'Hipo' }, { name: 'Mareo', severity: 'serious' }]}></kw-side-effects>`);
      expect(groupHeadings(el)).to.deep.equal(['Grave', 'Gravedad no indicada']);
      expect(frequencyOf(el, 'item-1')).to.equal('Frecuencia: no indicada');
    });

    it('names a problem in a bare array by its place from 1 and its name', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KwSideEffects>(html`<kw-side-effects debug .data=${[{ name: 'Hiccups' }, { name: 'Dry eyes', percent: 140 }]}></kw-side-effects>`);
        expect(shadow(el).querySelector('[part~="error"]')!.textContent).to.contain('item 2 ("Dry eyes"): percent must be between 0 and 100, got 140');
      } finally {
        warnings.restore();
      }
    });

    it('shows HTML in data as text', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KwSideEffects>(html`<kw-side-effects group-by="none"></kw-side-effects>`);
        el.data = customList([{ name: '<b>Bold</b><img src=x onerror="window.__pwned=1">', help: '<script>alert(1)</script>' }]) as SideEffectList;
        await el.updateComplete;
        expect(itemById(el, 'item0').textContent).to.contain('<b>Bold</b><img src=x');
        expect(itemById(el, 'item0').textContent).to.contain('<script>alert(1)</script>');
        expect(shadow(el).querySelector('b:not(.details b) , img, script')).to.equal(null);
        expect(warnings.messages).to.have.length(0);
      } finally {
        warnings.restore();
      }
    });

    const bad: [string, () => unknown, string][] = [
      ['a NaN percentage', () => customList([{ percent: NaN }]), 'set 1 (id "clinic"), item 1 (id "item0"): percent: expected a number, got NaN'],
      ['a percentage above 100', () => customList([{ percent: 140 }]), 'set 1 (id "clinic"), item 1 (id "item0"): percent must be between 0 and 100, got 140'],
      ['a negative placebo percentage', () => customList([{ percent: 10, placeboPercent: -3 }]), 'set 1 (id "clinic"), item 1 (id "item0"): placeboPercent must be between 0 and 100, got -3'],
      ['a percentage given as text', () => customList([{ percent: '41%' }]), 'set 1 (id "clinic"), item 1 (id "item0"): percent: expected a number, got "41%"'],
      ['an unknown severity', () => customList([{ severity: 'severe' }]), 'set 1 (id "clinic"), item 1 (id "item0"): severity: expected one of "mild", "moderate", "serious", got "severe"'],
      ['an unknown timing', () => customList([{ timing: 'later' }]), 'set 1 (id "clinic"), item 1 (id "item0"): timing: expected one of'],
      ['duplicate ids', () => customList([{ id: 'x' }, { id: 'x' }]), 'set 1 (id "clinic"), item 2 (id "x"): id: duplicate id "x" (also set 1, item 1)'],
      ['a missing name', () => customList([{ name: undefined }]), 'set 1 (id "clinic"), item 1 (id "item0"): name is required'],
      ['an empty name', () => customList([{ name: '  ' }]), 'set 1 (id "clinic"), item 1 (id "item0"): name: expected text'],
      ['no sets', () => ({ sets: [] }), 'sets: must not be empty'],
      ['not an object', () => 'side effects', 'expected an object, got "side effects"'],
    ];
    for (const [label, input, message] of bad) {
      it(`shows a path-named error and warns once for ${label}`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
          el.data = input() as SideEffectList;
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          const error = shadow(el).querySelector('[part~="error"]')!;
          expect(error.textContent).to.contain('This list of side effects could not be shown.');
          expect(error.textContent).to.contain(message);
          expect(items(el)).to.have.length(0);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain(message);
        } finally {
          warnings.restore();
        }
      });
    }

    it('shows an error and warns once for malformed inline JSON', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KwSideEffects>(html`<kw-side-effects><script type="application/json">{ "sets": [ </script></kw-side-effects>`);
        expect(shadow(el).querySelector('[part~="error"]')!.textContent).to.contain('inline JSON is malformed');
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('shows an error and warns once when src answers 404', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KwSideEffects>(html`<kw-side-effects src="/tests/fixtures/side-effects/missing.json"></kw-side-effects>`);
        await settle(el);
        expect(shadow(el).querySelector('[part~="error"]')!.textContent).to.contain('answered HTTP 404');
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('recovers when the data is fixed', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
        el.data = customList([{ severity: 'bad' }]) as SideEffectList;
        await el.updateComplete;
        el.data = customList() as SideEffectList;
        await el.updateComplete;
        expect(shadow(el).querySelector('[part~="error"]')).to.equal(null);
        expect(ids(el)).to.deep.equal(['item0']);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('layouts', () => {
    it('print preview opens every item, shows all severities and hides the controls', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects print-preview severity="serious"></kw-side-effects>`);
      expect(items(el)).to.have.length(28);
      expect(all(el, '[part~="details"]').every((d) => d.checkVisibility())).to.equal(true);
      expect(shadow(el).querySelector<HTMLElement>('[part~="controls"]')!.checkVisibility()).to.equal(false);
    });

    it('opens everything for the printer on beforeprint and goes back afterwards', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(all(el, '[part~="details"]').every((d) => d.checkVisibility())).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(all(el, '[part~="details"]').some((d) => d.checkVisibility())).to.equal(false);
      el.remove();
      window.dispatchEvent(new Event('beforeprint'));
      expect(el.isUpdatePending).to.equal(false);
    });

    it('compact drops the bars and notes but keeps the rates as text', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects compact></kw-side-effects>`);
      expect(itemById(el, 'dissociation').querySelector<HTMLElement>('.bars')!.checkVisibility()).to.equal(false);
      expect(shadow(el).querySelector<HTMLElement>('[part~="note"]')!.checkVisibility()).to.equal(false);
      expect(visibleText(el)).to.contain('About 41 in 100 people');
    });

    it('fits a 320 px column without horizontal scrolling', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects set="all" style="width: 320px"></kw-side-effects>`);
      const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(320);
    });
  });

  describe('accessibility', () => {
    it('is accessible in light', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects set="all"></kw-side-effects>`);
      itemById(el, 'dissociation').querySelector('button')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('is accessible in dark', async () => {
      const el = await fixture<KwSideEffects>(html`<div style="background:#14181e"><kw-side-effects theme="dark" set="all" print-preview></kw-side-effects></div>`);
      await expect(el.firstElementChild).to.be.accessible();
    });

    it('is accessible in Spanish', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects lang="es" set="all" print-preview></kw-side-effects>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible compact and with filters applied', async () => {
      const el = await fixture<KwSideEffects>(html`<kw-side-effects compact set="all" severity="moderate serious"></kw-side-effects>`);
      expect(chip(el, 'serious').getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('is accessible with an error showing', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KwSideEffects>(html`<kw-side-effects></kw-side-effects>`);
        el.data = customList([{ percent: 200 }]) as SideEffectList;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('keeps the bars and the pressed chip visible in forced-colors mode', async () => {
      await setMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      const el = await fixture<KwSideEffects>(html`<kw-side-effects severity="mild"></kw-side-effects>`);
      const [drug, placebo] = [...itemById(el, 'dizziness').querySelectorAll('.bars svg')];
      const fill = (bar: Element) => getComputedStyle(bar.querySelector('rect')!).fill;
      expect(getComputedStyle(drug!).forcedColorAdjust).to.equal('none');
      expect(fill(drug!)).not.to.equal(getComputedStyle(drug!).backgroundColor);
      expect(fill(placebo!)).not.to.equal(fill(drug!));
      const pressed = getComputedStyle(chip(el, 'mild'));
      expect(pressed.borderTopWidth).to.equal('3px');
      expect(pressed.color).not.to.equal(pressed.backgroundColor);
      expect(getComputedStyle(chip(el, 'mild'), '::before').visibility).to.equal('visible');
      await expect(el).to.be.accessible();
    });
  });
});
