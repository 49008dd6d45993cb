import { DomainError } from '../shared/errors';

export class MunicipalityOutsideCountyError extends DomainError {
  override readonly name = 'MunicipalityOutsideCountyError';
  readonly kind = 'invalid';
  constructor(
    readonly field: string,
    readonly municipalities: readonly string[],
  ) {
    super(`Invalid input: ${field}: ${municipalities.join(', ')} is not a municipality of this county`);
  }
}

/**
 * Activities, organisations, clients and link workers belong to municipalities of their own
 * county; `field` names the input the refusal is about.
 */
export const requireCountyMunicipalities = (countyMunicipalities: readonly string[], municipalities: readonly string[], field: string): void => {
  const outside = municipalities.filter((municipality) => !countyMunicipalities.includes(municipality));
  if (outside.length > 0) throw new MunicipalityOutsideCountyError(field, outside);
};
