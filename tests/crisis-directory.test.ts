// The disclaimer's crisis-line data (crisis-directory.ts): which region a page gets, what counts as a phone
// number, how numbers are kept on one line, and every message an author sees for a bad directory.
import { expect } from './support/expect.js';
import { keepNumbersTogether, resolveRegion, validateCrisisDirectory, type CrisisDirectory } from '../src/components/disclaimer/crisis-directory.js';

const region = (lines: unknown[] = [{ id: 'x', name: 'X', contacts: [{ type: 'call', value: '988' }] }], extra: object = {}) => ({ name: 'Here', lines, ...extra });
const directoryOf = (regions: Record<string, unknown>) => ({ regions });
const errorsOf = (input: unknown): string[] => validateCrisisDirectory(input).errors ?? [];
/** Errors of a directory with one region `R` and one line whose contact is `contact`. */
const contactErrors = (contact: unknown) => errorsOf(directoryOf({ R1: region([{ id: 'x', name: 'X', contacts: [contact] }]) }));
const lineErrors = (line: object) => errorsOf(directoryOf({ R1: region([{ id: 'x', name: 'X', contacts: [{ type: 'call', value: '988' }], ...line }]) }));

describe('crisis directory: which region a page gets', () => {
  const keys = (...names: string[]) => ({ regions: Object.fromEntries(names.map((n) => [n, region()])) }) as unknown as CrisisDirectory;

  it('matches region keys in any case and gives back the key as the data spells it', () => {
    expect(resolveRegion('ca', 'en', keys('Ca', 'intl'))).to.equal('Ca');
    expect(resolveRegion('auto', 'fr-ca', keys('Ca', 'intl'))).to.equal('Ca');
    expect(resolveRegion('NARNIA', 'en', keys('Ca', 'Intl'))).to.equal('Intl');
  });

  it('reads a language tag with underscores, and maps GB and IE to the UK entry only when there is no entry of their own', () => {
    expect(resolveRegion('auto', 'en_GB', keys('UK', 'intl'))).to.equal('UK');
    expect(resolveRegion('auto', 'ga-IE', keys('UK', 'intl'))).to.equal('UK');
    expect(resolveRegion('auto', 'en-IE', keys('IE', 'UK', 'intl'))).to.equal('IE');
    expect(resolveRegion('auto', 'en-GB', keys('GB', 'UK'))).to.equal('GB');
    // The aliases are for `auto` only: asking for GB by name finds no GB entry.
    expect(resolveRegion('GB', 'en', keys('UK', 'intl'))).to.equal('intl');
  });

  it('treats a blank or spaced region as auto', () => {
    expect(resolveRegion('   ', 'en-US', keys('US', 'intl'))).to.equal('US');
    expect(resolveRegion(' Auto ', 'en-US', keys('US', 'intl'))).to.equal('US');
  });

  it('finds no region for a language without a country, even with a key that could match an empty one', () => {
    expect(resolveRegion('auto', 'en', keys('US'))).to.equal(undefined);
  });
});

describe('crisis directory: phone numbers kept on one line', () => {
  const pieces = (text: string) => keepNumbersTogether(text).map((p) => (typeof p === 'string' ? p : `[${String(p.values[0])}]`));

  it('wraps each phone number, vanity number and dotted number in a span that does not wrap', () => {
    expect(pieces('Call 116 123 or +1 (800) 273-8255 now')).to.deep.equal(['Call ', '[116 123]', ' or ', '[+1 (800) 273-8255]', ' now']);
    expect(pieces('Llame al 442-AYUDAME hoy')).to.deep.equal(['Llame al ', '[442-AYUDAME]', ' hoy']);
    expect(pieces('Marque 1-888-628-9454-ÁÉ.')).to.deep.equal(['Marque ', '[1-888-628-9454-ÁÉ]', '.']);
    expect(pieces('Text 741.741')).to.deep.equal(['Text ', '[741.741]', '']);
    // A one-digit vanity number is a number; a hyphenated word is not.
    expect(pieces('Marque 2-AYUDA, no Pre-Kinder')).to.deep.equal(['Marque ', '[2-AYUDA]', ', no Pre-Kinder']);
    expect(keepNumbersTogether('Call 988')[1]).to.have.property('strings').that.satisfies((s: readonly string[]) => s.join('').includes('class="nowrap"'));
  });

  it('leaves text without numbers, and a single digit, as it is', () => {
    expect(pieces('No numbers here')).to.deep.equal(['No numbers here']);
    expect(pieces('Press 2')).to.deep.equal(['Press 2']);
  });
});

