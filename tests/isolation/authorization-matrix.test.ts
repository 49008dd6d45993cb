import { appRouter } from '@linkki/api';
import { createOrganisationRepository } from '@linkki/db';
import { isPlatformWideRole, type Role, roles } from '@linkki/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, createApiHarness, type ProcedureResponse } from '../helpers/api-harness';
import { type Access, answeredAsAllowed, matrixOrganisation, matrixRows, matrixTenant, refusalOf } from './authorization-matrix';

let api: ApiHarness;
beforeAll(async () => {
  api = await createApiHarness();
  await createOrganisationRepository({ gateway: api.tables.tenant(matrixTenant), tenantId: matrixTenant }).register(matrixOrganisation);
});

const ownTenant = matrixTenant;
const otherTenant = 'lappi';
const procedurePaths = Object.keys(appRouter._def.procedures).sort();
const rows = matrixRows();

const roleAllowed = (access: Access, role: Role): boolean => (typeof access === 'string' ? true : access.includes(role));

/** What the handler answers when a procedure throws something it does not expect. */
const internalError: ProcedureResponse = {
  status: 500,
  body: { error: { message: 'Something went wrong on our side. Please try again in a moment.', code: -32603, data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 } } },
  raw: { statusCode: 500 },
};

const expectAllowed = (response: ProcedureResponse) => expect(answeredAsAllowed(response), JSON.stringify(response.body)).toBe(true);
const expectRefused = (response: ProcedureResponse, code: 'UNAUTHORIZED' | 'FORBIDDEN') => expect(refusalOf(response)).toBe(code);

describe('authorization matrix', () => {
  it('has exactly one row for every procedure of the app router', () => {
    expect(rows.map(([path]) => path).sort()).toEqual(procedurePaths);
  });

  it('does not count an internal error as an allowed call', () => {
    expect(answeredAsAllowed(internalError)).toBe(false);
  });

  describe.each(rows)('%s', (path, { access, input }) => {
    it.each([...roles])('as %s: allowed only if the row says so', async (role) => {
      const token = await api.tokenFor(role, ownTenant);
      const response = await api.call(path, input, { token, tenant: isPlatformWideRole(role) ? ownTenant : null });
      if (roleAllowed(access, role)) expectAllowed(response);
      else expectRefused(response, 'FORBIDDEN');
    });

    it('as an anonymous resident: allowed only if public', async () => {
      const response = await api.call(path, input, { tenant: ownTenant });
      if (access === 'public' || access === 'resident') expectAllowed(response);
      else expectRefused(response, 'UNAUTHORIZED');
    });

    it('refuses a token of one tenant aimed at another', async () => {
      for (const role of roles.filter((candidate) => !isPlatformWideRole(candidate))) {
        const token = await api.tokenFor(role, ownTenant);
        expectRefused(await api.call(path, input, { token, tenant: otherTenant }), 'FORBIDDEN');
      }
    });

    it('refuses an invalid token', async () => {
      expectRefused(await api.call(path, input, { token: 'not.a.token', tenant: ownTenant }), 'UNAUTHORIZED');
    });
  });
});
