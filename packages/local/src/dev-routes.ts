import type { ServerResponse } from 'node:http';
import type { TenantDirectory } from '@linkki/api';
import type { TableAccess } from '@linkki/db';
import { renderMailbox } from './dev-mailbox';
import { type LocalExportStore, localExportPath } from './exports/local-export-store';
import type { DevIssuer } from './dev-issuer';
import { devTokenRequestSchema } from './dev-issuer';
import { sendJson } from './http-utils';
import { demoPersonas } from './seed/demo-personas';

/** Routes only the local server has: the development issuer and its personas. */
export const devRoutePrefix = '/dev/';

interface DevRouteInput {
  method: string;
  path: string;
  body: string;
  response: ServerResponse;
  issuer: DevIssuer;
  tenants: TenantDirectory;
  tables: TableAccess;
  exports: LocalExportStore;
  query: URLSearchParams;
}

const parseJson = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
};

const issueToken = async ({ body, response, issuer, tenants }: DevRouteInput): Promise<void> => {
  const parsed = devTokenRequestSchema.safeParse(parseJson(body));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    sendJson(response, 400, { error: `Invalid input: ${issue?.path.join('.') || '(body)'}: ${issue?.message ?? 'expected JSON'}` });
    return;
  }
  const { tenant, role, user, displayName } = parsed.data;
  if (tenant) {
    const known = await tenants.find(tenant);
    if (!known || known.status !== 'active') {
      sendJson(response, 404, { error: `Unknown or inactive tenant: ${tenant}` });
      return;
    }
  }
  const persona = demoPersonas.find((candidate) => candidate.user === user && candidate.tenant === (tenant ?? null));
  const token = await issuer.issue({ userId: user, tenantId: tenant ?? null, roles: [role], displayName: displayName ?? persona?.displayName });
  sendJson(response, 200, { token });
};

/** A county's export archive, for a link the API signed a moment ago (the local stand-in for a presigned S3 URL). */
const sendExport = ({ path, query, response, exports }: DevRouteInput): void => {
  const key = decodeURIComponent(path.slice(localExportPath.length));
  const archive = exports.read(key, query.get('expires') ?? '', query.get('signature') ?? '');
  if (!archive) {
    sendJson(response, 403, { error: 'This download link is not valid or has expired; ask for a new one.' });
    return;
  }
  const fileName = (query.get('filename') ?? 'linkki-export.zip').replace(/[^\w.-]/g, '_');
  response.writeHead(200, { 'content-type': 'application/zip', 'content-disposition': `attachment; filename="${fileName}"`, 'content-length': archive.byteLength, 'cache-control': 'no-store' });
  response.end(archive);
};

/** Answers a `/dev/…` request; false when no dev route matches. */
export const handleDevRoute = async (input: DevRouteInput): Promise<boolean> => {
  const { method, path, response } = input;
  if (method === 'POST' && path === '/dev/token') await issueToken(input);
  else if (method === 'GET' && path === '/dev/personas') sendJson(response, 200, demoPersonas);
  else if (method === 'GET' && path === '/dev/mailbox') await renderMailbox(response, input.tables, input.tenants);
  else if (method === 'GET' && path.startsWith(localExportPath)) sendExport(input);
  else return false;
  return true;
};
