import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { Loading } from '../../../../components/ui/loading';
import { Notice } from '../../../../components/ui/notice';
import { useOrganisationListings } from '../../api/listings';
import type { Organisation } from '../../api/organisations';
import { useListingFormat } from '../../hooks/use-listing-format';
import { useSavedNotice } from '../../hooks/use-saved-notice';
import { ListingRow } from './listing-row';

interface OrganisationListingsProps {
  tenant: string;
  organisation: Organisation;
  isCoordinator: boolean;
}

/** An organisation's listings in every status, with a way to add one. */
export const OrganisationListings = ({ tenant, organisation, isCoordinator }: OrganisationListingsProps) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const listings = useOrganisationListings(organisation.id);
  const saved = useSavedNotice();
  const name = format.text(organisation.name);
  const items = listings.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="section" aria-labelledby="organisation-heading">
      <div className="section-head">
        <h2 id="organisation-heading" lang={name.lang}>
          {name.text}
        </h2>
        <Link className="button" to={`/${tenant}/editor/activities/new?organisation=${encodeURIComponent(organisation.id)}`}>
          {t('catalog.editor.newActivity')}
        </Link>
      </div>
      {saved && <Notice kind="info">{t(`catalog.editor.saved.${saved.saved}`, { title: saved.title })}</Notice>}
      {listings.isPending && <Loading />}
      {listings.isError && <ErrorAlert error={listings.error} onRetry={() => void listings.refetch()} />}
      {listings.isSuccess && items.length === 0 && <p>{t('catalog.editor.noListings')}</p>}
      <ul role="list" className="listing-rows">
        {items.map((listing) => (
          <li key={listing.id}>
            <ListingRow listing={listing} tenant={tenant} isCoordinator={isCoordinator} />
          </li>
        ))}
      </ul>
      {listings.hasNextPage && (
        <p className="load-more">
          <button type="button" className="button button--secondary" onClick={() => void listings.fetchNextPage()} disabled={listings.isFetchingNextPage}>
            {listings.isFetchingNextPage ? t('app.loading') : t('catalog.editor.loadMore')}
          </button>
        </p>
      )}
    </section>
  );
};
