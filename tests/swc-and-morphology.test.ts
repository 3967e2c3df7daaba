import { expect } from './support/expect.js';
import { generateNeuron, type Tree } from '../src/components/neuron-growth/morphology.js';
import { mulberry32 } from '../src/components/neuron-growth/random.js';
import { parseSwc, SWC_MAX_LENGTH, SWC_MAX_LINES } from '../src/components/neuron-growth/swc.js';

const SOMA = '1 1 0 0 0 8 -1';
const treeOf = (text: string): Tree => {
  const { tree, errors } = parseSwc(text);
  if (!tree) throw new Error(`expected a tree, got ${errors.join('; ')}`);
  return tree;
};
const errorsOf = (text: string): string[] => parseSwc(text).errors ?? [];

describe('SWC parser: what an author sees', () => {
  it('names the line and the column count of a short row, and ignores columns after the seventh (.eswc)', () => {
    expect(errorsOf(`${SOMA}\n2 3 1 1 0 1`)).to.deep.equal(['line 2: expected 7 columns (n T x y z R P), found 6']);
    expect(treeOf(`${SOMA} 0 0 0 0\n2 3 1 1 0 1 1 9 x 0 0`).x).to.deep.equal([0, 1]);
  });

  it('quotes a value that is not a number, cut to 20 characters; Infinity is not a number, 1e1 is', () => {
    expect(errorsOf(`${SOMA}\n2 3 abcdefghijklmnopqrstuvwxyz 1 0 1 1`)).to.deep.equal(['line 2: "abcdefghijklmnopqrst" is not a number']);
    expect(errorsOf(`${SOMA}\n2 3 Infinity 1 0 1 1`)).to.deep.equal(['line 2: "Infinity" is not a number']);
    expect(treeOf(`${SOMA}\n2 3 1e1 1 0 1 1`).x).to.deep.equal([0, 10]);
  });

  it('accepts ids from 1 and a parent of -1 or an id; rejects 0, fractions and other negatives', () => {
    const rule = "ids must be whole numbers from 1, and a parent is -1 or another point's id";
    for (const row of ['0 3 1 1 0 1 1', '2.5 3 1 1 0 1 1', '2 3 1 1 0 1 1.5', '2 3 1 1 0 1 0', '2 3 1 1 0 1 -2', '-1 3 1 1 0 1 1']) {
      expect(errorsOf(`${SOMA}\n${row}`), row).to.deep.equal([`line 2: ${rule}`]);
    }
    expect(treeOf(`${SOMA}\n2 3 1 1 0 1 1`).parent).to.deep.equal([-1, 0]);
  });

  it('counts lines across comments, blank lines and \\r\\n or \\r endings', () => {
    expect(errorsOf(`# header\r\n\r\n${SOMA}\r\n2 3 1 1 0 1 1\r\n2 3 1 1 0 1 1`)).to.deep.equal(['line 5: duplicate id 2 (first on line 4)']);
    expect(errorsOf(`${SOMA}\r\r2 3 1 1 0 1 9`)).to.deep.equal(['line 3: parent 9 of point 2 does not exist']);
    expect(treeOf(`  ${SOMA}  # soma\n\t2\t3   1 1 0 1 1 #tab separated`).type).to.deep.equal([1, 3]);
  });

  it('stops at 20 problems, in the order of the file', () => {
    const bad = Array.from({ length: 30 }, (_, i) => `${i + 2} 3 1 1 0 1`);
    const errors = errorsOf([SOMA, ...bad].join('\n'));
    expect(errors).to.have.length(20);
    expect(errors[0]).to.match(/^line 2: /);
    expect(errors[19]).to.match(/^line 21: /);
    const orphans = Array.from({ length: 30 }, (_, i) => `${i + 2} 3 1 1 0 1 ${i + 100}`);
    expect(errorsOf([SOMA, ...orphans].join('\n'))).to.have.length(20);
  });

  it(`accepts exactly ${SWC_MAX_LINES} lines and refuses one more`, () => {
    expect(treeOf(`${SOMA}\n2 3 1 1 0 1 1${'\n'.repeat(SWC_MAX_LINES - 2)}`).x).to.have.length(2);
    expect(errorsOf(`${SOMA}\n2 3 1 1 0 1 1${'\n'.repeat(SWC_MAX_LINES - 1)}`)).to.deep.equal([`line ${SWC_MAX_LINES + 1}: the file has 20,001 lines; the limit is 20,000`]);
  });

  it('clamps radii to 0.2–50 µm and keeps those in between', () => {
    const tree = treeOf(`1 1 0 0 0 80 -1\n2 3 1 0 0 0.05 1\n3 3 2 0 0 0.2 2\n4 3 3 0 0 3.5 3\n5 3 4 0 0 50 4`);
    expect(tree.r).to.deep.equal([50, 0.2, 0.2, 3.5, 50]);
  });

  it(`accepts ${SWC_MAX_LENGTH.toLocaleString('en')} µm of dendrite in the drawing plane, and names the point that goes over`, () => {
    const over = `line 3: the dendrites are 30,001 µm long in all by this point; the limit is 30,000 µm (are the coordinates in µm?)`;
    // Length adds up along parents, in x and y; z is not drawn.
    expect(treeOf(`${SOMA}\n2 3 20000 0 99999 1 1\n3 3 20000 10000 0 1 2`).x).to.have.length(3);
    expect(errorsOf(`${SOMA}\n2 3 20000 0 0 1 1\n3 3 20000 10000.5 0 1 2`)).to.deep.equal([over]);
    expect(errorsOf(`${SOMA}\n2 3 0 -20000 0 1 1\n3 3 0 -30000 0 1 2`)).to.deep.equal([]);
    expect(errorsOf(`${SOMA}\n2 3 0 -20000 0 1 1\n3 3 10001 -20000 0 1 2`)).to.deep.equal([over]);
    // Dropped axons do not count.
    expect(treeOf(`${SOMA}\n2 2 40000 0 0 1 1\n3 3 10 0 0 1 1`).x).to.deep.equal([0, 10]);
  });

  it('drops axons and unknown types with their whole subtree, and renumbers parents', () => {
    const tree = treeOf(`${SOMA}\n2 2 5 0 0 1 1\n3 3 6 0 0 1 2\n4 7 0 5 0 1 1\n5 4 0 9 0 1 4\n6 3 -5 0 0 1 1\n7 4 0 -9 0 1 1\n8 3 -9 0 0 1 6`);
    expect(tree.x).to.deep.equal([0, -5, 0, -9]);
    expect(tree.y).to.deep.equal([-0, -0, 9, -0]);
    expect(tree.type).to.deep.equal([1, 3, 4, 3]);
    expect(tree.parent).to.deep.equal([-1, 0, 0, 1]);
  });

  it('keeps a second root as its own tree, after the first', () => {
    const tree = treeOf(`${SOMA}\n2 3 1 1 0 1 -1\n3 3 2 2 0 1 2`);
    expect(tree.parent).to.deep.equal([-1, -1, 1]);
  });

  it('names a point inside a cycle of parents, not one hanging from it', () => {
    // 2 hangs from the cycle 3 → 4 → 3.
    expect(errorsOf(`${SOMA}\n2 3 1 1 0 1 3\n3 3 1 1 0 1 4\n4 3 1 1 0 1 3`)).to.deep.equal(['line 3: point 3 is its own ancestor (the parents form a cycle)']);
  });

  it('needs a soma as the first root, naming the line of the root it found', () => {
    expect(errorsOf('# a comment\n1 3 0 0 0 1 -1\n2 1 5 5 0 8 -1')).to.deep.equal(['line 2: the first point with parent -1 is type 3; it must be the soma, type 1']);
    expect(errorsOf('# nothing yet\n')).to.deep.equal(['the file has no points: each line is "n T x y z R P", the first the soma, such as "1 1 0 0 0 8 -1"']);
  });

  it('needs a dendrite to draw, and names the first point left out for its type', () => {
    expect(errorsOf(SOMA)).to.deep.equal(['line 1: the soma has no dendrites; a drawing needs dendrites, type 3 (basal) or 4 (apical)']);
    expect(errorsOf(`${SOMA}\n2 0 0 -10 0 1 1\n3 0 0 -40 0 1 2`)).to.deep.equal(['line 2: point 2 is type 0; a drawing needs dendrites, type 3 (basal) or 4 (apical)']);
  });

  it('draws the smallest file a person writes first: a soma and one dendrite of two points', () => {
    const tree = treeOf('1 1 0 0 0 8 -1\n2 3 0 -10 0 1 1\n3 3 0 -40 0 0.8 2');
    expect(tree).to.deep.equal({ x: [0, 0, 0], y: [-0, 10, 40], r: [8, 1, 0.8], parent: [-1, 0, 1], type: [1, 3, 3] });
  });
});

