import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import '../src/index.js';
import { styles as disclaimerStyles } from '../src/components/disclaimer/disclaimer.styles.js';
import { styles as neuronStyles } from '../src/components/neuron-growth/neuron-growth.styles.js';
import { styles as pathwayStyles } from '../src/components/pathway/pathway.styles.js';
import { styles as sideEffectsStyles } from '../src/components/side-effects/side-effects.styles.js';
import { luminance, parseColor, schemeBehind } from '../src/internal/host-theme.js';
import { sharedStyles } from '../src/internal/shared.styles.js';
import { tokenStyles } from '../src/internal/tokens.styles.js';

/** Every `property: value` declaration of a sheet, with the selector it is in. */
function declarations(sheet: CSSResult): { selector: string; property: string; value: string }[] {
  const css = new CSSStyleSheet();
  css.replaceSync(sheet.cssText);
  const out: { selector: string; property: string; value: string }[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) {
        for (const property of rule.style) out.push({ selector: rule.selectorText, property, value: rule.style.getPropertyValue(property) });
        walk(rule.cssRules);
      } else if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  walk(css.cssRules);
  return out;
}

const SPACING = /^(margin|padding|gap|row-gap|column-gap|inset)/;
/** What the type and space scales forbid: px or rem in a font size or a gap, and font sizes not from the scale. */
function offScale(sheet: CSSResult): string[] {
  return declarations(sheet)
    .filter(({ property, value }) => {
      if (property === 'font-size') return !/^(var\(--_font-size-(xs|s|m|l|xl)\)|inherit)$/.test(value.trim()) && !value.includes('var(--kw-font-size');
      // The CSSOM writes a zero as "0px": zeros are not sizes.
      if (property === 'font' || SPACING.test(property)) return /\d(px|rem)\b/.test(value.replace(/(^|[\s(,-])0(px|rem)/g, '$10'));
      return false;
    })
    .map(({ selector, property, value }) => `${selector} { ${property}: ${value} }`);
}

const relativeLuminance = (color: string) => {
  const [r, g, b] = parseColor(color)!;
  return luminance(r, g, b);
};
const surfaceOf = (el: Element) => relativeLuminance(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor);

describe('design system (issue 18)', () => {
  describe('type and space scales in every style sheet', () => {
    const sheets: [string, CSSResult][] = [
      ['shared', sharedStyles],
      ['disclaimer', disclaimerStyles],
      ['side effects', sideEffectsStyles],
      ['neuron growth', neuronStyles],
    ];
    for (const [name, sheet] of sheets) {
      it(`${name}: font sizes come from the type scale; no px or rem in font sizes or gaps`, () => {
        expect(offScale(sheet)).to.deep.equal([]);
      });
    }

    it('tokens: no px font sizes or gaps', () => {
      // The visually hidden pattern's -1px margin is part of the technique, not a gap.
      expect(offScale(tokenStyles).filter((d) => /px/.test(d) && !d.startsWith('.visually-hidden'))).to.deep.equal([]);
    });

    it('pathway: font sizes come from the type scale; no px or rem in font sizes or gaps', () => {
      // A -1px margin lets the step buttons share their borders (a button group), as in the visually hidden pattern.
      expect(offScale(pathwayStyles).filter((d) => d !== '.steps button { margin-inline-start: -1px }')).to.deep.equal([]);
    });

    it('has the scale as --kw-* tokens relative to the host font size: a 20 px page gets 20 px text, a 14 px page 14 px', async () => {
      for (const size of [14, 20]) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: ${size}px"><kw-disclaimer></kw-disclaimer><kw-side-effects></kw-side-effects></div>`);
        const [disclaimer, sideEffects] = [...wrapper.children] as HTMLElement[];
        await Promise.all([disclaimer, sideEffects].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
        const body = disclaimer!.shadowRoot!.querySelector('.default-text')!;
        expect(parseFloat(getComputedStyle(body).fontSize)).to.equal(size);
        const title = sideEffects!.shadowRoot!.querySelector('[part~="heading"]')!;
        expect(parseFloat(getComputedStyle(title).fontSize)).to.be.closeTo(size * 1.375, 0.01);
        const base = disclaimer!.shadowRoot!.querySelector('[part~="base"]')!;
        expect(parseFloat(getComputedStyle(base).paddingTop)).to.be.closeTo(size, 0.01);
      }
    });
  });

  describe('colour scheme from the background behind the widget', () => {
    it('turns dark on a dark page that sets no color-scheme, and light on a light one', async () => {
      const dark = await fixture<HTMLDivElement>(html`<div style="background: #1b1d21"><kw-disclaimer></kw-disclaimer></div>`);
      const el = dark.firstElementChild!;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(surfaceOf(el)).to.be.below(0.1);
      const light = await fixture<HTMLDivElement>(html`<div style="background: #fdfdf8"><kw-disclaimer></kw-disclaimer></div>`);
      expect(surfaceOf(light.firstElementChild!)).to.be.above(0.5);
    });

    it('follows a page color-scheme when every background is transparent, and the background over it when not', async () => {
      const scheme = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark"><kw-side-effects></kw-side-effects></div>`);
      expect(schemeBehind(scheme.firstElementChild!)).to.equal(undefined);
      expect(surfaceOf(scheme.firstElementChild!)).to.be.below(0.1);
      const card = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark"><div style="background: white"><kw-side-effects></kw-side-effects></div></div>`);
      expect(surfaceOf(card.querySelector('kw-side-effects')!)).to.be.above(0.5);
    });

    it('lets the theme attribute win', async () => {
      const dark = await fixture<HTMLDivElement>(html`<div style="background: #111"><kw-neuron-growth theme="light"></kw-neuron-growth></div>`);
      const el = dark.firstElementChild!;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(surfaceOf(el)).to.be.above(0.5);
      el.removeAttribute('theme');
      await waitUntil(() => surfaceOf(el) < 0.1, 'did not follow the dark background once the theme was removed');
    });

    it("re-checks when the page switches its theme with a class on <body>", async () => {
      const style = document.createElement('style');
      style.textContent = 'body.kw-test-dark { background: #0d1117 }';
      document.head.append(style);
      try {
        const el = await fixture(html`<kw-disclaimer></kw-disclaimer>`);
        expect(surfaceOf(el)).to.be.above(0.5);
        document.body.classList.add('kw-test-dark');
        await waitUntil(() => surfaceOf(el) < 0.1, 'did not turn dark with the page');
        document.body.classList.remove('kw-test-dark');
        await waitUntil(() => surfaceOf(el) > 0.5, 'did not turn light again');
      } finally {
        style.remove();
        document.body.classList.remove('kw-test-dark');
      }
    });

    it('reads nothing before connection and is safe to create and remove', () => {
      const el = document.createElement('kw-disclaimer');
      expect(() => el.remove()).to.not.throw();
      expect(parseColor('rgba(0, 0, 0, 0)')).to.deep.equal([0, 0, 0, 0]);
      expect(parseColor('color(srgb 1 1 1)')).to.deep.equal([255, 255, 255, 1]);
    });
  });
});
