// Pre-rendered pages for browser tests: the CLI renders the HTML (through the test server's /__prerender), an
// iframe shows it without the widgets' module (what a reader sees before JavaScript, or without it), then
// hydrate() loads dist/ketamine-widgets.js into it.
import { waitUntil } from '@open-wc/testing';

export const WIDGET_SELECTOR = 'kw-disclaimer, kw-pathway, kw-side-effects, kw-neuron-growth';

/** `html` with every widget pre-rendered by `ketamine-widgets render`; rejects with the CLI's messages. */
export async function prerender(html: string): Promise<string> {
  const response = await fetch('/__prerender', { method: 'POST', body: html });
  const text = await response.text();
  if (!response.ok) throw new Error(`ketamine-widgets render failed:\n${text}`);
  return text;
}

export interface PrerenderedPage {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  /** Console errors and warnings, uncaught errors and rejections in the page since it loaded. */
  problems: string[];
  /** The page's widgets. */
  widgets(): HTMLElement[];
  /** Loads the module and waits until every widget has upgraded, rendered and settled for two frames. */
  hydrate(): Promise<void>;
  /** Sum of the page's layout-shift scores so far (as CLS counts them: none right after input). */
  layoutShift(): Promise<number>;
  /** Waits for two frames of the page. */
  frames(): Promise<void>;
}

/**
 * Loads `body` (the inside of <body>) pre-rendered, in an iframe `width` × `height` px, on a page whose <html>
 * has `lang`. `head` goes into its <head>.
 */
export async function loadPrerendered(body: string, { width = 800, height = 700, lang = 'en', head = '' } = {}): Promise<PrerenderedPage> {
  const page = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<script>
  window.__shifts = 0;
  window.__problems = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value; }).observe({ type: 'layout-shift', buffered: true });
  for (const level of ['error', 'warn']) { const original = console[level]; console[level] = (...args) => { window.__problems.push(args.map(String).join(' ')); original.apply(console, args); }; }
  addEventListener('error', (e) => window.__problems.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => window.__problems.push(String(e.reason)));
</script>
<style>body { margin: 0; padding: 8px; font: 16px/1.5 "DejaVu Sans", sans-serif; }</style>${head}</head><body>${body}</body></html>`;
  const markup = await prerender(page);
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = markup;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { __shifts: number; __problems: string[] };
  const doc = frame.contentDocument!;
  const frames = () => new Promise<void>((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));
  await frames();
  const widgets = () => [...doc.querySelectorAll<HTMLElement>(WIDGET_SELECTOR)];
  return {
    frame,
    doc,
    win,
    problems: win.__problems,
    widgets,
    frames,
    async hydrate() {
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = new URL('/dist/ketamine-widgets.js', location.href).href;
      doc.head.append(script);
      const tags = [...new Set(widgets().map((el) => el.localName))];
      await waitUntil(() => tags.every((tag) => win.customElements.get(tag)), 'the widgets were not defined', { timeout: 5000 });
      for (const el of widgets()) {
        const lit = el as HTMLElement & { updateComplete: Promise<boolean> };
        while (!(await lit.updateComplete));
      }
      await frames();
    },
    async layoutShift() {
      await frames();
      return win.__shifts;
    },
  };
}

/** `loadPrerendered` for a test file: the frames it opens are removed after each test. */
export function prerenderedPages(): typeof loadPrerendered {
  const pages: PrerenderedPage[] = [];
  afterEach(() => pages.splice(0).forEach((page) => page.frame.remove()));
  return async (body, options) => {
    const page = await loadPrerendered(body, options);
    pages.push(page);
    return page;
  };
}
