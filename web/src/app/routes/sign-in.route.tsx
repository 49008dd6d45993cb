import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ui/error-alert';
import { Loading } from '../../components/ui/loading';
import { Notice } from '../../components/ui/notice';
import { PageHeading } from '../../components/ui/page-heading';
import { type DevPersona, useDevSignIn, usePersonas } from '../../features/auth/api/dev-sign-in';
import { PersonaList } from '../../features/auth/components/persona-list';
import { useSession } from '../../features/auth/hooks/use-session';
import { useLocalized } from '../../i18n';
import { useTenantRoute } from './tenant-context';

const DevSignIn = ({ tenant, personas }: { tenant: string; personas: DevPersona[] }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signIn = useDevSignIn();
  const signedIn = useSession(tenant) !== null;
  const onSignIn = (persona: DevPersona) => signIn.mutate(persona, { onSuccess: () => void navigate(`/${tenant}/me`) });
  const pending = signIn.isPending ? (signIn.variables ?? null) : null;
  return (
    <>
      {signedIn && <Notice kind="info">{t('signIn.alreadySignedIn')}</Notice>}
      <p className="lead">{t('signIn.devIntro')}</p>
      {signIn.isError && <ErrorAlert title={t('signIn.failed')} error={signIn.error} />}
      <PersonaList
        heading={t('signIn.tenantGroup')}
        personas={personas.filter((persona) => persona.tenant === tenant)}
        pending={pending}
        onSignIn={onSignIn}
      />
      {!personas.some((persona) => persona.tenant === tenant) && <p>{t('signIn.noPersonas')}</p>}
      <PersonaList
        heading={t('signIn.platformGroup')}
        personas={personas.filter((persona) => persona.tenant === null)}
        pending={pending}
        onSignIn={onSignIn}
      />
    </>
  );
};

/** `/:tenant/sign-in`: the development sign-in where there is one, else a pointer to the county's identity service. */
export const SignInRoute = () => {
  const { t } = useTranslation();
  const { tenant } = useTenantRoute();
  const localized = useLocalized();
  const personas = usePersonas();
  return (
    <>
      <PageHeading documentTitle={[t('signIn.title'), localized(tenant.name)]}>{t('signIn.title')}</PageHeading>
      {personas.isPending && <Loading />}
      {personas.isError && <ErrorAlert error={personas.error} onRetry={() => void personas.refetch()} />}
      {personas.data?.available === false && <p className="lead">{t('signIn.identityService')}</p>}
      {personas.data?.available && <DevSignIn tenant={tenant.slug} personas={personas.data.personas} />}
    </>
  );
};
