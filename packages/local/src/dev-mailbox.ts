import type { ServerResponse } from 'node:http';
import type { TenantDirectory } from '@linkki/api';
import { createNotificationRepository, type TableAccess } from '@linkki/db';
import { escapeHtml } from './html';

/**
 * The local stand-in for the email the deployed stack sends: every message waiting in the
 * active counties' outboxes, newest first.
 */
export const renderMailbox = async (response: ServerResponse, tables: TableAccess, tenants: TenantDirectory): Promise<void> => {
  // An onboarding county's first invitation waits here too.
  const active = (await tenants.all()).filter((tenant) => tenant.status !== 'registered');
  const messages = (
    await Promise.all(
      active.map(async (tenant) =>
        (await createNotificationRepository({ gateway: tables.tenant(tenant.slug), tenantId: tenant.slug }).list()).items.map((message) => ({ ...message, tenant: tenant.name.fi })),
      ),
    )
  )
    .flat()
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const rows = messages
    .map(
      (message) =>
        `<article><h2>${escapeHtml(message.subject)}</h2><p class="meta">${escapeHtml(message.createdAt)} · ${escapeHtml(message.tenant)} · to ${escapeHtml(message.to.join(', '))}</p><pre>${escapeHtml(message.body)}</pre></article>`,
    )
    .join('\n');
  response.statusCode = 200;
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.setHeader('cache-control', 'no-store');
  response.end(`<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Linkki – kehitysposti</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}article{border-top:1px solid #ccc;padding:.5rem 0}.meta{color:#555}pre{white-space:pre-wrap;font:inherit}</style>
</head><body><main><h1>Kehitysposti (local outbox)</h1><p>${messages.length} viestiä. In AWS these are sent by email.</p>${rows || '<p>Ei viestejä.</p>'}</main></body></html>`);
};
