import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tenantSchema } from './tenant.schema';
import { wellbeingCounties } from './wellbeing-counties';

const referencePath = fileURLToPath(new URL('../../../../../shared/data/wellbeing-counties.json', import.meta.url));

interface ReferenceCounty {
  code: string;
  fi: string;
  sv: string;
  en: string;
  municipalities?: string[];
}

describe('wellbeing services counties', () => {
  const reference = (JSON.parse(readFileSync(referencePath, 'utf8')) as { counties: ReferenceCounty[] }).counties;

  it('matches the Statistics Finland reference data, county by county', () => {
    expect(wellbeingCounties.map((county) => county.code)).toEqual(reference.map((county) => county.code));
    for (const county of reference) {
      const ours = wellbeingCounties.find((candidate) => candidate.code === county.code);
      expect(ours?.name).toEqual({ fi: county.fi, sv: county.sv, en: county.en });
      expect(ours?.municipalities).toEqual(county.municipalities ?? []);
    }
  });

  it('has unique, valid slugs and exactly the three demo counties active', () => {
    for (const county of wellbeingCounties) tenantSchema.parse(county);
    expect(new Set(wellbeingCounties.map((county) => county.slug)).size).toBe(wellbeingCounties.length);
    expect(
      wellbeingCounties
        .filter((county) => county.status === 'active')
        .map((county) => county.slug)
        .sort(),
    ).toEqual(['keski-pohjanmaa', 'lappi', 'pohjois-savo']);
  });
});
