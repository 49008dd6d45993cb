import { describe, expect, it } from 'vitest';
import { finnishStem, gradationVariants, queryStems } from './finnish-stem';

describe('finnishStem', () => {
  it.each([
    ['liikuntaan', 'liikunt'],
    ['liikunnassa', 'liikunn'],
    ['ikäihmisille', 'ikäihmi'],
    ['ikäihmisten', 'ikäihmi'],
    ['yksinäisille', 'yksinäi'],
    ['kuntosalilla', 'kuntosal'],
    ['sodankylässä', 'sodankyl'],
    ['omaishoitajille', 'omaishoitaj'],
  ])('%s → %s', (word, stem) => {
    expect(finnishStem(word)).toBe(stem);
  });

  it.each([
    ['yhdistys', 'yhdistyksen', 'yhdistykset', 'yhdistyksiä', 'yhdistyksessä', 'yhdistykseksi'],
    ['muistiyhdistys', 'muistiyhdistyksen'],
    ['kokous', 'kokouksen', 'kokoukset', 'kokousta'],
    ['liikunnallinen', 'liikunnallisen', 'liikunnalliset', 'liikunnallisia'],
    ['ihminen', 'ihmisen', 'ihmisiä'],
    ['yksinäisyys', 'yksinäisyyden', 'yksinäisyydessä', 'yksinäisyyttä'],
    ['älypuhelin', 'älypuhelimen', 'älypuhelimella'],
  ])('gives every form of %s a stem that starts each of the others', (...forms) => {
    for (const typed of forms) {
      for (const indexed of forms) expect(indexed.startsWith(finnishStem(typed)), `${typed} → ${finnishStem(typed)} in ${indexed}`).toBe(true);
    }
  });

  it('strips clitics and possessive suffixes before the case ending', () => {
    expect(finnishStem('kerhoonkin')).toBe('kerh');
    expect(finnishStem('ryhmässämme')).toBe('ryhm');
  });

  it('never leaves fewer than four characters', () => {
    expect(finnishStem('talossa')).toBe('talo');
    expect(finnishStem('kala')).toBe('kala');
    expect(finnishStem('ja')).toBe('ja');
  });

  it('leaves words with digits alone', () => {
    expect(finnishStem('2025a')).toBe('2025a');
  });
});

describe('gradationVariants', () => {
  it('swaps the last consonant cluster between strong and weak grade', () => {
    expect(gradationVariants('liikunt')).toEqual(['liikunn']);
    expect(gradationVariants('liikunn')).toEqual(['liikunt']);
    expect(gradationVariants('mölkk')).toEqual(['mölk']);
    expect(gradationVariants('kaupung')).toEqual(['kaupunk']);
    expect(gradationVariants('kirjastt')).toContain('kirjast');
  });

  it('drops variants shorter than four characters', () => {
    expect(gradationVariants('mölk')).toEqual(['mölkk']);
  });
});

describe('queryStems', () => {
  it('gives the stem and its other grade, never the term itself', () => {
    expect(queryStems('liikunnassa')).toEqual(['liikunn', 'liikunt']);
    expect(queryStems('liikuntaan')).toEqual(['liikunt', 'liikunn']);
    expect(queryStems('kuntosali')).toEqual(['kuntosal']);
    expect(queryStems('ryhmä')).toEqual(['ryhm']);
    expect(queryStems('kala')).toEqual([]);
  });
});
