// The neuron's model rules (scene.ts) checked on small hand-made trees, where each rule can be seen exactly, and
// on generated neurons, where the random choices add up to the shares the brief gives.
import { expect } from './support/expect.js';
import { generateNeuron, type Tree } from '../src/components/neuron-growth/morphology.js';
import { buildModel, clamp01, SCENES, sceneState, stageIndex, STRESS_LOSS, type Model, type SceneName, type Spine } from '../src/components/neuron-growth/scene.js';
import { neuronGrowthStrings } from '../src/content/neuron-growth.js';

/** A tree from points [x, y, r, parent, type]; point 0 is the soma. */
const treeFrom = (points: [number, number, number, number, number][]): Tree => ({
  x: points.map((p) => p[0]),
  y: points.map((p) => p[1]),
  r: points.map((p) => p[2]),
  parent: points.map((p) => p[3]),
  type: points.map((p) => p[4]),
});
/** A soma at the origin and one straight basal dendrite along +x, a point every `step` µm up to `length`. */
const straight = (length: number, step = 20, radius = 1): Tree => {
  const points: [number, number, number, number, number][] = [[0, 0, 8, -1, 1]];
  for (let x = step, i = 0; x <= length; x += step, i++) points.push([x, 0, radius, i, 3]);
  return treeFrom(points);
};
const original = (m: Model): Spine[] => m.spines.filter((s) => s.born === -1);
const sprouted = (m: Model): Spine[] => m.spines.filter((s) => s.born !== -1);
const lostOf = (m: Model): Spine[] => original(m).filter((s) => s.loss < 2);
const share = (part: number, whole: number): number => part / whole;
// Built inside each test, never when the file loads: Stryker counts code run at load as covered by no test.
const models = (): Model[] => [1, 2, 3].map((seed) => buildModel(generateNeuron(seed), seed));
const all = <T>(pick: (m: Model) => T[], list = models()): T[] => list.flatMap(pick);

