import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../../../components/ui/notice';
import { PagedList } from '../../../../components/ui/paged-list';
import { itemsOf } from '../../../../lib/cursor-query';
import { useOrganisationListings } from '../../api/listings';
import type { Organisation } from '../../api/organisations';
import { useListingFormat } from '../../../../lib/use-listing-format';
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
  const items = itemsOf(listings);
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
      <PagedList
        query={listings}
        items={items}
        keyOf={(listing) => listing.id}
        renderItem={(listing) => <ListingRow listing={listing} tenant={tenant} isCoordinator={isCoordinator} />}
        className="listing-rows"
        status={items.length === 0 && <p>{t('catalog.editor.noListings')}</p>}
      />
    </section>
  );
};
