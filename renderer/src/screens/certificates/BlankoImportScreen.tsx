import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlankoPreview, BlankoResult } from '../../../../electron/shared/certificates';
import { uploadFile } from '../../api/files';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ImportCounts } from '../../components/ImportCounts';
import { ImportFileForm, SHEET_ACCEPT } from '../../components/ImportFileForm';
import { Section } from '../../components/Section';
import { useFormat } from '../../i18n/use-format';
import { useClient } from '../../session/SessionProvider';
import { useToken } from '../../session/use-token';
import { OtherRowsTable, RefusedTable } from '../registry/import/PreviewTables';
import { CertificatesPage } from './CertificatesPage';
import { RegisterDownload } from './RegisterDownload';
import { blankoProblemText, toPreviewRow } from './blanko-rows';

const COUNTS = ['set', 'unchanged', 'refused'] as const;
const NO_LETTERS: ReadonlyMap<string, string> = new Map();

/**
 * The blanko numbers BNSP assigned, imported by NIK in three steps like the registry's import: a file,
 * what would happen to each row (nothing written yet), then apply. Its tables are the registry's.
 */
export function BlankoImportScreen() {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const token = useToken();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<BlankoPreview | null>(null);
  const [result, setResult] = useState<BlankoResult | null>(null);
  const { busy, error, run } = useRun();

  const countLabel = { set: t('certificateScreens.blanko.counts.set'), unchanged: t('certificateScreens.blanko.counts.unchanged'), refused: t('certificateScreens.blanko.counts.refused') };
  const columns = [
    { key: 'nik', header: t('certificateScreens.register.nik'), column: '' },
    { key: 'blankoNumber', header: t('certificateScreens.blanko.blankoNumber'), column: '' },
    { key: 'certificateNumber', header: t('certificateScreens.blanko.certificateNumber'), column: '' },
  ];
  const header = new Map(columns.map((c) => [c.key, c.header]));
  const rows = preview?.rows.map((row) => toPreviewRow(row, header)) ?? [];
  const refused = rows.filter((r) => r.outcome === 'refused');
  const others = rows.filter((r) => r.outcome !== 'refused');

  const check = () => {
    if (!file) return;
    void run(async () => {
      setResult(null);
      const uploadId = await uploadFile(file, token);
      setPreview(await client.call('certificates/blankoPreview', { uploadId }));
    });
  };
  const apply = () => preview && void run(async () => setResult(await client.call('certificates/blankoApply', { importId: preview.importId })));
  const another = () => {
    setPreview(null);
    setResult(null);
    setFile(null);
  };

  return (
    <CertificatesPage
      kind="blanko"
      testId="blanko-import-screen"
      title={t('certificateScreens.blanko.title')}
      actions={<RegisterDownload small />}
    >
      {!preview && (
        <Section title={t('certificateScreens.blanko.title')}>
          <p>{t('certificateScreens.blanko.intro')}</p>
          <ImportFileForm
            label={t('certificateScreens.blanko.file')}
            check={t('certificateScreens.blanko.check')}
            checking={t('certificateScreens.blanko.checking')}
            accept={SHEET_ACCEPT}
            busy={busy}
            file={file}
            onFile={setFile}
            onCheck={check}
            testIdPrefix="import"
          />
        </Section>
      )}
      {error && <ErrorMessage error={error} />}
      {preview && (
        <Section title={t('certificateScreens.blanko.preview')}>
          <ImportCounts keys={COUNTS} counts={preview.counts} label={(key) => countLabel[key]} testIdPrefix="import" />
          <div className="import-actions">
            {!result && (
              <button type="button" className="button button--primary" disabled={busy || preview.counts.set === 0} data-testid="import-apply" onClick={apply}>
                {busy ? t('certificateScreens.blanko.applying') : t('certificateScreens.blanko.apply', { count: preview.counts.set })}
              </button>
            )}
            <button type="button" className="button button--secondary" disabled={busy} data-testid="import-discard" onClick={another}>
              {t('certificateScreens.blanko.another')}
            </button>
          </div>
          {!result && preview.counts.set === 0 && <p className="muted">{t('certificateScreens.blanko.nothing')}</p>}
          {result && (
            <p className="notice notice--success" role="status" data-testid="import-done">
              {t('certificateScreens.blanko.applied', { set: f.number(result.set), unchanged: f.number(result.unchanged), refused: f.number(result.refused) })}
            </p>
          )}
          {refused.length > 0 && (
            <>
              <h3 className="subheading">{t('certificateScreens.blanko.refusedTitle')}</h3>
              <RefusedTable rows={refused} columns={columns} letters={NO_LETTERS} describe={blankoProblemText} />
            </>
          )}
          {others.length > 0 && (
            <>
              {/* "Other rows" only beside refused ones: alone, the table is simply the rows read. */}
              <h3 className="subheading" data-testid="import-others-title">
                {refused.length > 0 ? t('certificateScreens.blanko.othersTitle') : t('certificateScreens.blanko.rowsTitle')}
              </h3>
              <OtherRowsTable rows={others} columns={columns} />
            </>
          )}
          {preview.rows.length < preview.rowsTotal && (
            <p className="muted small">{t('certificateScreens.blanko.rowsShown', { shown: f.number(preview.rows.length), total: f.number(preview.rowsTotal) })}</p>
          )}
        </Section>
      )}
    </CertificatesPage>
  );
}
