import { describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, dataOf } from '../helpers/api-harness';
import { activityContent, newRequestId, registerFixtureOrganisations } from '../helpers/catalog-fixtures';

interface Card {
  id: string;
  nextDate: string | null;
}

/**
 * An API whose clock reads 00:30 Helsinki time at `instant` and runs on from there, so the
 * search index still catches up with new listings. At that hour the UTC day is still yesterday.
 */
const apiAt = async (instant: string): Promise<ApiHarness> => {
  const offset = Date.parse(instant) - Date.now();
  const api = await createApiHarness({ now: () => new Date(Date.now() + offset) });
  await registerFixtureOrganisations(api.tables);
  return api;
};

const seasons = [
  // Friday 15 January 2027, 00:30 in Helsinki (UTC+2).
  { season: 'winter', instant: '2027-01-14T22:30:00Z', today: '2027-01-15', yesterday: '2027-01-14', weekday: 5 },
  // Thursday 15 July 2027, 00:30 in Helsinki (UTC+3).
  { season: 'summer', instant: '2027-07-14T21:30:00Z', today: '2027-07-15', yesterday: '2027-07-14', weekday: 4 },
];

describe.each(seasons)('resident search at 00:30 Helsinki time in $season', ({ instant, today, yesterday, weekday }) => {
  it("finds a listing valid from today, dated today and on today's weekday, and one that ended yesterday not at all", async () => {
    const api = await apiAt(instant);
    const coordinator = await api.tokenFor('coordinator', 'lappi');
    const create = async (title: string, dates: Record<string, string>) =>
      dataOf<{ id: string }>(
        await api.call(
          'catalog.createActivity',
          {
            requestId: newRequestId(),
            content: activityContent({
              title: { fi: title },
              ...dates,
              schedule: {
                weekly: [],
                dates: [
                  { date: yesterday, start: '10:00', end: '11:00' },
                  { date: today, start: '18:00', end: '19:00' },
                ],
              },
            }),
            submit: true,
          },
          { token: coordinator },
        ),
      ).id;
    const starting = await create('Keskiyön kävelykerho', { validFrom: today });
    const ended = await create('Keskiyön lukupiiri', { validUntil: yesterday });
    await new Promise((resolve) => setTimeout(resolve, 1200));

    const search = async (input: Record<string, unknown>) => dataOf<{ items: Card[] }>(await api.call('catalog.search', { q: 'keskiyön', ...input }, { tenant: 'lappi' })).items;
    expect((await search({})).map((card) => card.id)).toEqual([starting]);
    expect((await search({})).map((card) => card.nextDate)).toEqual([today]);
    expect((await search({ weekdays: [weekday] })).map((card) => card.id)).toEqual([starting]);
    // Yesterday's date has passed: its weekday no longer finds the listing.
    expect(await search({ weekdays: [weekday === 1 ? 7 : weekday - 1] })).toEqual([]);
    expect(ended).toBeTruthy();
  }, 90_000);
});
