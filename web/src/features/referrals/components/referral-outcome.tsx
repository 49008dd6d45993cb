import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useListingFormat } from '../../../lib/use-listing-format';
import type { ReferralDetail } from '../../../lib/referrals';
import { Fact } from './referral-facts';

/** The closed loop: which activities the client joined and what changed, once the referral is completed. */
export const ReferralOutcome = ({ tenant, referral }: { tenant: string; referral: ReferralDetail }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const { outcome } = referral;
  const titleOf = (id: string) => {
    const suggested = referral.suggestedActivities.find((activity) => activity.id === id);
    return suggested ? format.text(suggested.title) : { text: id, lang: undefined };
  };
  return (
    <section aria-labelledby="referral-outcome" className="referral-section referral-outcome">
      <h2 id="referral-outcome">{t('referrals.detail.outcome')}</h2>
      {outcome ? (
        <dl className="referral-facts">
          {outcome.joinedActivityIds.length > 0 && (
            <Fact term={t('referrals.detail.joined')}>
              <ul role="list" className="referral-facts__list">
                {outcome.joinedActivityIds.map((id) => {
                  const title = titleOf(id);
                  return (
                    <li key={id}>
                      <Link to={`/${tenant}/activities/${id}`} lang={title.lang}>
                        {title.text}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </Fact>
          )}
          {outcome.joinedOther && <Fact term={t('referrals.detail.joinedOther')}>{outcome.joinedOther}</Fact>}
          <Fact term={t('referrals.detail.whatChanged')}>{outcome.whatChanged}</Fact>
        </dl>
      ) : (
        <p>{t('referrals.detail.outcomePending')}</p>
      )}
    </section>
  );
};
