import { executeServerCommand } from '@web/test-runner-commands';

// Kept from load time: some tests replace requestAnimationFrame to drive an animation by hand.
const browserFrame = window.requestAnimationFrame.bind(window);
const nextFrame = () => new Promise<void>((resolve) => browserFrame(() => resolve()));
/**
 * Resolves when an IntersectionObserver of ours first reports on `el`. Observers report in the order they were
 * made, so the widget's own (made when it connected) has reported by then; Chrome may take several frames.
 */
const intersectionReported = (el: Element) =>
  new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });

/**
 * Waits until a widget is at rest: its data loaded (no `aria-busy` left in its shadow root), no Lit update
 * pending (an update that requests another is awaited again), its IntersectionObserver heard from, and two
 * frames laid out, so that what layout reports (resize, visibility, media queries) has reached it and been
 * rendered. Fails after `timeout` ms with what it was still waiting for; it never waits a fixed time.
 */
export async function settle(el: Element & { updateComplete: Promise<boolean>; isUpdatePending?: boolean }, { timeout = 4000 } = {}): Promise<void> {
  const deadline = performance.now() + timeout;
  for (;;) {
    // updateComplete resolves to false when the update it waited for requested another one.
    while (!(await el.updateComplete)) if (performance.now() > deadline) throw new Error(`<${el.localName}> keeps updating`);
    if (el.isConnected) await intersectionReported(el);
    await nextFrame();
    await nextFrame();
    const loading = el.shadowRoot?.querySelector('[aria-busy]:not([aria-busy="false"])');
    if (!el.isUpdatePending && !loading) return;
    if (performance.now() > deadline) throw new Error(`<${el.localName}> did not settle in ${timeout} ms${loading ? ': still loading' : ''}`);
  }
}

/** Emulates CSS media features (e.g. forced-colors, prefers-reduced-motion); call with [] to reset. */
export function setMediaFeatures(features: { name: string; value: string }[]): Promise<unknown> {
  return executeServerCommand('set-media-features', { features });
}

/** What is painted where `element` is (base64 PNG), from a real screenshot of the page. */
export async function screenshotOf(element: Element): Promise<string> {
  element.scrollIntoView({ block: 'center' });
  const rect = element.getBoundingClientRect();
  const clip = { x: rect.x + scrollX, y: rect.y + scrollY, width: rect.width, height: rect.height };
  return (await executeServerCommand('screenshot', { clip })) as string;
}

/** Collects console.warn calls until `restore()`. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Collects uncaught errors and unhandled rejections (Lit's update promise) until `restore()`. */
export function captureUncaught(): { errors: string[]; restore: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(event.message);
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    errors.push(String(event.reason));
    event.preventDefault();
  };
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore: () => {
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Loads a page of this repository in an iframe and resolves once it has loaded. */
export async function loadPage(url: string, attributes: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Text in the flattened tree (shadow DOM and slotted content), skipping what is not rendered. */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node instanceof Element) {
      // A slot is display: contents, which checkVisibility() reports as not rendered.
      if (node.matches('script, style, template') || (!(node instanceof HTMLSlotElement) && !node.checkVisibility())) return;
      if (node.shadowRoot) {
        node.shadowRoot.childNodes.forEach(walk);
        return;
      }
      if (node instanceof HTMLSlotElement) {
        const assigned = node.assignedNodes({ flatten: true });
        if (assigned.length > 0) {
          assigned.forEach(walk);
          return;
        }
      }
    } else if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Records what a download button does without downloading: the types of the blobs given object URLs, the URLs
 * revoked and the file names of the links clicked, until `restore()`. `clicked()` resolves at the first click.
 */
export function interceptDownloads(): { created: string[]; revoked: string[]; clicks: string[]; clicked: () => Promise<void>; restore: () => void } {
  const record = { created: [] as string[], revoked: [] as string[], clicks: [] as string[] };
  const { createObjectURL, revokeObjectURL } = URL;
  const { click } = HTMLAnchorElement.prototype;
  let firstClick = (): void => undefined;
  const clicked = new Promise<void>((resolve) => (firstClick = resolve));
  URL.createObjectURL = (blob: Blob) => (record.created.push(blob.type), 'blob:test');
  URL.revokeObjectURL = (url: string) => void record.revoked.push(url);
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    record.clicks.push(this.download);
    firstClick();
  };
  return {
    ...record,
    clicked: () => clicked,
    restore: () => {
      Object.assign(URL, { createObjectURL, revokeObjectURL });
      HTMLAnchorElement.prototype.click = click;
    },
  };
}
