import { expect } from './support/expect.js';
import { groupItems, withIds } from '../src/components/side-effects/side-effects-model.js';
import { validateSideEffects, type SideEffectList } from '../src/components/side-effects/side-effects-schema.js';
import { defaultSideEffects } from '../src/content/side-effects.js';
import { authorMessage } from '../src/internal/author-messages.js';
import { describe as describeValue, expectArray, expectNumber, expectString, Issues } from '../src/internal/validate.js';

const item = (extra: Record<string, unknown> = {}) => ({ id: 'nausea', name: 'Nausea', timing: 'during', severity: 'mild', ...extra });
const errorsFor = (input: unknown): string[] => validateSideEffects(input).errors ?? [];
const itemErrors = (extra: Record<string, unknown>): string[] => errorsFor([item(extra)]);

describe('validation messages an author reads', () => {
  it('say what was found: strings quoted and cut at 40 characters, arrays, objects, functions, bigints', () => {
    expect(describeValue('a'.repeat(40))).to.equal(`"${'a'.repeat(40)}"`);
    expect(describeValue('a'.repeat(41))).to.equal(`"${'a'.repeat(40)}…"`);
    expect(describeValue([])).to.equal('an array');
    expect(describeValue({})).to.equal('an object');
    expect(describeValue(() => 1)).to.equal('a function');
    expect(describeValue(12n)).to.equal('12n');
    expect(describeValue(true)).to.equal('true');
    expect(describeValue(1 / 3)).to.equal('0.3333333333333333');
  });

  it('name the limit and the size found', () => {
    const issues = new Issues();
    expectArray([1, 2], 'a', issues, { min: 3 });
    expectArray([1, 2, 3], 'b', issues, { max: 2 });
    expectArray([1], 'c', issues, { min: 1, max: 1 });
    expectArray('x', 'd', issues);
    expectString('abcdef', 'e', issues, { maxLength: 5 });
    expectString(undefined, 'f', issues);
    expectString('   ', 'g', issues);
    expectString(7, 'h', issues);
    expectNumber(-0.5, 'i', issues, { min: 0, max: 1 });
    expectNumber(Infinity, 'j', issues);
    expectNumber(undefined, 'k', issues);
    expect(issues.messages).to.deep.equal([
      'a: needs at least 3 items, has 2',
      'b: has 3 items; at most 2 are supported',
      'd: expected an array, got "x"',
      'e: is 6 characters; the limit is 5',
      'f: is required',
      'g: expected a non-empty string, got "   "',
      'h: expected a non-empty string, got 7',
      'i: must be between 0 and 1, got -0.5',
      'j: expected a number, got Infinity',
      'k: expected a number, got undefined',
    ]);
  });

  it('leave out the path when there is none', () => {
    const issues = new Issues();
    issues.add('', 'expected an object, got null');
    expect(issues.messages).to.deep.equal(['expected an object, got null']);
  });
});

