// The generated neuron's shape (morphology.ts): its skeleton, where the carrier points may lie, and the Cuntz
// wiring rule checked on the finished tree (every point joins the tree where `distance + 0.4 · path` is least).
import { expect } from './support/expect.js';
import { generateNeuron, type Tree } from '../src/components/neuron-growth/morphology.js';

const seeds = [1, 2, 3, 7, 11, 2024];
const at = (values: number[], i: number) => values[i] ?? NaN;

/** The skeleton of a generated tree: trunk points (1…top), the tuft fork, the stems, and its lean. */
function skeletonOf(tree: Tree) {
  let top = 1;
  while (tree.type[top + 1] === 4 && tree.parent[top + 1] === top) top++;
  const stems: number[] = [];
  for (let i = top + 1; tree.parent[i] === 0; i++) stems.push(i);
  const fork = at(tree.y, top);
  return { trunk: Array.from({ length: top }, (_, k) => k + 1), top, fork, lean: -at(tree.x, top) / fork, stems, end: top + stems.length + 1 };
}

/** Path length from the soma of every point. */
function pathsOf(tree: Tree): number[] {
  const path: number[] = [0];
  for (let i = 1; i < tree.x.length; i++) {
    const p = at(tree.parent, i);
    path[i] = at(path, p) + Math.hypot(at(tree.x, i) - at(tree.x, p), at(tree.y, i) - at(tree.y, p));
  }
  return path;
}

describe('generated neuron: skeleton', () => {
  it('raises a nearly straight apical trunk in 22 µm steps to a tuft fork 340–440 µm up', () => {
    for (const seed of seeds) {
      const tree = generateNeuron(seed);
      const { trunk, top, fork, lean } = skeletonOf(tree);
      expect(fork).to.be.within(-440, -340);
      expect(Math.abs(lean)).to.be.below(0.1);
      trunk.slice(0, -1).forEach((i, k) => {
        expect(tree.y[i]).to.equal(-12 - 22 * k);
        expect(Math.abs(at(tree.x, i) + lean * at(tree.y, i)), `seed ${seed}, trunk point ${k}`).to.be.below(2);
      });
      expect(at(tree.y, top - 1) - fork).to.be.within(0, 22);
      trunk.forEach((i) => expect([tree.type[i], tree.parent[i]]).to.deep.equal([4, i - 1]));
    }
  });

  it('leans the trunk either way, and jitters it by up to 2 µm', () => {
    const leans = seeds.map((seed) => skeletonOf(generateNeuron(seed)).lean);
    expect(leans.some((l) => l > 0.01) && leans.some((l) => l < -0.01)).to.equal(true);
    const jitter = seeds.flatMap((seed) => {
      const tree = generateNeuron(seed);
      const { trunk, lean } = skeletonOf(tree);
      return trunk.slice(0, -1).map((i) => at(tree.x, i) + lean * at(tree.y, i));
    });
    expect(Math.max(...jitter)).to.be.above(1.5);
    expect(Math.min(...jitter)).to.be.below(-1.5);
  });

  it('starts 4–7 basal stems 15 µm from the soma, fanned evenly around straight down', () => {
    const counts = new Set<number>();
    for (let seed = 1; seed <= 40; seed++) {
      const tree = generateNeuron(seed);
      const { stems } = skeletonOf(tree);
      counts.add(stems.length);
      // Measured from +x through straight down (π/2), so the fan does not wrap at ±π.
      const angles = stems.map((i) => Math.atan2(at(tree.y, i), at(tree.x, i))).map((a) => (a < -Math.PI / 2 ? a + 2 * Math.PI : a));
      stems.forEach((i) => {
        expect(Math.hypot(at(tree.x, i), at(tree.y, i))).to.be.closeTo(15, 1e-9);
        expect(tree.type[i]).to.equal(3);
      });
      const spacing = 4.4 / stems.length;
      angles.slice(1).forEach((a, k) => expect(a - at(angles, k)).to.be.within(spacing - 0.4, spacing + 0.4));
      const mean = angles.reduce((sum, a) => sum + a, 0) / angles.length;
      expect(mean).to.be.closeTo(Math.PI / 2, 0.2);
    }
    expect([...counts].sort()).to.deep.equal([4, 5, 6, 7]);
  });
});

