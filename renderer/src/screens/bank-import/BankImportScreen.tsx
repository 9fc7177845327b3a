import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankImportPreview, BankImportResult } from '../../../../electron/shared/bank-import';
import type { SchemeDetail } from '../../../../electron/shared/registry';
import { downloadExport, uploadFile } from '../../api/files';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ImportCounts } from '../../components/ImportCounts';
import { ImportFileForm } from '../../components/ImportFileForm';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { useFormat } from '../../i18n/use-format';
import { useLanguage } from '../../i18n/use-language';
import { useClient } from '../../session/SessionProvider';
import { BankPage } from '../bank/BankPage';
import { useScheme } from '../bank/use-scheme';
import { useToken } from '../../session/use-token';
import { QuestionsTable, RefusedQuestions } from './ImportTables';
import { COUNT_LABEL, SOURCE_TYPE_LABEL } from './labels';
import { UnitMapping } from './UnitMapping';
import { useRouteId } from '../../navigation/hash-route';

const COUNTS = ['total', 'add', 'unchanged', 'refused', 'mapped', 'unmapped', 'approvable'] as const satisfies readonly (keyof BankImportPreview['counts'])[];

/**
 * `#/bank-import/<schemeId>`: a question file in one flow for every format: upload, preview (what each
 * question became, its KUK, every refusal with its place and reason), map what the file did not, apply
 * in one transaction (approving the mapped questions, or keeping all as drafts). Templates to download.
 */
export function BankImportScreen() {
  const { t } = useTranslation();
  const schemeId = useRouteId();
  const { state, reload } = useScheme(schemeId);
  const title = state.status === 'ready' ? t('bankScreens.import.title', { code: state.data.code, version: state.data.version }) : t('bankScreens.nav.import');
  return (
    <BankPage key={schemeId} schemeId={schemeId} current="import" testId="bank-import-screen" title={title} actions={<Templates />}>
      <LoadView state={state} onRetry={reload}>
        {(scheme) => <ImportFlow scheme={scheme} />}
      </LoadView>
    </BankPage>
  );
}

function Templates() {
  const { t } = useTranslation();
  const client = useClient();
  const token = useToken();
  const { language } = useLanguage();
  const { busy, error, run } = useRun();
  const download = (format: 'xlsx' | 'docx') => void run(async () => downloadExport((await client.call('bankImport/template', { format, language })).fileName, token));
  return (
    <>
      <button type="button" className="button button--secondary button--small" data-testid="bank-template-xlsx" disabled={busy} onClick={() => download('xlsx')}>
        {t('bankScreens.import.templateXlsx')}
      </button>
      <button type="button" className="button button--secondary button--small" data-testid="bank-template-docx" disabled={busy} onClick={() => download('docx')}>
        {t('bankScreens.import.templateDocx')}
      </button>
      {error && <ErrorMessage error={error} />}
    </>
  );
}

