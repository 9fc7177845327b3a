import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { useAdminEyebrow, useOnTukStation } from '../../session/tuk-station';
import { BackupPanel } from '../proctor/BackupPanel';

/**
 * The admin's data backups (`#/backups`): the same rolling copies and restore as the proctor's console,
 * for the LSP office, whose registry, bank and certificate register had no copy but a CLI command. On a
 * TUK station it is the exam day's panel, reached from the station's home.
 */
export function DataBackupsScreen() {
  const { t } = useTranslation();
  const onStation = useOnTukStation();
  const stationEyebrow = useAdminEyebrow();
  return (
    <div className="home" data-testid="data-backups-screen">
      <PageTitle eyebrow={onStation ? stationEyebrow : t('lsp.eyebrow')} title={t('dataBackups.title')}>
        <a href="#/" data-testid="back-home">
          {t('bundles.backHome')}
        </a>
      </PageTitle>
      <BackupPanel place={onStation ? 'examDay' : 'office'} />
    </div>
  );
}