describe('neuron model: dendrite pieces', () => {
  it('cuts a dendrite into straight pieces of at most 5 µm that follow each other from the soma', () => {
    const m = buildModel(straight(200), 1, false);
    expect(m.segments).to.have.length(40);
    m.segments.forEach((s, i) => {
      expect(s.len).to.be.closeTo(5, 1e-9);
      expect(s.start).to.be.closeTo(5 * i, 1e-9);
      expect([s.x, s.ex]).to.deep.equal([5 * i, 5 * i + 5]);
      expect([s.y, s.ey]).to.deep.equal([0, 0]);
    });
    expect(m.maxPath).to.be.closeTo(200, 1e-9);
  });

  it('gives an edge ceil(length / 5) equal pieces, and a zero-length edge one empty piece', () => {
    const m = buildModel(treeFrom([[0, 0, 8, -1, 1], [12, 0, 1, 0, 3], [12, 0, 1, 1, 3]]), 1, false);
    expect(m.segments.map((s) => s.len)).to.have.length(4);
    m.segments.slice(0, 3).forEach((s) => expect(s.len).to.be.closeTo(4, 1e-9));
    expect(m.segments[3]?.len).to.equal(0);
    expect(m.segments[3]?.start).to.be.closeTo(12, 1e-9);
  });

  it('gives each piece the radius at its middle, tapering linearly; a stem takes its own radius, not the soma\'s', () => {
    const m = buildModel(treeFrom([[0, 0, 8, -1, 1], [10, 0, 2, 0, 3], [20, 0, 1, 1, 3]]), 1, false);
    expect(m.segments.map((s) => s.r)).to.deep.equal([2, 2, 1.75, 1.25]);
  });

  it('follows the points of a tree in any direction, and continues where the parent ended', () => {
    const m = buildModel(treeFrom([[0, 0, 8, -1, 1], [0, -10, 1, 0, 4], [10, -10, 1, 1, 4]]), 1, false);
    expect(m.segments.map((s) => [s.x, s.y, s.ex, s.ey])).to.deep.equal([[0, 0, 0, -5], [0, -5, 0, -10], [0, -10, 5, -10], [5, -10, 10, -10]]);
    expect(m.segments.map((s) => s.start)).to.deep.equal([0, 5, 10, 15]);
  });

  it('draws no piece to a point of the soma, nor from a second root', () => {
    // Points 1 (soma outline) and 2 (second root) give nothing; 3 hangs from the outline and starts a dendrite.
    const m = buildModel(treeFrom([[0, 0, 8, -1, 1], [4, 0, 3, 0, 1], [50, 50, 1, -1, 3], [4, 5, 1.5, 1, 3]]), 1, false);
    expect(m.segments.map((s) => [s.x, s.y, s.ex, s.ey, s.r])).to.deep.equal([[4, 0, 4, 5, 1.5]]);
  });

  it('bends branches gently with wiggle, within 7 µm of the straight line, and still reaches every point', () => {
    const tree = straight(200);
    for (const seed of [1, 2, 3, 4]) {
      const m = buildModel(tree, seed);
      expect(m.segments.some((s) => Math.abs(s.ey) > 0.1)).to.equal(true);
      m.segments.forEach((s) => expect(Math.abs(s.ey)).to.be.below(7));
      for (let x = 20; x <= 200; x += 20) {
        const end = m.segments.find((s) => Math.abs(s.ex - x) < 1e-6);
        expect(end, `point at ${x}`).to.not.equal(undefined);
        expect(end?.ey).to.be.closeTo(0, 1e-9);
      }
      // Each piece starts where the last one ended, and the path adds up the pieces.
      m.segments.slice(1).forEach((s, i) => {
        const before = m.segments[i];
        expect(Math.hypot(s.x - (before?.ex ?? NaN), s.y - (before?.ey ?? NaN))).to.be.below(1e-9);
        expect(s.start).to.be.closeTo((before?.start ?? NaN) + (before?.len ?? NaN), 1e-9);
      });
    }
  });

  it('bends a branch by a bow of up to a tenth of its length (5 µm at most) and an S-sway of up to a twentieth (2 µm), square to it', () => {
    // 20 µm edges in 5 µm pieces: the piece ends at ¼, ½ and ¾ show the bow b and sway w: ½ → b, ¼ → b·sin 45° + w, ¾ → b·sin 45° − w.
    const bows: number[] = [];
    const sways: number[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const m = buildModel(straight(400), seed);
      for (let e = 0; e < 20; e++) {
        const [quarter, half, threeQuarters] = [0, 1, 2].map((k) => m.segments[4 * e + k]?.ey ?? NaN);
        const bow = half ?? NaN;
        const sway = (quarter ?? NaN) - bow * Math.SQRT1_2;
        expect(threeQuarters).to.be.closeTo(bow * Math.SQRT1_2 - sway, 1e-9);
        bows.push(bow);
        sways.push(sway);
      }
    }
    const spread = (values: number[], limit: number) => {
      values.forEach((v) => expect(Math.abs(v)).to.be.at.most(limit + 1e-9));
      expect(Math.max(...values)).to.be.above(0.7 * limit);
      expect(Math.min(...values)).to.be.below(-0.7 * limit);
    };
    spread(bows, 2);
    spread(sways, 1);
    // On a slanted edge the bend is square to it.
    for (const seed of [1, 2, 3]) {
      const m = buildModel(treeFrom([[0, 0, 8, -1, 1], [30, 40, 1, 0, 3]]), seed);
      // Ten pieces: the fifth ends halfway, where the straight line is at (15, 20).
      const middle = m.segments[4];
      const [ox, oy] = [(middle?.ex ?? NaN) - 15, (middle?.ey ?? NaN) - 20];
      expect(Math.hypot(ox, oy)).to.be.above(0.01);
      expect(ox * 0.6 + oy * 0.8).to.be.closeTo(0, 1e-9);
    }
  });

  it('gives one unbranched branch one stress susceptibility in 0.2–1.8, and each branch after a fork its own', () => {
    const fork = treeFrom([[0, 0, 8, -1, 1], [20, 0, 1, 0, 3], [40, 0, 1, 1, 3], [60, 10, 1, 2, 3], [60, -10, 1, 2, 3], [80, -10, 1, 4, 3]]);
    for (const seed of [1, 2, 3, 4, 5]) {
      const m = buildModel(fork, seed, false);
      const k = m.segments.map((s) => s.k);
      // Pieces 0–7 lead to the fork, 8–12 go to point 3, 13–22 to point 5 through point 4.
      expect(new Set(k.slice(0, 8)).size).to.equal(1);
      expect(new Set(k.slice(13)).size).to.equal(1);
      expect(new Set([k[0], k[8], k[13]]).size).to.equal(3);
      k.forEach((v) => expect(v).to.be.within(0.2, 1.8));
    }
    // A lone stem from the soma draws its own susceptibility too (the soma has none to pass on).
    expect(new Set([1, 2, 3, 4, 5].map((seed) => buildModel(straight(40), seed, false).segments[0]?.k)).size).to.equal(5);
  });

  it('keeps the soma at its point with a radius held to 5–20 µm, and bounds the drawing with 8 µm to spare', () => {
    expect(buildModel(treeFrom([[3, 4, 30, -1, 1]]), 1).soma).to.deep.equal([3, 4, 20]);
    expect(buildModel(treeFrom([[3, 4, 2, -1, 1]]), 1).soma).to.deep.equal([3, 4, 5]);
    expect(buildModel(treeFrom([[3, 4, 7, -1, 1]]), 1).soma).to.deep.equal([3, 4, 7]);
    const lone = buildModel(treeFrom([[3, 4, 7, -1, 1]]), 1);
    expect(lone.bounds).to.deep.equal([3 - 14 - 8, 4 - 14 - 8, 3 + 14 + 8, 4 + 14 + 8]);
    expect(lone.maxPath).to.equal(1);
    const m = buildModel(treeFrom([[0, 0, 8, -1, 1], [0, -100, 1, 0, 4], [-50, 30, 1, 0, 3], [60, 0, 1, 0, 3]]), 1, false);
    expect(m.bounds).to.deep.equal([-58, -108, 68, 30 + 8]);
    expect(m.maxPath).to.be.closeTo(100, 1e-9);
  });

  it('draws an empty tree as a default soma', () => {
    const m = buildModel({ x: [], y: [], r: [], parent: [], type: [] }, 1);
    expect(m.soma).to.deep.equal([0, 0, 5]);
    expect(m.segments).to.deep.equal([]);
    expect(m.spines).to.deep.equal([]);
  });
});

