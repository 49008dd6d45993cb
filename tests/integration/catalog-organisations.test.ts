import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, dataOf, errorCodeOf, type ProcedureResponse } from '../helpers/api-harness';
import { activityContent, newRequestId, uniqueBusinessId } from '../helpers/catalog-fixtures';

const tenant = 'pohjois-savo';

interface Organisation {
  id: string;
  version: number;
  kind: string;
  name: { fi: string; sv?: string };
  businessId?: string;
  contact: { email?: string; phone?: string };
  municipalities: string[];
  editors: string[];
}

let api: ApiHarness;
let coordinator: string;
beforeAll(async () => {
  api = await createApiHarness();
  coordinator = await api.tokenFor('coordinator', tenant, 'test-coordinator');
});

const details = (overrides: Record<string, unknown> = {}) => ({
  kind: 'association',
  name: { fi: 'Siilinjärven Kävelykaverit ry', sv: 'Siilinjärvi promenadkompisar rf' },
  businessId: uniqueBusinessId(),
  contact: { email: 'kavelykaverit@siilinjarvi.example', phone: '044 765 4321' },
  municipalities: ['Siilinjärvi', 'Kuopio'],
  ...overrides,
});

const createAs = (token: string, organisation = details(), requestId = newRequestId(), editors: string[] = []) =>
  api.call('catalog.createOrganisation', { requestId, organisation, editors }, { token });

const create = async (organisation = details(), requestId = newRequestId(), editors: string[] = []) => dataOf<Organisation>(await createAs(coordinator, organisation, requestId, editors));

