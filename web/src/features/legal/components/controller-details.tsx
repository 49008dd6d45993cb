import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../i18n';
import type { CountyContact } from '../api/legal';

interface ControllerDetailsProps {
  county: { fi: string; sv: string; en: string };
  contact: CountyContact | null;
  /** The privacy notices name the processor too; the accessibility statement does not need to. */
  withProcessor?: boolean;
  headingId: string;
  heading: string;
}

/** The county as controller and how to reach it: the same block in the statement and in every notice. */
export const ControllerDetails = ({ county, contact, withProcessor = false, headingId, heading }: ControllerDetailsProps) => {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <dl className="details">
        <div className="details__row">
          <dt>{t('legal.controller.controller')}</dt>
          <dd>{localized(county)}</dd>
        </div>
        {contact && (
          <>
            <div className="details__row">
              <dt>{t('legal.controller.email')}</dt>
              <dd>
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </dd>
            </div>
            {contact.phone && (
              <div className="details__row">
                <dt>{t('legal.controller.phone')}</dt>
                <dd>
                  <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
                </dd>
              </div>
            )}
            <div className="details__row">
              <dt>{t('legal.controller.address')}</dt>
              <dd>{contact.address}</dd>
            </div>
            <div className="details__row">
              <dt>{t('legal.controller.dpo')}</dt>
              <dd>
                <a href={`mailto:${contact.dataProtectionOfficerEmail}`}>{contact.dataProtectionOfficerEmail}</a>
              </dd>
            </div>
          </>
        )}
        {withProcessor && (
          <div className="details__row">
            <dt>{t('legal.controller.processor')}</dt>
            <dd>{t('legal.controller.processorText')}</dd>
          </div>
        )}
      </dl>
      {!contact && <p>{t('legal.controller.missing')}</p>}
    </section>
  );
};