describe('neuron model: spines', () => {
  it('places about one spine every 5 µm (0.2/µm), none in the first 14 µm from the soma', () => {
    const m = buildModel(straight(1000), 5, false);
    const spines = original(m);
    expect(spines.length).to.be.within(0.2 * 986 * 0.85, 0.2 * 986 * 1.15);
    spines.forEach((s) => expect(s.path).to.be.at.least(14));
    const paths = spines.map((s) => s.path).sort((a, b) => a - b);
    paths.slice(1).forEach((p, i) => expect(p - (paths[i] ?? NaN)).to.be.within(1.5 - 1e-9, 8.5 + 1e-9));
    expect(paths[0]).to.be.below(14 + 8.5);
  });

  it('puts each spine on its dendrite piece, pointing sideways (within 0.5 rad of square), on both sides', () => {
    const tree = treeFrom([[0, 0, 8, -1, 1], [300, 400, 1, 0, 3]]);
    const m = buildModel(tree, 2, false);
    const [ux, uy] = [0.6, 0.8];
    const spines = original(m);
    spines.forEach((s) => {
      const along = (s.x - s.seg.x) * ux + (s.y - s.seg.y) * uy;
      expect(along).to.be.within(-1e-9, s.seg.len + 1e-9);
      expect(s.path).to.be.closeTo(s.seg.start + along, 1e-9);
      // On the line of the dendrite, at its radius.
      expect(Math.abs((s.x - s.seg.x) * uy - (s.y - s.seg.y) * ux)).to.be.below(1e-9);
      expect(s.r).to.equal(s.seg.r);
      expect(Math.hypot(s.dx, s.dy)).to.be.closeTo(1, 1e-9);
      expect(Math.abs(s.dx * ux + s.dy * uy)).to.be.at.most(Math.sin(0.5) + 1e-9);
    });
    const sides = spines.map((s) => Math.sign(s.dx * uy - s.dy * ux));
    expect(share(sides.filter((v) => v > 0).length, sides.length)).to.be.within(0.3, 0.7);
    // Tilted either way along the dendrite, by various angles.
    const tilts = spines.map((s) => Math.asin(s.dx * ux + s.dy * uy));
    expect(Math.max(...tilts)).to.be.above(0.4);
    expect(Math.min(...tilts)).to.be.below(-0.4);
  });

  it('mixes shapes about 60 % thin, 25 % mushroom, 10 % stubby and 5 % filopodia, each in its range', () => {
    const spines = all(original);
    const count = (from: number, to: number) => spines.filter((s) => s.sigma >= from && s.sigma < to).length;
    const [thin, mushroom, stubby, filopodia] = [count(0.25, 0.42), count(0.86, 1), count(0.58, 0.72), count(0, 0.1)];
    expect(thin + mushroom + stubby + filopodia).to.equal(spines.length);
    expect(share(thin, spines.length)).to.be.within(0.56, 0.64);
    expect(share(mushroom, spines.length)).to.be.within(0.21, 0.29);
    expect(share(stubby, spines.length)).to.be.within(0.07, 0.13);
    expect(share(filopodia, spines.length)).to.be.within(0.03, 0.07);
    // A spine that was there from the start keeps its shape and never vanishes.
    spines.forEach((s) => expect([s.end, s.mature, s.gone]).to.deep.equal([s.sigma, 2, 2]));
  });
});

