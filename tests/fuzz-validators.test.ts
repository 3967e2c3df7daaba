// Property-based fuzzing of every validator a page's data passes through: arbitrary JSON, and valid documents
// with one random change. A validator must never throw, must say where each problem is, and must accept (and
// return unchanged) what it accepted before a JSON round trip.
import { expect } from './support/expect.js';
import fc from 'fast-check';
import { validateCrisisDirectory } from '../src/components/disclaimer/crisis-directory.js';
import { parseSwc } from '../src/components/neuron-growth/swc.js';
import { validatePathway } from '../src/components/pathway/pathway-schema.js';
import { validateSideEffects } from '../src/components/side-effects/side-effects-schema.js';
import { defaultCrisisDirectory } from '../src/content/crisis-lines.js';
import { defaultPathway } from '../src/content/pathway.js';
import { defaultSideEffects } from '../src/content/side-effects.js';
import type { Validator } from '../src/internal/data-source.js';

// 10,000 in CI; Stryker's mutation runs set FUZZ_RUNS lower (each mutant reruns the tests).
const RUNS = Number((globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.FUZZ_RUNS ?? 10_000);
// A fixed seed keeps CI reproducible; change it here to explore other inputs.
const SEED = 20261206;
// A failing run names the problem, not a 20 KB counterexample document.
function terse<T>(details: fc.RunDetails<T>): void {
  if (details.failed) throw new Error(`after ${details.numRuns} runs (seed ${details.seed}, path ${details.counterexamplePath}): ${String(details.errorInstance)}`);
}
const TERSE = { reporter: terse };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** "nodes[3].label: …", 'regions[""]: …': a path of keys and indexes (odd keys quoted), then the problem. */
const SEGMENT = String.raw`(?:\[\d+\]|\["(?:[^"\\]|\\.)*"\])`;
const PATH_FIRST = new RegExp(String.raw`^(?:[A-Za-z_$][\w$-]*|${SEGMENT})${SEGMENT}*(?:\.[A-Za-z_$][\w$-]*${SEGMENT}*|${SEGMENT})*: \S`);

/** Every place in a JSON tree, as the keys that lead to it (the root is []). */
function placesIn(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => placesIn(item, [...at, i], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) placesIn(item, [...at, key], out);
  return out;
}

type Change = { kind: 'replace'; with: Json } | { kind: 'delete' } | { kind: 'duplicate' } | { kind: 'wrap' } | { kind: 'stringify' };

/** A copy of `doc` with one change at `place` (replace, delete, duplicate an item, wrap in an array, stringify). */
function mutate(doc: Json, place: (string | number)[], change: Change): Json {
  const copy = structuredClone(doc);
  if (place.length === 0) return change.kind === 'replace' ? change.with : change.kind === 'wrap' ? [copy] : JSON.stringify(copy);
  let parent: Json = copy;
  for (const key of place.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key]!;
  const key = place[place.length - 1]!;
  const container = parent as Record<string | number, Json>;
  const current = container[key]!;
  if (change.kind === 'replace') container[key] = change.with;
  else if (change.kind === 'wrap') container[key] = [current];
  else if (change.kind === 'stringify') container[key] = JSON.stringify(current);
  else if (Array.isArray(parent)) {
    if (change.kind === 'delete') parent.splice(key as number, 1);
    else parent.splice(key as number, 0, structuredClone(current));
  } else if (change.kind === 'delete') delete container[key];
  else container[`${String(key)}_copy`] = structuredClone(current);
  return copy;
}

const changeArbitrary: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), with: fc.jsonValue() as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant('replace' as const), with: fc.oneof(fc.string({ minLength: 200, maxLength: 3000 }), fc.constantFrom(-1, 0, 1e9, 0.5, '', ' ')) as fc.Arbitrary<Json> }),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'duplicate' as const }),
  fc.constant({ kind: 'wrap' as const }),
  fc.constant({ kind: 'stringify' as const }),
);

function mutatedDocuments(valid: Json): fc.Arbitrary<Json> {
  const places = placesIn(valid);
  return fc.tuple(fc.nat({ max: places.length - 1 }), changeArbitrary).map(([i, change]) => mutate(valid, places[i]!, change));
}

