// Pure logic with no DOM: language tags and localized text, which crisis lines a page gets, contact links,
// and how side effects are ordered and grouped. Runs in Chromium (npm test) and in Node (npm run test:unit).
import { expect } from './support/expect.js';
import { contactHref, resolveRegion, type CrisisDirectory } from '../src/components/disclaimer/crisis-directory.js';
import { frequencyRank, groupItems, perHundred, sortItems } from '../src/components/side-effects/side-effects-model.js';
import type { SideEffect } from '../src/components/side-effects/side-effects-schema.js';
import { defaultCrisisDirectory } from '../src/content/crisis-lines.js';
import { expectLocalizedText, format, langCandidates, pickText, regionOf, sameLanguage } from '../src/internal/localize.js';
import { authorMessage, positionWords } from '../src/internal/author-messages.js';
import { jsonSyntaxMessage } from '../src/internal/json-errors.js';
import { Issues, describe as describeValue, expectArray, expectNumber, expectOneOf, expectString, keyPath } from '../src/internal/validate.js';

describe('language tags', () => {
  it('looks a tag up from the most specific to English, lower-cased, with "_" read as "-", without repeats', () => {
    expect(langCandidates('es-MX')).to.deep.equal(['es-mx', 'es', 'en']);
    expect(langCandidates('ES_mx')).to.deep.equal(['es-mx', 'es', 'en']);
    expect(langCandidates('es')).to.deep.equal(['es', 'en']);
    expect(langCandidates('en-GB')).to.deep.equal(['en-gb', 'en']);
    expect(langCandidates('')).to.deep.equal(['en']);
  });

  it('finds the region subtag: two letters or three digits, after the language, upper-cased', () => {
    expect(regionOf('en-gb')).to.equal('GB');
    expect(regionOf('es_419')).to.equal('419');
    expect(regionOf('zh-Hant-TW')).to.equal('TW');
    expect(regionOf('en')).to.equal(undefined);
    expect(regionOf('sr-Latn')).to.equal(undefined);
    expect(regionOf('us')).to.equal(undefined);
  });

  it('compares languages by their first subtag only', () => {
    expect(sameLanguage('es-MX', 'es')).to.equal(true);
    expect(sameLanguage('ES_us', 'es-MX')).to.equal(true);
    expect(sameLanguage('en', 'es')).to.equal(false);
    expect(sameLanguage('en-GB', 'eng')).to.equal(false);
  });
});

describe('localized text', () => {
  const text = { en: 'Hello', es: 'Hola', 'es-MX': 'Qué onda' };

  it('picks the exact tag, then the base language, then English, then the first given unless strict', () => {
    expect(pickText(text, 'es-MX')).to.equal('Qué onda');
    expect(pickText(text, 'es-AR')).to.equal('Hola');
    expect(pickText(text, 'fr')).to.equal('Hello');
    expect(pickText({ es: 'Solo', de: 'Nur' }, 'fr')).to.equal('Solo');
    expect(pickText({ es: 'Solo' }, 'fr', true)).to.equal(undefined);
    expect(pickText({ ES: 'Mayúsculas' }, 'es', true)).to.equal('Mayúsculas');
    expect(pickText('Plain', 'es')).to.equal('Plain');
    expect(pickText(undefined, 'es')).to.equal(undefined);
  });

  it('fills {name} placeholders it has, and leaves the others as written', () => {
    expect(format('{count} of {total}', { count: 3, total: 28 })).to.equal('3 of 28');
    expect(format('{count} and {missing}', { count: 0 })).to.equal('0 and {missing}');
    expect(format('no placeholders')).to.equal('no placeholders');
    expect(format('{toString}', {})).to.equal('{toString}');
  });

  const check = (value: unknown, options?: { optional?: boolean; maxLength?: number }) => {
    const issues = new Issues();
    const ok = expectLocalizedText(value, 'label', issues, options);
    return { ok, messages: issues.messages };
  };

  it('accepts non-empty text, plain or by language, within the limit', () => {
    expect(check('Ketamine')).to.deep.equal({ ok: true, messages: [] });
    expect(check({ en: 'Ketamine', 'es-MX': 'Ketamina' })).to.deep.equal({ ok: true, messages: [] });
    expect(check('x'.repeat(60), { maxLength: 60 })).to.deep.equal({ ok: true, messages: [] });
  });

  it('names what is wrong, with the path of the bad value', () => {
    expect(check(undefined).messages).to.deep.equal(['label: is required']);
    expect(check(undefined, { optional: true })).to.deep.equal({ ok: false, messages: [] });
    expect(check('   ').messages[0]).to.match(/^label: expected text or an object of texts by language, got/);
    expect(check('x'.repeat(61), { maxLength: 60 }).messages).to.deep.equal(['label: is 61 characters; the limit is 60']);
    expect(check({}).messages[0]).to.match(/^label: expected text/);
    expect(check(42).messages[0]).to.contain('got 42');
    expect(check({ english: 'Hi' }).messages).to.deep.equal(['label.english: is not a language tag such as "en" or "es-MX"']);
    expect(check({ '': 'Hi' }).messages).to.deep.equal(['label[""]: is not a language tag such as "en" or "es-MX"']);
    expect(check({ en: '' }).messages).to.deep.equal(['label.en: expected a non-empty string of at most 2000 characters, got ""']);
    expect(check({ en: ' ' }).ok).to.equal(false);
    expect(check({ en: 'x'.repeat(11) }, { maxLength: 10 }).messages).to.deep.equal(['label.en: is 11 characters; the limit is 10']);
    // A text over the limit is told so, not that it is not text (a 70-character label, with the 60 limit).
    expect(check('y'.repeat(70), { maxLength: 60 }).messages).to.deep.equal(['label: is 70 characters; the limit is 60']);
    expect(check({ en: 7 }).ok).to.equal(false);
    // Every bad entry is reported, not only the first.
    expect(check({ en: '', xx_y: 'Hi', es: 'Hola' }).messages).to.have.length(2);
  });
});

