import { describe, expect, it } from 'vitest';
import { fold, tokenize } from './normalize';

describe('tokenize', () => {
  it('lower-cases and splits on anything but letters and digits', () => {
    expect(tokenize('Yksinäisyyttä vastaan: KOHTAAMISPAIKKA (klo 10–12)!')).toEqual(['yksinäisyyttä', 'vastaan', 'kohtaamispaikka', 'klo', '10', '12']);
  });

  it('splits hyphenated names and keeps Nordic and Sámi letters inside words', () => {
    expect(tokenize('Luontoretki Pyhä-Luostolle')).toEqual(['luontoretki', 'pyhä', 'luostolle']);
    expect(tokenize('Lávlut sámegillii, Čohkkiraš')).toEqual(['lávlut', 'sámegillii', 'čohkkiraš']);
  });

  it('applies NFKC, so decomposed and compatibility forms index like the composed ones', () => {
    expect(tokenize('Ka\u0308sityo\u0308')).toEqual(['käsityö']);
    expect(tokenize('ﬁlmikerho Ｋuopio')).toEqual(['filmikerho', 'kuopio']);
  });

  it('gives nothing for blank or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('  –!? ')).toEqual([]);
  });
});

describe('fold', () => {
  it('drops the dots and rings of ä, ö and å', () => {
    expect(fold('äänestys')).toBe('aanestys');
    expect(fold('käsityö')).toBe('kasityo');
    expect(fold('åbo')).toBe('abo');
  });

  it('drops other diacritics and spells out letters without a base form', () => {
    expect(fold('café')).toBe('cafe');
    expect(fold('čohkkiraš')).toBe('cohkkiras');
    expect(fold('søndag')).toBe('sondag');
    expect(fold('đ')).toBe('d');
  });

  it('leaves plain ASCII alone', () => {
    expect(fold('walking')).toBe('walking');
  });
});
