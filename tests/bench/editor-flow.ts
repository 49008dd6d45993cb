import { randomUUID } from 'node:crypto';
import { activityContent } from '../helpers/catalog-fixtures';
import type { ProcedurePath } from '../helpers/api-harness';
import { matrixOrganisation, matrixTenant } from '../isolation/authorization-matrix';
import type { BenchPlatform } from './bench-platform';
import { type PerCall, type ProcedureCall, procedureCaller } from './procedure-caller';
import { fixed } from './stats';

const listingsPerRun = 10;

interface Versioned {
  id: string;
  version: number;
}

/** The data of a successful answer, or a loud failure: every step of the flow must succeed. */
const succeeded = async (call: ProcedureCall, path: ProcedurePath, input: unknown): Promise<Versioned> => {
  const answer = await call(path, input);
  if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}: ${answer.body}`);
  return answer.data as Versioned;
};

/**
 * The matrix rows of the versioned editor writes name a missing listing, so the table above shows
 * their NOT_FOUND path. Here each runs on a real listing, the way an editor and a coordinator use
 * them: created, read, edited, submitted, approved, verified, edited again while published.
 */
export const benchEditorFlow = async (platform: BenchPlatform): Promise<void> => {
  const { meter } = platform;
  const editor = await procedureCaller(platform, matrixTenant, 'orgEditor');
  const coordinator = await procedureCaller(platform, matrixTenant, 'coordinator');
  const content = activityContent({ organisationId: matrixOrganisation.id, municipality: 'Kuopio' });
  const steps = new Map<string, PerCall>();
  const step = async (label: string, call: ProcedureCall, path: ProcedurePath, input: unknown): Promise<Versioned> => {
    meter.reset();
    const data = await succeeded(call, path, input);
    const sum = steps.get(label) ?? { requests: 0, capacityUnits: 0 };
    steps.set(label, { requests: sum.requests + meter.requests / listingsPerRun, capacityUnits: sum.capacityUnits + meter.capacityUnits / listingsPerRun });
    return data;
  };
  const { id: organisationId, ...organisation } = matrixOrganisation;
  const own = (await editor('catalog.myOrganisations', undefined)).data as Versioned[];
  let organisationVersion = own.find((candidate) => candidate.id === organisationId)?.version ?? 1;
  for (let index = 0; index < listingsPerRun; index += 1) {
    const created = await step('catalog.createActivity (draft)', editor, 'catalog.createActivity', { requestId: randomUUID(), content, submit: false });
    await step('catalog.activity', editor, 'catalog.activity', { id: created.id });
    const edited = await step('catalog.updateActivity (draft)', editor, 'catalog.updateActivity', { id: created.id, expectedVersion: created.version, content });
    const submitted = await step('catalog.transitionActivity (submit)', editor, 'catalog.transitionActivity', { id: created.id, expectedVersion: edited.version, action: 'submit' });
    const approved = await step('catalog.transitionActivity (approve)', coordinator, 'catalog.transitionActivity', { id: created.id, expectedVersion: submitted.version, action: 'approve' });
    const verified = await step('catalog.verifyActivity', editor, 'catalog.verifyActivity', { id: created.id, expectedVersion: approved.version });
    await step('catalog.updateActivity (published)', editor, 'catalog.updateActivity', { id: created.id, expectedVersion: verified.version, content });
    await step('catalog.createActivity (submit)', editor, 'catalog.createActivity', { requestId: randomUUID(), content, submit: true });
    await step('catalog.createActivity (coordinator)', coordinator, 'catalog.createActivity', { requestId: randomUUID(), content, submit: true });
    await step('catalog.listActivities', editor, 'catalog.listActivities', { organisationId });
    await step('catalog.myOrganisations', editor, 'catalog.myOrganisations', undefined);
    const updated = await step('catalog.updateOrganisation', editor, 'catalog.updateOrganisation', {
      id: organisationId,
      expectedVersion: organisationVersion,
      organisation: organisationDetailsOf(organisation),
    });
    organisationVersion = updated.version;
  }
  console.log(`\nEditor procedures on real listings (mean of ${listingsPerRun} runs of the flow; the matrix rows above name missing listings)`);
  console.log('procedure                               requests/call   capacity units/call');
  for (const [label, { requests, capacityUnits }] of steps) console.log(`${label.padEnd(40)} ${fixed(requests).padStart(13)}   ${fixed(capacityUnits).padStart(19)}`);
};

/** What an organisation's editor may send of its details. */
const organisationDetailsOf = ({ editors: _editors, ...details }: Omit<typeof matrixOrganisation, 'id'>) => details;
