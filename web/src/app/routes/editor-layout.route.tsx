import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useOutletContext } from 'react-router';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { PageHeading } from '../../components/ui/page-heading';
import { useMe } from '../../lib/auth/api/me';
import { areaAccess } from '../../lib/auth/utils/area-access';
import { useLocalized } from '../../i18n';
import { type TenantRouteContext, useTenantRoute } from '../../lib/tenant-route';

export interface EditorRouteContext extends TenantRouteContext {
  isCoordinator: boolean;
}

export const useEditorRoute = (): EditorRouteContext => useOutletContext<EditorRouteContext>();

const Denied = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  const localized = useLocalized();
  return (
    <>
      <PageHeading documentTitle={[t('editor.title'), localized(tenant.name)]}>{t('editor.title')}</PageHeading>
      {children}
    </>
  );
};

const EditorNav = ({ tenant, isCoordinator }: { tenant: string; isCoordinator: boolean }) => {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const base = `/${tenant}/editor`;
  const links = [
    { to: base, label: t('editor.nav.listings'), current: pathname === base || pathname.startsWith(`${base}/activities`), shownTo: 'everyone' },
    { to: `${base}/our-organisation`, label: t('organisations.nav.ours'), current: pathname === `${base}/our-organisation`, shownTo: 'editors' },
    { to: `${base}/contact-requests`, label: t('editor.nav.contactRequests'), current: pathname === `${base}/contact-requests`, shownTo: 'everyone' },
    { to: `${base}/moderation`, label: t('editor.nav.moderation'), current: pathname === `${base}/moderation`, shownTo: 'coordinators' },
    { to: `${base}/organisations`, label: t('organisations.nav.register'), current: pathname.startsWith(`${base}/organisations`), shownTo: 'coordinators' },
    { to: `${base}/import`, label: t('editor.nav.import'), current: pathname === `${base}/import`, shownTo: 'coordinators' },
  ].filter((link) => link.shownTo === 'everyone' || link.shownTo === (isCoordinator ? 'coordinators' : 'editors'));
  return (
    <nav className="sub-nav" aria-label={t('editor.nav.label')}>
      <ul role="list">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to} aria-current={link.current ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
};

/** `/:tenant/editor/…`: for organisation editors and coordinators; others are told why they cannot enter. */
export const EditorLayoutRoute = () => {
  const { t } = useTranslation();
  const context = useTenantRoute();
  const { tenant } = context;
  const { signedIn, me } = useMe(tenant.slug);
  if (!signedIn) {
    return (
      <Denied>
        <p>{t('editor.signInFirst')}</p>
        <p>
          <Link className="button" to={`/${tenant.slug}/sign-in`}>
            {t('nav.signIn')}
          </Link>
        </p>
      </Denied>
    );
  }
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  const { roles } = me.data;
  if (!areaAccess.editor(roles)) {
    return (
      <Denied>
        <p>{t('editor.notForRole', { roles: roles.map((role) => t(`roles.${role}`)).join(', ') })}</p>
      </Denied>
    );
  }
  const editorContext: EditorRouteContext = { ...context, isCoordinator: roles.includes('coordinator') };
  return (
    <>
      <EditorNav tenant={tenant.slug} isCoordinator={editorContext.isCoordinator} />
      <Outlet context={editorContext} />
    </>
  );
};
