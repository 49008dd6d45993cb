import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, dataOf, errorCodeOf } from '../helpers/api-harness';
import { activityContent, newRequestId, otherOrganisation, registerFixtureOrganisations } from '../helpers/catalog-fixtures';

let api: ApiHarness;
let editor: string;
let coordinator: string;
beforeAll(async () => {
  api = await createApiHarness();
  await registerFixtureOrganisations(api.tables);
  editor = await api.tokenFor('orgEditor', 'lappi', 'demo-editor');
  coordinator = await api.tokenFor('coordinator', 'lappi', 'demo-coordinator');
});

interface Listing {
  id: string;
  status: string;
  version: number;
  awaitingModeration: boolean;
  rejectionReason?: string;
  content: { title: { fi: string } };
}

const create = async (token: string, submit: boolean, requestId = newRequestId(), content = activityContent()) =>
  dataOf<Listing>(await api.call('catalog.createActivity', { requestId, content, submit }, { token }));

const search = async (q: string) => dataOf<{ items: { id: string }[] }>(await api.call('catalog.search', { q }, { tenant: 'lappi' }));

const waitForSearch = async (q: string, id: string, present: boolean) => {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    if ((await search(q)).items.some((item) => item.id === id) === present) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`search for ${q} never ${present ? 'showed' : 'dropped'} ${id}`);
};

describe('listings: self-service with moderation', () => {
  it('sends an editor’s new listing to the moderation queue, and publishes it on approval', async () => {
    const listing = await create(editor, true, undefined, activityContent({ title: { fi: 'Mölkkyilta Sodankylässä' } }));
    expect(listing).toMatchObject({ status: 'pending', awaitingModeration: true });
    const queue = dataOf<{ items: { activity: { id: string } }[] }>(await api.call('catalog.moderationQueue', {}, { token: coordinator }));
    expect(queue.items.map((item) => item.activity.id)).toContain(listing.id);
    expect((await search('mölkky')).items).toHaveLength(0);

    const approved = dataOf<Listing>(await api.call('catalog.transitionActivity', { id: listing.id, expectedVersion: listing.version, action: 'approve' }, { token: coordinator }));
    expect(approved.status).toBe('published');
    await waitForSearch('mölkky', listing.id, true);
  });

  it('keeps the live listing while an editor’s change waits, and applies it on approval', async () => {
    const published = await create(coordinator, true, undefined, activityContent({ title: { fi: 'Kirjapiiri kirjastossa' } }));
    expect(published.status).toBe('published');
    const proposed = dataOf<Listing>(
      await api.call('catalog.updateActivity', { id: published.id, expectedVersion: published.version, content: activityContent({ title: { fi: 'Lukupiiri kirjastossa' } }) }, { token: editor }),
    );
    expect(proposed).toMatchObject({ status: 'published', awaitingModeration: true, content: { title: { fi: 'Kirjapiiri kirjastossa' } } });
    await waitForSearch('kirjapiiri', published.id, true);

    const applied = dataOf<Listing>(await api.call('catalog.transitionActivity', { id: published.id, expectedVersion: proposed.version, action: 'approve' }, { token: coordinator }));
    expect(applied).toMatchObject({ status: 'published', awaitingModeration: false, content: { title: { fi: 'Lukupiiri kirjastossa' } } });
    await waitForSearch('lukupiiri', published.id, true);
  });

  it('tells the editor why a listing was rejected, and needs a reason to reject', async () => {
    const listing = await create(editor, true);
    const noReason = await api.call('catalog.transitionActivity', { id: listing.id, expectedVersion: listing.version, action: 'reject' }, { token: coordinator });
    expect(errorCodeOf(noReason)).toBe('BAD_REQUEST');
    await api.call('catalog.transitionActivity', { id: listing.id, expectedVersion: listing.version, action: 'reject', reason: 'Lisää yhteystiedot' }, { token: coordinator });
    const seen = dataOf<Listing>(await api.call('catalog.activity', { id: listing.id }, { token: editor }));
    expect(seen).toMatchObject({ status: 'rejected', rejectionReason: 'Lisää yhteystiedot' });
  });

  it('refuses a stale version instead of overwriting', async () => {
    const listing = await create(editor, false);
    await api.call('catalog.updateActivity', { id: listing.id, expectedVersion: listing.version, content: activityContent({ title: { fi: 'Ensimmäinen muutos' } }) }, { token: editor });
    const stale = await api.call('catalog.updateActivity', { id: listing.id, expectedVersion: listing.version, content: activityContent({ title: { fi: 'Toinen muutos' } }) }, { token: editor });
    expect(errorCodeOf(stale)).toBe('CONFLICT');
    const seen = dataOf<Listing>(await api.call('catalog.activity', { id: listing.id }, { token: editor }));
    expect(seen.content.title.fi).toBe('Ensimmäinen muutos');
  });

  it('creates once for a retried request id', async () => {
    const requestId = newRequestId();
    const first = await create(editor, false, requestId);
    const retry = await create(editor, false, requestId);
    expect(retry.id).toBe(first.id);
    expect(retry.version).toBe(first.version);
  });

  it('lets an editor touch only their own organisation’s listings', async () => {
    const foreign = await api.call('catalog.createActivity', { requestId: newRequestId(), content: activityContent({ organisationId: otherOrganisation.id }), submit: false }, { token: editor });
    expect(errorCodeOf(foreign)).toBe('FORBIDDEN');
    const byCoordinator = await create(coordinator, false, undefined, activityContent({ organisationId: otherOrganisation.id }));
    expect(errorCodeOf(await api.call('catalog.activity', { id: byCoordinator.id }, { token: editor }))).toBe('FORBIDDEN');
    const approveOwn = await create(editor, true);
    expect(errorCodeOf(await api.call('catalog.transitionActivity', { id: approveOwn.id, expectedVersion: approveOwn.version, action: 'approve' }, { token: editor }))).toBe('FORBIDDEN');
  });

  it('refuses a municipality outside the county and malformed content, naming the field', async () => {
    const elsewhere = await api.call('catalog.createActivity', { requestId: newRequestId(), content: activityContent({ municipality: 'Kuopio' }), submit: false }, { token: editor });
    expect(errorCodeOf(elsewhere)).toBe('BAD_REQUEST');
    expect(JSON.stringify(elsewhere.body)).toContain('municipality');
    const noTitle = await api.call('catalog.createActivity', { requestId: newRequestId(), content: { ...activityContent(), title: { fi: '' } }, submit: false }, { token: editor });
    expect(JSON.stringify(noTitle.body)).toContain('content.title.fi');
  });

  it('drops an archived listing from search', async () => {
    const listing = await create(coordinator, true, undefined, activityContent({ title: { fi: 'Avantouintikoulu' } }));
    await waitForSearch('avantouinti', listing.id, true);
    await api.call('catalog.transitionActivity', { id: listing.id, expectedVersion: listing.version, action: 'archive' }, { token: coordinator });
    await waitForSearch('avantouinti', listing.id, false);
  });
});
