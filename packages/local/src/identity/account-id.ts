import { tenantIdSchema, userIdSchema } from '@linkki/domain';
import type { SignInSubject } from '@linkki/api';

/** Platform-wide people have no county; `-` is not a county slug. */
const platformSegment = '-';

/** The provider's account id (`sub`) for a membership: `<county>/<user>` or `-/<user>`. */
export const accountIdOf = ({ tenantId, userId }: SignInSubject): string => `${tenantId ?? platformSegment}/${userId}`;

/** The membership an account id names, or null for anything that is not one. */
export const subjectOf = (accountId: string): SignInSubject | null => {
  const [tenant, user, ...rest] = accountId.split('/');
  if (rest.length > 0 || !userIdSchema.safeParse(user).success) return null;
  if (tenant === platformSegment) return { tenantId: null, userId: user as string };
  return tenantIdSchema.safeParse(tenant).success ? { tenantId: tenant as string, userId: user as string } : null;
};
