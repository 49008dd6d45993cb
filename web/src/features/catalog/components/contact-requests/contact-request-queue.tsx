import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../../components/ui/paged-list';
import { itemsOf } from '../../../../lib/cursor-query';
import { type ReceivedContactRequest, useContactRequests, useMarkContactRequestHandled } from '../../api/contact-requests';
import type { Organisation } from '../../api/organisations';
import { useListingFormat } from '../../../../lib/use-listing-format';
import { MutationError } from '../../../../components/ui/mutation-error';

const RequestCard = ({ request, organisationId, onReload }: { request: ReceivedContactRequest; organisationId: string; onReload: () => void }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const markHandled = useMarkContactRequestHandled();
  const headingId = `request-${request.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return (
    <article className={`request-card request-card--${request.status}`} aria-labelledby={headingId}>
      <div className="listing-row__head">
        <h3 id={headingId}>{request.name}</h3>
        <span className={`status status--${request.status === 'new' ? 'new' : 'handled'}`}>{t(`catalog.requests.status.${request.status}`)}</span>
      </div>
      <p className="listing-row__meta">
        <span lang="fi">{request.activityTitle}</span> · {format.moment(request.receivedAt)}
      </p>
      <dl className="details details--compact">
        {request.phone && (
          <div className="details__row">
            <dt>{t('catalog.contact.phone')}</dt>
            <dd>
              <a href={`tel:${request.phone.replace(/[^+\d]/g, '')}`}>{request.phone}</a>
            </dd>
          </div>
        )}
        {request.email && (
          <div className="details__row">
            <dt>{t('catalog.contact.email')}</dt>
            <dd>
              <a href={`mailto:${request.email}`}>{request.email}</a>
            </dd>
          </div>
        )}
        <div className="details__row">
          <dt>{t('catalog.contact.message')}</dt>
          <dd className="request-card__message">{request.message}</dd>
        </div>
      </dl>
      {request.status === 'handled' && request.handledAt && <p className="hint">{t('catalog.requests.handledAt', { date: format.moment(request.handledAt) })}</p>}
      {markHandled.error && (
        <MutationError
          error={markHandled.error}
          onReload={() => {
            markHandled.reset();
            onReload();
          }}
        />
      )}
      {request.status === 'new' && (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={markHandled.isPending}
          onClick={() => markHandled.mutate({ organisationId, id: request.id, expectedVersion: request.version })}
          aria-label={`${t('catalog.requests.markHandled')}: ${request.name}`}
        >
          {t('catalog.requests.markHandled')}
        </button>
      )}
    </article>
  );
};

/** An organisation's contact requests, newest first; personal data leaves with the retention period. */
export const ContactRequestQueue = ({ organisation }: { organisation: Organisation }) => {
  const { t } = useTranslation();
  const format = useListingFormat();
  const requests = useContactRequests(organisation.id);
  const items = itemsOf(requests);
  const waiting = items.filter((request) => request.status === 'new').length;
  const name = format.text(organisation.name);
  return (
    <section className="section" aria-labelledby="requests-heading">
      <h2 id="requests-heading" lang={name.lang}>
        {name.text}
      </h2>
      <p className="hint">{t('catalog.requests.retention')}</p>
      <PagedList
        query={requests}
        items={items}
        keyOf={(request) => request.id}
        renderItem={(request) => <RequestCard request={request} organisationId={organisation.id} onReload={() => void requests.refetch()} />}
        className="listing-rows"
        status={<p role="status">{items.length === 0 ? t('catalog.requests.empty') : t('catalog.requests.waiting', { count: waiting })}</p>}
      />
    </section>
  );
};
