import { useTranslation } from 'react-i18next';
import type { ReferralDetail } from '../../../lib/referrals';
import { useReferralFormat } from '../hooks/use-referral-format';

/** How the referral got where it is: each step with who (by role), when, from which state to which, and why. */
export const ReferralTimeline = ({ history }: { history: ReferralDetail['history'] }) => {
  const { t } = useTranslation();
  const format = useReferralFormat();
  return (
    <section aria-labelledby="referral-history" className="referral-section">
      <h2 id="referral-history">{t('referrals.detail.history')}</h2>
      <ol className="referral-timeline">
        {history.map((step) => (
          <li key={`${step.at}-${step.to}`} className="referral-timeline__step">
            <p className="referral-timeline__what">
              {step.from ? t('referrals.detail.stepFromTo', { from: t(`referrals.states.${step.from}`), to: t(`referrals.states.${step.to}`) }) : t(`referrals.states.${step.to}`)}
            </p>
            <p className="hint">
              <time dateTime={step.at}>{format.dateTime(step.at)}</time> · {t(`roles.${step.role}`, step.role)}
            </p>
            {(step.reasonCode || step.reason) && (
              <p>
                {t('referrals.detail.reason')}: {[step.reasonCode ? t(`referrals.reasonCodes.${step.reasonCode}`) : null, step.reason].filter(Boolean).join(' – ')}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
};

/** The link worker's contacts with the client, newest last. */
export const ReferralContacts = ({ contacts }: { contacts: ReferralDetail['contacts'] }) => {
  const { t } = useTranslation();
  const format = useReferralFormat();
  return (
    <section aria-labelledby="referral-contacts" className="referral-section">
      <h2 id="referral-contacts">{t('referrals.detail.contacts')}</h2>
      {contacts.length === 0 ? (
        <p>{t('referrals.detail.noContacts')}</p>
      ) : (
        <ul role="list" className="referral-timeline">
          {contacts.map((contact) => (
            <li key={contact.id} className="referral-timeline__step">
              <p className="referral-timeline__what">{t(`referrals.contactKinds.${contact.kind}`)}</p>
              <p className="hint">
                <time dateTime={contact.at}>{format.dateTime(contact.at)}</time>
              </p>
              {contact.note && <p>{contact.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
