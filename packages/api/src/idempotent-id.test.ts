import { describe, expect, it } from 'vitest';
import { activityIdFor } from './features/catalog/listings/listings.service';
import { organisationIdFor } from './features/catalog/organisations/organisations.service';
import { registrationIdFor } from './features/associations/association-registration.service';
import { importedIdOf } from './features/hsds/hsds-import.service';
import { idFor } from './features/network/network-actor';
import { pathwayIdOf } from './features/pathways/pathway-ids';
import { referralIdOf } from './features/referrals/referral-create.service';
import { idempotentId } from './idempotent-id';

const requestId = '6f1c2a9e-0b7d-4e3f-9a51-2c8d4e6f7a10';

describe('idempotentId', () => {
  it('gives the same parts the same id and other parts another', () => {
    expect(idempotentId(['lappi', requestId])).toBe(idempotentId(['lappi', requestId]));
    expect(idempotentId(['lappi', requestId])).not.toBe(idempotentId(['pohjois-savo', requestId]));
  });

  it('joins the parts with a colon, cuts the hex digest to the length and puts the prefix first', () => {
    expect(idempotentId([`lappi:${requestId}`])).toBe(idempotentId(['lappi', requestId]));
    expect(idempotentId(['lappi', requestId], { prefix: 'x-', length: 8 })).toMatch(/^x-[0-9a-f]{8}$/);
    expect(idempotentId(['lappi', requestId])).toMatch(/^[0-9a-f]{20}$/);
  });
});

// Stored items carry these ids: a retry after a deploy must derive exactly the id the first
// attempt stored, so each create's recipe is pinned to the value it has always produced.
describe('the ids each create derives from its request id', () => {
  it.each([
    ['activity', () => activityIdFor('pohjois-savo', requestId), 'a-678190267df0909971aa'],
    ['organisation', () => organisationIdFor('pohjois-savo', requestId), 'o-678190267df0909971aa'],
    ['referral', () => referralIdOf('pohjois-savo', 'u-1', requestId), 'ref-3d8665f555f412eab22534b4'],
    ['network post or comment', () => idFor('lappi/u-2', requestId), 'c4887c7936106b3cf5d6'],
    ['pathway', () => pathwayIdOf(requestId), 'p-901da5da539b873c'],
    ['association registration', () => registrationIdFor('lappi', requestId), 'r-b705cc748901cefec000'],
    ['imported HSDS record', () => importedIdOf('lappi', 'service', 'src-1'), 'h-69ea3cd05de43fd52dccd1ce'],
  ])('%s', (_name, derive, expected) => {
    expect(derive()).toBe(expected);
  });
});
