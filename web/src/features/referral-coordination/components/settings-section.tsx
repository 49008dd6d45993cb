import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Loading } from '../../../components/ui/loading';

interface SettingsSectionProps<Data> {
  id: string;
  heading: string;
  intro: string;
  query: UseQueryResult<Data, unknown>;
  children: (data: Data) => ReactNode;
}

/** One part of the settings page: its heading and explanation, then its form once the stored values have loaded. */
export const SettingsSection = <Data,>({ id, heading, intro, query, children }: SettingsSectionProps<Data>) => (
  <section className="settings-section" aria-labelledby={id}>
    <h2 id={id}>{heading}</h2>
    <p>{intro}</p>
    {query.isPending && <Loading />}
    {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
    {query.isSuccess && children(query.data)}
  </section>
);
