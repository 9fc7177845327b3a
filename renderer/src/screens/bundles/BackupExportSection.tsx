import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { useClient } from '../../session/SessionProvider';
import { ExportRunner } from './ExportRunner';

/**
 * The whole office as one backup bundle, for the day its computer is lost. It was only on the command
 * line: an LSP admin on the screens had no way to make the backup a new computer is restored from.
 */
export function BackupExportSection() {
  const { t } = useTranslation();
  const client = useClient();
  return (
    <Section title={t('bundles.export.backupTitle')}>
      <p className="muted small">{t('bundles.export.backupHint')}</p>
      <ExportRunner
        testId="export-backup"
        label={t('bundles.export.backupStart')}
        disabled={false}
        start={(operationId) => client.call('bundles/exportBackup', { operationId, to: { generatePassphrase: true } })}
      />
    </Section>
  );
}
