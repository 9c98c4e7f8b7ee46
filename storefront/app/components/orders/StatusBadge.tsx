import { useT, type MessageKey } from '../../i18n';

export function StatusBadge({ status }: { status: string }) {
  const { t } = useT();
  return (
    <span className={`badge ord-status ord-status-${status.toLowerCase()}`}>
      {t(`ord.status.${status}` as MessageKey)}
    </span>
  );
}
