import { useTranslation } from 'react-i18next';

/** The audit log's kinds of record a page links its own history for. */
export type HistoryEntity = 'candidate' | 'assessor' | 'scheme' | 'tuk' | 'session';

/** `#/audit` filtered to one record: its history, who changed what and when. */
export const historyRoute = (entity: HistoryEntity, id: string): string => `#/audit?entity=${entity}&id=${encodeURIComponent(id)}`;

/** A record page's way to its history in the audit log. */
export function HistoryLink({ entity, id }: { entity: HistoryEntity; id: string }) {
  const { t } = useTranslation();
  return (
    <a href={historyRoute(entity, id)} data-testid="record-history">
      {t('audit.recordHistory')}
    </a>
  );
}
