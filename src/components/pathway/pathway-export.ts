// The pathway as a picture for where pictures go: laid out again for a shape (16:9, square, 4:5), with the
// title, caption, key and sources drawn in; styles inlined, no scripts, no interactive state.
import { render, svg, type SVGTemplateResult } from 'lit';
import { exportScale, pngOf, wrapText } from '../../internal/picture.js';
import { smallFont, type Model } from './pathway-model.js';
import { badge, diagram, legendKey, levelsIn, sourcesOf, type DiagramView, type Term } from './pathway-render.js';

/** Picture shapes and their height : width. */
export const EXPORT_SHAPES = { wide: 9 / 16, square: 1, tall: 5 / 4 } as const;
export type ExportShape = keyof typeof EXPORT_SHAPES;

// Computed styles copied into an exported SVG so that it looks the same without the stylesheet.
const EXPORT_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-family', 'font-size', 'font-weight', 'text-anchor'];
// Widths the diagram is tried at; the one whose picture is nearest the shape wins.
const TRIAL_WIDTHS = [560, 720, 880, 1040, 1200, 1360];

export interface ExportSource {
  /** Where a hidden copy is drawn to read its styles: inside the shadow root, so the same rules apply. */
  holder: Element;
  t: Term;
  title: string;
  caption: string;
  language: string;
  background: string;
  measure: (text: string, font: string) => number;
  /** The model laid out for a drawing `width` px wide. */
  modelFor: (width: number) => Model;
}

/** Keeps a text's drawn length: in another font it is squeezed or stretched to fit, not spilled out of its box. */
function setTextLength(el: Element, length: number): void {
  el.setAttribute('textLength', String(Math.round(length * 10) / 10));
  el.setAttribute('lengthAdjust', 'spacingAndGlyphs');
}

interface Picture {
  template: SVGTemplateResult;
  width: number;
  height: number;
}

function compose(src: ExportSource, model: Model, shape: ExportShape): Picture {
  const { t, measure } = src;
  const m = model.metrics;
  const margin = 1.5 * m.size;
  const box = model.layout.box;
  const inner = Math.max(box.width, 20 * m.size);
  const view: DiagramView = { t, model, measure };
  const title = { size: 1.5 * m.size, line: 1.9 * m.size };
  const wrap = (text: string, font: string, max = inner) => wrapText(text, max, (line) => measure(line, font));
  const titleLines = wrap(src.title, `bold ${title.size}px ${m.family}`);
  const captionLines = src.caption ? wrap(src.caption, `${m.size}px ${m.family}`) : [];
  const sources = sourcesOf(model);
  const sourceLines = sources.length ? wrap(t('sources', { list: sources.join('; ') }), smallFont(m)) : [];
  const head = titleLines.length * title.line + captionLines.length * m.line + m.size;
  const keyItems = levelsIn(model).map((c) => {
    const text = t(legendKey(c));
    return { c, text, width: measure(t(c), smallFont(m)) + 3 * m.small + measure(text, smallFont(m)) + 2 * m.small };
  });
  // The key flows in rows like words.
  let kx = 0;
  let krow = 0;
  const keyAt = keyItems.map((item) => {
    if (kx && kx + item.width > inner) {
      kx = 0;
      krow++;
    }
    const at = { ...item, x: kx, row: krow };
    kx += item.width;
    return at;
  });
  const keyHeight = (krow + 1) * (m.badge + 0.5 * m.size);
  const contentHeight = head + box.height + m.size + keyHeight + sourceLines.length * 1.35 * m.small;
  const ratio = EXPORT_SHAPES[shape];
  const width = Math.max(inner + 2 * margin, (contentHeight + 2 * margin) / ratio);
  const height = width * ratio;
  const x0 = (width - inner) / 2;
  const y0 = (height - contentHeight) / 2;
  const dx = x0 + (inner - box.width) / 2 - box.x;
  const dy = y0 + head - box.y;
  const keyY = y0 + head + box.height + m.size;
  const sourcesY = keyY + keyHeight + m.small;
  const text = (cls: string, line: string, x: number, y: number) => svg`<text class=${cls} x=${x} y=${y}>${line}</text>`;
  const template = svg`<rect x="0" y="0" width=${width} height=${height} fill=${src.background}></rect>
    ${titleLines.map((line, i) => text('x-title', line, x0, y0 + (i + 0.8) * title.line))}
    ${captionLines.map((line, i) => text('x-caption', line, x0, y0 + titleLines.length * title.line + (i + 0.8) * m.line))}
    <g transform="translate(${dx} ${dy})">${diagram(view)}</g>
    ${keyAt.map(({ c, text: explanation, x, row }) => {
      const y = keyY + row * (m.badge + 0.5 * m.size);
      const badgeWidth = measure(t(c), smallFont(m)) + 2.6 * m.small;
      return svg`${badge(view, c, x0 + x, y)}${text('x-key', explanation, x0 + x + badgeWidth + 0.4 * m.small, y + m.badge / 2 + 0.35 * m.small)}`;
    })}
    ${sourceLines.map((line, i) => text('x-sources', line, x0, sourcesY + (i + 0.8) * 1.35 * m.small))}`;
  return { template, width, height };
}