/** Runs a validator on `input` and checks the contract; returns the errors. */
function checkContract(validate: Validator<unknown>, input: unknown): string[] {
  let result: ReturnType<Validator<unknown>>;
  try {
    result = validate(input);
  } catch (error) {
    throw new Error(`threw ${String(error)} for ${JSON.stringify(input)?.slice(0, 300)}`);
  }
  if (result.errors === undefined) {
    expect(result.value, 'a valid result carries the value').to.equal(input);
    return [];
  }
  expect(result.errors.length, 'an invalid result says what is wrong').to.be.greaterThan(0);
  const isObject = input !== null && typeof input === 'object' && !Array.isArray(input);
  for (const message of result.errors) {
    expect(message, 'each message is text').to.be.a('string').and.not.equal('');
    // Only a document that is not an object at all gets a message without a path.
    if (isObject && !PATH_FIRST.test(message)) throw new Error(`a message without a path: ${JSON.stringify(message)}`);
  }
  return result.errors;
}

const VALIDATORS: [string, Validator<unknown>, Json][] = [
  ['pathway', validatePathway as Validator<unknown>, defaultPathway as unknown as Json],
  ['side effects', validateSideEffects as Validator<unknown>, defaultSideEffects as unknown as Json],
  ['crisis directory', validateCrisisDirectory as Validator<unknown>, defaultCrisisDirectory as unknown as Json],
];

describe('validators under fuzzing (fast-check)', function () {
  this.timeout(60000);

  for (const [name, validate, valid] of VALIDATORS) {
    it(`${name}: accepts its default content after a JSON round trip and returns it unchanged`, () => {
      const copy = JSON.parse(JSON.stringify(valid)) as unknown;
      expect(checkContract(validate, copy)).to.deep.equal([]);
    });

    it(`${name}: never throws on arbitrary JSON, and every message says where`, () => {
      fc.assert(
        fc.property(fc.jsonValue(), (input) => {
          checkContract(validate, input);
        }),
        { numRuns: RUNS, seed: SEED, ...TERSE },
      );
    });

    it(`${name}: a valid document with one random change is accepted or rejected with paths, never a throw`, () => {
      let rejected = 0;
      fc.assert(
        fc.property(mutatedDocuments(valid), (input) => {
          if (checkContract(validate, input).length) rejected += 1;
        }),
        { numRuns: RUNS, seed: SEED, ...TERSE },
      );
      // The changes are real: most of them break the document (a fuzzer whose inputs all pass tests nothing).
      expect(rejected).to.be.greaterThan(RUNS / 4);
    });
  }
});

describe('SWC parser under fuzzing (fast-check)', function () {
  this.timeout(60000);
  const VALID = ['# a soma and one dendrite', '1 1 0 0 0 5 -1', '2 3 0 10 0 1 1', '3 3 0 20 0 1 2', '4 3 5 25 0 1 3'].join('\n');
  /** "line 3: …", or one of the two messages about the whole file. */
  const LINE_FIRST = /^line \d+: \S|^the file has no points/;

  const checkSwc = (text: string) => {
    let result: ReturnType<typeof parseSwc>;
    try {
      result = parseSwc(text);
    } catch (error) {
      throw new Error(`threw ${String(error)} for ${JSON.stringify(text.slice(0, 300))}`);
    }
    for (const message of result.errors ?? []) if (!LINE_FIRST.test(message)) throw new Error(`a message without a line: ${JSON.stringify(message)}`);
    if (!result.errors) expect(result.tree.type.length).to.be.greaterThan(0);
    return result;
  };

  it('parses a small valid file', () => {
    expect(checkSwc(VALID).errors).to.equal(undefined);
  });

  it('never throws on arbitrary text, and every message names its line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: fc.constantFrom('1', '2', '3', '-', '.', ' ', '\n', '#', 'e', 'x', '\t', '9', '0') }), (text) => {
        checkSwc(text);
      }),
      { numRuns: RUNS, seed: SEED, ...TERSE },
    );
  });

  it('never throws when one column of a valid file is changed, and names the line', () => {
    const rows = VALID.split('\n');
    fc.assert(
      fc.property(
        fc.nat({ max: rows.length - 1 }),
        fc.nat({ max: 6 }),
        fc.oneof(fc.constantFrom('-1', '0', '1', '2', '99', 'NaN', 'x', '', '1e308', '-0', '2.5'), fc.string({ maxLength: 8 })),
        (row, column, value) => {
          const cells = rows[row]!.split(' ');
          if (rows[row]!.startsWith('#')) cells[0] = value;
          else cells[column] = value;
          const text = rows.map((r, i) => (i === row ? cells.join(' ') : r)).join('\n');
          checkSwc(text);
        },
      ),
      { numRuns: RUNS, seed: SEED, ...TERSE },
    );
  });
});
