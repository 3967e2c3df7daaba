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
