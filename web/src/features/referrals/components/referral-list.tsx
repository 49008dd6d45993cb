import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '../../../components/ui/form-fields';
import { PagedList } from '../../../components/ui/paged-list';
import { type ReferralListItem, type ReferralState, useReferralPages, useReferralVocabulary } from '../../../lib/referrals';
import { useReferralFormat } from '../hooks/use-referral-format';
import { ReferralStateBadge } from '../../../components/referral-state-badge';

const ReferralRow = ({ referral, tenant }: { referral: ReferralListItem; tenant: string }) => {
  const { t } = useTranslation();
  const format = useReferralFormat();
  return (
    <article className="referral-row">
      <h2 className="referral-row__title">
        <Link to={`/${tenant}/referrals/${referral.id}`}>{referral.clientName ?? t('referrals.list.removed')}</Link>
      </h2>
      <p className="referral-row__facts">
        <ReferralStateBadge state={referral.state} /> <span>{referral.municipality}</span>
      </p>
      <p className="referral-row__facts hint">
        {t('referrals.list.created')} {format.date(referral.createdAt)} · {t('referrals.list.updated')} {format.date(referral.updatedAt)}
      </p>
    </article>
  );
};

/** Coordinators see the whole county and narrow it down by state. */
const StateFilter = ({ value, onChange }: { value: ReferralState | ''; onChange: (state: ReferralState | '') => void }) => {
  const { t } = useTranslation();
  const vocabulary = useReferralVocabulary();
  return (
    <SelectField id="referral-state-filter" className="referral-filter" label={t('referrals.list.stateFilter')} value={value} onChange={(event) => onChange(event.target.value as ReferralState | '')}>
      <option value="">{t('referrals.list.allStates')}</option>
      {(vocabulary.data?.states ?? []).map((state) => (
        <option key={state} value={state}>
          {t(`referrals.states.${state}`)}
        </option>
      ))}
    </SelectField>
  );
};

/** The referrals I may see, newest first (coordinators: by state), page by page. */
export const ReferralList = ({ tenant, canFilter }: { tenant: string; canFilter: boolean }) => {
  const { t } = useTranslation();
  const [state, setState] = useState<ReferralState | ''>('');
  const { query, items } = useReferralPages(state || undefined);
  return (
    <>
      {canFilter && <StateFilter value={state} onChange={setState} />}
      <PagedList
        query={query}
        items={items}
        keyOf={(referral) => referral.id}
        renderItem={(referral) => <ReferralRow referral={referral} tenant={tenant} />}
        className="referral-list"
        status={<p role="status">{items.length === 0 ? t('referrals.list.empty') : t('referrals.list.count', { count: items.length })}</p>}
      />
    </>
  );
};
