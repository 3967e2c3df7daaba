import { expect } from './support/expect.js';
import { MAX_NODES, validatePathway, type PathwayData } from '../src/components/pathway/pathway-schema.js';
import { defaultPathway } from '../src/content/pathway.js';
import { references } from '../src/content/references.js';

const node = (id: string, extra: Record<string, unknown> = {}) => ({ id, label: id, description: `About ${id}`, kind: 'cell', confidence: 'supported', ...extra });
const errorsOf = (input: unknown) => validatePathway(input).errors ?? [];

describe('pathway data validation (pure)', () => {
  it('accepts a source of your own as { text, url } with an http(s) link, and names a link of another kind', () => {
    const withRefs = (refs: unknown[]) => errorsOf({ nodes: [{ id: 'k', label: 'Ketamine', refs }] });
    expect(withRefs([{ text: 'My clinic handout, 2025', url: 'https://example.org/handout.pdf' }, { text: 'Notes without a link' }, 'Li2010'])).to.deep.equal([]);
    expect(withRefs([{ text: 'Bad', url: 'javascript:alert(1)' }])).to.deep.equal(['nodes[0].refs[0].url: expected an http(s) address such as "https://doi.org/…", got "javascript:alert(1)"']);
    expect(withRefs([{ text: 'Bad', url: 'not a url' }])[0]).to.match(/^nodes\[0\]\.refs\[0\]\.url: expected an http\(s\) address/);
    expect(withRefs([{ url: 'https://example.org' }])).to.deep.equal(['nodes[0].refs[0].text: is required']);
    expect(withRefs([{ text: 'x'.repeat(201) }])).to.deep.equal(['nodes[0].refs[0].text: is 201 characters; the limit is 200']);
    expect(withRefs([42])[0]).to.match(/^nodes\[0\]\.refs\[0\]: expected a non-empty string/);
  });

  it('accepts what a person writes first: ids and labels, an edge with only its ends, or no edges at all', () => {
    expect(errorsOf({ nodes: [{ id: 'k', label: 'Ketamine' }, { id: 'n', label: 'NMDA receptor' }], edges: [{ from: 'k', to: 'n' }] })).to.deep.equal([]);
    expect(errorsOf({ nodes: [{ id: 'k', label: 'Ketamine' }] })).to.deep.equal([]);
  });

  it('keeps every field in the built-in content: description, kind and confidence on each step, effect and confidence on each arrow', () => {
    for (const n of defaultPathway.nodes) expect([n.id, Boolean(n.description && n.kind && n.confidence)]).to.deep.equal([n.id, true]);
    for (const e of defaultPathway.edges) expect([`${e.from}>${e.to}`, Boolean(e.effect && e.confidence)]).to.deep.equal([`${e.from}>${e.to}`, true]);
  });

  it('accepts the built-in pathway, whose every reference is in the shared list', () => {
    expect(errorsOf(defaultPathway)).to.deep.equal([]);
    const keys = [...defaultPathway.nodes.flatMap((n) => n.refs ?? []), ...defaultPathway.edges.flatMap((e) => e.refs ?? [])];
    for (const key of keys) {
      expect(typeof key, 'built-in sources are keys of the shared list').to.equal('string');
      expect(references, String(key)).to.have.property(String(key));
    }
  });

  it('cites each HNK paper for what it showed: Shirayama 2018 (rats) and Yamaguchi 2018 (mice) are two papers', () => {
    expect(references.Shirayama2018).to.include({ cite: 'Shirayama Y, Hashimoto K. Int J Neuropsychopharmacol 2018', url: 'https://doi.org/10.1093/ijnp/pyx108' });
    expect(references.Yamaguchi2018!.cite).to.equal('Yamaguchi JI et al. Neuropsychopharmacology 2018');
    const hnk = defaultPathway.nodes.find((n) => n.id === 'hnk_metabolite')!;
    expect(hnk.refs).to.include.members(['Zanos2016', 'Shirayama2018', 'Yamaguchi2018']);
    expect((hnk.description as Record<string, string>).en).to.contain('In a rat study HNK did not help, and a mouse study found it was not needed.');
    expect(references.Zarate2006!.url).to.equal('https://doi.org/10.1001/archpsyc.63.8.856');
    expect(references.Zanos2016!.url).to.equal('https://doi.org/10.1038/nature17998');
  });

  it('names the animals in every step that was shown only in rats or mice, and MK-801 where it was not ketamine', () => {
    const en = (id: string) => (defaultPathway.nodes.find((n) => n.id === id)!.description as Record<string, string>).en!;
    for (const id of ['interneuron_quiet', 'disinhibition', 'glutamate_burst', 'bdnf_release', 'trkb_activation', 'protein_synthesis']) {
      expect(en(id), id).to.match(/^In (rats|mice|rats and mice),/);
    }
    expect(en('interneuron_quiet')).to.contain('MK-801');
    expect(en('disinhibition')).to.contain('MK-801');
    expect(en('glun2b_block')).to.contain('Ketamine does not prefer these receptors');
    expect(en('lhb_burst_block')).to.contain('ketamine stops bursts');
    // Moda-Sava 2019 does not show that the early circuit change needs AMPA receptors.
    expect(defaultPathway.edges.find((e) => e.from === 'ampa_activation' && e.to === 'circuit_restore')!.confidence).to.equal('debated');
    expect(en('ketamine_dose')).to.contain('off-label').and.contain('FDA-approved for certain adults').and.contain('You spray it yourself in a certified clinic');
  });

  it('gives every built-in node a label and description in English and Spanish', () => {
    for (const n of defaultPathway.nodes) {
      for (const text of [n.label, n.description]) expect(text, n.id).to.have.keys(['en', 'es']);
    }
  });

  it('rejects input that is not an object', () => {
    expect(errorsOf('nodes')).to.deep.equal(['expected an object, got "nodes"']);
    expect(errorsOf(null)).to.have.length(1);
  });

  it('names a missing id by its path', () => {
    expect(errorsOf({ nodes: [node('a'), { ...node('b'), id: undefined }], edges: [] })).to.include('nodes[1].id: is required');
  });

  it('reports duplicate ids', () => {
    expect(errorsOf({ nodes: [node('a'), node('a')], edges: [] })).to.include('nodes[1].id: duplicate id "a"');
  });

  it('reports an edge to a node that does not exist', () => {
    const errors = errorsOf({ nodes: [node('a'), node('b')], edges: [{ from: 'a', to: 'b', effect: 'activates' }, { from: 'a', to: 'b', effect: 'activates' }, { from: 'b', to: 'a', effect: 'activates' }, { from: 'a', to: 'mtor', effect: 'activates' }] });
    expect(errors).to.deep.equal(["edges[3].to: no node with id 'mtor'"]);
  });

  it('reports an unknown effect and an unknown confidence', () => {
    const errors = errorsOf({ nodes: [node('a'), node('b', { confidence: 'sure' })], edges: [{ from: 'a', to: 'b', effect: 'boosts' }] });
    expect(errors).to.include('nodes[1].confidence: expected one of "established", "supported", "debated", got "sure"');
    expect(errors).to.include('edges[0].effect: expected one of "activates", "inhibits", "leads-to", got "boosts"');
  });

  it('accepts cycles (they are drawn as back edges) but not an edge from a node to itself', () => {
    const cycle = { nodes: [node('a'), node('b')], edges: [{ from: 'a', to: 'b', effect: 'activates' }, { from: 'b', to: 'a', effect: 'inhibits' }] };
    expect(errorsOf(cycle)).to.deep.equal([]);
    expect(errorsOf({ nodes: [node('a')], edges: [{ from: 'a', to: 'a', effect: 'activates' }] })).to.deep.equal(['edges[0]: an edge cannot lead from "a" to itself']);
  });

  it('rejects an empty graph', () => {
    expect(errorsOf({ nodes: [], edges: [] })).to.deep.equal(['nodes: must not be empty']);
    expect(errorsOf({ edges: [] })).to.deep.equal(['nodes: expected an array, got undefined']);
  });

  it(`rejects 500 nodes, naming the limit of ${MAX_NODES}`, () => {
    const nodes = Array.from({ length: 500 }, (_, i) => node(`n${i}`));
    expect(errorsOf({ nodes, edges: [] })).to.deep.equal([`nodes: has 500 items; at most ${MAX_NODES} are supported`]);
  });

  it('accepts HTML-looking labels as plain text (the widget shows them as text)', () => {
    const data = { nodes: [node('a', { label: '<img src=x onerror=alert(1)>' })], edges: [] };
    expect(errorsOf(data)).to.deep.equal([]);
  });

  it('checks steps, coordinates, kinds and refs', () => {
    const errors = errorsOf({
      nodes: [node('a', { x: 10 }), node('b', { kind: 'Big Cell', refs: 'Li2010' })],
      edges: [],
      steps: ['a', 'zzz', 'a'],
    } as unknown as PathwayData);
    expect(errors).to.include('nodes[0]: give both x and y, or neither');
    expect(errors).to.include('nodes[1].kind: use lower-case letters, digits or "-", such as "receptor"; got "Big Cell"');
    expect(errors).to.include('nodes[1].refs: expected an array, got "Li2010"');
    expect(errors).to.include("steps[1]: no node with id 'zzz'");
    expect(errors).to.include('steps[2]: "a" is listed twice');
  });
});

