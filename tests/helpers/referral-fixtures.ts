import { randomUUID } from 'node:crypto';
import { type ApiHarness, dataOf, errorCodeOf, type ProcedureInput, type ProcedureResponse } from './api-harness';

export const referralTenant = 'keski-pohjanmaa';

/** The parts of a referral the tests read. */
export interface TestReferral {
  id: string;
  version: number;
  state: string;
  assignedLinkWorkerId: string | null;
  firstContactAt: string | null;
  closedAt: string | null;
  clientName: string | null;
  history: { from: string | null; to: string; by: string; role: string; reason?: string }[];
  contacts: { kind: string }[];
  measures: { swemwbs: { start: { raw: number; metric: number } | null; end: { raw: number; metric: number } | null }; participation: { start: object | null; end: object | null } };
  outcome: { whatChanged: string } | null;
  allowedTransitions: string[];
}

/** A valid `referrals.create` input, typed from the router so a schema change shows up here first. */
const validReferral = (): ProcedureInput<'referrals.create'> => ({
  requestId: randomUUID(),
  typeId: 'wellbeing',
  unitId: 'senior-clinic',
  client: { name: 'Testi Asiakas', birthYear: 1950, municipality: 'Kokkola', phone: '040 123 4567', language: 'fi' },
  needs: ['loneliness'],
  suggestedActivityIds: [],
  linkWorkerWanted: true,
  note: 'Toivoo seuraa.',
  consent: { givenBy: 'client', givenAt: new Date().toISOString(), scopes: ['referral-processing', 'link-worker-contact'] },
  safety: { acuteCrisis: false, needsProfessionalCare: false },
});

export const referralInput = (overrides: Record<string, unknown> = {}) => ({ ...validReferral(), ...overrides });

export const linkWorkerProfile = (overrides: Record<string, unknown> = {}) => ({
  displayName: 'Testi Lähetti',
  kind: 'volunteer',
  municipalities: ['Kokkola'],
  languages: ['fi'],
  capacity: 5,
  ...overrides,
});

/** Tokens of the people a referral involves, and some who must not see it. */
export const referralCast = async (api: ApiHarness, suffix: string) => ({
  nurse: await api.tokenFor('professional', referralTenant, `nurse-${suffix}`),
  otherNurse: await api.tokenFor('professional', referralTenant, `nurse2-${suffix}`),
  worker: await api.tokenFor('linkWorker', referralTenant, `lw-${suffix}`),
  otherWorker: await api.tokenFor('linkWorker', referralTenant, `lw2-${suffix}`),
  coordinator: await api.tokenFor('coordinator', referralTenant, `coord-${suffix}`),
  foreignCoordinator: await api.tokenFor('coordinator', 'lappi', `coord-${suffix}`),
  editor: await api.tokenFor('orgEditor', referralTenant, `editor-${suffix}`),
});

export const expectData = <T>(response: ProcedureResponse): T => {
  if (errorCodeOf(response)) throw new Error(`expected data, got ${JSON.stringify(response.body)}`);
  return dataOf<T>(response);
};

/** Shortcuts for the calls every referral test makes. */
export const referralCalls = (api: ApiHarness) => ({
  create: async (token: string, overrides: Record<string, unknown> = {}) =>
    expectData<{ referral: TestReferral; duplicate: boolean }>(await api.call('referrals.create', referralInput(overrides), { token })).referral,
  transition: (token: string, referral: Pick<TestReferral, 'id' | 'version'>, to: string, extra: Record<string, unknown> = {}) =>
    api.call('referrals.transition', { id: referral.id, expectedVersion: referral.version, to, ...extra }, { token }),
  byId: (token: string, id: string) => api.call('referrals.byId', { id }, { token }),
  saveProfile: async (token: string, overrides: Record<string, unknown> = {}) =>
    expectData(await api.call('linkWorkers.saveProfile', { expectedVersion: 0, profile: linkWorkerProfile(overrides) }, { token })),
  take: (token: string, referral: Pick<TestReferral, 'id' | 'version'>) => api.call('referrals.take', { id: referral.id, expectedVersion: referral.version }, { token }),
});