describe('validation helpers', () => {
  it('build paths to a key: dotted for names, quoted for keys an author could not see', () => {
    expect(keyPath('regions', 'US')).to.equal('regions.US');
    expect(keyPath('regions', 'es-MX')).to.equal('regions.es-MX');
    expect(keyPath('regions', '')).to.equal('regions[""]');
    expect(keyPath('regions', 'two words')).to.equal('regions["two words"]');
    expect(keyPath('', 'title')).to.equal('title');
    expect(keyPath('', '1st')).to.equal('["1st"]');
  });

  it('describe values the way a JSON author wrote them, cut short', () => {
    expect(describeValue(null)).to.equal('null');
    expect(describeValue([1, 2])).to.contain('array');
    expect(describeValue('text')).to.contain('text');
    expect(describeValue(undefined)).to.equal('undefined');
    expect(describeValue('y'.repeat(500)).length).to.be.lessThan(80);
  });

  it('check strings, choices, numbers and array lengths, naming limits', () => {
    const issues = new Issues();
    expect(expectString('ok', 'a', issues)).to.equal(true);
    expect(expectString(undefined, 'b', issues, { optional: true })).to.equal(false);
    expect(expectString('', 'c', issues)).to.equal(false);
    expect(expectString('x'.repeat(6), 'd', issues, { maxLength: 5 })).to.equal(false);
    expect(expectString('x'.repeat(5), 'd2', issues, { maxLength: 5 })).to.equal(true);
    expect(expectOneOf('mild', ['mild', 'serious'], 'e', issues)).to.equal(true);
    expect(expectOneOf('severe', ['mild', 'serious'], 'f', issues)).to.equal(false);
    expect(expectOneOf(undefined, ['mild'], 'f2', issues, { optional: true })).to.equal(false);
    expect(expectNumber(5, 'g', issues, { min: 0, max: 100 })).to.equal(true);
    expect(expectNumber(100, 'g2', issues, { min: 0, max: 100 })).to.equal(true);
    expect(expectNumber(101, 'h', issues, { min: 0, max: 100 })).to.equal(false);
    expect(expectNumber(-1, 'h2', issues, { min: 0, max: 100 })).to.equal(false);
    expect(expectNumber(Number.NaN, 'i', issues)).to.equal(false);
    expect(expectNumber('5', 'j', issues)).to.equal(false);
    expect(expectArray([1, 2, 3], 'k', issues, { max: 3 })).to.equal(true);
    expect(expectArray([1, 2, 3, 4], 'l', issues, { max: 3 })).to.equal(false);
    expect(expectArray([], 'm', issues, { min: 1 })).to.equal(false);
    expect(expectArray({}, 'n', issues)).to.equal(false);
    const paths = issues.messages.map((m) => m.split(':')[0]);
    expect(paths).to.deep.equal(['c', 'd', 'f', 'h', 'h2', 'i', 'j', 'l', 'm', 'n']);
    expect(issues.messages.find((m) => m.startsWith('d:'))).to.contain('5');
    expect(issues.messages.find((m) => m.startsWith('f:'))).to.contain('"mild"');
    expect(issues.messages.find((m) => m.startsWith('h:'))).to.contain('100');
    expect(issues.messages.find((m) => m.startsWith('l:'))).to.contain('3');
    expect(issues.ok).to.equal(false);
    expect(new Issues().ok).to.equal(true);
  });
});

