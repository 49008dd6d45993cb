import { describe, expect, it } from 'vitest';
import { MunicipalityOutsideCountyError, requireCountyMunicipalities } from './county-municipalities';

describe('municipalities of the county', () => {
  it('accepts the county’s own municipalities and none at all', () => {
    expect(() => requireCountyMunicipalities(['Kuopio', 'Iisalmi'], ['Kuopio'], 'organisation.municipalities')).not.toThrow();
    expect(() => requireCountyMunicipalities(['Kuopio'], [], 'organisation.municipalities')).not.toThrow();
  });

  it('refuses another county’s municipality, naming the field and the municipality', () => {
    expect(() => requireCountyMunicipalities(['Kuopio'], ['Kuopio', 'Rovaniemi'], 'client.municipality')).toThrow(new MunicipalityOutsideCountyError('client.municipality', ['Rovaniemi']));
    expect(() => requireCountyMunicipalities(['Kuopio'], ['Rovaniemi'], 'client.municipality')).toThrow('Invalid input: client.municipality: Rovaniemi is not a municipality of this county');
  });
});