describe('generated neuron', () => {
  // Grown inside each test, never when the file loads: Stryker counts code run at load as covered by no test.
  const trees = () => [1, 7, 2024].map(generateNeuron);
  const hypot = (t: Tree, i: number, j: number) => Math.hypot((t.x[i] ?? NaN) - (t.x[j] ?? NaN), (t.y[i] ?? NaN) - (t.y[j] ?? NaN));

  it('tapers each radius with the tips it feeds: 0.25 + 0.17·√tips µm, the soma 9 µm', () => {
    for (const tree of trees()) {
      const tips = tree.x.map(() => 0);
      for (let i = tree.x.length - 1; i > 0; i--) {
        const own = tips[i] || 1;
        tips[i] = own;
        const parent = tree.parent[i] ?? -1;
        tips[parent] = (tips[parent] ?? 0) + own;
      }
      expect(tree.r[0]).to.equal(9);
      tree.r.slice(1).forEach((r, k) => expect(r).to.be.closeTo(0.25 + 0.17 * Math.sqrt(tips[k + 1] ?? NaN), 1e-12));
    }
  });

  it('joins points of the same dendrite type only, with wires under 60 µm, and none straight to the soma but the stems', () => {
    for (const tree of trees()) {
      const children = tree.parent.filter((p) => p === 0).length;
      expect(children).to.be.within(5, 8);
      tree.parent.forEach((p, i) => {
        if (p <= 0) return;
        expect(tree.type[i]).to.equal(tree.type[p]);
        expect(hypot(tree, i, p)).to.be.below(60);
      });
    }
  });

  it('keeps basal dendrites within 175 µm of the soma and the apical side above it', () => {
    for (const tree of trees()) {
      tree.type.forEach((type, i) => {
        if (type === 3) expect(hypot(tree, i, 0)).to.be.within(14.9, 175);
        if (type === 4) expect(tree.y[i]).to.be.below(0);
      });
    }
  });

  it('uses most of its carrier points: more than 200 of the 275', () => {
    for (const tree of trees()) expect(tree.x.length).to.be.within(200, 1 + 25 + 7 + 275);
  });
});

describe('seeded random numbers (Mulberry32)', () => {
  it('gives the published Mulberry32 sequence for seed 1', () => {
    const random = mulberry32(1);
    expect([random(), random(), random()]).to.deep.equal([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('scales into [from, to)', () => {
    const random = mulberry32(42);
    expect([random(), random(-5, 5), random(10, 20)]).to.deep.equal([0.6011037519201636, -0.5170944100245833, 18.5246579349041]);
    const more = mulberry32(7);
    for (let i = 0; i < 1000; i++) expect(more(3, 4)).to.be.at.least(3).and.below(4);
  });

  it('reads the seed as an unsigned 32-bit number', () => {
    const a = mulberry32(-1);
    const b = mulberry32(2 ** 32 - 1);
    const c = mulberry32(2 ** 32 + 5);
    const d = mulberry32(5);
    expect([a(), a()]).to.deep.equal([b(), b()]);
    expect([c(), c()]).to.deep.equal([d(), d()]);
  });
});