describe('which crisis lines a page gets', () => {
  const directory: CrisisDirectory = defaultCrisisDirectory;

  it('uses the region asked for, in any case, and the directory for an unknown one', () => {
    expect(resolveRegion('US', 'en', directory)).to.equal('US');
    expect(resolveRegion(' uk ', 'en', directory)).to.equal('UK');
    expect(resolveRegion('narnia', 'en', directory)).to.equal('intl');
  });

  it('with auto (or nothing set) follows the language tag: en-US and es-US → US, en-GB and en-IE → UK', () => {
    expect(resolveRegion('auto', 'en-US', directory)).to.equal('US');
    expect(resolveRegion(null, 'es-us', directory)).to.equal('US');
    expect(resolveRegion(undefined, 'en-GB', directory)).to.equal('UK');
    expect(resolveRegion('', 'en-IE', directory)).to.equal('UK');
  });

  it('with auto and a tag without a country, or a country it does not cover, gives the directory', () => {
    expect(resolveRegion('auto', 'en', directory)).to.equal('intl');
    expect(resolveRegion('auto', 'fr-FR', directory)).to.equal('intl');
  });

  it('gives nothing when the data has neither the region nor a directory', () => {
    const onlyUs: CrisisDirectory = { regions: { US: directory.regions.US! } };
    expect(resolveRegion('UK', 'en', onlyUs)).to.equal(undefined);
    expect(resolveRegion('auto', 'en-US', onlyUs)).to.equal('US');
  });
});

describe('contact links', () => {
  it('dials digits and +, texts with the keyword as the message, and links to web addresses as given', () => {
    expect(contactHref({ type: 'call', value: '988' })).to.equal('tel:988');
    expect(contactHref({ type: 'call', value: '+44 (0)116 123' })).to.equal('tel:+440116123');
    expect(contactHref({ type: 'text', value: '741 741' }, 'HOME')).to.equal('sms:741741?&body=HOME');
    expect(contactHref({ type: 'text', value: '988' }, 'AYUDA ya')).to.equal('sms:988?&body=AYUDA%20ya');
    expect(contactHref({ type: 'text', value: '988' })).to.equal('sms:988');
    expect(contactHref({ type: 'web', value: 'https://988lifeline.org/chat' })).to.equal('https://988lifeline.org/chat');
  });
});

describe('side-effect lists', () => {
  const item = (id: string, extra: Partial<SideEffect>): SideEffect =>
    ({ id, name: id, timing: 'during', severity: 'mild', refs: [], confidence: 'established', ...extra }) as SideEffect;
  const nausea = item('nausea', { percent: 28, timing: 'during' });
  const rare = item('rare', { frequency: 'rare', severity: 'serious', timing: 'long-term' });
  const common = item('common', { frequency: 'common', severity: 'moderate', timing: 'after' });
  const veryCommon = item('very', { frequency: 'very-common' });
  const uncommon = item('uncommon', { frequency: 'uncommon', timing: 'any' });
  const unknown = item('unknown', {});

  it('ranks by the label percent, else by the frequency word, unknown last', () => {
    expect(frequencyRank(nausea)).to.equal(28);
    expect(frequencyRank(veryCommon)).to.be.greaterThan(frequencyRank(common));
    expect(frequencyRank(common)).to.be.greaterThan(frequencyRank(uncommon));
    expect(frequencyRank(uncommon)).to.be.greaterThan(frequencyRank(rare));
    expect(frequencyRank(rare)).to.be.greaterThan(frequencyRank(unknown));
    expect(frequencyRank(item('zero', { percent: 0 }))).to.equal(0);
  });

  it('sorts most common first, keeping data order for ties; "none" keeps the data order and copies', () => {
    const tie = item('tie', { percent: 28 });
    const input = [unknown, rare, nausea, common, tie, veryCommon];
    expect(sortItems(input, 'frequency').map((i) => i.id)).to.deep.equal(['very', 'nausea', 'tie', 'common', 'rare', 'unknown']);
    const kept = sortItems(input, 'none');
    expect(kept.map((i) => i.id)).to.deep.equal(input.map((i) => i.id));
    expect(kept).to.not.equal(input);
    expect(input[0]).to.equal(unknown);
  });

  it('groups by timing in the order of a session, by severity serious first, and leaves out empty groups', () => {
    const items = [nausea, rare, common, uncommon];
    expect(groupItems(items, 'timing').map((g) => [g.key, g.items.map((i) => i.id)])).to.deep.equal([
      ['during', ['nausea']],
      ['after', ['common']],
      ['long-term', ['rare']],
      ['any', ['uncommon']],
    ]);
    expect(groupItems(items, 'severity').map((g) => [g.key, g.items.map((i) => i.id)])).to.deep.equal([
      ['serious', ['rare']],
      ['moderate', ['common']],
      ['mild', ['nausea', 'uncommon']],
    ]);
    expect(groupItems(items, 'none')).to.deep.equal([{ items }]);
    expect(groupItems([], 'none')).to.deep.equal([]);
    expect(groupItems([], 'timing')).to.deep.equal([]);
  });

  it('writes a percent as a count out of 100: rounded, "under 1", or none', () => {
    expect(perHundred(28)).to.equal(28);
    expect(perHundred(2.5)).to.equal(3);
    expect(perHundred(1)).to.equal(1);
    expect(perHundred(0.5)).to.equal('under1');
    expect(perHundred(0)).to.equal('none');
  });
});