describe('pathway data validation: each field at its limit and one over', () => {
  const one = (extra: Record<string, unknown>) => errorsOf({ nodes: [node('a', extra)] });
  const long = (n: number) => 'x'.repeat(n);

  it('takes a title of up to 200 characters and a caption of up to 600', () => {
    expect(errorsOf({ title: long(200), caption: long(600), nodes: [node('a')] })).to.deep.equal([]);
    expect(errorsOf({ title: long(201), caption: long(601), nodes: [node('a')] })).to.deep.equal(['title: is 201 characters; the limit is 200', 'caption: is 601 characters; the limit is 600']);
  });

  it('checks stages: 1–12, each an object with an id used once and a label of up to 40 characters', () => {
    const stage = (id: string, label = id) => ({ id, label });
    const with_ = (stages: unknown) => errorsOf({ stages, nodes: [node('a')] });
    expect(with_([])).to.deep.equal(['stages: must not be empty']);
    expect(with_(Array.from({ length: 13 }, (_, i) => stage(`s${i}`)))).to.deep.equal(['stages: has 13 items; at most 12 are supported']);
    expect(with_(Array.from({ length: 12 }, (_, i) => stage(`s${i}`)))).to.deep.equal([]);
    expect(with_([7])).to.deep.equal(['stages[0]: expected an object, got 7']);
    expect(with_([stage('s1'), stage('s1')])).to.deep.equal(['stages[1].id: duplicate id "s1"']);
    expect(with_([stage('1st')])).to.deep.equal(['stages[0].id: "1st" must start with a letter and use only letters, digits, "_" or "-"']);
    expect(with_([stage(`s${long(64)}`, 'S')])).to.deep.equal([`stages[0].id: is 65 characters; the limit is 64`]);
    expect(with_([stage('s1', long(40))])).to.deep.equal([]);
    expect(with_([stage('s1', long(41))])).to.deep.equal(['stages[0].label: is 41 characters; the limit is 40']);
    expect(with_([{ label: 'No id' }])).to.deep.equal(['stages[0].id: is required']);
  });

  it('takes node ids of a letter then up to 63 letters, digits, "_" or "-"', () => {
    const rule = (id: string) => `nodes[0].id: "${id}" must start with a letter and use only letters, digits, "_" or "-"`;
    expect(one({ id: `a${long(63)}` })).to.deep.equal([]);
    expect(one({ id: 'a-b_C9' })).to.deep.equal([]);
    for (const id of ['9a', '-a', 'a b', 'a.b', 'ünï']) expect(one({ id }), id).to.deep.equal([rule(id)]);
    expect(one({ id: `a${long(64)}` })).to.deep.equal(['nodes[0].id: is 65 characters; the limit is 64']);
    expect(errorsOf({ nodes: ['a'] })).to.deep.equal(['nodes[0]: expected an object, got "a"']);
  });

  it('takes a label of up to 60 characters, a description of up to 600 and a kind of up to 30', () => {
    expect(one({ label: long(60), description: long(600), kind: `k${long(29)}` })).to.deep.equal([]);
    expect(one({ label: long(61) })).to.deep.equal(['nodes[0].label: is 61 characters; the limit is 60']);
    expect(one({ description: long(601) })).to.deep.equal(['nodes[0].description: is 601 characters; the limit is 600']);
    expect(one({ kind: `k${long(30)}` })).to.deep.equal(['nodes[0].kind: is 31 characters; the limit is 30']);
    expect(one({ kind: 'receptor-2' })).to.deep.equal([]);
    for (const kind of ['2nd', 'a kind', 'Kind', '-x']) expect(one({ kind }), kind).to.deep.equal([`nodes[0].kind: use lower-case letters, digits or "-", such as "receptor"; got "${kind}"`]);
  });

  it('places a node in a stage only when the stage exists', () => {
    expect(errorsOf({ stages: [{ id: 's1', label: 'S' }], nodes: [node('a', { stage: 's1' })] })).to.deep.equal([]);
    expect(errorsOf({ stages: [{ id: 's1', label: 'S' }], nodes: [node('a', { stage: 's2' })] })).to.deep.equal(["nodes[0].stage: no stage with id 's2'"]);
    expect(one({ stage: 'anything' })).to.deep.equal(["nodes[0].stage: no stage with id 'anything'"]);
    expect(one({ stage: 5 })).to.deep.equal(['nodes[0].stage: expected a non-empty string, got 5']);
    expect(one({ stage: `s${long(64)}` })).to.deep.equal(['nodes[0].stage: is 65 characters; the limit is 64']);
  });

  it('takes coordinates from −10,000 to 10,000, both or neither', () => {
    expect(one({ x: -1e4, y: 1e4 })).to.deep.equal([]);
    expect(one({ x: -10001, y: 0 })).to.deep.equal(['nodes[0].x: must be between -10000 and 10000, got -10001']);
    expect(one({ x: 0, y: 10001 })).to.deep.equal(['nodes[0].y: must be between -10000 and 10000, got 10001']);
    expect(one({ y: 5 })).to.deep.equal(['nodes[0]: give both x and y, or neither']);
    expect(one({ x: '5', y: 5 })).to.deep.equal(['nodes[0].x: expected a number, got "5"']);
  });

  it('checks each edge: an object whose ends are node ids, an effect, a label of up to 120 characters', () => {
    const edges = (list: unknown[]) => errorsOf({ nodes: [node('a'), node('b')], edges: list });
    expect(edges([{ from: 'a', to: 'b', label: long(120), effect: 'inhibits' }])).to.deep.equal([]);
    expect(edges([{ from: 'a', to: 'b', label: long(121) }])).to.deep.equal(['edges[0].label: is 121 characters; the limit is 120']);
    expect(edges(['a>b'])).to.deep.equal(['edges[0]: expected an object, got "a>b"']);
    expect(edges([{ from: 'a' }])).to.deep.equal(['edges[0].to: is required']);
    expect(edges([{ from: 'a', to: 'zz' }, { from: 'yy', to: 'b' }])).to.deep.equal(["edges[0].to: no node with id 'zz'", "edges[1].from: no node with id 'yy'"]);
    expect(edges([{ from: 'a', to: `b${long(64)}` }])).to.deep.equal(['edges[0].to: is 65 characters; the limit is 64']);
    expect(edges({ from: 'a', to: 'b' } as unknown as unknown[])).to.deep.equal(['edges: expected an array, got an object']);
    expect(edges(Array.from({ length: 600 }, () => ({ from: 'a', to: 'b' })))).to.deep.equal([]);
    expect(edges(Array.from({ length: 601 }, () => ({ from: 'a', to: 'b' })))).to.deep.equal(['edges: has 601 items; at most 600 are supported']);
    // Ends that are not ids are named once each, not also as a loop.
    expect(edges([{ from: 5, to: 5 }])).to.deep.equal(['edges[0].from: expected a non-empty string, got 5', 'edges[0].to: expected a non-empty string, got 5']);
    expect(edges([{ from: 'a', to: 'b', refs: Array.from({ length: 21 }, () => 'Li2010') }])).to.deep.equal(['edges[0].refs: has 21 items; at most 20 are supported']);
  });

  it('names an edge to a missing node only when there are nodes to compare with', () => {
    // With no valid nodes, the missing nodes are the problem, not every edge.
    expect(errorsOf({ nodes: [], edges: [{ from: 'a', to: 'b' }] })).to.deep.equal(['nodes: must not be empty']);
    expect(errorsOf({ nodes: [], steps: ['a'] })).to.deep.equal(['nodes: must not be empty']);
  });

  it('checks steps: 1 or more node ids, each once', () => {
    const steps = (list: unknown) => errorsOf({ nodes: [node('a'), node('b')], steps: list });
    expect(steps(['b', 'a'])).to.deep.equal([]);
    expect(steps([])).to.deep.equal(['steps: must not be empty']);
    expect(steps([3, 'a'])).to.deep.equal(['steps[0]: expected a non-empty string, got 3']);
    expect(steps(['a', 'a', 'a'])).to.deep.equal(['steps[1]: "a" is listed twice', 'steps[2]: "a" is listed twice']);
    expect(steps([`a${long(64)}`])).to.deep.equal(['steps[0]: is 65 characters; the limit is 64']);
    expect(steps(['zz', 'zz'])).to.deep.equal(["steps[0]: no node with id 'zz'", "steps[1]: no node with id 'zz'"]);
  });
});