describe('crisis directory: what an author is told', () => {
  it('accepts the smallest directory', () => {
    const input = directoryOf({ US: region() });
    expect(validateCrisisDirectory(input)).to.deep.equal({ value: input });
  });

  it('needs an object with at least one region', () => {
    expect(errorsOf([])).to.deep.equal(['expected an object, got an array']);
    expect(errorsOf({})).to.deep.equal(['regions: expected an object, got undefined']);
    expect(errorsOf({ regions: {} })).to.deep.equal(['regions: must name at least one region']);
  });

  it('takes region keys of 2–20 letters, digits, "-" or "_"', () => {
    const rule = 'region keys are 2–20 letters, digits, "-" or "_"';
    expect(errorsOf(directoryOf({ U: region() }))).to.deep.equal([`regions.U: ${rule}`]);
    expect(errorsOf(directoryOf({ 'u s': region() }))).to.deep.equal([`regions["u s"]: ${rule}`]);
    expect(errorsOf(directoryOf({ ['x'.repeat(21)]: region() }))).to.deep.equal([`regions.${'x'.repeat(21)}: ${rule}`]);
    expect(errorsOf(directoryOf({ ['x'.repeat(20)]: region(), 'en-ca_2': region() }))).to.deep.equal([]);
  });

  it('checks a region: an object, a name of up to 80 characters, up to 20 lines', () => {
    expect(errorsOf(directoryOf({ US: 'x' }))).to.deep.equal(['regions.US: expected an object, got "x"']);
    expect(errorsOf(directoryOf({ US: { ...region(), name: 'n'.repeat(81) } }))).to.deep.equal(['regions.US.name: is 81 characters; the limit is 80']);
    expect(errorsOf(directoryOf({ US: { ...region(), name: 'n'.repeat(80) } }))).to.deep.equal([]);
    expect(errorsOf(directoryOf({ US: { name: 'Here' } }))).to.deep.equal(['regions.US.lines: expected an array, got undefined']);
    const line = { id: 'x', name: 'X', contacts: [{ type: 'call', value: '988' }] };
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...line, id: `l${i}` }));
    expect(errorsOf(directoryOf({ US: region(many(21)) }))).to.deep.equal(['regions.US.lines: has 21 items; at most 20 are supported']);
    expect(errorsOf(directoryOf({ US: region(many(20)) }))).to.deep.equal([]);
  });

  it('wants an emergency number that is a phone number', () => {
    expect(errorsOf(directoryOf({ US: region(undefined, { emergency: '911' }) }))).to.deep.equal([]);
    expect(errorsOf(directoryOf({ US: region(undefined, { emergency: ' 112 ' }) }))).to.deep.equal([]);
    expect(errorsOf(directoryOf({ US: region(undefined, { emergency: 'call 911' }) }))).to.deep.equal(['regions.US.emergency: expected a phone number such as "911", got "call 911"']);
    expect(errorsOf(directoryOf({ US: region(undefined, { emergency: 911 }) }))).to.deep.equal(['regions.US.emergency: expected a phone number such as "911", got 911']);
  });

  it('checks each line: an object, an id of up to 80 characters used once, a name of up to 120', () => {
    expect(errorsOf(directoryOf({ US: region([7]) }))).to.deep.equal(['regions.US.lines[0]: expected an object, got 7']);
    expect(lineErrors({ id: 'i'.repeat(81) })).to.deep.equal(['regions.R1.lines[0].id: is 81 characters; the limit is 80']);
    expect(lineErrors({ id: 'i'.repeat(80), name: 'n'.repeat(120) })).to.deep.equal([]);
    expect(lineErrors({ name: 'n'.repeat(121) })).to.deep.equal(['regions.R1.lines[0].name: is 121 characters; the limit is 120']);
    const line = { id: 'same', name: 'X', contacts: [{ type: 'call', value: '988' }] };
    expect(errorsOf(directoryOf({ US: region([line, line, { ...line, id: 'other' }, line]) }))).to.deep.equal([
      'regions.US.lines[1].id: duplicate id "same"',
      'regions.US.lines[3].id: duplicate id "same"',
    ]);
    // Ids need only be unique within a region.
    expect(errorsOf(directoryOf({ US: region([line]), UK: region([line]) }))).to.deep.equal([]);
  });

  it('takes a description of up to 400 characters and language notes of up to 200, by language', () => {
    expect(lineErrors({ description: 'd'.repeat(400), languageNotes: { es: 'n'.repeat(200) } })).to.deep.equal([]);
    expect(lineErrors({ description: 'd'.repeat(401) })).to.deep.equal(['regions.R1.lines[0].description: is 401 characters; the limit is 400']);
    expect(lineErrors({ languageNotes: { es: 'n'.repeat(201) } })).to.deep.equal(['regions.R1.lines[0].languageNotes.es: is 201 characters; the limit is 200']);
    expect(lineErrors({ languageNotes: 'Para español, marque 2' })).to.deep.equal(['regions.R1.lines[0].languageNotes: expected texts by language, such as { "es": "…" }']);
  });

  it('needs 1–10 contacts per line', () => {
    const contacts = (n: number) => Array.from({ length: n }, () => ({ type: 'call', value: '988' }));
    expect(lineErrors({ contacts: [] })).to.deep.equal(['regions.R1.lines[0].contacts: must not be empty']);
    expect(lineErrors({ contacts: contacts(11) })).to.deep.equal(['regions.R1.lines[0].contacts: has 11 items; at most 10 are supported']);
    expect(lineErrors({ contacts: contacts(10) })).to.deep.equal([]);
  });

  it('checks a contact: its type, a value of up to 300 characters, a keyword of up to 40 and a label of up to 80', () => {
    const at = 'regions.R1.lines[0].contacts[0]';
    expect(contactErrors('988')).to.deep.equal([`${at}: expected an object, got "988"`]);
    expect(contactErrors({ type: 'fax', value: '988' })).to.deep.equal([`${at}.type: expected one of "call", "text", "web", got "fax"`]);
    expect(contactErrors({ type: 'web', value: `https://a.org/${'p'.repeat(300)}` })).to.deep.equal([`${at}.value: is 314 characters; the limit is 300`]);
    expect(contactErrors({ type: 'text', value: '741741', body: 'b'.repeat(40), label: 'l'.repeat(80) })).to.deep.equal([]);
    expect(contactErrors({ type: 'text', value: '741741', body: 'b'.repeat(41) })).to.deep.equal([`${at}.body: is 41 characters; the limit is 40`]);
    expect(contactErrors({ type: 'text', value: '741741', label: 'l'.repeat(81) })).to.deep.equal([`${at}.label: is 81 characters; the limit is 80`]);
  });

  it('takes phone numbers of digits, spaces, +, - and parentheses, from 1 to 20 characters', () => {
    const message = (value: string) => [`regions.R1.lines[0].contacts[0].value: expected a phone number (digits, spaces, +, -, parentheses), got "${value}"`];
    for (const value of ['988', '2', '+44 (0)116 123', ' 116 123 ', '1-800-273-8255', '1'.repeat(20)]) expect(contactErrors({ type: 'call', value }), value).to.deep.equal([]);
    for (const value of ['1'.repeat(21), 'abc', '+', '(988)', '988-', '98.8', '+-1', 'call 988', '988 ext', '1\n2']) {
      expect(contactErrors({ type: 'text', value }), value).to.deep.equal(message(value));
    }
  });

  it('takes web pages at http or https addresses only', () => {
    const message = (value: string) => [`regions.R1.lines[0].contacts[0].value: expected an http(s) address, got "${value}"`];
    expect(contactErrors({ type: 'web', value: 'https://988lifeline.org/' })).to.deep.equal([]);
    expect(contactErrors({ type: 'web', value: 'http://example.org' })).to.deep.equal([]);
    expect(contactErrors({ type: 'web', value: 'javascript:alert(1)' })).to.deep.equal(message('javascript:alert(1)'));
    expect(contactErrors({ type: 'web', value: 'not a url' })).to.deep.equal(message('not a url'));
    // A phone number as a web address, and an address as a phone number, are both wrong.
    expect(contactErrors({ type: 'web', value: '988' })).to.deep.equal(message('988'));
    expect(contactErrors({ type: 'call', value: 'https://988lifeline.org/' })).to.have.length(1);
  });

  it('does not check the value of a contact whose type is wrong', () => {
    expect(contactErrors({ type: 'fax', value: 'not a number' })).to.have.length(1);
  });
});
