import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { CheckboxList, TextAreaField, TextField } from '../../../components/ui/form-fields';
import { useLanguage } from '../../../i18n';
import { useTRPC } from '../../../lib/trpc';
import { pickListingText } from '../../../lib/listing-format';
import type { ReferralDetail } from '../../../lib/referrals';
import type { TransitionFormState } from '../utils/transition-input';

interface Candidate {
  id: string;
  title: string;
}

interface OutcomeFieldsProps {
  referral: ReferralDetail;
  form: TransitionFormState;
  onChange: (form: TransitionFormState) => void;
  whatChangedError: string | undefined;
}

const uniqueById = (candidates: Candidate[]) => [...new Map(candidates.map((candidate) => [candidate.id, candidate])).values()];

/** Finds catalog activities by words, for an outcome the referral did not suggest. */
const useActivitySearch = (query: string) => {
  const trpc = useTRPC();
  const { language } = useLanguage();
  const search = useQuery(trpc.catalog.search.queryOptions({ q: query, limit: 10 }, { enabled: query !== '' }));
  const found: Candidate[] = (search.data?.items ?? []).map((activity) => ({ id: activity.id, title: pickListingText(activity.title, language).text }));
  return { search, found };
};

/** The outcome of a completed referral: the activities the client joined (suggested or found), any other activity, and what changed. */
export const OutcomeFields = ({ referral, form, onChange, whatChangedError }: OutcomeFieldsProps) => {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [words, setWords] = useState('');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Candidate[]>([]);
  const { search, found } = useActivitySearch(query);
  const suggested = referral.suggestedActivities.map((activity) => ({ id: activity.id, title: pickListingText(activity.title, language).text }));
  const candidates = uniqueById([...suggested, ...picked, ...found]);
  const toggle = (id: string, checked: boolean) => {
    const candidate = candidates.find((option) => option.id === id);
    if (checked && candidate) setPicked(uniqueById([...picked, candidate]));
    onChange({ ...form, joinedActivityIds: checked ? [...form.joinedActivityIds, id].slice(0, 10) : form.joinedActivityIds.filter((joined) => joined !== id) });
  };
  return (
    <fieldset className="fieldset">
      <legend className="link-work__legend">{t('linkWork.outcome.legend')}</legend>
      <div className="link-work__search">
        <TextField
          id="outcome-search"
          label={t('linkWork.outcome.search')}
          type="search"
          value={words}
          onChange={(event) => setWords(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), setQuery(words.trim()))}
        />
        <button type="button" className="button button--secondary" onClick={() => setQuery(words.trim())}>
          {t('linkWork.outcome.searchButton')}
        </button>
      </div>
      {query !== '' && search.isSuccess && found.length === 0 && <p role="status">{t('linkWork.outcome.noResults')}</p>}
      {search.isError && <ErrorAlert error={search.error} />}
      {candidates.length > 0 && (
        <fieldset className="fieldset">
          <legend>{t('linkWork.outcome.suggested')}</legend>
          <CheckboxList
            className="link-work__checks"
            options={candidates.map((candidate) => ({ value: candidate.id, label: candidate.title, checked: form.joinedActivityIds.includes(candidate.id) }))}
            onChange={toggle}
          />
        </fieldset>
      )}
      <TextField
        id="outcome-other"
        label={t('linkWork.outcome.other')}
        hint={t('linkWork.outcome.otherHint')}
        maxLength={200}
        value={form.joinedOther}
        onChange={(event) => onChange({ ...form, joinedOther: event.target.value })}
      />
      <TextAreaField
        id="outcome-what-changed"
        label={t('linkWork.outcome.whatChanged')}
        hint={t('linkWork.outcome.whatChangedHint')}
        required
        maxLength={1000}
        rows={4}
        error={whatChangedError}
        value={form.whatChanged}
        onChange={(event) => onChange({ ...form, whatChanged: event.target.value })}
      />
    </fieldset>
  );
};