describe('JSON syntax errors, for the author', () => {
  const messageFor = (text: string) => {
    try {
      JSON.parse(text);
    } catch (error) {
      return jsonSyntaxMessage(text, error);
    }
    throw new Error('expected a syntax error');
  };

  it('say the line and column, counted from 1, and what to change for the usual mistakes', () => {
    expect(messageFor('{\n  "nodes": [1, 2,]\n}')).to.equal('at line 2, column 18: remove the comma before it: JSON allows none after the last item');
    expect(messageFor("{ 'label': 'x' }")).to.equal('at line 1, column 3: use double quotes ("…"): JSON does not accept single quotes');
    expect(messageFor('{ label: "x" }')).to.equal('at line 1, column 3: put the property name in double quotes, as in "label"');
    expect(messageFor('{ "a": 1 "b": 2 }')).to.equal('at line 1, column 10: a comma is missing between two items');
    expect(messageFor('{ "a": [1, 2')).to.equal('at line 1, column 13: the text ends too early: a closing } or ] is missing');
  });

  it('say an empty text ends too early, and keep the parser’s words for text that is JSON after all', () => {
    expect(jsonSyntaxMessage('', new SyntaxError('Unexpected end of JSON input'))).to.equal('at line 1, column 1: the text ends too early: a closing } or ] is missing');
    expect(jsonSyntaxMessage('{"a": [1, {"b": "\\u00e9"}], "c": -1.5e3, "d": null}', new SyntaxError('odd'))).to.equal('odd');
    expect(jsonSyntaxMessage('{"a": 1} x', new SyntaxError('odd'))).to.equal('at line 1, column 10');
    // Nesting deeper than the stack: the parser's words, never "column NaN".
    expect(jsonSyntaxMessage('['.repeat(200000), new SyntaxError('too deep'))).to.equal('too deep');
  });
});

describe('data problems in the author’s words', () => {
  const data = {
    nodes: [{ id: 'k' }, { id: 'n' }, { id: 'bdnf', label: 'x'.repeat(70) }],
    edges: [{ from: 'k', to: 'n' }, { from: 'n', to: 'mtor' }],
    sets: [{ id: 'esketamine', items: [{ id: 'nausea' }, {}] }],
    regions: { US: { lines: [{ id: 'a', contacts: [{}, { type: 'fax' }] }] } },
  };

  it('count positions from 1 and name each item by its id, or an arrow by its ends', () => {
    expect(authorMessage('nodes[2].label: is 70 characters; the limit is 60', data)).to.equal('node 3 (id "bdnf"): label is 70 characters; the limit is 60');
    expect(authorMessage("edges[1].to: no node with id 'mtor'", data)).to.equal('edge 2 (from "n" to "mtor"): to: no node with id \'mtor\'');
    expect(authorMessage('sets[0].items[1].name: is required', data)).to.equal('set 1 (id "esketamine"), item 2: name is required');
    expect(authorMessage('regions.US.lines[0].contacts[1].type: must be one of "call", "text" or "web", got "fax"', data)).to.equal(
      'region "US", line 1 (id "a"), contact 2: type must be one of "call", "text" or "web", got "fax"',
    );
    expect(authorMessage('nodes[0]: give both x and y, or neither', data)).to.equal('node 1 (id "k"): give both x and y, or neither');
    expect(authorMessage('steps[3]: "k" is listed twice', data)).to.equal('step 4: "k" is listed twice');
  });

  it('never throw: an odd key or data whose getters throw leave the message as the validator wrote it', () => {
    expect(authorMessage('["\\x"]: bad', {})).to.equal('["\\x"]: bad');
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); } });
    expect(authorMessage('nodes[0].label: is required', hostile)).to.equal('nodes[0].label: is required');
  });

  it('keep messages without a list, and messages without a path, as they are', () => {
    expect(authorMessage('title: is 300 characters; the limit is 200', data)).to.equal('title: is 300 characters; the limit is 200');
    expect(authorMessage('expected an object, got an array', data)).to.equal('expected an object, got an array');
    expect(authorMessage('nodes[9].label: is required', data)).to.equal('node 10: label is required');
    expect(positionWords('sets[0].items[2]')).to.equal('set 1, item 3');
  });
});
