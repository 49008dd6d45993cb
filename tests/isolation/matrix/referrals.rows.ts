import { defaultReferralConfig, type Role } from '@linkki/domain';
import { referralInput } from '../../helpers/referral-fixtures';
import type { ProcedureInput } from '../../helpers/procedure-types';
import type { MatrixRows } from './types';

const staff: readonly Role[] = ['professional', 'linkWorker', 'coordinator'];
const coordinators: readonly Role[] = ['coordinator'];
const linkWorkers: readonly Role[] = ['linkWorker'];
/** A referral nobody has: allowed callers get NOT_FOUND or CONFLICT, never a refusal. */
const missing = { id: 'ref-000000000000000000000000', expectedVersion: 1 };
const profile: ProcedureInput<'linkWorkers.saveProfile'>['profile'] = { displayName: 'Matriisi', kind: 'staff', municipalities: ['Kuopio'], languages: ['fi'], capacity: 3 };
const training = { courses: [{ title: 'Peruskoulutus', completedOn: '2026-01-15' }], mentoring: [] };
const survey = { answers: { 'training-sufficient': 4, 'mentoring-sufficient': 3, 'workload-manageable': 4, 'supported-by-coordinator': 5, 'would-continue': 5 } };

export const referralsRows: MatrixRows = {
  'referrals.vocabulary': { access: 'public' },
  'referrals.config': { access: staff },
  'referrals.saveConfig': { access: coordinators, input: { expectedVersion: 7, config: defaultReferralConfig } },
  // One fixed request id: the first allowed call creates the referral, every later one is an idempotent retry.
  'referrals.create': {
    access: ['professional'],
    input: referralInput({ requestId: '00000000-0000-4000-8000-00000000a001', client: { name: 'Matriisi', birthYear: 1950, municipality: 'Kuopio', language: 'fi' } }),
  },
  'referrals.list': { access: staff, input: {} },
  'referrals.queue': { access: linkWorkers },
  'referrals.take': { access: linkWorkers, input: missing },
  'referrals.assign': { access: coordinators, input: { ...missing, linkWorkerId: 'test-linkWorker' } },
  'referrals.byId': { access: staff, input: { id: missing.id } },
  'referrals.transition': { access: staff, input: { ...missing, to: 'cancelled', reason: 'Matriisi' } },
  'referrals.recordContact': { access: linkWorkers, input: { ...missing, kind: 'phone', at: '2026-05-01T10:00:00.000Z' } },
  'referrals.recordMeasure': { access: ['professional', 'linkWorker'], input: { ...missing, instrument: 'swemwbs', phase: 'start', filledBy: 'client', items: [3, 3, 3, 3, 3, 3, 3] } },
  'referrals.clientSummary': { access: staff, input: { id: missing.id } },
  'referrals.auditTrail': { access: coordinators, input: { id: missing.id } },
  'referrals.accessLog': { access: coordinators, input: { query: { by: 'client', referralId: missing.id } } },
  'referrals.accessLogCsv': { access: coordinators, input: { query: { by: 'user', userId: 'test-professional' } } },
  'linkWorkers.myProfile': { access: linkWorkers },
  'linkWorkers.saveProfile': { access: linkWorkers, input: { expectedVersion: 9, profile } },
  'linkWorkers.list': { access: coordinators },
  'linkWorkers.myTraining': { access: linkWorkers },
  'linkWorkers.saveTraining': { access: linkWorkers, input: { expectedVersion: 9, record: training } },
  'linkWorkers.training': { access: coordinators, input: { linkWorkerId: 'test-linkWorker' } },
  'linkWorkers.submitSurvey': { access: linkWorkers, input: survey },
  'linkWorkers.surveySummary': { access: coordinators },
  'reports.referrals': { access: coordinators, input: {} },
  'reports.referralsCsv': { access: coordinators, input: {} },
};
