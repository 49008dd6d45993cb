import { organisationInputSchema, userIdSchema } from '@linkki/domain';
import * as z from 'zod';
import { actorOf, coordinatorProcedure, cursorInput, type EditorContext, editorProcedure, versioned } from './catalog-procedures';
import { createOrganisationsService } from './organisations/organisations.service';

const organisationsOf = (ctx: EditorContext) => createOrganisationsService(actorOf(ctx));

/** At most this many editors per organisation, well inside one transaction's hundred writes. */
const maxEditors = 25;
const editorsSchema = z.array(userIdSchema).max(maxEditors);

/** The county's register of organisations, kept by its coordinators; editors keep their own details current. */
export const catalogOrganisationProcedures = {
  organisations: coordinatorProcedure.input(z.object({ cursor: cursorInput }).strict()).query(({ ctx, input }) => organisationsOf(ctx).page(input.cursor)),

  createOrganisation: coordinatorProcedure
    .input(z.object({ requestId: z.uuid(), organisation: organisationInputSchema, editors: editorsSchema.default([]) }).strict())
    .mutation(({ ctx, input }) => organisationsOf(ctx).create(input)),

  updateOrganisation: editorProcedure.input(z.object({ ...versioned, organisation: organisationInputSchema }).strict()).mutation(({ ctx, input }) => organisationsOf(ctx).update(input)),

  setOrganisationEditors: coordinatorProcedure.input(z.object({ ...versioned, editors: editorsSchema }).strict()).mutation(({ ctx, input }) => organisationsOf(ctx).setEditors(input)),
};
