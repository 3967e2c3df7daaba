// What svelte-check sees for `<kw-…>` in a Svelte 5 component, checked with tsc: the attributes a template may write.
// The only setup is `"types": ["ketamine-widgets/svelte"]` in tsconfig.json.
import type { SvelteHTMLElements } from 'svelte/elements';
import type { PathwayData } from 'ketamine-widgets';

export function pathwayAttributes(data: PathwayData): SvelteHTMLElements['kw-pathway'] {
  return { 'step-mode': true, orientation: 'vertical', data, class: 'mechanism', 'onkw-step-change': (event) => console.log(event.detail.id.toUpperCase()) };
}

export const sideEffects: SvelteHTMLElements['kw-side-effects'] = {
  'group-by': 'severity',
  'onkw-filter-change': (event) => event.detail.severity.filter((s) => s !== 'mild'),
  'onkw-toggle': (event) => event.detail.open,
};

// @ts-expect-error: orientation is 'auto' | 'horizontal' | 'vertical'
export const wrongValue: SvelteHTMLElements['kw-pathway'] = { orientation: 'diagonal' };

// @ts-expect-error: kw-step-change's detail is { index, id }
export const wrongDetail: SvelteHTMLElements['kw-pathway'] = { 'onkw-step-change': (event) => event.detail.step };