/** The picture nearest the shape: staged diagrams are tried at several widths. */
function best(src: ExportSource, shape: ExportShape): Picture {
  const ratio = EXPORT_SHAPES[shape];
  const tried = new Set<object>();
  let pick: Picture | undefined;
  let score = Infinity;
  for (const width of TRIAL_WIDTHS) {
    const model = src.modelFor(width);
    // A layered (unstaged) diagram has one layout whatever the width.
    if (tried.has(model.layout)) continue;
    tried.add(model.layout);
    const picture = compose(src, model, shape);
    // Padding added to reach the shape is empty space: the less of it, the better the fit.
    const natural = picture.width * picture.height;
    const used = (model.layout.box.width + 3 * model.metrics.size) * (picture.height - 3 * model.metrics.size);
    const waste = Math.abs(1 - used / natural) + (Math.abs(ratio - picture.height / picture.width) > 0.01 ? 1 : 0);
    if (waste < score) {
      score = waste;
      pick = picture;
    }
  }
  return pick!;
}

export function pictureSVG(src: ExportSource, shape: ExportShape): string {
  const { template, width, height } = best(src, shape);
  const doc = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  doc.setAttribute('class', 'export-copy');
  src.holder.append(doc);
  try {
    render(template, doc);
    const all = [doc, ...doc.querySelectorAll<SVGElement>('*')];
    const read = all.map((el) => {
      const computed = getComputedStyle(el);
      const values = EXPORT_PROPS.map((prop) => computed.getPropertyValue(prop));
      const length = el instanceof SVGTextContentElement && !el.querySelector('tspan') ? el.getComputedTextLength() : 0;
      return [values, length] as const;
    });
    all.forEach((el, i) => {
      const [values, length] = read[i]!;
      if (el.localName !== 'svg' && !el.hasAttribute('fill')) EXPORT_PROPS.forEach((prop, k) => el.style.setProperty(prop, values[k]!));
      if (length) setTextLength(el, length);
      for (const { name } of [...el.attributes]) if (/^(class|tabindex|role|aria-.*|data-.*)$/.test(name)) el.removeAttribute(name);
    });
    const head = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    head.textContent = src.title;
    const desc = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
    desc.textContent = src.caption;
    doc.prepend(head, ...(src.caption ? [desc] : []));
    doc.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    doc.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
    doc.setAttribute('width', String(Math.round(width)));
    doc.setAttribute('height', String(Math.round(height)));
    doc.setAttribute('xml:lang', src.language);
    // Inline in a page, the picture is one image named by its <title>.
    doc.setAttribute('role', 'img');
    // Lit's template markers are comments; they mean nothing outside the widget.
    return new XMLSerializer().serializeToString(doc).replace(/<!--.*?-->/g, '');
  } finally {
    doc.remove();
  }
}

/** The picture as a PNG, `scale` device pixels per CSS pixel (above 0, up to 8; else 2). */
export async function picturePNG(svgText: string, scale: number): Promise<Blob> {
  const factor = exportScale(scale);
  // A data: URL, not a blob: one: strict Content-Security-Policies commonly allow `img-src data:` only.
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(image.naturalWidth * factor);
  canvas.height = Math.ceil(image.naturalHeight * factor);
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  return pngOf(canvas);
}
