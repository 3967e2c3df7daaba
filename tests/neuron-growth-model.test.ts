import { expect } from './support/expect.js';
import { generateNeuron } from '../src/components/neuron-growth/morphology.js';
import { mulberry32 } from '../src/components/neuron-growth/random.js';
import { countSpines, drawNeuron } from '../src/components/neuron-growth/paint.js';
import { buildModel, SCENES, sceneState, stageIndex, STRESS_LOSS } from '../src/components/neuron-growth/scene.js';
import { parseSwc, SWC_MAX_LINES } from '../src/components/neuron-growth/swc.js';

// Drawing needs a canvas: those tests run in Chromium only (in Node, for mutation testing, they are skipped).
const withCanvas = typeof OffscreenCanvas === 'undefined' ? it.skip : it;

describe('neuron-growth model', () => {
  it('gives the same random sequence for the same seed, and another for another seed', () => {
    const a = mulberry32(42), b = mulberry32(42), c = mulberry32(43);
    const seqA = [a(), a(), a()], seqB = [b(), b(), b()], seqC = [c(), c(), c()];
    expect(seqA).to.deep.equal(seqB);
    expect(seqA).not.to.deep.equal(seqC);
    seqA.forEach((v) => expect(v).to.be.within(0, 1));
  });

  it('grows the same neuron and spines from the same seed', () => {
    expect(generateNeuron(7)).to.deep.equal(generateNeuron(7));
    expect(buildModel(generateNeuron(7), 7)).to.deep.equal(buildModel(generateNeuron(7), 7));
    expect(generateNeuron(7).x).not.to.deep.equal(generateNeuron(8).x);
  });

  it('grows a pyramidal shape: soma, one apical trunk, 4–7 basal dendrites, apical reach of 340–560 µm', () => {
    for (const seed of [1, 2, 3, 4, 5, 99]) {
      const tree = generateNeuron(seed);
      expect(tree.type[0]).to.equal(1);
      const fromSoma = tree.parent.map((p, i) => (p === 0 ? tree.type[i] : 0)).filter(Boolean);
      expect(fromSoma.filter((t) => t === 4)).to.have.length(1);
      expect(fromSoma.filter((t) => t === 3).length).to.be.within(4, 7);
      const top = Math.min(...tree.y);
      expect(-top).to.be.within(340, 560);
      // Tapering: the trunk's base is thicker than any tip.
      const [, trunkBase] = tree.r;
      const tipRadii = tree.r.filter((_, i) => i > 0 && !tree.parent.includes(i));
      expect(Math.max(...tipRadii)).to.be.below(trunkBase ?? 0);
      tree.parent.forEach((p, i) => expect(p).to.be.below(i));
    }
  });

  it('has at least 2,000 dendrite pieces and spines together, with a 4,000–8,000 µm dendrite', () => {
    const m = buildModel(generateNeuron(1), 1);
    expect(m.segments.length + m.spines.length).to.be.at.least(2000);
    expect(m.segments.reduce((sum, s) => sum + s.len, 0)).to.be.within(4000, 8000);
  });

  withCanvas('draws a growing neuron frame by frame exactly as it draws each moment from scratch', () => {
    // Growth is drawn incrementally (settled pieces are kept); seeking back must start over, not reuse them.
    const pixels = (m: ReturnType<typeof buildModel>, scene: 'grow' | 'restore', t: number): string => {
      const canvas = new OffscreenCanvas(240, 200);
      const ctx = canvas.getContext('2d') as unknown as CanvasRenderingContext2D;
      drawNeuron(ctx, m, sceneState(scene, t), ['#000', '#333', '#06c'], 0, 240, 200, 1);
      return Array.from(ctx.getImageData(0, 0, 240, 200).data).join();
    };
    const played = buildModel(generateNeuron(3), 3);
    const times = [0, 0.4, 0.8, 1.5, 2.2, 3, 3.7, 4.5, 5.2, 6, 8, 2, 2.5, 7];
    let checked = 0;
    for (const t of times) {
      const frame = pixels(played, 'grow', t);
      const fresh = pixels(buildModel(generateNeuron(3), 3), 'grow', t);
      expect(frame === fresh, `grow at ${t} s`).to.equal(true);
      expect(countSpines(played, sceneState('grow', t))).to.equal(countSpines(buildModel(generateNeuron(3), 3), sceneState('grow', t)));
      checked++;
    }
    expect(checked).to.equal(times.length);
    expect(pixels(played, 'restore', 10) === pixels(buildModel(generateNeuron(3), 3), 'restore', 10)).to.equal(true);
    // And the drawing does change as it grows.
    expect(pixels(played, 'grow', 1) === pixels(played, 'grow', 3)).to.equal(false);
  });

  withCanvas('counts spines per scene over time', () => {
    const m = buildModel(generateNeuron(3), 3);
    const baseline = countSpines(m, sceneState('stress', 0));
    expect(countSpines(m, sceneState('grow', 0))).to.equal(0);
    expect(countSpines(m, sceneState('grow', 3))).to.be.within(1, baseline - 1);
    expect(countSpines(m, sceneState('grow', SCENES.grow.duration))).to.equal(baseline);
    const stressed = countSpines(m, sceneState('stress', SCENES.stress.duration));
    expect(stressed).to.equal(baseline - Math.round(STRESS_LOSS * baseline));
    // After the dose: no new spines at 2–3 h, new ones at 12–24 h, and back to 85–100% of the healthy count.
    expect(countSpines(m, sceneState('restore', 0))).to.equal(stressed);
    const early = SCENES.restore.stages.find(([id]) => id === 'early')![1];
    expect(countSpines(m, sceneState('restore', early + 1))).to.equal(stressed);
    const end = countSpines(m, sceneState('restore', SCENES.restore.duration));
    expect(end).to.be.above(stressed);
    expect(end / baseline).to.be.within(0.85, 1);
  });

  it('names the stage at each time', () => {
    expect(SCENES.restore.stages[stageIndex('restore', 0)]![0]).to.equal('dose');
    expect(SCENES.restore.stages[stageIndex('restore', 6)]![0]).to.equal('sprout');
    expect(SCENES.restore.stages[stageIndex('restore', 99)]![0]).to.equal('persist');
  });
});

