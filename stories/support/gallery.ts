import { html, type TemplateResult } from 'lit';

/** One page a widget is seen on in a gallery: its width, background, colour scheme, body font and language. */
export interface GalleryPage {
  label: string;
  width: number;
  /** The page's CSS: a background, a `color-scheme`, a body font. */
  page: 'light' | 'dark' | 'dark-no-scheme';
  font: string;
  lang: 'en' | 'es' | 'en-US' | 'es-US';
}

const SYSTEM = '16px/1.5 system-ui, sans-serif';

/** The pages issue 18 judges the design on: 320/768/1280 px, light/dark, en/es, a blog column, a dark theme that sets no color-scheme, 14 and 20 px body text. */
export const GALLERY_PAGES: GalleryPage[] = [
  { label: '320 px · light · English', width: 320, page: 'light', font: SYSTEM, lang: 'en-US' },
  { label: '320 px · color-scheme: dark · Spanish', width: 320, page: 'dark', font: SYSTEM, lang: 'es-US' },
  { label: '320 px · dark theme without color-scheme', width: 320, page: 'dark-no-scheme', font: SYSTEM, lang: 'en-US' },
  { label: '768 px · 14 px clinic sidebar font', width: 768, page: 'light', font: '14px/1.45 Arial, sans-serif', lang: 'en-US' },
  { label: '680 px blog column · 20 px serif', width: 680, page: 'light', font: '20px/1.7 Georgia, serif', lang: 'en-US' },
  { label: '680 px blog column · dark theme without color-scheme · Spanish', width: 680, page: 'dark-no-scheme', font: '19px/1.7 Georgia, serif', lang: 'es-US' },
  { label: '1280 px · light · Spanish', width: 1280, page: 'light', font: SYSTEM, lang: 'es-US' },
];

const PAGE_STYLE = {
  light: 'background:#ffffff;color:#1f2328',
  dark: 'background:#0d1117;color:#e6edf3;color-scheme:dark',
  // Many dark WordPress themes: a dark background and light text, but no color-scheme.
  'dark-no-scheme': 'background:#1e1e24;color:#e8e8e8',
};

/** Every gallery page side by side (wrapping), each with its label, showing `widget(page)`. */
export function gallery(widget: (page: GalleryPage) => TemplateResult): TemplateResult {
  return html`<div style="display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start">
    ${GALLERY_PAGES.map(
      (page) => html`<section
        lang=${page.lang}
        aria-label=${page.label}
        style="box-sizing:border-box;width:${page.width}px;max-width:100%;padding:16px;font:${page.font};${PAGE_STYLE[page.page]}"
      >
        <p style="margin:0 0 8px;font:bold 13px/1.3 system-ui,sans-serif">${page.label}</p>
        ${widget(page)}
      </section>`,
    )}
  </div>`;
}