describe('neuron model: stress', () => {
  it(`loses exactly ${STRESS_LOSS * 100} % of the spines, each at a moment before the end of the stress`, () => {
    for (const m of models()) {
      const spines = original(m);
      expect(lostOf(m)).to.have.length(Math.round(STRESS_LOSS * spines.length));
      lostOf(m).forEach((s) => expect(s.loss).to.be.within(0, 0.92));
    }
    const m = buildModel(straight(100), 3, false);
    expect(lostOf(m)).to.have.length(Math.round(STRESS_LOSS * original(m).length));
  });

  it('loses mushroom spines about three times as often as others, and distal spines more than proximal ones', () => {
    const list = models();
    const spines = all(original, list);
    const lossRate = (list: Spine[]) => share(list.filter((s) => s.loss < 2).length, list.length);
    const mushroom = lossRate(spines.filter((s) => s.sigma > 0.8));
    const others = lossRate(spines.filter((s) => s.sigma <= 0.8));
    expect(mushroom / others).to.be.within(1.8, 4);
    const distal = lossRate(all((m) => original(m).filter((s) => s.path > 0.6 * m.maxPath), list));
    const proximal = lossRate(all((m) => original(m).filter((s) => s.path < 0.3 * m.maxPath), list));
    expect(distal / proximal).to.be.above(1.5);
  });

  it('loses more spines on a susceptible branch than on a resistant one', () => {
    const spines = all(original);
    const lossRate = (list: Spine[]) => share(list.filter((s) => s.loss < 2).length, list.length);
    expect(lossRate(spines.filter((s) => s.seg.k > 1.4)) / lossRate(spines.filter((s) => s.seg.k < 0.6))).to.be.above(1.5);
  });

  it('retracts about half of the far tips by 8–25 µm, removing their spines from the tip inward', () => {
    // One tip 200 µm out, one 50 µm out (under 55 % of the longest path: it never retracts).
    const tree = treeFrom([[0, 0, 8, -1, 1], [100, 0, 1, 0, 3], [200, 0, 1, 1, 3], [0, 50, 1, 0, 3]]);
    let retracted = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const m = buildModel(tree, seed, false);
      const far = m.segments.filter((s) => s.ex > 0);
      const near = m.segments.filter((s) => s.ex === 0);
      near.forEach((s) => expect([s.tip, s.cut]).to.deep.equal([1e9, 0]));
      const cut = far[0]?.cut ?? NaN;
      far.forEach((s) => expect(s.cut).to.equal(cut));
      if (!cut) continue;
      retracted++;
      expect(cut).to.be.within(8, 25);
      far.forEach((s) => expect(s.tip).to.be.closeTo(200, 1e-9));
      // Every spine within `cut` of the tip goes, the one nearest the tip first.
      const beyond = original(m).filter((s) => s.seg.ex > 0 && s.path > 200 - cut);
      beyond.forEach((s) => expect(s.loss).to.be.closeTo((0.9 * (200 - s.path)) / cut, 1e-9));
      const order = beyond.sort((a, b) => b.path - a.path).map((s) => s.loss);
      expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    }
    expect(retracted).to.be.within(40, 80);
  });

  it('never retracts a tip past 80 % of the way back to its last fork', () => {
    // The fork is 10 µm before both tips, so a tip pulls back at most 8 µm.
    const tree = treeFrom([[0, 0, 8, -1, 1], [190, 0, 1, 0, 3], [200, 0, 1, 1, 3], [190, 10, 1, 1, 3]]);
    const cuts = new Set<number>();
    for (let seed = 1; seed <= 40; seed++) {
      const m = buildModel(tree, seed, false);
      m.segments.filter((s) => s.start < 190 - 1e-9).forEach((s) => expect(s.cut).to.equal(0));
      m.segments.filter((s) => s.cut).forEach((s) => cuts.add(Math.round(s.cut * 1e6) / 1e6));
    }
    expect([...cuts]).to.deep.equal([8]);
  });

  it('on a generated neuron, retracts only tips beyond 55 % of the longest path, and about half of them', () => {
    for (const m of models()) {
      const cutTips = new Set(m.segments.filter((s) => s.cut).map((s) => s.tip));
      cutTips.forEach((tip) => expect(tip).to.be.at.least(0.55 * m.maxPath));
      m.segments.filter((s) => s.cut).forEach((s) => expect(s.start).to.be.below(s.tip));
      expect(cutTips.size).to.be.above(2);
    }
  });
});

