// What clinics copy must work: the embed-code builder's snippets and the guides' HTML examples, each pasted
// into a blank page with nothing else, must upgrade every widget without a console error.
import { expect, waitUntil } from '@open-wc/testing';
import { WIDGETS, buildSnippet, type WidgetChoice } from '../stories/embed-builder/snippet.js';

const SCRIPT_URL = new URL('/dist/ketamine-widgets.js', location.href).href;
type ProbedWindow = Window & typeof globalThis & { __problems: string[] };

/** Loads `body` as a blank HTML document (only the error probe added) and waits for its widgets. */
async function pasteIntoBlankPage(snippet: string): Promise<{ frame: HTMLIFrameElement; widgets: Element[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><base href="${location.origin}/"><script src="/tests/pages/probe.js"></script></head><body>${snippet}</body></html>`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const widgets = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('kw-'));
  await waitUntil(() => widgets.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0), 'a widget did not upgrade', { timeout: 5000 });
  return { frame, widgets };
}

function variants(widget: WidgetChoice): Record<string, string | boolean | number>[] {
  // The defaults, and each option set to a non-default value on its own.
  const list: Record<string, string | boolean | number>[] = [{}];
  for (const option of widget.options) {
    if (option.type === 'boolean') list.push({ [option.name]: true });
    else if (option.type === 'select') list.push({ [option.name]: option.choices!.find((c) => c !== option.default && c !== '')! });
    else if (option.type === 'number') list.push({ [option.name]: 3 });
  }
  return list;
}

describe('embed-code builder snippets', () => {
  it('write only the options that differ from the defaults, escaped', () => {
    const disclaimer = WIDGETS.find((w) => w.tag === 'kw-disclaimer')!;
    // The builder starts on the US lines (a tag such as plain lang="en" would give "auto" only the directory).
    expect(buildSnippet('https://x.test/k.js', disclaimer, {})).to.equal(
      '<script type="module" src="https://x.test/k.js"></script>\n<kw-disclaimer region="US"></kw-disclaimer>',
    );
    expect(buildSnippet('https://x.test/k.js', disclaimer, { region: 'auto' })).to.equal(
      '<script type="module" src="https://x.test/k.js"></script>\n<kw-disclaimer></kw-disclaimer>',
    );
    expect(buildSnippet('https://x.test/k.js', disclaimer, { region: 'UK', dismissible: true, reviewed: '"><script>' }, 'en-GB')).to.equal(
      '<script type="module" src="https://x.test/k.js"></script>\n<kw-disclaimer region="UK" dismissible reviewed="&quot;>&lt;script>" lang="en-GB"></kw-disclaimer>',
    );
  });

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: every option's snippet works in a blank page`, async () => {
      for (const values of variants(widget)) {
        for (const lang of ['', 'es-US']) {
          const { frame, widgets } = await pasteIntoBlankPage(buildSnippet(SCRIPT_URL, widget, values, lang));
          expect(widgets.map((w) => w.localName)).to.deep.equal([widget.tag]);
          expect((frame.contentWindow as ProbedWindow).__problems, JSON.stringify(values)).to.deep.equal([]);
          frame.remove();
        }
      }
    });
  }
});

describe('HTML examples in the Storybook guides', () => {
  const guides = ['getting-started.mdx', 'guide-clinics.mdx', 'guide-bloggers.mdx', 'guide-developers.mdx'];
  for (const guide of guides) {
    it(`${guide}: every example with a widget works when pasted into a blank page`, async () => {
      const text = await (await fetch(`/stories/${guide}`)).text();
      const examples = [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => code.includes('<kw-'));
      expect(examples.length).to.be.greaterThan(0);
      for (const example of examples) {
        // The guides name a placeholder CDN; the test serves the same file locally.
        let page = example.replace(/src="[^"]*ketamine-widgets\.js"/g, `src="${SCRIPT_URL}"`);
        if (!page.includes('ketamine-widgets.js')) page = `<script type="module" src="${SCRIPT_URL}"></script>\n${page}`;
        const { frame } = await pasteIntoBlankPage(page);
        expect((frame.contentWindow as ProbedWindow).__problems, example).to.deep.equal([]);
        frame.remove();
      }
    });
  }
});
