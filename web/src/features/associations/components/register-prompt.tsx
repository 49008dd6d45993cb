import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { registerPath } from '../utils/association-paths';

/** Where an association's organiser looks: the way to register the association in the county's catalog. */
export const RegisterPrompt = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  return (
    <section className="section register-prompt" aria-labelledby="register-prompt-heading">
      <h2 id="register-prompt-heading">{t('associations.prompt.question')}</h2>
      <p>{t('associations.prompt.text')}</p>
      <p>
        <Link to={registerPath(tenant)}>{t('associations.prompt.link')}</Link>
      </p>
    </section>
  );
};