describe('neuron model: regrowth after the dose', () => {
  it('sprouts a new spine near about 60 % of the lost ones, 0.5–3 µm away on the same piece', () => {
    const list = models();
    const [sprouts, lostCount] = [all(sprouted, list), all(lostOf, list).length];
    let near = 0;
    for (const m of list) {
      const lost = lostOf(m);
      for (const s of sprouted(m)) {
        const site = lost.find((p) => p.seg === s.seg && Math.abs(p.path - s.path) <= 3 + 1e-9 && (Math.abs(p.path - s.path) >= 0.5 - 1e-9 || s.path === s.seg.start || s.path === s.seg.start + s.seg.len));
        if (site) near++;
      }
    }
    expect(share(near, lostCount)).to.be.within(0.5, 0.72);
    // On either side of the lost spine: nearer the soma and farther out.
    const offsets = list.flatMap((m) => sprouted(m).flatMap((s) => lostOf(m).filter((p) => p.seg === s.seg && Math.abs(p.path - s.path) <= 3).map((p) => s.path - p.path)));
    expect(offsets.filter((d) => d <= -0.5).length).to.be.above(0.3 * offsets.length);
    expect(offsets.filter((d) => d >= 0.5).length).to.be.above(0.3 * offsets.length);
    // Plus about 15 % elsewhere, never on a retracting tip or near the soma.
    expect(share(sprouts.length, lostCount)).to.be.within(0.6, 0.85);
  });

  it('adds the spines elsewhere on pieces that do not retract, beyond 14 µm', () => {
    // A dendrite with no spines lost to retraction: every spine lost is sampled, and extra sprouts are on pieces past 14 µm.
    const alongs: number[] = [];
    for (let seed = 1; seed <= 20; seed++) {
      const m = buildModel(straight(400), seed, false);
      const lost = lostOf(m);
      const extra = sprouted(m).filter((s) => !lost.some((p) => p.seg === s.seg || Math.abs(p.path - s.path) <= 3 + 1e-9));
      expect(extra.length).to.be.at.most(Math.round(0.15 * lost.length));
      extra.forEach((s) => {
        expect(s.seg.cut).to.equal(0);
        expect(s.seg.start).to.be.above(14);
        alongs.push(s.path - s.seg.start);
      });
    }
    // Anywhere along their piece, not bunched at its start.
    expect(Math.max(...alongs)).to.be.above(3);
  });

  it('grows new spines as thin spines (about 70 %) or filopodia, appearing during the sprouting phase', () => {
    const sprouts = all(sprouted);
    sprouts.forEach((s) => {
      expect(s.born).to.be.within(0, 0.9);
      expect(s.sigma < 0.1 || (s.sigma >= 0.25 && s.sigma < 0.4), `σ ${s.sigma}`).to.equal(true);
    });
    expect(share(sprouts.filter((s) => s.sigma < 0.1).length, sprouts.length)).to.be.within(0.22, 0.38);
  });

  it('later matures about a third of the new thin spines toward mushroom, turns filopodia thin, and removes about 15 %', () => {
    const sprouts = all(sprouted);
    const gone = sprouts.filter((s) => s.gone < 2);
    expect(share(gone.length, sprouts.length)).to.be.within(0.09, 0.21);
    gone.forEach((s) => expect([s.gone < 0.8, s.mature, s.end]).to.deep.equal([true, 2, s.sigma]));
    const staying = sprouts.filter((s) => s.gone === 2);
    const thin = staying.filter((s) => s.sigma >= 0.25);
    const matured = thin.filter((s) => s.end !== s.sigma);
    // Of the thin spines that stay, fate 0.15–0.5 of 0.15–1: about 41 %.
    expect(share(matured.length, thin.length)).to.be.within(0.3, 0.52);
    matured.forEach((s) => {
      expect(s.end).to.be.within(0.8, 0.95);
      expect(s.mature).to.be.within(0, 0.6);
    });
    thin.filter((s) => s.end === s.sigma).forEach((s) => expect(s.mature).to.equal(2));
    staying.filter((s) => s.sigma < 0.1).forEach((s) => {
      expect(s.end).to.equal(0.33);
      expect(s.mature).to.be.within(0, 0.6);
    });
  });

  it('ends with 85–100 % of the healthy count once the new spines settle', () => {
    for (const m of models()) {
      const kept = original(m).filter((s) => s.loss === 2).length;
      const settled = sprouted(m).filter((s) => s.gone === 2).length;
      expect((kept + settled) / original(m).length).to.be.within(0.85, 1);
    }
  });
});

