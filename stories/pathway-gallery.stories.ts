// The pathway as readers meet it: the sizes, schemes and languages of issue 17's review, side by side, so that
// designers see what the screenshots show. Each frame is a fixed width; the page's own text size applies.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/pathway/pathway.js';

const frame = (width: number, label: string, body: TemplateResult, dark = false) =>
  html`<figure style="margin:0 0 2rem">
    <figcaption style="font:600 14px/1.4 system-ui,sans-serif;margin-bottom:.5rem">${label}</figcaption>
    <div style="width:${width}px;max-width:100%;padding:16px;box-sizing:border-box;${dark ? 'background:#111;color:#eee;color-scheme:dark' : 'background:#fff;color:#1f2328;color-scheme:light'}">${body}</div>
  </figure>`;

const meta: Meta = {
  title: 'Widgets/Pathway/Gallery',
  parameters: { layout: 'padded', docs: { description: { component: 'The pathway at 320, 768 and 1280 px, light and dark, English and Spanish, on a plain page, in a 680 px blog column and under an 80 px sticky site header.' } } },
};
export default meta;
type Story = StoryObj;

export const Widths: Story = {
  render: () => html`${[320, 768, 1280].map((w) => frame(w, `${w} px, light, English`, html`<kw-pathway step-mode export></kw-pathway>`))}`,
};
export const DarkAndSpanish: Story = {
  name: 'Dark and Spanish',
  render: () =>
    html`${frame(1280, '1280 px, dark, English', html`<kw-pathway theme="dark"></kw-pathway>`, true)}
    ${frame(768, '768 px, dark, Spanish', html`<kw-pathway theme="dark" lang="es" step-mode></kw-pathway>`, true)}
    ${frame(320, '320 px, light, Spanish', html`<kw-pathway lang="es" show-alternatives></kw-pathway>`)}`,
};
export const BlogColumn: Story = {
  name: 'In a 680 px blog column',
  render: () =>
    frame(
      680,
      '680 px serif column, 19 px text',
      html`<article style="font:19px/1.7 Georgia,serif">
        <h2>How ketamine works</h2>
        <p>Article text before the figure.</p>
        <kw-pathway></kw-pathway>
        <p>Article text continues.</p>
      </article>`,
    ),
};
export const StickyHeader: Story = {
  name: 'Under an 80 px sticky site header',
  render: () =>
    html`<div style="--kw-sticky-offset:80px">
      <header style="position:sticky;top:0;height:80px;background:#1f2937;color:#fff;display:flex;align-items:center;padding:0 1rem;z-index:10;font:600 18px system-ui">Clinic</header>
      <kw-pathway step-mode></kw-pathway>
    </div>`,
};
export const Alternatives: Story = {
  name: 'Other proposed mechanisms',
  render: () => frame(1280, '1280 px with show-alternatives', html`<kw-pathway show-alternatives></kw-pathway>`),
};
