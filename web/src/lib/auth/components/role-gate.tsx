import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';
import { type Role, useMe } from '../api/me';

interface RoleGateProps {
  tenant: string;
  /** Whether these roles may see the area. */
  allows: (roles: readonly Role[]) => boolean;
  /** Said before the sign-in link to a signed-out visitor. */
  signInPrompt?: string;
  /** Said to a signed-in user whose roles the area does not allow. */
  refusal?: string;
  /** The area, given the user's roles. */
  children: (roles: readonly Role[]) => ReactNode;
}

/**
 * The one door of every signed-in area: a signed-out visitor gets a sign-in link, a user without
 * the role a short refusal, everyone else the area. The API refuses them too; this only saves them
 * a page of errors.
 */
export const RoleGate = ({ tenant, allows, signInPrompt, refusal, children }: RoleGateProps) => {
  const { t } = useTranslation();
  const { signedIn, me } = useMe(tenant);
  if (!signedIn) {
    return (
      <p>
        {signInPrompt ?? t('errors.signInFirst')} <Link to={`/${tenant}/sign-in`}>{t('nav.signIn')}</Link>
      </p>
    );
  }
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!allows(me.data.roles)) return <p>{refusal ?? t('errors.forbidden')}</p>;
  return <>{children(me.data.roles)}</>;
};
