import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useParams } from 'react-router';
import { useSession } from '../../lib/auth/hooks/use-session';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { useTenant } from '../../features/tenants/hooks/use-tenant';
import { LegalFooterLinks } from '../../features/legal/components/legal-footer-links';
import { useLocalized } from '../../i18n';
import { AppShell } from '../layout/app-shell';
import { SessionNotice } from '../layout/session-notice';
import { SiteHeader } from '../layout/site-header';
import { TenantNav } from '../layout/tenant-nav';
import { TenantInactive, TenantNotFound } from './not-found.route';
import type { TenantRouteContext } from '../../lib/tenant-route';

/**
 * Whose pages these are when they are not the county's: Diabetesliitto's pathway editor and the
 * operator's counties, which people reach from any county's address.
 */
const platformAreaOf = (pathname: string, slug: string, t: TFunction): string | null => {
  if (pathname.startsWith(`/${slug}/publisher/`)) return t('platformAreas.publisher');
  if (pathname.startsWith(`/${slug}/operator/`)) return t('platformAreas.operator');
  return null;
};

/** A county page's header, navigation and footer; `county` is null while the county's name loads. */
const CountyFrame = ({ slug, county, children }: { slug: string; county: string | null; children: ReactNode }) => (
  <AppShell header={<SiteHeader county={county} nav={<TenantNav tenant={slug} />} />} footerLinks={<LegalFooterLinks tenant={slug} />}>
    {children}
  </AppShell>
);

/** `/:tenant/…`: resolves the county from its slug and frames its pages. */
export const TenantLayoutRoute = () => {
  const { tenant: slug = '' } = useParams();
  const localized = useLocalized();
  const lookup = useTenant(slug);
  const signedInHere = useSession(slug)?.tenant === slug;
  const { pathname } = useLocation();
  const onSignInPage = pathname === `/${slug}/sign-in`;
  const { t } = useTranslation();
  const platformArea = platformAreaOf(pathname, slug, t);
  if (lookup.status === 'pending') {
    // The county's frame, drawn from its address while its details load: the header has its final
    // size from the first paint, so nothing below it moves when they arrive.
    return (
      <CountyFrame slug={slug} county={platformArea}>
        <Loading />
      </CountyFrame>
    );
  }
  if (lookup.status === 'error') {
    return (
      <AppShell header={<SiteHeader />}>
        <ErrorAlert error={lookup.error} onRetry={lookup.retry} />
      </AppShell>
    );
  }
  if (lookup.status === 'missing') return <TenantNotFound slug={slug} />;
  const { tenant } = lookup;
  // An onboarding county opens to its own staff: its first coordinator signs in there and so activates it.
  const opensToStaff = tenant.status === 'onboarding' && (signedInHere || onSignInPage);
  if (tenant.status !== 'active' && !opensToStaff) return <TenantInactive tenant={tenant} />;
  const context: TenantRouteContext = { tenant };
  return (
    <CountyFrame slug={tenant.slug} county={platformArea ?? localized(tenant.name)}>
      <SessionNotice tenant={tenant.slug} />
      <Outlet context={context} />
    </CountyFrame>
  );
};
