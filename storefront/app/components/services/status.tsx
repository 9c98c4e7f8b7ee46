import { useT, intlLocale, type MessageKey } from '../../i18n';

export const statusKey = (status: string) => `svc.status.${status}` as MessageKey;

export function StatusBadge({ status }: { status: string }) {
  const { t } = useT();
  return (
    <span className={`badge status status-${status.toLowerCase()}`} data-testid="request-status">
      {t(statusKey(status))}
    </span>
  );
}

/** Date and time in WIB: "1 Desember 2026 14.05". */
export function useDateTime() {
  const { locale } = useT();
  const format = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  });
  return (value: string) => format.format(new Date(value));
}

export function Timeline({ steps }: { steps: { key: string; status: string; at: string; note?: string | null }[] }) {
  const { t } = useT();
  const dateTime = useDateTime();
  return (
    <ol className="timeline" data-testid="timeline">
      {steps.map((step) => (
        <li key={step.key}>
          <strong>{t(statusKey(step.status))}</strong> <time dateTime={step.at}>{dateTime(step.at)}</time>
          {step.note && <p className="muted">{step.note}</p>}
        </li>
      ))}
    </ol>
  );
}