describe('SWC parser', () => {
  const ok = '# comment\n1 1 0 0 0 8 -1\n2 3 10 -10 0 1 1  # inline comment\n3 4 0 50 0 1 1\n4 2 0 -5 0 1 1\n5 2 0 -50 0 1 4\n';

  it('keeps soma and dendrites, drops the axon and its subtree, and flips y so apical points up', () => {
    const { tree } = parseSwc(ok);
    expect(tree!.type).to.deep.equal([1, 3, 4]);
    expect(tree!.parent).to.deep.equal([-1, 0, 0]);
    expect(tree!.y[2]).to.equal(-50);
  });

  const cases: [string, string, RegExp][] = [
    ['a bad column count', '1 1 0 0 0 8 -1\n2 3 1 1 0 1\n', /^line 2: expected 7 columns/],
    ['a value that is not a number', '1 1 0 0 0 8 -1\n2 3 x 1 0 1 1\n', /^line 2: "x" is not a number/],
    ['a missing parent', '1 1 0 0 0 8 -1\n2 3 1 1 0 1 7\n', /^line 2: parent 7 of point 2 does not exist/],
    ['a duplicate id', '1 1 0 0 0 8 -1\n1 3 1 1 0 1 1\n', /^line 2: duplicate id 1 \(first on line 1\)/],
    ['a cycle of parents', '1 1 0 0 0 8 -1\n2 3 1 1 0 1 3\n3 3 1 1 0 1 2\n', /^line 2: point 2 is its own ancestor/],
    ['a file over the size cap', '1 1 0 0 0 8 -1\n'.repeat(SWC_MAX_LINES + 1), /^line 20001: the file has 20,002 lines; the limit is 20,000$/],
    ['no soma', '1 3 0 0 0 1 -1\n', /^line 1: the first point with parent -1 is type 3; it must be the soma, type 1$/],
  ];
  for (const [what, text, message] of cases) {
    it(`reports ${what}, naming the line`, () => {
      const { errors } = parseSwc(text);
      expect(errors).to.have.length.greaterThan(0);
      expect(errors![0]).to.match(message);
    });
  }
});
