import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBirthDates, type MatchSignals, rankMatch } from './name-match.js';

// INT-2 / PLAT-4: ranking people already known, so the screener finds them before creating a duplicate.

const signals = (overrides: Partial<MatchSignals> = {}): MatchSignals => ({
  nameSimilarity: 0,
  aliasSimilarity: 0,
  firstSoundsAlike: false,
  lastSoundsAlike: false,
  dateOfBirth: 'unknown',
  ...overrides,
});

describe('ranking a candidate person', () => {
  it('“Jon Smyth” born that very day outranks an exact “John Smith” born on another day', () => {
    const soundAlikeSameBirthday = rankMatch(signals({ nameSimilarity: 0.3, firstSoundsAlike: true, lastSoundsAlike: true, dateOfBirth: 'exact' }));
    const exactNameOtherBirthday = rankMatch(signals({ nameSimilarity: 1, firstSoundsAlike: true, lastSoundsAlike: true, dateOfBirth: 'differs' }));
    expect(soundAlikeSameBirthday.score).toBe(72);
    expect(exactNameOtherBirthday.score).toBe(60);
    expect(soundAlikeSameBirthday.matchedOn).toEqual(['name_sound', 'date_of_birth']);
    expect(exactNameOtherBirthday.matchedOn).toEqual(['name_spelling', 'name_sound']);
  });

  it('a perfect match scores 100 and nothing at all scores 0', () => {
    expect(rankMatch(signals({ nameSimilarity: 1, aliasSimilarity: 1, firstSoundsAlike: true, lastSoundsAlike: true, dateOfBirth: 'exact' })).score).toBe(100);
    expect(rankMatch(signals())).toEqual({ score: 0, matchedOn: [] });
  });

  it('says when the match came through an alias such as a maiden name', () => {
    const viaMaidenName = rankMatch(signals({ nameSimilarity: 0.2, aliasSimilarity: 1, lastSoundsAlike: false }));
    expect(viaMaidenName).toEqual({ score: 40, matchedOn: ['alias'] });
  });

  it('gives partial credit for a last name that sounds alike and for typing slips in the birth date', () => {
    expect(rankMatch(signals({ lastSoundsAlike: true })).matchedOn).toEqual(['last_name_sound']);
    expect(rankMatch(signals({ lastSoundsAlike: true })).score).toBe(10);
    expect(rankMatch(signals({ dateOfBirth: 'day_month_swapped' }))).toEqual({ score: 25, matchedOn: ['date_of_birth_swapped'] });
    expect(rankMatch(signals({ dateOfBirth: 'same_year' }))).toEqual({ score: 12, matchedOn: ['birth_year'] });
  });

  const anySignals = fc.record({
    nameSimilarity: fc.double({ min: 0, max: 1, noNaN: true }),
    aliasSimilarity: fc.double({ min: 0, max: 1, noNaN: true }),
    firstSoundsAlike: fc.boolean(),
    lastSoundsAlike: fc.boolean(),
    dateOfBirth: fc.constantFrom('exact', 'day_month_swapped', 'same_year', 'differs', 'unknown') as fc.Arbitrary<MatchSignals['dateOfBirth']>,
  });

  it('property: the score is a whole number from 0 to 100', () => {
    fc.assert(
      fc.property(anySignals, (s) => {
        const { score } = rankMatch(s);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('property: an exact birth date never lowers the score', () => {
    fc.assert(fc.property(anySignals, (s) => rankMatch({ ...s, dateOfBirth: 'exact' }).score >= rankMatch(s).score));
  });

  it('property: closer spelling never lowers the score', () => {
    fc.assert(
      fc.property(anySignals, fc.double({ min: 0, max: 1, noNaN: true }), (s, better) => {
        fc.pre(better >= s.nameSimilarity);
        return rankMatch({ ...s, nameSimilarity: better }).score >= rankMatch(s).score;
      }),
    );
  });

  it('property: a sound-alike name never lowers the score', () => {
    fc.assert(fc.property(anySignals, (s) => rankMatch({ ...s, firstSoundsAlike: true, lastSoundsAlike: true }).score >= rankMatch(s).score));
  });
});

describe('comparing birth dates the way typing slips happen', () => {
  it.each([
    ['2016-03-14', '2016-03-14', 'exact'],
    ['2016-03-04', '2016-04-03', 'day_month_swapped'],
    ['2016-03-14', '2016-11-02', 'same_year'],
    ['2016-03-14', '2015-03-14', 'differs'],
    [null, '2016-03-14', 'unknown'],
    [undefined, '2016-03-14', 'unknown'],
    ['2016-03-14', null, 'unknown'],
  ] as const)('%s against %s is %s', (wanted, actual, expected) => {
    expect(compareBirthDates(wanted, actual)).toBe(expected);
  });

  const isoDates = fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('property: a date always matches itself exactly', () => {
    fc.assert(fc.property(isoDates, (d) => compareBirthDates(d, d) === 'exact'));
  });

  it('property: the comparison does not depend on which side was typed', () => {
    fc.assert(fc.property(isoDates, isoDates, (a, b) => compareBirthDates(a, b) === compareBirthDates(b, a)));
  });

  it('property: dates in different years never count as a near match', () => {
    fc.assert(
      fc.property(isoDates, isoDates, (a, b) => {
        fc.pre(a.slice(0, 4) !== b.slice(0, 4));
        return compareBirthDates(a, b) === 'differs';
      }),
    );
  });
});

describe('surname part and address (INT-2, PLAT-4)', () => {
  const base = { nameSimilarity: 0.3, aliasSimilarity: 0, firstSoundsAlike: false, lastSoundsAlike: false, dateOfBirth: 'unknown' as const };
  it('one part of a compound surname and an address each count, and say so', () => {
    expect(rankMatch({ ...base, surnamePart: true })).toEqual({ score: 32, matchedOn: ['surname'] });
    expect(rankMatch({ ...base, nameSimilarity: 0, addressMatch: true })).toEqual({ score: 30, matchedOn: ['address'] });
    expect(rankMatch(base).score).toBe(12);
  });
});
