import { useTranslation } from 'react-i18next';
import type { ProctorToday } from '../../../../electron/shared/types';
import { useFormat } from '../../i18n/use-format';

type TodaySession = ProctorToday['sessions'][number];
export type ResultsExport = NonNullable<TodaySession['resultsExport']>;

/** The results export that answers the session's closing: one made before it closed (a test run) does not. */
export function exportedAfterClose(run: TodaySession['run'], resultsExport: TodaySession['resultsExport']): ResultsExport | null {
  return run?.endedAt && resultsExport && resultsExport.at >= run.endedAt ? resultsExport : null;
}

/** The results went out: said with when, by whom and for which LSP; exporting again stays possible, but secondary. */
export function ResultsExported({ exported }: { exported: ResultsExport }) {
  const { t } = useTranslation();
  const f = useFormat();
  const values = { lsp: exported.lspName, at: f.dateTime(exported.at) };
  return (
    <div className="notice notice--success" data-testid="session-results-exported">
      <div className="notice__text">
        <p>{exported.by ? t('examDay.session.resultsExported', { ...values, name: exported.by }) : t('examDay.session.resultsExportedNoName', values)}</p>
        <p className="muted small" data-testid="session-export-again">
          {t('examDay.session.exportAgainHint')} <a href="#/bundles">{t('bundles.link')}</a>.
        </p>
      </div>
    </div>
  );
}