function ImportFlow({ scheme }: { scheme: SchemeDetail }) {
  const { t } = useTranslation();
  const client = useClient();
  const token = useToken();
  const f = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<BankImportPreview | null>(null);
  const [result, setResult] = useState<BankImportResult | null>(null);
  const [approve, setApprove] = useState(true);
  const { busy, error, run } = useRun();

  const check = () => {
    if (!file) return;
    void run(async () => {
      setResult(null);
      const uploadId = await uploadFile(file, token);
      setPreview(await client.call('bankImport/preview', { schemeId: scheme.id, uploadId, fileName: file.name }));
    });
  };
  const map = (mapping: { unitId?: string | null; questions?: { index: number; kukIds: string[] | null }[] }) =>
    preview ? run(async () => setPreview(await client.call('bankImport/map', { importId: preview.importId, mapping }))) : Promise.resolve(false);
  const apply = () => preview && void run(async () => setResult(await client.call('bankImport/apply', { importId: preview.importId, approve })));
  const discard = () =>
    preview &&
    void run(async () => {
      // After an apply the preview is spent; only one not applied is discarded on the core.
      if (!result) await client.call('bankImport/discard', { importId: preview.importId });
      setPreview(null);
      setResult(null);
      setFile(null);
    });

  if (!preview) {
    return (
      <Section title={t('bankScreens.nav.import')}>
        <p>{t('bankScreens.import.intro')}</p>
        <ImportFileForm
          label={t('bankScreens.import.file')}
          check={t('bankScreens.import.check')}
          checking={t('bankScreens.import.checking')}
          accept=".docx,.xlsx,.txt,.gift,.xml,.zip"
          busy={busy}
          file={file}
          onFile={setFile}
          onCheck={check}
          testIdPrefix="bank-import"
        />
        {error && <ErrorMessage error={error} />}
      </Section>
    );
  }

  const refusedFirst = preview.refused;
  return (
    <Section title={t('bankScreens.import.preview')}>
      <p className="muted small" data-testid="bank-import-read">
        {t('bankScreens.import.read', { file: preview.fileName, type: t(SOURCE_TYPE_LABEL[preview.sourceType]) })}
      </p>
      {preview.ignoredColumns.length > 0 && (
        <p className="notice notice--warning" role="note" data-testid="bank-import-ignored">
          {t('bankScreens.import.ignored', { columns: preview.ignoredColumns.map((c) => `${c.header} (${c.letter})`).join(', ') })}
        </p>
      )}
      <ImportCounts keys={COUNTS} counts={preview.counts} label={(key) => t(COUNT_LABEL[key])} testIdPrefix="bank-import" />
      {!result && <UnitMapping scheme={scheme} unitId={preview.unitId} busy={busy} onMap={(unitId) => void map({ unitId })} />}
      {/* The actions come before the long tables, so they are never scrolled out of reach. */}
      <div className="import-actions">
        {!result && (
          <>
            <fieldset className="bank-apply-choice">
              <legend className="visually-hidden">{t('bankScreens.import.preview')}</legend>
              <label className="bank-check">
                <input type="radio" name="bank-import-approve" data-testid="bank-import-approve" checked={approve} onChange={() => setApprove(true)} />{' '}
                {t('bankScreens.import.approveMapped')}
              </label>
              <label className="bank-check">
                <input type="radio" name="bank-import-approve" data-testid="bank-import-drafts" checked={!approve} onChange={() => setApprove(false)} />{' '}
                {t('bankScreens.import.keepDrafts')}
              </label>
            </fieldset>
            <button type="button" className="button button--primary" disabled={busy || preview.counts.add === 0} data-testid="bank-import-apply" onClick={apply}>
              {busy ? t('bankScreens.import.applying') : t('bankScreens.import.apply', { count: preview.counts.add })}
            </button>
          </>
        )}
        <button type="button" className="button button--secondary" disabled={busy} data-testid="bank-import-discard" onClick={discard}>
          {result ? t('bankScreens.import.another') : t('bankScreens.import.discard')}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
      {!result && preview.counts.add === 0 && <p className="muted">{t('bankScreens.import.nothingToApply')}</p>}
      {result && (
        <div className="notice notice--success" role="status" data-testid="bank-import-done">
          <p>
            {t('bankScreens.import.applied', {
              added: f.number(result.added),
              approved: f.number(result.approved),
              unchanged: f.number(result.unchanged),
              refused: f.number(result.refused),
            })}
          </p>
          {result.notApproved.unmapped + result.notApproved.other > 0 && (
            <p data-testid="bank-import-not-approved">
              {t('bankScreens.import.notApproved', { unmapped: f.number(result.notApproved.unmapped), other: f.number(result.notApproved.other) })}
            </p>
          )}
          <p>
            <a href={`#/bank/${encodeURIComponent(scheme.id)}`} data-testid="bank-import-open-bank">
              {t('bankScreens.import.openBank')}
            </a>{' '}
            ·{' '}
            <a href={`#/bank-coverage/${encodeURIComponent(scheme.id)}`} data-testid="bank-import-open-coverage">
              {t('bankScreens.nav.coverage')}
            </a>
          </p>
        </div>
      )}
      {refusedFirst.length > 0 && (
        <>
          <h3 className="subheading">{t('bankScreens.import.refusedTitle')}</h3>
          <p className="muted small">{t('bankScreens.import.refusedHint')}</p>
          <RefusedQuestions refusals={refusedFirst} source={preview.sourceType} />
        </>
      )}
      {preview.questions.length > 0 && (
        <>
          <h3 className="subheading">{t('bankScreens.import.questionsTitle')}</h3>
          <QuestionsTable scheme={scheme} questions={preview.questions} source={preview.sourceType} busy={busy} locked={result !== null} onMap={(index, kukIds) => map({ questions: [{ index, kukIds }] })} />
        </>
      )}
    </Section>
  );
}
