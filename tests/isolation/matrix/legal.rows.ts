import { accessibilityStatementTemplate, privacyNoticeTemplate } from '@linkki/domain';
import type { MatrixRows } from './types';

const county = { fi: 'Pohjois-Savon hyvinvointialue', sv: 'Norra Savolax välfärdsområde', en: 'North Savo wellbeing services county' };

export const legalRows: MatrixRows = {
  'legal.accessibilityStatement': { access: 'resident' },
  'legal.privacyNotice': { access: 'resident', input: { register: 'referrals' } },
  'legal.updateContact': {
    access: ['coordinator'],
    input: { expectedVersion: 99, contact: { email: 'kirjaamo@matriisi.example', address: 'PL 1, 70100 Kuopio', dataProtectionOfficerEmail: 'tietosuoja@matriisi.example' } },
  },
  'legal.updateAccessibilityStatement': { access: ['coordinator'], input: { expectedVersion: 99, statement: accessibilityStatementTemplate(county, '2026-01-01') } },
  'legal.updatePrivacyNotice': { access: ['coordinator'], input: { register: 'referrals', expectedVersion: 99, notice: privacyNoticeTemplate('referrals', county) } },
  'legal.sendFeedback': { access: 'resident', input: { requestId: '00000000-0000-4000-8000-0000000000a1', problem: 'Testi', location: 'Etusivu' } },
  'legal.feedbackQueue': { access: ['coordinator'], input: {} },
  'legal.markFeedbackAnswered': { access: ['coordinator'], input: { id: '2026-01-01T00:00:00.000Z_abc', expectedVersion: 1 } },
};
