import { demoPersonas } from '../seed/demo-personas';
import type { SignInChoice } from './persona-page';

/** The demo people, as the development identity provider's sign-in page offers them. */
export const demoSignInChoices = (): SignInChoice[] =>
  demoPersonas.map(({ tenant, user, displayName, title, organisation, description }) => ({
    tenantId: tenant,
    userId: user,
    displayName,
    title,
    organisation,
    description,
  }));