describe('neuron scenes: timing', () => {
  const ids = (scene: SceneName) => SCENES[scene].stages.map(([id]) => id);
  const start = (scene: SceneName, id: string) => SCENES[scene].stages.find(([stage]) => stage === id)?.[1] ?? NaN;

  it('tells each scene\'s story in its stages, each with a label, caption and tick in every language', () => {
    expect(ids('grow')).to.deep.equal(['grow', 'healthy']);
    expect(ids('stress')).to.deep.equal(['healthy', 'stress', 'stressed']);
    expect(ids('restore')).to.deep.equal(['dose', 'early', 'sprout', 'mature', 'persist']);
    expect(SCENES.compare).to.deep.equal(SCENES.restore);
    for (const table of Object.values(neuronGrowthStrings)) {
      for (const scene of Object.keys(SCENES) as SceneName[]) {
        for (const id of ids(scene)) for (const key of [`l_${id}`, `t_${id}`, `k_${id}`]) expect(table, key).to.have.property(key).that.is.a('string').and.not.empty;
      }
    }
  });

  it('starts each scene at 0 s with stages in order and lasts past its last stage', () => {
    for (const scene of Object.keys(SCENES) as SceneName[]) {
      const times = SCENES[scene].stages.map(([, t]) => t);
      expect(times[0]).to.equal(0);
      expect(times).to.deep.equal([...times].sort((a, b) => a - b));
      expect(SCENES[scene].duration).to.be.above(times.at(-1) ?? Infinity);
    }
  });

  it('names the stage that has begun, from its first second', () => {
    for (const scene of Object.keys(SCENES) as SceneName[]) {
      SCENES[scene].stages.forEach(([, t], i) => {
        expect(stageIndex(scene, t), `${scene} at ${t} s`).to.equal(i);
        if (i) expect(stageIndex(scene, t - 0.01)).to.equal(i - 1);
      });
      expect(stageIndex(scene, -1)).to.equal(0);
      expect(stageIndex(scene, SCENES[scene].duration)).to.equal(SCENES[scene].stages.length - 1);
    }
  });

  it('grows the cell with an ease-in-out until "healthy" begins', () => {
    const healthy = start('grow', 'healthy');
    expect(sceneState('grow', 0)).to.deep.equal({ grow: 0, stress: 0, sprout: 0, mature: 0, glow: 0 });
    expect(sceneState('grow', -1).grow).to.equal(0);
    expect(sceneState('grow', healthy / 2).grow).to.be.closeTo(0.5, 1e-12);
    // Slow at both ends: the first and last tenth move less than a tenth.
    expect(sceneState('grow', healthy / 10).grow).to.be.closeTo(0.028, 1e-12);
    expect(sceneState('grow', healthy * 0.9).grow).to.be.closeTo(0.972, 1e-12);
    expect(sceneState('grow', healthy).grow).to.equal(1);
    expect(sceneState('grow', SCENES.grow.duration)).to.deep.equal({ grow: 1, stress: 0, sprout: 0, mature: 0, glow: 0 });
  });

  it('removes spines steadily from the start of "stress" to the start of "stressed"', () => {
    const [from, to] = [start('stress', 'stress'), start('stress', 'stressed')];
    expect(sceneState('stress', 0)).to.deep.equal({ grow: 1, stress: 0, sprout: 0, mature: 0, glow: 0 });
    expect(sceneState('stress', from).stress).to.equal(0);
    expect(sceneState('stress', (from + to) / 2).stress).to.be.closeTo(0.5, 1e-12);
    expect(sceneState('stress', from + (to - from) / 4).stress).to.be.closeTo(0.25, 1e-12);
    expect(sceneState('stress', to).stress).to.equal(1);
    expect(sceneState('stress', SCENES.stress.duration)).to.deep.equal({ grow: 1, stress: 1, sprout: 0, mature: 0, glow: 0 });
  });

  for (const scene of ['restore', 'compare'] as const) {
    it(`${scene}: glows during "dose", sprouts from "sprout", matures from "mature" and is settled by "persist"`, () => {
      expect(sceneState(scene, 0)).to.deep.equal({ grow: 1, stress: 1, sprout: 0, mature: 0, glow: 0 });
      const early = start(scene, 'early');
      expect(sceneState(scene, early / 2).glow).to.be.closeTo(1, 1e-12);
      expect(sceneState(scene, early / 4).glow).to.be.closeTo(Math.SQRT1_2, 1e-12);
      expect(sceneState(scene, early - 1e-9).glow).to.be.closeTo(0, 1e-6);
      expect(sceneState(scene, early).glow).to.equal(0);
      expect(sceneState(scene, 10).glow).to.equal(0);
      const [sprout, mature, persist] = [start(scene, 'sprout'), start(scene, 'mature'), start(scene, 'persist')];
      expect(sceneState(scene, sprout).sprout).to.equal(0);
      expect(sceneState(scene, sprout + 1).sprout).to.be.above(0);
      expect(sceneState(scene, (sprout + mature) / 2).sprout).to.be.closeTo(0.5 * (mature - sprout) / 3.5, 1e-12);
      expect(sceneState(scene, mature).sprout).to.equal(1);
      expect(sceneState(scene, mature).mature).to.equal(0);
      expect(sceneState(scene, (mature + persist) / 2).mature).to.be.closeTo(0.5, 1e-12);
      expect(sceneState(scene, persist)).to.deep.equal({ grow: 1, stress: 1, sprout: 1, mature: 1, glow: 0 });
    });
  }

  it('holds values to 0–1', () => {
    expect([clamp01(-0.5), clamp01(0), clamp01(0.3), clamp01(1), clamp01(7)]).to.deep.equal([0, 0, 0.3, 1, 1]);
  });
});
