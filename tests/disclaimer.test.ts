import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/disclaimer/disclaimer.js';
import type { KwDisclaimer } from '../src/components/disclaimer/disclaimer.js';
import { define } from '../src/internal/define.js';
import { VERSION } from '../src/internal/version.js';
import { captureWarnings, setMediaFeatures, settle, visibleText } from './support/helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const hrefs = (el: Element) => [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part~="crisis-link"]')].map((a) => a.getAttribute('href'));

describe('<kw-disclaimer>', () => {
  afterEach(async () => {
    localStorage.clear();
    document.documentElement.lang = 'en';
    await setMediaFeatures([]);
    await setViewport({ width: 800, height: 600 });
  });

  describe('default text and semantics', () => {
    it('opens short: general information, not medical advice, then the crisis lines; the rest is behind a disclosure', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="US"></kw-disclaimer>`);
      const text = visibleText(el);
      expect(text).to.contain('Not medical advice');
      expect(text).to.contain('This is general information, not medical advice.');
      expect(text).to.contain('988 Suicide & Crisis Lifeline');
      expect(text).not.to.contain('does not make you our patient');
      const more = part(el, 'more') as HTMLDetailsElement;
      expect(more.localName).to.equal('details');
      part(el, 'more-toggle')!.click();
      expect(more.open).to.equal(true);
      expect(visibleText(el)).to.contain('does not make you our patient');
    });

    it('shows the whole notice with detail="full": information only, not advice, no doctor–patient relationship, emergencies', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer detail="full" region="US"></kw-disclaimer>`);
      expect(part(el, 'more')!.localName).to.equal('div');
      const text = visibleText(el);
      expect(text).to.contain('Not medical advice');
      expect(text).to.contain('general information, not medical advice');
      expect(text).to.contain('does not make you our patient');
      expect(text).to.contain('Talk with a health professional');
      expect(text).to.contain('call the emergency number where you live');
      expect(text).to.contain('not FDA-approved to treat depression; this use is off-label');
      expect(text).to.contain('not everyone responds');
    });

    it("names esketamine's two US uses and the label's limits on suicide and hospital care", async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer detail="full" region="US"></kw-disclaimer>`);
      const text = visibleText(el);
      expect(text).to.contain('adults with depression that other treatments have not helped');
      expect(text).to.contain('adults with depression who have current thoughts or acts of suicide; they use it with an antidepressant taken by mouth');
      expect(text).to.contain('It has not been shown to prevent suicide or to ease suicidal thoughts.');
      expect(text).to.contain('It does not replace a hospital stay when one is needed.');
      const es = await fixture<KwDisclaimer>(html`<kw-disclaimer lang="es-US" detail="full"></kw-disclaimer>`);
      expect(visibleText(es)).to.contain('No se ha demostrado que prevenga el suicidio');
      expect(visibleText(es)).to.contain('es un uso no aprobado (off-label)');
    });

    it('leaves out a paragraph whose string is overridden with an empty string', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer detail="full" region="US" strings='{"body4": ""}'></kw-disclaimer>`);
      expect(visibleText(el)).to.not.contain('off-label');
      expect(part(el, 'more')!.querySelectorAll('p')).to.have.length(2);
    });

    it('is a region labelled by its heading, never an alert', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer></kw-disclaimer>`);
      const region = part(el, 'base')!;
      expect(region.getAttribute('role')).to.equal('region');
      const heading = shadow(el).getElementById(region.getAttribute('aria-labelledby')!)!;
      expect([heading.getAttribute('role'), heading.getAttribute('aria-level')]).to.deep.equal(['heading', '2']);
      expect(heading.textContent).to.contain('Not medical advice');
      expect(shadow(el).querySelector('[role="alert"], [aria-live="assertive"]')).to.equal(null);
    });

    it('hides the icon from screen readers and carries its meaning in visually hidden text', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer></kw-disclaimer>`);
      expect(part(el, 'icon')!.getAttribute('aria-hidden')).to.equal('true');
      const hidden = part(el, 'heading')!.querySelector('.visually-hidden')!;
      expect(hidden.textContent).to.contain('Important:');
      expect(hidden.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('uses the configured heading level, clamped to 2–6', async () => {
      const h3 = await fixture<KwDisclaimer>(html`<kw-disclaimer heading-level="3"></kw-disclaimer>`);
      expect(part(h3, 'heading')!.getAttribute('aria-level')).to.equal('3');
      const h9 = await fixture<KwDisclaimer>(html`<kw-disclaimer heading-level="9"></kw-disclaimer>`);
      expect(part(h9, 'heading')!.getAttribute('aria-level')).to.equal('6');
    });

    it('shows "Last reviewed" as a date in the reader\'s language', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer reviewed="2026-11-01"></kw-disclaimer>`);
      expect(part(el, 'review-date')!.textContent).to.equal('Last reviewed: November 1, 2026');
      el.lang = 'es';
      await waitUntil(() => part(el, 'review-date')!.textContent!.includes('noviembre'));
      expect(part(el, 'review-date')!.textContent).to.equal('Última revisión: 1 de noviembre de 2026');
    });

    it('still shows the notice and its date when the page\'s lang tag is malformed', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es_MX"><kw-disclaimer reviewed="2026-11-01"></kw-disclaimer></div>`);
      const el = wrapper.querySelector('kw-disclaimer')!;
      await el.updateComplete;
      expect(part(el, 'heading')).to.not.equal(null);
      expect(part(el, 'review-date')!.textContent).to.equal('Última revisión: 1 de noviembre de 2026');
    });

    it('ignores a reviewed date that is not YYYY-MM-DD', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer reviewed="last week"></kw-disclaimer>`);
      expect(part(el, 'review-date')).to.equal(null);
    });
  });

  describe('short first, complete on request (issue 18)', () => {
    const heightAt320 = async (markup: ReturnType<typeof html>) => {
      await setViewport({ width: 320, height: 700 });
      const el = await fixture<KwDisclaimer>(markup);
      await settle(el);
      return el.getBoundingClientRect().height;
    };

    it('is at most 600 px tall at 320 px by default, and at most 700 px with the two US services', async () => {
      expect(await heightAt320(html`<kw-disclaimer></kw-disclaimer>`)).to.be.at.most(600);
      expect(await heightAt320(html`<kw-disclaimer region="US"></kw-disclaimer>`)).to.be.at.most(700);
    });

    for (const detail of ['short', 'full']) {
      it(`puts the crisis lines before the long text, open without a click (detail="${detail}")`, async () => {
        const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="US" detail=${detail}></kw-disclaimer>`);
        await settle(el);
        const crisis = part(el, 'crisis')!;
        const more = part(el, 'more')!;
        expect(crisis.compareDocumentPosition(more) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        expect(crisis.getBoundingClientRect().bottom).to.be.at.most(more.getBoundingClientRect().top);
        expect(crisis.closest('details')).to.equal(null);
        expect(crisis.checkVisibility()).to.equal(true);
      });
    }

    it('shows the US FDA paragraph only where US rules apply: region US or a US language tag', async () => {
      const fda = async (markup: ReturnType<typeof html>) => {
        const el = await fixture<KwDisclaimer>(markup);
        return (part(el, 'more')?.textContent ?? '').includes('FDA');
      };
      expect(await fda(html`<kw-disclaimer region="US"></kw-disclaimer>`)).to.equal(true);
      expect(await fda(html`<kw-disclaimer lang="en-US"></kw-disclaimer>`)).to.equal(true);
      expect(await fda(html`<kw-disclaimer lang="es-US" region="none"></kw-disclaimer>`)).to.equal(true);
      expect(await fda(html`<kw-disclaimer region="UK"></kw-disclaimer>`)).to.equal(false);
      expect(await fda(html`<kw-disclaimer lang="en-GB"></kw-disclaimer>`)).to.equal(false);
      expect(await fda(html`<kw-disclaimer></kw-disclaimer>`)).to.equal(false);
    });

    it("shows a clinic's own regulatory text (body4) in any region", async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="UK" detail="full" strings='{"body4": "In the UK, the MHRA regulates these medicines."}'></kw-disclaimer>`);
      expect(visibleText(el)).to.contain('In the UK, the MHRA regulates these medicines.');
    });

    it('never breaks "442-AYUDAME" or a phone number across lines, even at 320 px', async () => {
      await setViewport({ width: 320, height: 700 });
      for (const lang of ['es', 'es-US']) {
        const el = await fixture<KwDisclaimer>(html`<kw-disclaimer lang=${lang} region="US"></kw-disclaimer>`);
        await settle(el);
        const spans = [...shadow(el).querySelectorAll('.nowrap')].filter((n) => n.textContent === '442-AYUDAME');
        expect(spans.length).to.be.at.least(1);
        for (const span of spans) expect(span.getClientRects().length).to.equal(1);
      }
    });
  });

  describe('language', () => {
    it('speaks Spanish when the element has lang="es"', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer lang="es" detail="full"></kw-disclaimer>`);
      const text = visibleText(el);
      expect(text).to.contain('No es consejo médico');
      expect(text).to.contain('relación médico-paciente');
      expect(text).not.to.contain('Not medical advice');
    });

    it('takes the language of the nearest ancestor, and follows changes to it', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"><section><kw-disclaimer></kw-disclaimer></section></div>`);
      const el = wrapper.querySelector('kw-disclaimer')!;
      await el.updateComplete;
      expect(part(el, 'heading')!.textContent).to.contain('No es consejo médico');
      wrapper.lang = 'en';
      await waitUntil(() => part(el, 'heading')!.textContent!.includes('Not medical advice'), 'did not switch back to English');
    });

    it('falls back to <html lang>, then English for languages it does not have', async () => {
      document.documentElement.lang = 'es-ES';
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer></kw-disclaimer>`);
      expect(part(el, 'heading')!.textContent).to.contain('No es consejo médico');
      const fr = await fixture<KwDisclaimer>(html`<kw-disclaimer lang="fr"></kw-disclaimer>`);
      expect(part(fr, 'heading')!.textContent).to.contain('Not medical advice');
    });

    it('lets the page override any string', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer strings='{"heading":"Please read","dismiss":"Hide"}' dismissible></kw-disclaimer>`);
      expect(part(el, 'heading')!.textContent).to.contain('Please read');
      expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal('Hide');
    });
  });

  describe('crisis resources', () => {
    it('US: 988 by call and text, Crisis Text Line, and 911 as real links', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="US"></kw-disclaimer>`);
      expect(part(el, 'crisis')!.dataset.region).to.equal('US');
      expect(hrefs(el)).to.include.members(['tel:988', 'sms:988', 'sms:741741?&body=HOME', 'tel:911']);
      const text = visibleText(part(el, 'crisis')!);
      expect(text).to.contain('988 Suicide & Crisis Lifeline');
      expect(text).to.contain('Crisis Text Line');
      expect(text).to.contain('Text HOME to 741741');
    });

    it('US in Spanish: the Spanish keyword AYUDA and Spanish link text', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="US" lang="es"></kw-disclaimer>`);
      expect(hrefs(el)).to.include.members(['sms:988?&body=AYUDA', 'sms:741741?&body=AYUDA']);
      expect(visibleText(part(el, 'crisis')!)).to.contain('Llame al 988');
    });

    it('marks text in another language than the widget, so screen readers switch voice', async () => {
      const langs = (el: Element) =>
        [...part(el, 'crisis')!.querySelectorAll('[lang]')].map((node) => `${node.getAttribute('lang')}:${node.textContent!.trim()}`);
      // English page: the Spanish sentence for Spanish speakers is its own span, in Spanish; English text is not marked.
      const en = await fixture<KwDisclaimer>(html`<kw-disclaimer region="US" lang="en-US"></kw-disclaimer>`);
      expect(langs(en)).to.deep.equal([
        'es:Para español, marque 2 o envíe AYUDA al 988.',
        'es:En español: envíe AYUDA al 741741 o escriba por WhatsApp al 442-AYUDAME.',
      ]);
      // Spanish page: the services' English names are marked English; the Spanish notes are not repeated.
      const es = await fixture<KwDisclaimer>(html`<kw-disclaimer region="US" lang="es-MX"></kw-disclaimer>`);
      expect(langs(es)).to.deep.equal(['en:988 Suicide & Crisis Lifeline', 'en:Crisis Text Line']);
      expect(visibleText(part(es, 'crisis')!)).to.not.contain('Para español');
      // Page data: a name only in Spanish on an English widget is marked Spanish; plain strings are not marked.
      const data = {
        regions: {
          MX: {
            name: 'México',
            lines: [
              { id: 'a', name: { es: 'Línea de la Vida' }, description: 'Plain text', contacts: [{ type: 'call', value: '800 911 2000' }] },
            ],
          },
        },
      };
      const custom = await fixture<KwDisclaimer>(html`<kw-disclaimer region="MX" .data=${data}></kw-disclaimer>`);
      expect(langs(custom)).to.deep.equal(['es:Línea de la Vida']);
    });

    it('rejects language notes that are not texts by language, naming the path', async () => {
      const warnings = captureWarnings();
      try {
        const data = { regions: { X: { name: 'X', lines: [{ id: 'a', name: 'A', languageNotes: 'Hola', contacts: [{ type: 'call', value: '1' }] }] } } };
        const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="X" .data=${data}></kw-disclaimer>`);
        await el.updateComplete;
        expect(visibleText(el)).to.contain('region "X", line 1 (id "a"): languageNotes: expected texts by language');
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('UK: Samaritans 116 123 and 999', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="UK"></kw-disclaimer>`);
      expect(hrefs(el)).to.include.members(['tel:116123', 'tel:999']);
      expect(visibleText(part(el, 'crisis')!)).to.contain('Samaritans');
    });

    it('intl: an international directory that opens safely in a new tab', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="intl"></kw-disclaimer>`);
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[href="https://findahelpline.com/"]')!;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
      expect(link.textContent).to.contain('opens in a new tab');
      expect(visibleText(part(el, 'crisis')!)).to.contain('your local emergency number');
    });

    it('none: no crisis strip', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="none"></kw-disclaimer>`);
      expect(part(el, 'crisis')).to.equal(null);
    });

    const autoCases: [string, string][] = [
      ['en-US', 'US'],
      ['es-US', 'US'],
      ['en-GB', 'UK'],
      ['en-IE', 'UK'],
      ['es-MX', 'intl'],
      ['en', 'intl'],
      ['', 'intl'],
    ];
    for (const [lang, expected] of autoCases) {
      it(`auto: lang="${lang}" shows ${expected}`, async () => {
        document.documentElement.lang = '';
        const el = await fixture<KwDisclaimer>(html`<kw-disclaimer lang=${lang || ''}></kw-disclaimer>`);
        if (!lang) el.removeAttribute('lang');
        await el.updateComplete;
        expect(part(el, 'crisis')!.dataset.region).to.equal(expected);
      });
    }
  });

  describe('the page\'s own text (progressive enhancement)', () => {
    it('shows light-DOM text instead of the built-in text', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer><p>Our clinic's own words.</p></kw-disclaimer>`);
      const text = visibleText(el);
      expect(text).to.contain("Our clinic's own words.");
      expect(text).not.to.contain('general information, not medical advice');
    });

    it('keeps the built-in text when the only child is inline JSON', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer>
        <script type="application/json">{"regions":{"intl":{"name":"x","lines":[]}}}</script>
      </kw-disclaimer>`);
      expect(visibleText(el)).to.contain('general information, not medical advice');
    });

    it('switches to the page\'s text when it is added later', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer></kw-disclaimer>`);
      const p = document.createElement('p');
      p.textContent = 'Added by the CMS.';
      el.append(p);
      await waitUntil(() => !visibleText(el).includes('general learning only'));
      expect(visibleText(el)).to.contain('Added by the CMS.');
    });
  });

  describe('variants', () => {
    it('inline sits in the flow', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer></kw-disclaimer>`);
      expect(getComputedStyle(el).position).to.equal('static');
    });

    it('a banner scrolls with the page on phone-sized screens instead of covering it', async () => {
      await setViewport({ width: 360, height: 640 });
      try {
        const el = await fixture<KwDisclaimer>(html`<kw-disclaimer variant="banner"></kw-disclaimer>`);
        expect(getComputedStyle(el).position).to.equal('relative');
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('a sticky banner never hides what gets keyboard focus on the page', async () => {
      await setViewport({ width: 1000, height: 1000 });
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <kw-disclaimer variant="banner" region="US"></kw-disclaimer>
        ${Array.from({ length: 60 }, (_, i) => html`<p><a href="#l${i}">Link ${i}</a></p>`)}
      </div>`);
      const el = wrapper.querySelector('kw-disclaimer')!;
      await waitUntil(() => getComputedStyle(el).position === 'sticky');
      const link = wrapper.querySelectorAll('a')[30]!;
      // Put the link just under the stuck banner, as Shift+Tab up a page does, then focus it.
      scrollBy(0, link.getBoundingClientRect().top - 20);
      expect(link.getBoundingClientRect().top).to.be.below(el.getBoundingClientRect().bottom);
      link.focus();
      await waitUntil(() => link.getBoundingClientRect().top >= el.getBoundingClientRect().bottom, 'the focused link stayed under the banner');
      scrollTo(0, 0);
    });

    it('a banner scrolls with the page when it would cover more than a third of a short window (zoom, landscape phone)', async () => {
      await setViewport({ width: 1000, height: 1000 });
      try {
        const el = await fixture<KwDisclaimer>(html`<kw-disclaimer variant="banner"></kw-disclaimer>`);
        await waitUntil(() => getComputedStyle(el).position === 'sticky');
        await setViewport({ width: 1000, height: 500 });
        await waitUntil(() => el.hasAttribute('unstuck'), 'not unstuck in a short window');
        expect(getComputedStyle(el).position).to.equal('relative');
        await setViewport({ width: 1000, height: 1000 });
        await waitUntil(() => !el.hasAttribute('unstuck'), 'not sticky again in a tall window');
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('banner sticks to the top, or to the bottom with position="bottom", keeping its own space (no overlap, no shift)', async () => {
      await setViewport({ width: 1000, height: 1000 });
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer variant="banner"></kw-disclaimer>`);
      await waitUntil(() => getComputedStyle(el).position === 'sticky');
      expect(getComputedStyle(el).top).to.equal('0px');
      el.position = 'bottom';
      await el.updateComplete;
      expect(getComputedStyle(el).bottom).to.equal('0px');
      expect(getComputedStyle(el).top).to.equal('auto');
      expect(visibleText(el)).to.contain('This is general information, not medical advice');
    });

    it('fits a 320 px wide screen without horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px"><kw-disclaimer region="US" dismissible></kw-disclaimer></div>`);
      const el = wrapper.querySelector('kw-disclaimer')!;
      await el.updateComplete;
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });
  });

  describe('dismissal', () => {
    it('has a close button with an accessible name only when dismissible', async () => {
      const plain = await fixture<KwDisclaimer>(html`<kw-disclaimer></kw-disclaimer>`);
      expect(part(plain, 'close-button')).to.equal(null);
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer dismissible></kw-disclaimer>`);
      expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal('Dismiss this notice');
    });

    it('closes on click and fires a cancelable, bubbling, composed kw-dismiss', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer dismissible></kw-disclaimer>`);
      const event = oneEvent(document, 'kw-dismiss');
      part(el, 'close-button')!.click();
      const fired = await event;
      expect(fired.cancelable).to.equal(true);
      expect(fired.composed).to.equal(true);
      await el.updateComplete;
      expect(el.dismissed).to.equal(true);
      expect(el.hasAttribute('dismissed')).to.equal(true);
      expect(part(el, 'base')).to.equal(null);
      expect(visibleText(el)).to.not.contain('Not medical advice');
    });

    it('keeps the crisis lines after dismissal, as a named region that takes focus from the close button', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="US" dismissible></kw-disclaimer>`);
      part(el, 'close-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await nextFrame();
      const strip = part(el, 'crisis')!;
      expect(strip.getAttribute('role')).to.equal('region');
      expect(strip.getAttribute('aria-label')).to.equal('In crisis or thinking about suicide?');
      expect(shadow(el).activeElement).to.equal(strip);
      expect(visibleText(el)).to.contain('988');
      expect(strip.getBoundingClientRect().height).to.be.greaterThan(40);
      await expect(el).to.be.accessible();
    });

    it('leaves nothing, and takes no space, when dismissed with region="none"', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="none" dismissible></kw-disclaimer>`);
      part(el, 'close-button')!.click();
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('keeps keyboard focus in place when dismissed with region="none": a hidden note takes it, and Tab goes on from there', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es"><kw-disclaimer region="none" dismissible></kw-disclaimer><button id="after">after</button></div>`,
      );
      const el = wrapper.querySelector<KwDisclaimer>('kw-disclaimer')!;
      part(el, 'close-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await nextFrame();
      const note = shadow(el).activeElement as HTMLElement;
      expect(note?.textContent).to.equal('Aviso cerrado.');
      expect(el.getBoundingClientRect().height).to.equal(0);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      // A script's dismissal, or a remembered one, renders nothing at all.
      const quiet = await fixture<KwDisclaimer>(html`<kw-disclaimer region="none" dismissed></kw-disclaimer>`);
      expect(shadow(quiet).childElementCount).to.equal(0);
    });

    it('does not stick a dismissed banner to the viewport', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer variant="banner" region="US" dismissed></kw-disclaimer>`);
      expect(getComputedStyle(el).position).to.equal('static');
    });

    for (const key of ['Enter', 'Space']) {
      it(`closes from the keyboard (${key})`, async () => {
        const el = await fixture<KwDisclaimer>(html`<kw-disclaimer dismissible></kw-disclaimer>`);
        part(el, 'close-button')!.focus();
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(el.dismissed).to.equal(true);
      });
    }

    it('stays open when kw-dismiss is cancelled', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer dismissible @kw-dismiss=${(e: Event) => e.preventDefault()}></kw-disclaimer>`);
      part(el, 'close-button')!.click();
      await el.updateComplete;
      expect(el.dismissed).to.equal(false);
      expect(part(el, 'base')).to.not.equal(null);
    });

    it('does not fire kw-dismiss when a script sets dismissed', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer dismissible></kw-disclaimer>`);
      let fired = false;
      el.addEventListener('kw-dismiss', () => (fired = true));
      el.dismissed = true;
      await el.updateComplete;
      expect(fired).to.equal(false);
    });

    it('remembers the dismissal for N days under the configured key', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer dismissible remember="30" storage-key="clinic-notice"></kw-disclaimer>`);
      part(el, 'close-button')!.click();
      const stored = JSON.parse(localStorage.getItem('clinic-notice')!) as { until: number };
      const days = (stored.until - Date.now()) / 86400000;
      expect(days).to.be.within(29.9, 30.1);
      const again = await fixture<KwDisclaimer>(html`<kw-disclaimer dismissible remember="30" storage-key="clinic-notice"></kw-disclaimer>`);
      expect(again.dismissed).to.equal(true);
      const otherKey = await fixture<KwDisclaimer>(html`<kw-disclaimer dismissible remember="30"></kw-disclaimer>`);
      expect(otherKey.dismissed).to.equal(false);
    });

    it('shows the notice again once a remembered dismissal has expired', async () => {
      localStorage.setItem('kw-disclaimer-dismissed', JSON.stringify({ until: Date.now() - 1000 }));
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer dismissible remember="30"></kw-disclaimer>`);
      expect(el.dismissed).to.equal(false);
      expect(localStorage.getItem('kw-disclaimer-dismissed')).to.equal(null);
    });

    it('does not remember anything without remember', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer dismissible></kw-disclaimer>`);
      part(el, 'close-button')!.click();
      expect(localStorage.length).to.equal(0);
    });

    it('still dismisses for this page view when storage throws (private mode, sandboxed frames)', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      try {
        const el = await fixture<KwDisclaimer>(html`<kw-disclaimer dismissible remember="30"></kw-disclaimer>`);
        expect(el.dismissed).to.equal(false);
        part(el, 'close-button')!.click();
        await el.updateComplete;
        expect(el.dismissed).to.equal(true);
      } finally {
        Object.defineProperty(window, 'localStorage', descriptor);
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });

    it('still dismisses when storage is full', async () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await fixture<KwDisclaimer>(html`<kw-disclaimer dismissible remember="7"></kw-disclaimer>`);
        part(el, 'close-button')!.click();
        await el.updateComplete;
        expect(el.dismissed).to.equal(true);
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });
  });

  describe('crisis data from the page', () => {
    const canada = { regions: { CA: { name: 'Canada', emergency: '911', lines: [{ id: 'ca', name: '9-8-8 Helpline', contacts: [{ type: 'call', value: '988' }] }] } } };

    it('takes a data property', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="CA" .data=${canada}></kw-disclaimer>`);
      expect(part(el, 'crisis')!.dataset.region).to.equal('CA');
      expect(visibleText(part(el, 'crisis')!)).to.contain('9-8-8 Helpline');
    });

    it('takes a data property set before the element upgrades', async () => {
      const el = document.createElement('kw-future-disclaimer') as HTMLElement & { data?: unknown };
      el.data = canada;
      el.setAttribute('region', 'CA');
      document.body.append(el);
      class Late extends (customElements.get('kw-disclaimer') as typeof HTMLElement) {}
      customElements.define('kw-future-disclaimer', Late);
      const upgraded = el as unknown as KwDisclaimer;
      await upgraded.updateComplete;
      expect(visibleText(part(upgraded, 'crisis')!)).to.contain('9-8-8 Helpline');
      el.remove();
    });

    it('takes an inline JSON child', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="CA"><script type="application/json">${JSON.stringify(canada)}</script></kw-disclaimer>`);
      expect(visibleText(part(el, 'crisis')!)).to.contain('9-8-8 Helpline');
    });

    it('loads a src URL, showing a loading state first', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="CA" src="/tests/fixtures/disclaimer/canada.json"></kw-disclaimer>`);
      expect(part(el, 'crisis')!.getAttribute('aria-busy')).to.equal('true');
      await settle(el);
      expect(visibleText(part(el, 'crisis')!)).to.contain('9-8-8 Suicide Crisis Helpline');
    });

    it('uses the latest src when it changes during a load', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="CA" src="/tests/fixtures/disclaimer/not-json.json"></kw-disclaimer>`);
      el.src = '/tests/fixtures/disclaimer/canada.json';
      await el.updateComplete;
      await settle(el);
      expect(part(el, 'error')).to.equal(null);
      expect(visibleText(part(el, 'crisis')!)).to.contain('9-8-8 Suicide Crisis Helpline');
    });

    const badInputs: [string, () => Promise<KwDisclaimer>, string][] = [
      ['malformed inline JSON', () => fixture(html`<kw-disclaimer><script type="application/json">{ "regions": </script></kw-disclaimer>`), 'inline JSON is malformed'],
      ['an unknown contact type', () => fixture(html`<kw-disclaimer .data=${{ regions: { US: { name: 'US', lines: [{ id: 'a', name: 'A', contacts: [{ type: 'fax', value: '1' }] }] } } }}></kw-disclaimer>`), 'region "US", line 1 (id "a"), contact 1: type: expected one of "call", "text", "web", got "fax"'],
      ['a phone number with letters', () => fixture(html`<kw-disclaimer .data=${{ regions: { US: { name: 'US', lines: [{ id: 'a', name: 'A', contacts: [{ type: 'call', value: '1-800-CALL' }] }] } } }}></kw-disclaimer>`), 'region "US", line 1 (id "a"), contact 1: value: expected a phone number'],
      ['a javascript: web link', () => fixture(html`<kw-disclaimer .data=${{ regions: { US: { name: 'US', lines: [{ id: 'a', name: 'A', contacts: [{ type: 'web', value: 'javascript:alert(1)' }] }] } } }}></kw-disclaimer>`), 'expected an http(s) address'],
      ['duplicate line ids', () => fixture(html`<kw-disclaimer .data=${{ regions: { US: { name: 'US', lines: [{ id: 'a', name: 'A', contacts: [{ type: 'call', value: '1' }] }, { id: 'a', name: 'B', contacts: [{ type: 'call', value: '2' }] }] } } }}></kw-disclaimer>`), 'region "US", line 2 (id "a"): id: duplicate id "a"'],
      ['no regions', () => fixture(html`<kw-disclaimer .data=${{ regions: {} }}></kw-disclaimer>`), 'regions: must name at least one region'],
      ['a 404 src', () => fixture(html`<kw-disclaimer src="/tests/fixtures/disclaimer/missing.json"></kw-disclaimer>`), 'answered HTTP 404'],
      ['a src that is not JSON', () => fixture(html`<kw-disclaimer src="/tests/fixtures/disclaimer/not-json.json"></kw-disclaimer>`), 'is not valid JSON'],
    ];
    for (const [name, make, message] of badInputs) {
      it(`shows a visible error and warns once for ${name}, and the notice itself still works`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await make();
          await settle(el);
          const error = part(el, 'error');
          expect(error, 'error box').to.not.equal(null);
          expect(error!.checkVisibility()).to.equal(true);
          expect(visibleText(error!)).to.contain(message);
          expect(visibleText(el)).to.contain('Not medical advice');
          el.requestUpdate();
          await el.updateComplete;
          expect(warnings.messages.length).to.equal(1);
          expect(warnings.messages[0]).to.contain('<kw-disclaimer>');
        } finally {
          warnings.restore();
        }
      });
    }

    it('lists the first 5 problems and counts the rest, in the reader\'s language', async () => {
      const contacts = Array.from({ length: 10 }, () => ({ type: 'fax', value: '1' }));
      const data = { regions: { US: { name: 'US', lines: [{ id: 'a', name: 'A', contacts }] } } };
      const warnings = captureWarnings();
      try {
        const el = await fixture<KwDisclaimer>(html`<kw-disclaimer .data=${data}></kw-disclaimer>`);
        expect(part(el, 'error')!.querySelectorAll('li').length).to.equal(5);
        expect(visibleText(part(el, 'error')!)).to.contain('…and 5 more problems.');
        el.lang = 'es';
        await waitUntil(() => visibleText(part(el, 'error')!).includes('…y 5 problemas más.'));
      } finally {
        warnings.restore();
      }
    });

    it('keeps showing the built-in crisis lines under the error', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="US"><script type="application/json">{ "regions": </script></kw-disclaimer>`);
        expect(part(el, 'error')).to.not.equal(null);
        expect(hrefs(el)).to.include.members(['tel:988', 'tel:911']);
      } finally {
        warnings.restore();
      }
    });

    it('shows markup in data as text, never as HTML', async () => {
      const data = { regions: { intl: { name: 'x', lines: [{ id: 'a', name: '<img src=x onerror=alert(1)>Line', contacts: [{ type: 'call', value: '1' }] }] } } };
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region="intl" .data=${data}></kw-disclaimer>`);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(visibleText(part(el, 'crisis')!)).to.contain('<img src=x onerror=alert(1)>Line');
    });

    it('bad data in one widget leaves its siblings working', async () => {
      const warnings = captureWarnings();
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <kw-disclaimer id="bad"><script type="application/json">nope</script></kw-disclaimer>
          <kw-disclaimer id="good" region="US"></kw-disclaimer>
        </div>`);
        const good = wrapper.querySelector<KwDisclaimer>('#good')!;
        await good.updateComplete;
        expect(hrefs(good)).to.include('tel:988');
        expect(part(wrapper.querySelector('#bad')!, 'error')).to.not.equal(null);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('registration', () => {
    it('a second definition with the same version is silent and keeps the first class', () => {
      const warnings = captureWarnings();
      try {
        class Copy extends HTMLElement {
          static kwVersion = VERSION;
        }
        const result = define('kw-disclaimer', Copy);
        expect(result).to.equal(customElements.get('kw-disclaimer'));
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    it('a second definition with another version warns once, and never throws', () => {
      const warnings = captureWarnings();
      try {
        class Old extends HTMLElement {
          static kwVersion = '0.0.1-test';
        }
        customElements.define('kw-version-probe', Old);
        class New extends HTMLElement {
          static kwVersion = VERSION;
        }
        define('kw-version-probe', New);
        define('kw-version-probe', New);
        expect(warnings.messages.length).to.equal(1);
        expect(warnings.messages[0]).to.contain('0.0.1-test');
      } finally {
        warnings.restore();
      }
    });

    it('VERSION matches package.json', async () => {
      const pkg = (await (await fetch('/package.json')).json()) as { version: string };
      expect(VERSION).to.equal(pkg.version);
    });
  });

  describe('accessibility', () => {
    it('is axe-clean in light, with every region', async () => {
      for (const region of ['US', 'UK', 'intl']) {
        const el = await fixture<KwDisclaimer>(html`<kw-disclaimer region=${region} dismissible reviewed="2026-11-01"></kw-disclaimer>`);
        await expect(el).to.be.accessible();
      }
    });

    it('is axe-clean in dark', async () => {
      const el = await fixture<KwDisclaimer>(html`<div style="background:#0d1117;padding:8px"><kw-disclaimer theme="dark" region="US" dismissible></kw-disclaimer></div>`);
      const inner = el.querySelector('kw-disclaimer')!;
      await inner.updateComplete;
      expect(getComputedStyle(part(inner, 'base')!).color).to.equal('rgb(230, 237, 243)');
      await expect(el).to.be.accessible();
    });

    it('is axe-clean in Spanish, as a banner, and with a data error', async () => {
      const warnings = captureWarnings();
      try {
        const es = await fixture<KwDisclaimer>(html`<kw-disclaimer lang="es-US" region="US" dismissible></kw-disclaimer>`);
        await expect(es).to.be.accessible();
        const banner = await fixture<KwDisclaimer>(html`<kw-disclaimer variant="banner" dismissible></kw-disclaimer>`);
        await expect(banner).to.be.accessible();
        const broken = await fixture<KwDisclaimer>(html`<kw-disclaimer><script type="application/json">{</script></kw-disclaimer>`);
        await expect(broken).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });

    it('follows the reader\'s dark preference with theme="auto"', async () => {
      await setMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer theme="auto"></kw-disclaimer>`);
      expect(getComputedStyle(part(el, 'base')!).color).to.equal('rgb(230, 237, 243)');
    });

    it('uses system colours in forced-colors mode', async () => {
      await setMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer dismissible></kw-disclaimer>`);
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(part(el, 'base')!).borderTopColor).to.equal(canvasText);
      await expect(el).to.be.accessible();
    });

    it('shows a visible focus ring on the close button', async () => {
      const el = await fixture<KwDisclaimer>(html`<kw-disclaimer dismissible></kw-disclaimer>`);
      part(el, 'close-button')!.focus();
      await sendKeys({ press: 'Shift' });
      const style = getComputedStyle(part(el, 'close-button')!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('inherits the page font', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-family: Georgia, serif"><kw-disclaimer></kw-disclaimer></div>`);
      const el = wrapper.querySelector('kw-disclaimer')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'heading')!).fontFamily).to.contain('Georgia');
    });

    it('is not styled by the page\'s global CSS', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <style>p { color: rgb(255, 0, 0) !important; display: none !important; } h2 { font-size: 80px !important; }</style>
        <kw-disclaimer></kw-disclaimer>
      </div>`);
      const el = wrapper.querySelector('kw-disclaimer')!;
      await el.updateComplete;
      const p = shadow(el).querySelector('p.default-text')!;
      expect(getComputedStyle(p).display).to.equal('block');
      expect(getComputedStyle(part(el, 'heading')!).fontSize).to.not.equal('80px');
    });
  });

  // Removal aborting a pending src download is tested for every widget in tests/lifecycle.test.ts.
});
