import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../../lib/auth/api/me';
import { areaAccess } from '../../../lib/auth/utils/area-access';
import { privacyRegisters } from '../api/legal';

/** The coordinator's own links, shown only to those who may use them. */
const CoordinatorLinks = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const { signedIn, me } = useMe(tenant);
  if (!signedIn || !me.data || !areaAccess.coordination(me.data.roles)) return null;
  return (
    <nav aria-label={t('legal.footer.coordinatorLabel')} className="legal-footer__group">
      <ul role="list" className="legal-footer__links">
        <li>
          <Link to={`/${tenant}/legal/edit`}>{t('legal.footer.edit')}</Link>
        </li>
        <li>
          <Link to={`/${tenant}/accessibility/feedback`}>{t('legal.footer.feedback')}</Link>
        </li>
      </ul>
    </nav>
  );
};

/** What every county page links to by law: the accessibility statement and the privacy notice of each register. */
export const LegalFooterLinks = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  return (
    <div className="legal-footer">
      <nav aria-label={t('legal.footer.label')} className="legal-footer__group">
        <ul role="list" className="legal-footer__links">
          <li>
            <Link to={`/${tenant}/accessibility`}>{t('legal.footer.accessibility')}</Link>
          </li>
        </ul>
        <p className="legal-footer__caption" id="legal-footer-privacy">
          {t('legal.footer.privacy')}
        </p>
        <ul role="list" className="legal-footer__links" aria-labelledby="legal-footer-privacy">
          {privacyRegisters.map((register) => (
            <li key={register}>
              <Link to={`/${tenant}/privacy/${register}`}>{t(`legal.registers.${register}`)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <CoordinatorLinks tenant={tenant} />
    </div>
  );
};
