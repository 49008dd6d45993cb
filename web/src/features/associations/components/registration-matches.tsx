import { useTranslation } from 'react-i18next';
import { Badges } from '../../../components/ui/badges';
import type { RegistrationMatch } from '../api/associations';

/** The id of a match's approve button, which gets the focus back when its confirmation is cancelled. */
export const approveIntoButtonId = (organisationId: string): string => `association-approve-into-${organisationId}`;

interface RegistrationMatchesProps {
  matches: readonly RegistrationMatch[];
  /** A match's name in the UI language where the organisation gave one. */
  nameOf: (match: RegistrationMatch) => { text: string; lang: string };
  busy: boolean;
  onApproveInto: (match: RegistrationMatch) => void;
}

/** The county's organisations that may be the same association, why, and the choice to approve into one of them. */
export const RegistrationMatches = ({ matches, nameOf, busy, onApproveInto }: RegistrationMatchesProps) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="association-matches-heading">
      <h3 id="association-matches-heading">{t('associations.matches.title')}</h3>
      {matches.length === 0 ? (
        <p>{t('associations.matches.none')}</p>
      ) : (
        <>
          <p>{t('associations.matches.intro')}</p>
          <ul role="list" className="association-matches">
            {matches.map((match) => {
              const name = nameOf(match);
              return (
                <li key={match.organisationId} className="association-match">
                  <p className="association-match__name" lang={name.lang}>
                    {name.text}
                  </p>
                  {match.businessId && <p>{t('associations.matches.businessId', { businessId: match.businessId })}</p>}
                  <Badges badges={match.reasons.map((reason) => t(`associations.matches.reasons.${reason}`))} />
                  <button
                    type="button"
                    id={approveIntoButtonId(match.organisationId)}
                    className="button button--secondary"
                    disabled={busy}
                    aria-label={`${t('associations.matches.approveInto')}: ${name.text}`}
                    onClick={() => onApproveInto(match)}
                  >
                    {t('associations.matches.approveInto')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
};