describe('generated neuron: where branches grow', () => {
  it('spreads basal branches 28–175 µm out (a flattened disc), never straight up from the soma', () => {
    for (const seed of seeds) {
      const tree = generateNeuron(seed);
      const { end } = skeletonOf(tree);
      const basal = tree.type.map((_, i) => i).filter((i) => i >= end && tree.type[i] === 3);
      expect(basal.length).to.be.within(120, 140);
      for (const i of basal) {
        const [x, y] = [at(tree.x, i), at(tree.y, i) / 0.9];
        expect(Math.hypot(x, y)).to.be.within(28, 175);
        // 2.5 rad either side of straight down leaves a gap of 0.64 rad either side of straight up.
        const fromUp = Math.abs(Math.atan2(y, x) + Math.PI / 2);
        expect(fromUp).to.be.at.least(Math.PI - 2.5 - 1e-9);
      }
    }
  });

  it('grows oblique branches 15–125 µm beside the trunk and a tuft in a cone above the fork, up to the pia', () => {
    for (const seed of seeds) {
      const tree = generateNeuron(seed);
      const { end, fork, lean, top } = skeletonOf(tree);
      const topX = at(tree.x, top);
      const height = 120 - fork;
      const apical = tree.type.map((_, i) => i).filter((i) => i >= end && tree.type[i] === 4);
      let oblique = 0;
      let tuft = 0;
      for (const i of apical) {
        const [x, y] = [at(tree.x, i), at(tree.y, i)];
        if (y > fork) {
          oblique++;
          expect(y).to.be.within(fork + 40, -45);
          expect(Math.abs(x + lean * y)).to.be.within(15, 125);
        } else {
          tuft++;
          expect(y).to.be.within(-height, fork - 8);
          expect(Math.abs(x - topX)).to.be.below(30 + (95 * (fork - y)) / 120);
        }
      }
      expect(oblique).to.be.within(40, 65);
      expect(tuft).to.be.within(40, 70);
    }
  });

  it('puts oblique branches on both sides of the trunk, and widens the tuft to over 70 µm either side of the fork', () => {
    for (const seed of seeds) {
      const tree = generateNeuron(seed);
      const { end, fork, lean, top } = skeletonOf(tree);
      const apical = tree.type.map((_, i) => i).filter((i) => i >= end && tree.type[i] === 4);
      const beside = apical.filter((i) => at(tree.y, i) > fork).map((i) => at(tree.x, i) + lean * at(tree.y, i));
      expect(beside.filter((d) => d < 0).length, `seed ${seed}: left`).to.be.above(5);
      expect(beside.filter((d) => d > 0).length, `seed ${seed}: right`).to.be.above(5);
      const spread = apical.filter((i) => at(tree.y, i) < fork).map((i) => at(tree.x, i) - at(tree.x, top));
      expect(Math.max(...spread), `seed ${seed}`).to.be.above(70);
      expect(Math.min(...spread), `seed ${seed}`).to.be.below(-70);
    }
  });
});

describe('generated neuron: the Cuntz wiring rule', () => {
  for (const seed of [1, 7]) {
    it(`joins each point where distance + 0.4 · path is least, cheapest point first (seed ${seed})`, () => {
      const tree = generateNeuron(seed);
      const { end } = skeletonOf(tree);
      const path = pathsOf(tree);
      const n = tree.x.length;
      // The cost of joining point j to the tree as it was before point i joined (nodes 1…i−1 of j's type).
      const costBefore = (i: number, j: number): { cost: number; via: number } => {
        let best = { cost: Infinity, via: -1 };
        for (let q = 1; q < i; q++) {
          if (tree.type[q] !== tree.type[j]) continue;
          const distance = Math.hypot(at(tree.x, j) - at(tree.x, q), at(tree.y, j) - at(tree.y, q));
          const cost = distance + 0.4 * at(path, q);
          if (distance < 60 && cost < best.cost) best = { cost, via: q };
        }
        return best;
      };
      for (let i = end; i < n; i++) {
        const { cost, via } = costBefore(i, i);
        expect(tree.parent[i], `point ${i}`).to.equal(via);
        for (let j = i + 1; j < n; j += 3) expect(cost, `point ${i} before ${j}`).to.be.at.most(costBefore(i, j).cost + 1e-9);
      }
    });
  }
});
