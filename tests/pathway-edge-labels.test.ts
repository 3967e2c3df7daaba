// An arrow's own label (edges[].label) drawn on the diagram: on its line, clear of every box and of the other
// labels, in the small type, at 320, 768 and 1280 px, and in the exported picture.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/components/pathway/pathway.js';
import type { KwPathway } from '../src/components/pathway/pathway.js';
import type { PathwayData } from '../src/components/pathway/pathway-schema.js';
import { defaultPathway } from '../src/content/pathway.js';
import { settle } from './support/helpers.js';

const shadow = (el: KwPathway) => el.shadowRoot!;

async function mount(data: PathwayData | undefined, width: number, orientation = 'auto'): Promise<KwPathway> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px; font: 16px/1.6 Georgia, serif"><kw-pathway orientation=${orientation} .data=${data}></kw-pathway></div>`,
  );
  const el = wrapper.querySelector('kw-pathway')!;
  await settle(el);
  return el;
}

// A blogger's flowchart with a few words on every arrow (made up for this test).
const labelled: PathwayData = {
  nodes: [
    { id: 'k', label: 'Low-dose ketamine' },
    { id: 'n', label: 'NMDA receptors blocked' },
    { id: 'g', label: 'Glutamate surge' },
    { id: 'a', label: 'AMPA receptors activated' },
    { id: 'b', label: 'BDNF released' },
    { id: 's', label: 'New spines form' },
  ],
  edges: [
    { from: 'k', to: 'n', label: 'blocks' },
    { from: 'n', to: 'g', label: 'within minutes' },
    { from: 'g', to: 'a', label: 'turns on' },
    { from: 'a', to: 'b', label: 'leads to release' },
    { from: 'b', to: 's', label: 'over hours to days, in mice' },
    { from: 'a', to: 's', label: 'faster path?' },
  ],
};

type Rect = { left: number; right: number; top: number; bottom: number };
const apart = (a: Rect, b: Rect, gap = 1) => a.right + gap <= b.left || b.right + gap <= a.left || a.bottom + gap <= b.top || b.bottom + gap <= a.top;
const inside = (inner: Rect, outer: Rect) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

/** True when the polyline of an edge's `d` ("Mx,yLx,y…") passes through the box, in diagram units. */
function crosses(d: string, box: DOMRect): boolean {
  const points = d.slice(1).split('L').map((p) => p.split(',').map(Number) as [number, number]);
  for (let k = 1; k < points.length; k++) {
    const [x0, y0] = points[k - 1]!;
    const [x1, y1] = points[k]!;
    for (let t = 0; t <= 1; t += 1 / 200) {
      const [x, y] = [x0 + t * (x1 - x0), y0 + t * (y1 - y0)];
      if (x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height) return true;
    }
  }
  return false;
}

function checkLabels(el: KwPathway, count: number): void {
  const root = shadow(el);
  const boxes = [...root.querySelectorAll('svg.diagram .edge-label-box')];
  expect(boxes, 'every labelled arrow shows its label').to.have.length(count);
  const nodes = [...root.querySelectorAll('svg.diagram g.node .box')].map((box) => box.getBoundingClientRect());
  const rects = boxes.map((box) => box.getBoundingClientRect());
  rects.forEach((rect, i) => {
    for (const node of nodes) expect(apart(rect, node), `label ${i + 1} clear of every box`).to.equal(true);
    rects.forEach((other, j) => j > i && expect(apart(rect, other), `labels ${i + 1} and ${j + 1} apart`).to.equal(true));
    const text = boxes[i]!.nextElementSibling!;
    expect(inside(text.getBoundingClientRect(), rect), `label ${i + 1}'s text inside its box`).to.equal(true);
  });
  // Each label sits over its own line, in diagram units (labels are drawn in the order of the edges).
  const labelledPaths = [...root.querySelectorAll('svg.diagram path.edge')].filter((p) => p.querySelector('title')).map((p) => p.getAttribute('d')!);
  (boxes as SVGRectElement[]).forEach((box, i) => expect(crosses(labelledPaths[i]!, box.getBBox()), `label ${i + 1} over its line`).to.equal(true));
}

describe('<kw-pathway> arrow labels on the diagram', () => {
  afterEach(async () => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 768, 1280]) {
    it(`draws every label of a flowchart on its line, clear of the boxes and of each other (${width} px)`, async () => {
      await setViewport({ width: width + 40, height: 900 });
      checkLabels(await mount(labelled, width), labelled.edges!.length);
    });

    it(`draws the built-in "Inferred" note on its arrow, clear of the boxes and the stage labels (${width} px)`, async () => {
      await setViewport({ width: width + 40, height: 900 });
      const el = await mount(undefined, width);
      checkLabels(el, defaultPathway.edges.filter((e) => e.label).length);
      const bands = [...shadow(el).querySelectorAll('svg.diagram .band')].map((b) => b.getBoundingClientRect());
      for (const box of shadow(el).querySelectorAll('.edge-label-box')) for (const band of bands) expect(apart(box.getBoundingClientRect(), band)).to.equal(true);
    });
  }

  it('draws labels clear of the boxes top to bottom as well', async () => {
    checkLabels(await mount(labelled, 500, 'vertical'), labelled.edges!.length);
  });

  it('sets the label in the small type of the badges, with a background', async () => {
    const el = await mount(labelled, 1000);
    const label = shadow(el).querySelector('svg.diagram .edge-label')!;
    const badge = shadow(el).querySelector('svg.diagram .badge-text')!;
    expect(getComputedStyle(label).fontSize).to.equal(getComputedStyle(badge).fontSize);
    expect(label.textContent).to.equal('blocks');
    const box = shadow(el).querySelector('svg.diagram .edge-label-box')!;
    expect(getComputedStyle(box).fill).to.not.equal('none');
  });

  it('keeps a long label to three lines on the diagram, the whole text in the tooltip', async () => {
    const text = 'A long note on an arrow, with so many words that it can never fit in three short lines of the small type at all';
    const el = await mount({ nodes: [{ id: 'a', label: 'One' }, { id: 'b', label: 'Two' }], edges: [{ from: 'a', to: 'b', label: text }] }, 1000);
    const tspans = [...shadow(el).querySelectorAll('svg.diagram .edge-label tspan')].map((t) => t.textContent!);
    expect(tspans).to.have.length(3);
    expect(tspans[2]).to.match(/…$/);
    expect(shadow(el).querySelector('svg.diagram path.edge title')!.textContent).to.equal(text);
  });

  it('draws the labels in the exported picture too', async () => {
    const el = await mount(labelled, 1000);
    const doc = new DOMParser().parseFromString(el.toSVG('wide'), 'image/svg+xml').documentElement;
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent!.trim());
    for (const words of ['blocks', 'within minutes', 'turns on', 'faster path?']) expect(texts).to.include(words);
    const box = doc.querySelector('rect[rx]:not([fill])');
    expect(box).to.not.equal(null);
  });
});
