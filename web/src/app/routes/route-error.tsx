import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { AppShell } from '../layout/app-shell';
import { SiteHeader } from '../layout/site-header';

/** Shown if rendering a page fails: a plain message and a way back, never the error's details. */
export const RouteError = () => {
  const { t } = useTranslation();
  return (
    <AppShell header={<SiteHeader />}>
      <PageHeading documentTitle={[t('errors.title')]}>{t('errors.title')}</PageHeading>
      <p>{t('errors.unexpected')}</p>
      <p>
        <Link className="button" to="/">
          {t('notFound.backToPicker')}
        </Link>
      </p>
    </AppShell>
  );
};
