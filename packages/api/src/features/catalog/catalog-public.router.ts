import {
  accessibilityFeatures,
  activityLanguages,
  ActivityNotFoundError,
  catalogSearchInputSchema,
  contactRequestInputSchema,
  entityIdSchema,
  helsinkiDayOf,
  organisationKinds,
  targetGroups,
  themes,
} from '@linkki/domain';
import { createTenantSettingsRepository } from '@linkki/db';
import * as z from 'zod';
import { noInput, publicProcedure, residentProcedure } from '../../trpc';
import { activityDetailOf } from './catalog.mappers';
import { sendContactRequest } from './contact/contact-requests.service';
import { searchCatalog } from './search/catalog-search.service';

/** What residents use: search, a listing, the vocabularies for filters, and contact requests. */
export const catalogPublicProcedures = {
  vocabularies: publicProcedure.input(noInput).query(() => ({ themes, targetGroups, languages: activityLanguages, accessibility: accessibilityFeatures, organisationKinds })),

  search: residentProcedure.input(catalogSearchInputSchema).query(({ ctx, input }) => searchCatalog(ctx.deps.catalogSearch, ctx.tenant.slug, input, helsinkiDayOf(ctx.deps.now()))),

  byId: residentProcedure.input(z.object({ id: entityIdSchema }).strict()).query(async ({ ctx, input }) => {
    const catalog = await ctx.deps.catalogSearch.forTenant(ctx.tenant.slug);
    const activity = catalog.activities.get(input.id);
    if (!activity) throw new ActivityNotFoundError(input.id);
    // The contact form tells the resident how long their details are kept.
    const settings = await createTenantSettingsRepository({ gateway: ctx.deps.tables.tenant(ctx.tenant.slug), tenantId: ctx.tenant.slug }).get();
    return {
      ...activityDetailOf(activity, catalog.organisations.get(activity.content.organisationId), helsinkiDayOf(ctx.deps.now())),
      contactRequestRetentionDays: settings.contactRequestRetentionDays,
    };
  }),

  sendContactRequest: residentProcedure.input(contactRequestInputSchema).mutation(async ({ ctx, input }) =>
    sendContactRequest(
      {
        gateway: ctx.deps.tables.tenant(ctx.tenant.slug),
        tenant: ctx.tenant,
        clientAddress: ctx.clientAddress,
        hashAddress: ctx.deps.hashAddress,
        limits: ctx.deps.submissionLimits,
        catalog: await ctx.deps.catalogSearch.forTenant(ctx.tenant.slug),
        now: ctx.deps.now(),
        appUrl: ctx.deps.appUrl,
      },
      input,
    ),
  ),
};
