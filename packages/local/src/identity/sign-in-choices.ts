import { createUserRepository, type TableAccess } from '@linkki/db';
import { demoPersonas } from '../seed/demo-personas';
import type { LocalAccount } from './local-account-directory';
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

/** People invited on this platform, with the name and title their membership has now. */
const invitedChoices = async (accounts: readonly LocalAccount[], tables: TableAccess): Promise<SignInChoice[]> =>
  Promise.all(
    accounts.map(async ({ tenantId, userId, displayName, email }) => {
      const member = await createUserRepository({ gateway: tables.tenant(tenantId), tenantId }).byId(userId);
      return { tenantId, userId, displayName: member?.displayName ?? displayName, title: member?.title ?? email };
    }),
  );

/** Whom the development identity provider offers: the demo people, then everyone invited since. */
export const signInChoices = async (accounts: readonly LocalAccount[], tables: TableAccess): Promise<SignInChoice[]> => [...demoSignInChoices(), ...(await invitedChoices(accounts, tables))];
