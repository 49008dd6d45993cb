import { describe, expect, it } from 'vitest';
import { accessibilityStatementSchema, privacyNoticeSchema, privacyRegisters } from './legal-document.schema';
import { accessibilityStatementTemplate, privacyNoticeTemplate } from './legal-templates';

const county = { fi: 'Lapin hyvinvointialue', sv: 'Lapplands välfärdsområde', en: 'Lapland wellbeing services county' };

describe('legal templates', () => {
  it('give every register a valid notice that names the county as controller in each language', () => {
    for (const register of privacyRegisters) {
      const notice = privacyNoticeSchema.parse(privacyNoticeTemplate(register, county));
      expect(notice.purpose.fi).toContain(county.fi);
      expect(notice.purpose.sv).toContain(county.sv);
      expect(notice.purpose.en).toContain(county.en);
    }
  });

  it('give a valid statement prepared today', () => {
    const statement = accessibilityStatementSchema.parse(accessibilityStatementTemplate(county, '2026-12-03'));
    expect(statement).toMatchObject({ conformance: 'partial', preparedOn: '2026-12-03' });
    expect(statement.scope.sv).toContain(county.sv);
  });
});
