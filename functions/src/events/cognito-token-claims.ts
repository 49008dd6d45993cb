import { type MemberTokenClaims, SignInRefusedError, type SignInSubject, tokenClaims } from '@linkki/api';
import { countyOfIdentityProvider, tenantIdSchema, userIdSchema } from '@linkki/domain';
import type { PreTokenGenerationTriggerEvent } from 'aws-lambda';
import * as z from 'zod';

/** Cognito's `identities` attribute of a federated user: a JSON list of the providers they came through. */
const identitiesSchema = z.array(z.object({ providerName: z.string() }));

/** The county whose identity provider the person came through; null for a person with a pool account of our own. */
const federatedCountyOf = (identities: string | undefined): string | null => {
  if (identities === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(identities);
  } catch {
    throw new SignInRefusedError('The identities attribute is not JSON.');
  }
  const providers = identitiesSchema.safeParse(parsed);
  if (!providers.success) throw new SignInRefusedError('The identities attribute is not a list of providers.');
  const counties = new Set(providers.data.flatMap(({ providerName }) => countyOfIdentityProvider(providerName) ?? []));
  if (counties.size > 1) throw new SignInRefusedError('The identities name more than one county.');
  return [...counties][0] ?? null;
};

/**
 * Who is signing in. The county is the one whose identity provider vouched for the person, or
 * else the pool's `custom:tenant` attribute (absent or empty: a platform-wide person). A county
 * provider cannot know that attribute, and it cannot set it either: no provider maps it.
 */
export const signInSubjectOf = (event: PreTokenGenerationTriggerEvent): SignInSubject => {
  const attributes = event.request.userAttributes;
  const attribute = attributes[tokenClaims.tenant] || null;
  const federated = federatedCountyOf(attributes.identities);
  if (federated && attribute && federated !== attribute) throw new SignInRefusedError('The county attribute names another county than the identity provider.');
  const tenantId = federated ?? attribute;
  if (tenantId !== null && !tenantIdSchema.safeParse(tenantId).success) throw new SignInRefusedError('The county attribute is not a county id.');
  // A SAML NameID can be long or base64: such a name could never key a membership, so it is refused here, visibly.
  if (!userIdSchema.safeParse(event.userName).success) throw new SignInRefusedError('The user name is not a usable user id; configure the county provider to send a persistent, short NameID.');
  // A county's identity service vouches for the address of its own staff: the first sign-in finds their invitation by it.
  return { tenantId, userId: event.userName, ...(federated && attributes.email ? { federatedEmail: attributes.email } : {}) };
};

export type ClaimsOverride = PreTokenGenerationTriggerEvent['response']['claimsOverrideDetails'];

/**
 * Cognito's instructions for the tokens: our claims replace its own, and the groups come from the
 * membership, not from the pool's groups. Without a county in the membership, any `custom:tenant`
 * Cognito holds is left out, so the token's county is ours or none.
 */
export const claimsOverrideOf = (claims: MemberTokenClaims): ClaimsOverride => {
  const { [tokenClaims.groups]: groups, ...others } = claims;
  const strings = Object.fromEntries(Object.entries(others).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  return {
    claimsToAddOrOverride: strings,
    ...(strings[tokenClaims.tenant] ? {} : { claimsToSuppress: [tokenClaims.tenant] }),
    groupOverrideDetails: { groupsToOverride: [...groups] },
  };
};
