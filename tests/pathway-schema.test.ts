import { expect } from '@open-wc/testing';
import { MAX_NODES, validatePathway, type PathwayData } from '../src/components/pathway/pathway-schema.js';
import { defaultPathway } from '../src/content/pathway.js';
import { references } from '../src/content/references.js';

const node = (id: string, extra: Record<string, unknown> = {}) => ({ id, label: id, description: `About ${id}`, kind: 'cell', confidence: 'supported', ...extra });
const errorsOf = (input: unknown) => validatePathway(input).errors ?? [];

describe('pathway data validation (pure)', () => {
  it('accepts the built-in pathway, whose every reference is in the shared list', () => {
    expect(errorsOf(defaultPathway)).to.deep.equal([]);
    const keys = [...defaultPathway.nodes.flatMap((n) => n.refs ?? []), ...defaultPathway.edges.flatMap((e) => e.refs ?? [])];
    for (const key of keys) expect(references, key).to.have.property(key);
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
