import { expect } from '@open-wc/testing';
import { fkGrade, patientTexts, syllables, words } from './support/flesch-kincaid.js';

/*
 * Flesch–Kincaid grade of every English string a patient can read: the built-in content (pathway, side effects,
 * crisis lines) and the components' own text (buttons, notes, the disclaimer).
 *
 * Ceiling rule: a string of MIN_WORDS words or more must score at most CEILING. FK is a regression fitted on
 * passages of 100+ words; on a button or a three-word label one long word ("Dissociation") swings the score by
 * ten grades, so shorter strings are not scored one by one, but they still count in the overall average, which
 * must stay at or below AVERAGE_CEILING. Grade 8 is the content brief's target for patient text.
 */
const CEILING = 8;
const MIN_WORDS = 10;
const AVERAGE_CEILING = 7;

describe('readability of the English patient text', () => {
  it('scores known text as Flesch–Kincaid does', () => {
    expect(syllables('cat')).to.equal(1);
    expect(syllables('table')).to.equal(2);
    expect(syllables('released')).to.equal(2);
    expect(syllables('education')).to.equal(4);
    expect(syllables('988')).to.equal(3);
    // One sentence of one-syllable words is easy; a sentence of long words is hard.
    expect(fkGrade('The cat sat on the mat.')).to.be.below(0);
    expect(fkGrade('Pharmacological considerations necessitate individualized administration.')).to.be.above(CEILING + 10);
  });

  it('finds the texts of every widget', () => {
    const where = patientTexts.map((t) => t.where);
    for (const part of ['disclaimer.body4', 'pathway strings.altNote', 'pathway.nodes[0].description', 'side effects.help[1]', 'neuron.t_persist', 'crisis lines.regions.US.lines[0].description']) {
      expect(where, part).to.include(part);
    }
    expect(patientTexts.length).to.be.above(250);
  });

  it(`keeps every sentence-length string at grade ${CEILING} or below`, () => {
    const scored = patientTexts.filter((t) => words(t.text).length >= MIN_WORDS).map((t) => ({ ...t, grade: fkGrade(t.text) }));
    const tooHard = scored.filter((t) => t.grade > CEILING).map((t) => `${t.where} (grade ${t.grade.toFixed(1)}): ${t.text}`);
    expect(tooHard, tooHard.join('\n')).to.deep.equal([]);
    expect(scored.length).to.be.above(50);
  });

  it(`keeps the average at grade ${AVERAGE_CEILING} or below`, () => {
    const grades = patientTexts.filter((t) => words(t.text).length >= 3).map((t) => fkGrade(t.text));
    const average = grades.reduce((a, b) => a + b, 0) / grades.length;
    expect(average).to.be.at.most(AVERAGE_CEILING);
  });
});
