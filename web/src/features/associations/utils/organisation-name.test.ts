import { describe, expect, it } from 'vitest';
import { organisationNameIn } from './organisation-name';

describe("an organisation's name", () => {
  it('is given in the UI language where the organisation has one, else in Finnish', () => {
    const name = { fi: 'Kuopion kaupunki', sv: 'Kuopio stad' };
    expect(organisationNameIn(name, 'sv')).toEqual({ text: 'Kuopio stad', lang: 'sv' });
    expect(organisationNameIn(name, 'en')).toEqual({ text: 'Kuopion kaupunki', lang: 'fi' });
    expect(organisationNameIn({ fi: 'Siilinjärven Martat ry', sv: '' }, 'sv')).toEqual({ text: 'Siilinjärven Martat ry', lang: 'fi' });
  });
});
