import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** A dark page around the widget, for stories that set `theme="dark"` on a light page. */
export const darkPage: Decorator = (story) => html`<div style="background:#0d1117;padding:1rem">${story()}</div>`;

/**
 * A phone: Storybook's 320 px viewport in the canvas (media queries apply), and a 320 px column in the docs
 * page and any other frame.
 */
export const phoneWidth = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  decorators: [((story) => html`<div style="max-width:320px">${story()}</div>`) as Decorator],
};

/** The story's first `tagName` element once it is defined and rendered, for play functions that set up a state. */
export async function renderedWidget<T extends HTMLElement & { updateComplete: Promise<unknown> }>(canvas: HTMLElement, tagName: string): Promise<T> {
  await customElements.whenDefined(tagName);
  const widget = canvas.querySelector<T>(tagName);
  if (!widget) throw new Error(`The story has no <${tagName}>.`);
  await widget.updateComplete;
  return widget;
}

/** A play function: the reader clicks `selector` inside the story's `tagName` (a button, or an SVG node). */
export const clickInWidget =
  (tagName: string, selector: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const widget = await renderedWidget(canvasElement, tagName);
    const target = widget.shadowRoot?.querySelector(selector);
    if (!target) throw new Error(`<${tagName}> has no ${selector} to click.`);
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  };
