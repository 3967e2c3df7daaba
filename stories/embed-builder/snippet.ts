/**
 * The embed-code builder's model: which options each widget offers, and the paste-ready snippet for a choice.
 * Pure functions, so the snippet that a clinic copies is tested in a blank page (tests/embed-snippet.test.ts).
 */
export interface WidgetOption {
  /** The attribute name. */
  name: string;
  label: string;
  type: 'select' | 'boolean' | 'text' | 'number';
  choices?: readonly string[];
  /** The element's own default; an option left at it is not written into the snippet. */
  default: string | boolean | number;
  /** Where the builder starts, when that is not the element's default (then it is written). */
  start?: string;
}

export interface WidgetChoice {
  tag: string;
  label: string;
  options: readonly WidgetOption[];
}

const THEME: WidgetOption = { name: 'theme', label: 'Colour theme', type: 'select', choices: ['', 'light', 'dark', 'auto'], default: '' };

export const WIDGETS: readonly WidgetChoice[] = [
  {
    tag: 'kw-disclaimer',
    label: 'Disclaimer with crisis lines',
    options: [
      { name: 'region', label: 'Crisis lines for', type: 'select', choices: ['auto', 'US', 'UK', 'intl', 'none'], default: 'auto', start: 'US' },
      { name: 'variant', label: 'Style', type: 'select', choices: ['inline', 'banner'], default: 'inline' },
      { name: 'position', label: 'Banner sticks to', type: 'select', choices: ['top', 'bottom'], default: 'top' },
      { name: 'dismissible', label: 'Readers can close it', type: 'boolean', default: false },
      { name: 'remember', label: 'Keep closed for (days)', type: 'number', default: 0 },
      { name: 'reviewed', label: 'Last reviewed (YYYY-MM-DD)', type: 'text', default: '' },
      THEME,
    ],
  },
  {
    tag: 'kw-pathway',
    label: 'How ketamine works (pathway diagram)',
    options: [
      { name: 'show-alternatives', label: 'Also show other hypotheses', type: 'boolean', default: false },
      { name: 'step-mode', label: 'Step-by-step buttons', type: 'boolean', default: false },
      { name: 'orientation', label: 'Direction', type: 'select', choices: ['auto', 'horizontal', 'vertical'], default: 'auto' },
      { name: 'export', label: 'Download buttons (SVG / PNG)', type: 'boolean', default: false },
      THEME,
    ],
  },
  {
    tag: 'kw-side-effects',
    label: 'Side effects',
    options: [
      { name: 'set', label: 'Treatment', type: 'select', choices: ['esketamine', 'iv', 'long-term', 'all'], default: 'esketamine' },
      { name: 'group-by', label: 'Group by', type: 'select', choices: ['timing', 'severity', 'none'], default: 'timing' },
      { name: 'sort', label: 'Order', type: 'select', choices: ['frequency', 'none'], default: 'frequency' },
      { name: 'compact', label: 'Compact (for sidebars)', type: 'boolean', default: false },
      THEME,
    ],
  },
  {
    tag: 'kw-neuron-growth',
    label: 'Neuron growth animation',
    options: [
      { name: 'scene', label: 'Scene', type: 'select', choices: ['restore', 'grow', 'stress', 'compare'], default: 'restore' },
      { name: 'autoplay', label: 'Play when visible', type: 'boolean', default: false },
      { name: 'loop', label: 'Loop', type: 'boolean', default: false },
      { name: 'speed', label: 'Speed', type: 'number', default: 1 },
      { name: 'seed', label: 'Neuron shape (seed)', type: 'number', default: 1 },
      THEME,
    ],
  },
];

export const LANGUAGES = [
  { value: '', label: 'Same as the page' },
  { value: 'en-US', label: 'English (US)' },
  { value: 'en-GB', label: 'English (UK)' },
  { value: 'es-US', label: 'Español (EE. UU.)' },
  { value: 'es-MX', label: 'Español (México)' },
] as const;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The attributes to write for `values`: only those that differ from the widget's defaults, plus `lang`. */
export function snippetAttributes(widget: WidgetChoice, values: Record<string, string | boolean | number>, lang = ''): [string, string | true][] {
  const attributes: [string, string | true][] = [];
  for (const option of widget.options) {
    const value = values[option.name] ?? option.start ?? option.default;
    if (value === option.default || value === '' || value === false) continue;
    attributes.push([option.name, value === true ? true : String(value)]);
  }
  if (lang) attributes.push(['lang', lang]);
  return attributes;
}

/** A snippet that works when pasted into a blank HTML file, a WordPress Custom HTML block or a Wix embed. */
export function buildSnippet(scriptUrl: string, widget: WidgetChoice, values: Record<string, string | boolean | number>, lang = ''): string {
  const attributes = snippetAttributes(widget, values, lang)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>\n<${widget.tag}${attributes}></${widget.tag}>`;
}
