import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useListingFormat } from '../../../lib/use-listing-format';
import type { ReferralDetail } from '../../../lib/referrals';
import { usePathwayStageTitle } from '../hooks/use-pathway-stage-title';
import { useReferralFormat } from '../hooks/use-referral-format';
import type { PathwayStageRef } from '../utils/referral-form';

export const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="referral-facts__row">
    <dt>{term}</dt>
    <dd>{children}</dd>
  </div>
);

const ClientFacts = ({ client }: { client: NonNullable<ReferralDetail['client']> }) => {
  const { t } = useTranslation();
  const language = client.language === 'other' && client.otherLanguage ? client.otherLanguage : t(`referrals.languages.${client.language}`);
  const contact = [client.phone, client.email].filter(Boolean).join(', ');
  return (
    <>
      <Fact term={t('referrals.detail.birthYear')}>{client.birthYear}</Fact>
      <Fact term={t('referrals.detail.language')}>{language}</Fact>
      {contact && <Fact term={t('referrals.detail.contact')}>{contact}</Fact>}
    </>
  );
};

/** The suggested activities, each linking to its listing. */
const ActivityLinks = ({ tenant, activities }: { tenant: string; activities: ReferralDetail['suggestedActivities'] }) => {
  const format = useListingFormat();
  return (
    <ul role="list" className="referral-facts__list">
      {activities.map((activity) => {
        const title = format.text(activity.title);
        return (
          <li key={activity.id}>
            <Link to={`/${tenant}/activities/${activity.id}`} lang={title.lang}>
              {title.text}
            </Link>{' '}
            <span className="hint">{activity.municipality}</span>
          </li>
        );
      })}
    </ul>
  );
};

const PathwayStageLink = ({ tenant, stage }: { tenant: string; stage: PathwayStageRef }) => (
  <li>
    <Link to={`/${tenant}/pathways/${stage.pathwayId}`}>{usePathwayStageTitle(stage)}</Link>
  </li>
);

/** Who the client is, what they need and what was suggested; read-only. */
export const ReferralFacts = ({ tenant, referral }: { tenant: string; referral: ReferralDetail }) => {
  const { t } = useTranslation();
  const format = useReferralFormat();
  const needs = referral.needs.map((need) => (need === 'other' && referral.needsOther ? referral.needsOther : t(`referrals.needs.${need}`)));
  return (
    <section aria-labelledby="referral-facts" className="referral-section">
      <h2 id="referral-facts">{t('referrals.detail.facts')}</h2>
      <dl className="referral-facts">
        <Fact term={t('referrals.detail.created')}>{format.date(referral.createdAt)}</Fact>
        <Fact term={t('referrals.detail.municipality')}>{referral.municipality}</Fact>
        {referral.client && <ClientFacts client={referral.client} />}
        <Fact term={t('referrals.detail.needs')}>{needs.join(', ')}</Fact>
        <Fact term={t('referrals.detail.linkWorkerWanted')}>{referral.linkWorkerWanted ? t('referrals.detail.yes') : t('referrals.detail.no')}</Fact>
        {referral.note && <Fact term={t('referrals.detail.note')}>{referral.note}</Fact>}
        {referral.suggestedActivities.length > 0 && (
          <Fact term={t('referrals.detail.activities')}>
            <ActivityLinks tenant={tenant} activities={referral.suggestedActivities} />
          </Fact>
        )}
        {referral.suggestedPathwayStages.length > 0 && (
          <Fact term={t('referrals.detail.pathwayStages')}>
            <ul role="list" className="referral-facts__list">
              {referral.suggestedPathwayStages.map((stage) => (
                <PathwayStageLink key={`${stage.pathwayId}-${stage.stageId}`} tenant={tenant} stage={stage} />
              ))}
            </ul>
          </Fact>
        )}
      </dl>
    </section>
  );
};

/** The consent as recorded: who gave it, when and to what. */
export const ConsentFacts = ({ consent }: { consent: ReferralDetail['consent'] }) => {
  const { t } = useTranslation();
  const format = useReferralFormat();
  return (
    <section aria-labelledby="referral-consent" className="referral-section">
      <h2 id="referral-consent">{t('referrals.detail.consent')}</h2>
      {consent ? (
        <dl className="referral-facts">
          <Fact term={t('referrals.detail.consentBy')}>{t(`referrals.consentGivers.${consent.givenBy}`)}</Fact>
          <Fact term={t('referrals.detail.consentAt')}>{format.dateTime(consent.givenAt)}</Fact>
          <Fact term={t('referrals.detail.consentScopes')}>{consent.scopes.map((scope) => t(`referrals.consentScopes.${scope}`)).join(', ')}</Fact>
        </dl>
      ) : (
        <p>{t('referrals.detail.noConsent')}</p>
      )}
    </section>
  );
};
