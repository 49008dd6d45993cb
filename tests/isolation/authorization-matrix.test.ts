import { appRouter } from '@linkki/api';
import { createOrganisationRepository } from '@linkki/db';
import { isPlatformWideRole, type Role, roles } from '@linkki/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, errorCodeOf, type ProcedureResponse } from '../helpers/api-harness';
import { type Access, authorizationMatrix, matrixOrganisation, matrixTenant } from './authorization-matrix';

let api: ApiHarness;
beforeAll(async () => {
  api = await createApiHarness();
  await createOrganisationRepository({ gateway: api.tables.tenant(matrixTenant), tenantId: matrixTenant }).register(matrixOrganisation);
});

const ownTenant = matrixTenant;
const otherTenant = 'lappi';
const procedurePaths = Object.keys(appRouter._def.procedures).sort();
const rows = Object.entries(authorizationMatrix);

const roleAllowed = (access: Access, role: Role): boolean =>
  typeof access === 'string' ? true : access.includes(role);

const refusal = (response: ProcedureResponse): string | undefined => {
  const code = errorCodeOf(response);
  return code === 'UNAUTHORIZED' || code === 'FORBIDDEN' ? code : undefined;
};

describe('authorization matrix', () => {
  it('has exactly one row for every procedure of the app router', () => {
    expect(rows.map(([path]) => path).sort()).toEqual(procedurePaths);
  });

  describe.each(rows)('%s', (path, { access, input }) => {
    it.each([...roles])('as %s: allowed only if the row says so', async (role) => {
      const token = await api.tokenFor(role, ownTenant);
      const response = await api.call(path, input, { token, tenant: isPlatformWideRole(role) ? ownTenant : null });
      expect(refusal(response)).toBe(roleAllowed(access, role) ? undefined : 'FORBIDDEN');
    });

    it('as an anonymous resident: allowed only if public', async () => {
      const response = await api.call(path, input, { tenant: ownTenant });
      expect(refusal(response)).toBe(access === 'public' || access === 'resident' ? undefined : 'UNAUTHORIZED');
    });

    it('refuses a token of one tenant aimed at another', async () => {
      for (const role of roles.filter((candidate) => !isPlatformWideRole(candidate))) {
        const token = await api.tokenFor(role, ownTenant);
        expect(refusal(await api.call(path, input, { token, tenant: otherTenant }))).toBe('FORBIDDEN');
      }
    });

    it('refuses an invalid token', async () => {
      expect(refusal(await api.call(path, input, { token: 'not.a.token', tenant: ownTenant }))).toBe('UNAUTHORIZED');
    });
  });
});
