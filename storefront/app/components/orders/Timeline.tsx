import type { ResultOf } from '../../graphql/graphql';
import type { OrderQuery } from '../../graphql/orders';

/** An order's or a shop's part's step; the shop's part lists its own without `sellerOrderId`. */
type EventData = Omit<NonNullable<ResultOf<typeof OrderQuery>['order']>['events'][number], 'sellerOrderId'> & {
  sellerOrderId?: string | null;
};
import { useT, intlLocale, type MessageKey } from '../../i18n';

const when = (value: string, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(value));

/** Every state change, oldest first. */
export function Timeline({ events }: { events: EventData[] }) {
  const { t, locale } = useT();
  const label = (status: string | null) => (status ? t(`ord.status.${status}` as MessageKey) : '—');
  return (
    <ol className="ord-timeline" data-testid="timeline">
      {events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.createdAt}>{when(event.createdAt, intlLocale(locale))}</time>:{' '}
          {event.fromStatus ? `${label(event.fromStatus)} → ` : ''}
          <strong>{label(event.toStatus)}</strong>
          {event.note && <span className="muted"> · {event.note}</span>}
        </li>
      ))}
    </ol>
  );
}
