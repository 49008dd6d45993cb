import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { RegistrationForm } from './registration-form';

interface RegisterPageProps {
  /** The county's name, for the document title. */
  tenantName: string;
  municipalities: readonly string[];
}

/** `/:tenant/associations/register`: how registration goes, and the form. */
export const RegisterPage = ({ tenantName, municipalities }: RegisterPageProps) => {
  const { t } = useTranslation();
  const title = t('associations.register.title');
  return (
    <>
      <PageHeading documentTitle={[title, tenantName]}>{title}</PageHeading>
      <p className="lead">{t('associations.register.intro')}</p>
      <h2 className="association-steps__title">{t('associations.register.stepsTitle')}</h2>
      <ol className="association-steps">
        <li>{t('associations.register.steps.fill')}</li>
        <li>{t('associations.register.steps.verify')}</li>
        <li>{t('associations.register.steps.decide')}</li>
      </ol>
      <RegistrationForm municipalities={municipalities} />
    </>
  );
};
