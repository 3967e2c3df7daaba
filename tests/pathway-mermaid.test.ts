// The Mermaid import of <kw-pathway> (pure): what a blogger's existing flowchart becomes, and what it is told
// when the widget cannot draw something. Runs in Chromium (npm test) and in Node (npm run test:unit).
import { expect } from './support/expect.js';
import fc from 'fast-check';
import { parseMermaid, type MermaidResult } from '../src/components/pathway/mermaid.js';
import { MERMAID_DOC_EXAMPLES } from './fixtures/pathway/mermaid-docs.js';

const ok = (result: MermaidResult) => {
  if (result.errors) throw new Error(`expected it to read, got: ${result.errors.join('; ')}`);
  return result;
};

describe('Mermaid flowcharts (pure)', () => {
  it('reads a typical flowchart: direction, shapes, chains, labels, edge kinds', () => {
    const result = ok(
      parseMermaid(`flowchart LR
  %% kw: title How ketamine may work
  %% kw: caption Simplified; most steps come from animal studies.
  K([Ketamine]) --> N[NMDA receptors blocked] --> G((Glutamate surge))
  G ==>|turns on| A{AMPA receptors}
  A -.-> B["BDNF (a growth protein)"]
  B --x S[Stress signals]
  A --- C(Circuits) & M(Mood)
  %% kw: confidence B debated
  %% kw: kind K drug
  %% kw: description N Ketamine plugs these receptors.`),
    );
    expect(result.orientation).to.equal('horizontal');
    expect(result.data.title).to.equal('How ketamine may work');
    expect(result.data.caption).to.equal('Simplified; most steps come from animal studies.');
    expect(result.data.nodes.map((n) => [n.id, n.label])).to.deep.equal([
      ['K', 'Ketamine'],
      ['N', 'NMDA receptors blocked'],
      ['G', 'Glutamate surge'],
      ['A', 'AMPA receptors'],
      ['B', 'BDNF (a growth protein)'],
      ['S', 'Stress signals'],
      ['C', 'Circuits'],
      ['M', 'Mood'],
    ]);
    expect(result.data.edges).to.deep.equal([
      { from: 'K', to: 'N', effect: 'leads-to' },
      { from: 'N', to: 'G', effect: 'leads-to' },
      { from: 'G', to: 'A', effect: 'activates', label: 'turns on' },
      { from: 'A', to: 'B', effect: 'leads-to', confidence: 'debated' },
      { from: 'B', to: 'S', effect: 'inhibits' },
      { from: 'A', to: 'C', effect: 'leads-to' },
      { from: 'A', to: 'M', effect: 'leads-to' },
    ]);
    const byId = Object.fromEntries(result.data.nodes.map((n) => [n.id, n]));
    expect(byId.B!.confidence).to.equal('debated');
    expect(byId.K!.kind).to.equal('drug');
    expect(byId.N!.description).to.equal('Ketamine plugs these receptors.');
    expect(result.warnings).to.deep.equal([]);
  });

  it('reads every direction: LR and RL across, TD, TB and BT down; "graph" as well as "flowchart"', () => {
    for (const [header, orientation] of [['flowchart LR', 'horizontal'], ['graph RL', 'horizontal'], ['flowchart TD', 'vertical'], ['graph TB', 'vertical'], ['flowchart BT', 'vertical'], ['graph', 'vertical']] as const) {
      expect(ok(parseMermaid(`${header}\n  a --> b`)).orientation, header).to.equal(orientation);
    }
  });

  it('keeps the last text given to a node, shows the id of a node without text, and makes ids the widget accepts', () => {
    const result = ok(parseMermaid('graph TD\n  1 --> b[First]\n  b[Second] --> c\n  c --> 1'));
    expect(result.data.nodes.map((n) => [n.id, n.label])).to.deep.equal([
      ['n_1', '1'],
      ['b', 'Second'],
      ['c', 'c'],
    ]);
    expect(result.data.edges.map((e) => `${e.from}>${e.to}`)).to.deep.equal(['n_1>b', 'b>c', 'c>n_1']);
  });

  it('reads labels in the middle of links, of every kind, and several statements on a line', () => {
    const result = ok(parseMermaid('flowchart LR\n  a -- plain --> b; b == strong ==> c; c -. maybe .-> d; d -- open --- e'));
    expect(result.data.edges).to.deep.equal([
      { from: 'a', to: 'b', effect: 'leads-to', label: 'plain' },
      { from: 'b', to: 'c', effect: 'activates', label: 'strong' },
      { from: 'c', to: 'd', effect: 'leads-to', label: 'maybe', confidence: 'debated' },
      { from: 'd', to: 'e', effect: 'leads-to', label: 'open' },
    ]);
  });

  it('turns subgraphs into stages, decodes entities and <br>, and ignores styles with one warning', () => {
    const result = ok(
      parseMermaid('flowchart TB\n  subgraph s1 [Receptor]\n    a["Line one<br/>line two #amp; #35;3"]\n  end\n  subgraph Growth\n    b\n  end\n  a --> b\n  classDef hot fill:#f00\n  class a hot\n  style b fill:#0f0\n  c:::hot --> b'),
    );
    expect(result.data.nodes.map((n) => [n.id, n.label, n.stage])).to.deep.equal([
      ['a', 'Line one line two & #3', 'Receptor'],
      ['b', 'b', 'Growth'],
      ['c', 'c', undefined],
    ]);
    expect(result.warnings).to.have.length(1);
    expect(result.warnings[0]).to.match(/^3 style, class or click lines are ignored/);
  });

  it('refuses what would take the page long to read: a line over 2,000 characters, more than 600 links or 200 nodes', () => {
    expect(parseMermaid(`flowchart LR\nA -- ${' '.repeat(4000)}x`).errors).to.deep.equal(['line 2: is 4006 characters; the limit is 2000']);
    const side = (p: string) => Array.from({ length: 30 }, (_, i) => `${p}${i}`).join(' & ');
    expect(parseMermaid(`flowchart LR\n${side('a')} --> ${side('b')}`).errors).to.deep.equal(['the flowchart has more than 600 links; the limit is 600']);
    const many = Array.from({ length: 300 }, (_, i) => `n${i}`).join('\n');
    expect(parseMermaid(`flowchart LR\n${many}`).errors).to.deep.equal(['the flowchart has more than 200 nodes; the limit is 200']);
    // A long run of spaces inside a link is read at once (a backtracking pattern took seconds here).
    expect(parseMermaid(`flowchart LR\nA -- ${' '.repeat(1900)}x`).errors![0]).to.match(/^line 2: /);
  });

  it('names the line of what it cannot draw, and never throws', () => {
    const errorsOf = (text: string) => parseMermaid(text).errors ?? [];
    expect(errorsOf('sequenceDiagram\n  A->>B: hi')[0]).to.match(/^line 1: a Mermaid flowchart starts with "flowchart" or "graph"/);
    expect(errorsOf('')[0]).to.match(/^line 1: the text is empty/);
    expect(errorsOf('flowchart LR\n  a --> b\n  b <--> c')).to.deep.equal(['line 3: two-way links are not supported']);
    expect(errorsOf('flowchart LR\n  a[open --> b')[0]).to.match(/^line 2: node "a": its text is not closed/);
    expect(errorsOf('flowchart LR\n  a -> b')[0]).to.match(/^line 2: "-> b" is not a link this widget reads/);
    expect(errorsOf('flowchart LR\n  a --> b &')[0]).to.match(/^line 2: expected a node after "&"/);
    expect(errorsOf('flowchart LR\n  subgraph one\n  a --> b')).to.deep.equal(['line 3: subgraph "one" has no "end"']);
    expect(errorsOf('flowchart LR\n  a --> b\n  end')).to.deep.equal(['line 3: "end" without a "subgraph"']);
    expect(errorsOf('flowchart LR\n  a --> b\n  %% kw: confidence b certain')[0]).to.match(/^line 3: confidence is one of established, supported, debated/);
    expect(errorsOf('flowchart LR\n  a --> b\n  %% kw: kind z drug')[0]).to.match(/^line 3: "%% kw: kind" names node "z"/);
    expect(errorsOf('flowchart LR\n  %% kw: colour a red\n  a')[0]).to.match(/^line 2: "%% kw:" takes title, caption/);
    expect(errorsOf('flowchart LR\n  %% only a comment')).to.deep.equal(['the flowchart has no nodes']);
  });

  for (const example of MERMAID_DOC_EXAMPLES) {
    it(`Mermaid's documentation: ${example.name}`, () => {
      const result = parseMermaid(example.text);
      if (example.reads) {
        const read = ok(result);
        expect([read.data.nodes.length, read.data.edges.length]).to.deep.equal([example.reads.nodes, example.reads.edges]);
        for (const node of read.data.nodes) expect(node.label.trim(), node.id).to.not.equal('');
      } else {
        expect(result.errors, 'refused').to.be.an('array');
        const first = result.errors![0]!;
        expect(first).to.match(new RegExp(`^line ${example.refused!.line}: `));
        expect(first).to.contain(example.refused!.says);
      }
    });
  }

  it('never throws on arbitrary flowchart-like text, and every error names a line (fast-check)', () => {
    const runs = Number((globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.FUZZ_RUNS ?? 10_000);
    const piece = fc.constantFrom('flowchart LR\n', 'graph TD\n', 'a', 'B1', ' ', '\n', '-->', '---', '-.->', '==>', '--o', '--x', '<-->', '|t|', '-- t -->', '[', ']', '(', ')', '{', '}', '"', '&', ';', '%%', '%% kw: title T\n', 'subgraph s\n', 'end\n', 'style a fill:#f00\n', '#quot;', '<br>', ':::c');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        const result = parseMermaid(text);
        for (const message of result.errors ?? []) {
          if (!/^line \d+: \S/.test(message) && message !== 'the flowchart has no nodes') throw new Error(`no line in: ${message}`);
        }
        if (result.data) for (const edge of result.data.edges) expect(result.data.nodes.some((n) => n.id === edge.from) && result.data.nodes.some((n) => n.id === edge.to)).to.equal(true);
      }),
      { numRuns: runs, seed: 20261206 },
    );
  });
});