describe('side-effect list validation', () => {
  it('accepts a bare array of items as one set, and a full item', () => {
    const full = item({ description: 'Feeling sick', when: 'During', help: 'Tell staff', percent: 0, placeboPercent: 100, frequency: 'common', common: false, refs: ['a'], confidence: 'established' });
    const result = validateSideEffects([full]);
    expect(result.errors).to.equal(undefined);
    expect(result.value).to.deep.equal({ sets: [{ id: 'custom', items: [full] }] });
  });

  it('needs an object or an array at the top, and 1–20 sets', () => {
    expect(errorsFor(null)).to.deep.equal(['expected an object, got null']);
    expect(errorsFor({ sets: [] })).to.deep.equal(['sets: must not be empty']);
    const set = (i: number) => ({ id: `s${i}`, items: [item({ id: `i${i}` })] });
    expect(errorsFor({ sets: Array.from({ length: 20 }, (_, i) => set(i)) })).to.deep.equal([]);
    expect(errorsFor({ sets: Array.from({ length: 21 }, (_, i) => set(i)) })).to.deep.equal(['sets: has 21 items; at most 20 are supported']);
  });

  it('names duplicate ids with where they first were, across sets', () => {
    const sets = [
      { id: 'a', items: [item(), item({ id: 'other' })] },
      { id: 'a', items: [item()] },
    ];
    expect(errorsFor({ sets })).to.deep.equal(['sets[1].id: duplicate set id "a"', 'sets[1].items[0].id: duplicate id "nausea" (also set 1, item 1)']);
  });

  it('checks id characters and length: up to 64, starting with a letter or digit', () => {
    expect(itemErrors({ id: 'a'.repeat(64) })).to.deep.equal([]);
    expect(itemErrors({ id: 'a'.repeat(65) })).to.deep.equal(['[0].id: is 65 characters; the limit is 64']);
    expect(itemErrors({ id: '-dash' })).to.deep.equal(['[0].id: use letters, digits, "-" or "_"']);
    expect(itemErrors({ id: 'has space' })).to.deep.equal(['[0].id: use letters, digits, "-" or "_"']);
    expect(itemErrors({ id: '9_a-b' })).to.deep.equal([]);
    expect(errorsFor({ sets: [{ id: 's'.repeat(65), items: [item()] }] })).to.deep.equal(['sets[0].id: is 65 characters; the limit is 64']);
  });

  it('keeps names to 120 characters and descriptions to 600', () => {
    expect(itemErrors({ name: 'n'.repeat(120), description: 'd'.repeat(600) })).to.deep.equal([]);
    expect(itemErrors({ name: 'n'.repeat(121) })).to.have.length(1);
    expect(itemErrors({ name: 'n'.repeat(121) })[0]).to.match(/^\[0\]\.name: /);
    for (const key of ['description', 'when', 'help']) {
      expect(itemErrors({ [key]: 'd'.repeat(601) })[0], key).to.match(new RegExp(`^\\[0\\]\\.${key}: `));
    }
  });

  it('checks timing, severity, frequency and confidence against their lists', () => {
    expect(itemErrors({ timing: 'later' })).to.deep.equal(['[0].timing: expected one of "during", "after", "long-term", "any", got "later"']);
    expect(itemErrors({ severity: 'low' })).to.deep.equal(['[0].severity: expected one of "mild", "moderate", "serious", got "low"']);
    expect(itemErrors({ frequency: 'often' })).to.deep.equal(['[0].frequency: expected one of "very-common", "common", "uncommon", "rare", got "often"']);
    expect(itemErrors({ confidence: 'sure' })[0]).to.match(/^\[0\]\.confidence: expected one of /);
  });

  it('takes percents from 0 to 100, and a placebo percent only with a percent', () => {
    expect(itemErrors({ percent: 100, placeboPercent: 0 })).to.deep.equal([]);
    expect(itemErrors({ percent: 100.5 })).to.deep.equal(['[0].percent: must be between 0 and 100, got 100.5']);
    expect(itemErrors({ percent: 5, placeboPercent: -1 })).to.deep.equal(['[0].placeboPercent: must be between 0 and 100, got -1']);
    expect(itemErrors({ placeboPercent: 3 })).to.deep.equal(['[0].placeboPercent: needs "percent" as well']);
  });

  it('wants common as true or false, and refs as up to 20 strings of at most 200 characters', () => {
    expect(itemErrors({ common: 'yes' })).to.deep.equal(['[0].common: expected true or false']);
    expect(itemErrors({ common: true, refs: Array.from({ length: 20 }, () => 'r'.repeat(200)) })).to.deep.equal([]);
    expect(itemErrors({ refs: Array.from({ length: 21 }, () => 'r') })).to.deep.equal(['[0].refs: has 21 items; at most 20 are supported']);
    expect(itemErrors({ refs: ['ok', 'r'.repeat(201), 3] })).to.deep.equal([
      '[0].refs[1]: is 201 characters; the limit is 200',
      '[0].refs[2]: expected a non-empty string, got 3',
    ]);
  });

  it('checks a set: title, note, drug name lengths, 1–200 items', () => {
    const base = { id: 's', items: [item()] };
    expect(errorsFor({ sets: [{ ...base, title: 't'.repeat(200), note: 'n'.repeat(600), drug: 'd'.repeat(60) }] })).to.deep.equal([]);
    const long = errorsFor({ sets: [{ ...base, title: 't'.repeat(201), note: 'n'.repeat(601), drug: 'd'.repeat(61) }] });
    expect(long.map((m) => m.split(':')[0])).to.deep.equal(['sets[0].title', 'sets[0].note', 'sets[0].drug']);
    expect(errorsFor({ sets: [{ id: 's', items: [] }] })).to.deep.equal(['sets[0].items: must not be empty']);
    const many = Array.from({ length: 201 }, (_, i) => item({ id: `i${i}` }));
    expect(errorsFor({ sets: [{ id: 's', items: many }] })).to.deep.equal(['sets[0].items: has 201 items; at most 200 are supported']);
    expect(errorsFor({ sets: [{ id: 's', items: many.slice(1) }] })).to.deep.equal([]);
    expect(errorsFor({ sets: ['x'] })).to.deep.equal(['sets[0]: expected an object, got "x"']);
  });

  it('checks a warning: a title, up to 20 items of at most 600 characters, and an optional note', () => {
    const withWarning = (warning: unknown) => errorsFor({ sets: [{ id: 's', items: [item()], warning }] });
    expect(withWarning({ title: 'Boxed warning', items: Array.from({ length: 20 }, () => 'w'.repeat(600)), note: 'Monitor' })).to.deep.equal([]);
    expect(withWarning({ title: 'T', items: Array.from({ length: 21 }, () => 'w') })).to.deep.equal(['sets[0].warning.items: has 21 items; at most 20 are supported']);
    expect(withWarning({ title: 'T', items: ['w'.repeat(601)] })[0]).to.match(/^sets\[0\]\.warning\.items\[0\]: /);
    expect(withWarning({ items: ['w'], note: 'n'.repeat(601) }).map((m) => m.split(':')[0])).to.deep.equal(['sets[0].warning.title', 'sets[0].warning.note']);
    expect(withWarning('careful')).to.deep.equal(['sets[0].warning: expected an object, got "careful"']);
  });

  it('checks the help lines like warning items', () => {
    expect(errorsFor({ sets: [{ id: 's', items: [item()] }], help: [] })).to.deep.equal([]);
    expect(errorsFor({ sets: [{ id: 's', items: [item()] }], help: 'call' })).to.deep.equal(['help: expected an array, got "call"']);
    expect(errorsFor({ sets: [{ id: 's', items: [item()] }], help: ['ok', ''] })[0]).to.match(/^help\[1\]: /);
  });
});

