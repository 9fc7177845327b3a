import { useTranslation } from 'react-i18next';
import type { HolderChanged } from '../../../../electron/shared/certificates';
import { useFormat } from '../../i18n/use-format';
import { HOLDER_FIELD_LABEL } from './labels';

/**
 * The holder's details were corrected after this certificate was last printed (or issued): the printed certificate
 * and its pleno's SK list still carry the old ones. Says what changed, when and by whom, and asks for a reprint; the
 * core stops saying it once the certificate (alone or with its pleno's) is printed again.
 */
export function HolderChangedNotice({ changed }: { changed: HolderChanged }) {
  const { t } = useTranslation();
  const f = useFormat();
  const value = (field: HolderChanged['changes'][number]['field'], text: string | null) =>
    text === null || text === '' ? t('certificateScreens.holderChanged.empty') : field === 'birthDate' ? f.date(text) : `“${text}”`;
  return (
    <div className="notice notice--warning holder-changed" role="status" data-testid="certificate-holder-changed">
      {/* One block: the notice lays its children out in a row, and these three read top to bottom. */}
      <div>
        <p>
          {changed.printed
            ? t('certificateScreens.holderChanged.sincePrint', { date: f.dateTime(changed.since) })
            : t('certificateScreens.holderChanged.sinceIssue', { date: f.dateTime(changed.since) })}
          {changed.changedAt && <> {t('certificateScreens.holderChanged.changedAt', { date: f.dateTime(changed.changedAt), by: changed.changedBy ?? '–' })}</>}
        </p>
        <ul className="notice__reasons" data-testid="certificate-holder-changes">
          {changed.changes.map((c) => (
            <li key={c.field}>
              {t('certificateScreens.holderChanged.change', { field: t(HOLDER_FIELD_LABEL[c.field]), before: value(c.field, c.before), after: value(c.field, c.after) })}
            </li>
          ))}
        </ul>
        <p>{t('certificateScreens.holderChanged.reprint')}</p>
      </div>
    </div>
  );
}