const allOrganisations = async (): Promise<Organisation[]> => {
  const all: Organisation[] = [];
  let cursor: string | undefined;
  do {
    const page = dataOf<{ items: Organisation[]; nextCursor: string | null }>(await api.call('catalog.organisations', { cursor }, { token: coordinator }));
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
};

const update = (token: string, organisation: Organisation, changes: Record<string, unknown>, expectedVersion = organisation.version) =>
  api.call('catalog.updateOrganisation', { id: organisation.id, expectedVersion, organisation: { ...details(), businessId: organisation.businessId, ...changes } }, { token });

const setEditors = (organisation: Organisation, editors: string[], expectedVersion = organisation.version) =>
  api.call('catalog.setOrganisationEditors', { id: organisation.id, expectedVersion, editors }, { token: coordinator });

const messageOf = (response: ProcedureResponse) => JSON.stringify(response.body);

describe('organisations: the county keeps its own register', () => {
  it('lists a new organisation with its editors, by Finnish name', async () => {
    const created = await create(details({ name: { fi: 'Aaltosen Aamukävelijät ry' } }), newRequestId(), ['demo-editor']);
    expect(created).toMatchObject({ version: 1, editors: ['demo-editor'], municipalities: ['Siilinjärvi', 'Kuopio'] });
    const all = await allOrganisations();
    expect(all.find((organisation) => organisation.id === created.id)).toMatchObject({ name: { fi: 'Aaltosen Aamukävelijät ry' }, editors: ['demo-editor'] });
    const names = all.map((organisation) => organisation.name.fi.toLocaleLowerCase('fi'));
    expect(names).toEqual([...names].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0)));
  });

  it('creates once for a retried request id', async () => {
    const requestId = newRequestId();
    const organisation = details({ name: { fi: 'Kertaalleen Luotu ry' } });
    const first = await create(organisation, requestId);
    const retry = await create(organisation, requestId);
    expect(retry).toMatchObject({ id: first.id, version: first.version });
    expect((await allOrganisations()).filter((candidate) => candidate.name.fi === 'Kertaalleen Luotu ry')).toHaveLength(1);
  });

  it('answers CONFLICT to another coordinator replaying a request id, and leaves the first one’s organisation alone', async () => {
    const requestId = newRequestId();
    const first = await create(details({ name: { fi: 'Ensimmäisen Koordinaattorin ry' } }), requestId);
    const other = await api.tokenFor('coordinator', tenant, 'test-other-coordinator');
    const replay = await createAs(other, details({ name: { fi: 'Toisen Koordinaattorin ry' } }), requestId);
    expect(errorCodeOf(replay)).toBe('CONFLICT');
    expect((await allOrganisations()).find((candidate) => candidate.id === first.id)).toMatchObject({ name: { fi: 'Ensimmäisen Koordinaattorin ry' }, version: 1 });
  });

  it('holds each business id once in the county, naming the field, and lets a retry of the holder through', async () => {
    const businessId = uniqueBusinessId();
    const requestId = newRequestId();
    const holder = await create(details({ businessId, name: { fi: 'Y-tunnuksen Haltija ry' } }), requestId);
    const second = await createAs(coordinator, details({ businessId, name: { fi: 'Samalla Y-tunnuksella ry' } }));
    expect(errorCodeOf(second)).toBe('CONFLICT');
    expect(second.body).toMatchObject({ error: { data: { reason: 'OrganisationBusinessIdTakenError' } } });
    expect(messageOf(second)).toContain('organisation.businessId');
    expect(dataOf<Organisation>(await createAs(coordinator, details({ businessId, name: { fi: 'Y-tunnuksen Haltija ry' } }), requestId)).id).toBe(holder.id);
    expect((await allOrganisations()).filter((candidate) => candidate.businessId === businessId).map((candidate) => candidate.id)).toEqual([holder.id]);
    const lappi = await api.tokenFor('coordinator', 'lappi', 'test-lappi-coordinator');
    const elsewhere = await createAs(lappi, details({ businessId, municipalities: ['Rovaniemi'] }));
    expect(errorCodeOf(elsewhere)).toBeUndefined();
  });

  it('refuses to change a business id to one another organisation holds, and frees the old one on a change', async () => {
    const [taken, freed, fresh] = [uniqueBusinessId(), uniqueBusinessId(), uniqueBusinessId()];
    await create(details({ businessId: taken }));
    const mover = await create(details({ businessId: freed }));
    const refused = await update(coordinator, mover, { businessId: taken });
    expect(errorCodeOf(refused)).toBe('CONFLICT');
    expect(refused.body).toMatchObject({ error: { data: { reason: 'OrganisationBusinessIdTakenError' } } });
    const moved = dataOf<Organisation>(await update(coordinator, mover, { businessId: fresh }));
    expect(moved).toMatchObject({ businessId: fresh, version: mover.version + 1 });
    expect(errorCodeOf(await createAs(coordinator, details({ businessId: freed })))).toBeUndefined();
    expect(errorCodeOf(await createAs(coordinator, details({ businessId: fresh })))).toBe('CONFLICT');
    const cleared = dataOf<Organisation>(await update(coordinator, moved, { businessId: undefined }));
    expect(cleared.businessId).toBeUndefined();
    expect(errorCodeOf(await createAs(coordinator, details({ businessId: fresh })))).toBeUndefined();
  });

  it('refuses a stale version and keeps the change that won', async () => {
    const organisation = await create();
    const first = await update(coordinator, organisation, { contact: { email: 'uusi@siilinjarvi.example' } });
    expect(dataOf<Organisation>(first).version).toBe(organisation.version + 1);
    expect(errorCodeOf(await update(coordinator, organisation, { contact: { email: 'myohassa@siilinjarvi.example' } }))).toBe('CONFLICT');
    const stored = (await allOrganisations()).find((candidate) => candidate.id === organisation.id);
    expect(stored?.contact.email).toBe('uusi@siilinjarvi.example');
  });

  it('lets only one of two concurrent editor changes win', async () => {
    const organisation = await create();
    const results = await Promise.all([setEditors(organisation, ['editor-a']), setEditors(organisation, ['editor-b'])]);
    expect(results.map(errorCodeOf).sort()).toEqual(['CONFLICT', undefined]);
    const stored = (await allOrganisations()).find((candidate) => candidate.id === organisation.id);
    expect(stored?.editors).toHaveLength(1);
  });

  it.each([
    ['a business id with a wrong check digit', details({ businessId: '0201256-5' }), 'organisation.businessId'],
    ['a municipality of another county', details({ municipalities: ['Kuopio', 'Rovaniemi'] }), 'organisation.municipalities'],
    ['no Finnish name', details({ name: { fi: '', sv: 'Bara svenska rf' } }), 'organisation.name.fi'],
    ['an unknown kind', details({ kind: 'club' }), 'organisation.kind'],
  ])('refuses %s, naming the field', async (_case, organisation, field) => {
    const response = await createAs(coordinator, organisation);
    expect(errorCodeOf(response)).toBe('BAD_REQUEST');
    expect(messageOf(response)).toContain(field);
  });

  it('keeps the register to coordinators of the county', async () => {
    const professional = await api.tokenFor('professional', tenant);
    const editor = await api.tokenFor('orgEditor', tenant, 'demo-editor');
    const organisation = await create();
    expect(errorCodeOf(await api.call('catalog.organisations', {}, { token: professional }))).toBe('FORBIDDEN');
    expect(errorCodeOf(await createAs(professional))).toBe('FORBIDDEN');
    expect(errorCodeOf(await createAs(editor))).toBe('FORBIDDEN');
    expect(errorCodeOf(await api.call('catalog.setOrganisationEditors', { id: organisation.id, expectedVersion: 1, editors: ['demo-editor'] }, { token: editor }))).toBe('FORBIDDEN');
    expect(errorCodeOf(await update(editor, organisation, { contact: { email: 'kaappaus@example.fi' } }))).toBe('FORBIDDEN');
  });

  it('refuses a token of another county', async () => {
    const lappi = await api.tokenFor('coordinator', 'lappi');
    expect(errorCodeOf(await api.call('catalog.organisations', {}, { token: lappi, tenant }))).toBe('FORBIDDEN');
    expect(errorCodeOf(await api.call('catalog.createOrganisation', { requestId: newRequestId(), organisation: details() }, { token: lappi, tenant }))).toBe('FORBIDDEN');
  });

  it('lets an editor update names and contact of their organisation, but not its kind, business id or area', async () => {
    const editor = await api.tokenFor('orgEditor', tenant, 'editor-omat');
    const organisation = await create(details(), newRequestId(), ['editor-omat']);
    const renamed = dataOf<Organisation>(await update(editor, organisation, { name: { fi: 'Siilinjärven Kävelijät ry' }, contact: { phone: '017 555 0101' } }));
    expect(renamed).toMatchObject({ name: { fi: 'Siilinjärven Kävelijät ry' }, contact: { phone: '017 555 0101' }, kind: 'association' });
    for (const change of [{ kind: 'parish' }, { businessId: '1572860-0' }, { municipalities: ['Kuopio'] }]) {
      const refused = await update(editor, renamed, { name: renamed.name, contact: renamed.contact, ...change });
      expect(errorCodeOf(refused)).toBe('FORBIDDEN');
      expect(messageOf(refused)).toContain(`organisation.${Object.keys(change)[0]}`);
    }
  });

  it('gives an added editor the organisation’s listings and takes them from a removed one', async () => {
    const editor = await api.tokenFor('orgEditor', tenant, 'editor-uusi');
    const organisation = await create();
    const listing = () =>
      api.call('catalog.createActivity', { requestId: newRequestId(), content: activityContent({ organisationId: organisation.id, municipality: 'Kuopio' }), submit: false }, { token: editor });
    expect(errorCodeOf(await listing())).toBe('FORBIDDEN');

    const withEditor = dataOf<Organisation>(await setEditors(organisation, ['editor-uusi']));
    expect(withEditor.editors).toEqual(['editor-uusi']);
    expect(errorCodeOf(await listing())).toBeUndefined();
    const mine = dataOf<Organisation[]>(await api.call('catalog.myOrganisations', undefined, { token: editor }));
    expect(mine.map((candidate) => candidate.id)).toEqual([organisation.id]);

    const cleared = await setEditors(withEditor, []);
    expect(dataOf<Organisation>(cleared).editors).toEqual([]);
    expect(errorCodeOf(await listing())).toBe('FORBIDDEN');
  });
});