describe('the side-effect list a person writes first', () => {
  it('is accepted: names alone in a bare array, or one set’s title and items without "sets"', () => {
    const names = [{ name: 'Nausea' }, { name: 'Dizziness', frequency: 'common' }];
    expect(validateSideEffects(names).value).to.deep.equal({ sets: [{ id: 'custom', items: names }] });
    const one = { title: 'Our clinic', items: [{ name: 'Nausea' }], help: ['Call us.'] };
    expect(validateSideEffects(one).value).to.deep.equal({ sets: [{ id: 'custom', title: 'Our clinic', items: [{ name: 'Nausea' }] }], help: ['Call us.'] });
    expect(validateSideEffects({ id: 'ours', items: [{ name: 'Nausea' }] }).value?.sets[0]?.id).to.equal('ours');
  });

  it('names problems where the author wrote them: "[1].name" in a bare array, "items[0]" in one set, counted from 1 with the name', () => {
    const names = [{ name: 'Nausea' }, { name: 'n'.repeat(121) }, { name: 'Dizziness', severity: 'low' }];
    const errors = validateSideEffects(names).errors ?? [];
    expect(errors).to.deep.equal(['[1].name: is 121 characters; the limit is 120', '[2].severity: expected one of "mild", "moderate", "serious", got "low"']);
    expect(errors.map((m) => authorMessage(m, names))).to.deep.equal([
      `item 2 ("${'n'.repeat(40)}"): name is 121 characters; the limit is 120`,
      'item 3 ("Dizziness"): severity: expected one of "mild", "moderate", "serious", got "low"',
    ]);
    const one = { items: [{ id: 'n', name: 'Nausea', percent: 140 }] };
    expect((validateSideEffects(one).errors ?? []).map((m) => authorMessage(m, one))).to.deep.equal(['item 1 (id "n"): percent must be between 0 and 100, got 140']);
    expect(validateSideEffects([{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }]).errors).to.deep.equal(['[1].id: duplicate id "a" (also item 1)']);
  });

  it('gets ids from the place of each item in the whole list, never one an author gave', () => {
    const list: SideEffectList = { sets: [{ id: 's', items: [{ name: 'A' }, { id: 'item-2', name: 'B' }] }, { id: 't', items: [{ name: 'C' }, { name: 'D' }] }] };
    expect(withIds(list).sets.flatMap((set) => set.items.map((i) => i.id))).to.deep.equal(['item-1', 'item-2', 'item-3', 'item-4']);
    const given: SideEffectList = { sets: [{ id: 's', items: [{ name: 'A' }, { id: 'item-1', name: 'B' }] }] };
    expect(withIds(given).sets[0]!.items.map((i) => i.id)).to.deep.equal(['item-2', 'item-1']);
  });

  it('groups items that give no timing or severity last, under "unstated", never with the mild ones', () => {
    const items = [{ name: 'A' }, { name: 'B', timing: 'during' as const, severity: 'mild' as const }];
    expect(groupItems(items, 'timing').map((g) => [g.key, g.items.map((i) => i.name)])).to.deep.equal([['during', ['B']], ['unstated', ['A']]]);
    expect(groupItems(items, 'severity').map((g) => [g.key, g.items.map((i) => i.name)])).to.deep.equal([['mild', ['B']], ['unstated', ['A']]]);
  });

  it('is not the built-in content, which is complete: every item has its id, timing, severity, sources and level of evidence', () => {
    for (const set of defaultSideEffects.sets) {
      for (const i of set.items) expect([i.id, Boolean(i.id && i.timing && i.severity && i.refs.length && i.confidence)]).to.deep.equal([i.id, true]);
    }
  });
});
