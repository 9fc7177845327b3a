import { useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportKind, RegistryImportPreview, RegistryImportResult } from '../../../../../electron/shared/registry-import';
import { downloadExport, uploadFile } from '../../../api/files';
import { useRun } from '../../../api/use-run';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useFocusWhenLost } from '../../../components/focus-lost';
import { ImportCounts } from '../../../components/ImportCounts';
import { ImportFileForm, SHEET_ACCEPT } from '../../../components/ImportFileForm';
import { Section } from '../../../components/Section';
import type { TranslationKey } from '../../../i18n/keys';
import { useFormat } from '../../../i18n/use-format';
import { useLanguage } from '../../../i18n/use-language';
import { useToken } from '../../../session/use-token';
import { useClient } from '../../../session/SessionProvider';
import { RegistryPage } from '../RegistryPage';
import { OtherRowsTable, RefusedTable } from './PreviewTables';

const TITLE = {
  candidates: 'registryScreens.import.title.candidates',
  assessors: 'registryScreens.import.title.assessors',
  schemes: 'registryScreens.import.title.schemes',
} as const satisfies Record<ImportKind, TranslationKey>;

/** What files the kind takes as they are, so a first import does not start by retyping into the template. */
const AS_IS = {
  candidates: 'registryScreens.import.asIs.candidates',
  assessors: 'registryScreens.import.asIs.assessors',
  schemes: 'registryScreens.import.asIs.schemes',
} as const satisfies Record<ImportKind, TranslationKey>;

/** Once applied, the next step is usually to see the records in their list. */
const TO_LIST = {
  candidates: 'registryScreens.import.toList.candidates',
  assessors: 'registryScreens.import.toList.assessors',
  schemes: 'registryScreens.import.toList.schemes',
} as const satisfies Record<ImportKind, TranslationKey>;

const COUNT_LABEL = {
  add: 'registryScreens.import.counts.add',
  update: 'registryScreens.import.counts.update',
  unchanged: 'registryScreens.import.counts.unchanged',
  refused: 'registryScreens.import.counts.refused',
} as const satisfies Record<keyof RegistryImportPreview['counts'], TranslationKey>;
// Once applied, the rows to add and update have been: the same counts, said in the past.
const DONE_LABEL = {
  ...COUNT_LABEL,
  add: 'registryScreens.import.countsDone.add',
  update: 'registryScreens.import.countsDone.update',
} as const satisfies Record<keyof RegistryImportPreview['counts'], TranslationKey>;
const COUNTS = ['add', 'update', 'unchanged', 'refused'] as const;

/**
 * Columns as the file has them, left to right (B before AA), so the preview reads beside the sheet; the
 * core lists them in the template's order. Stable: two read from one cell keep theirs.
 */
function inFileOrder<C extends { column: string }>(columns: readonly C[]): C[] {
  return [...columns].sort((a, b) => a.column.length - b.column.length || a.column.localeCompare(b.column));
}

/**
 * The columns a preview shows. Candidates and assessors: the file's own, as it named them. Schemes: one
 * row per scheme (it spans many sheet rows), summed up as the core sends it, whatever the layout.
 */
function shownColumns(t: TFunction, preview: RegistryImportPreview): RegistryImportPreview['header']['columns'] {
  if (preview.kind !== 'schemes') return inFileOrder(preview.header.columns);
  return [
    { key: 'code', header: t('registryScreens.schemes.code'), column: '' },
    { key: 'titleId', header: t('registryScreens.schemes.titleId'), column: '' },
    { key: 'schemeKind', header: t('registryScreens.schemes.kind'), column: '' },
    { key: 'level', header: t('registryScreens.schemes.level'), column: '' },
    { key: 'skkni', header: t('registryScreens.schemes.skkni'), column: '' },
    { key: 'approvedOn', header: t('registryScreens.schemes.approvedOn'), column: '' },
    { key: 'units', header: t('lsp.units'), column: '' },
    { key: 'elements', header: t('lsp.elements'), column: '' },
    { key: 'kuk', header: t('lsp.kuk'), column: '' },
  ];
}

export const CandidatesImportScreen = () => <ImportScreen kind="candidates" />;
export const AssessorsImportScreen = () => <ImportScreen kind="assessors" />;
export const SchemesImportScreen = () => <ImportScreen kind="schemes" />;

/**
 * Import from Excel in three steps: choose a file, see what would happen to every row (nothing is
 * written yet), apply it in one transaction. Refused rows come back as a workbook to fix and import
 * again; the template and the whole registry are downloads of the same layout.
 */
function ImportScreen({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const client = useClient();
  const token = useToken();
  const { language } = useLanguage();
  const f = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<RegistryImportPreview | null>(null);
  const [result, setResult] = useState<RegistryImportResult | null>(null);
  const { busy, error, run } = useRun();

  const download = (task: () => Promise<{ fileName: string }>) => void run(async () => downloadExport((await task()).fileName, token));

  const check = () => {
    if (!file) return;
    void run(async () => {
      setResult(null);
      const uploadId = await uploadFile(file, token);
      setPreview(await client.call('registryImport/preview', { kind, uploadId }));
    });
  };

  const apply = () =>
    preview &&
    void run(async () => {
      setResult(await client.call('registryImport/apply', { importId: preview.importId }));
    });

  const discard = () =>
    preview &&
    void run(async () => {
      // After an apply the preview is spent; only one not applied is discarded on the core.
      if (!result) await client.call('registryImport/discard', { importId: preview.importId });
      setPreview(null);
      setResult(null);
      setFile(null);
    });

  // Each step replaces the button pressed (Periksa, Terapkan, Buang): the focus, dropped to the page's top
  // with it, goes to what the step shows, the preview's title, what was applied, or the file to choose.
  const step = result ? 'applied' : preview ? 'preview' : 'file';
  const previewTitle = useRef<HTMLHeadingElement>(null);
  const applied = useRef<HTMLParagraphElement>(null);
  const fileStep = useRef<HTMLDivElement>(null);
  useFocusWhenLost(step, (shown) => {
    if (shown === 'preview') previewTitle.current?.focus();
    else if (shown === 'applied') applied.current?.focus();
    else fileStep.current?.querySelector<HTMLElement>('input[type="file"]')?.focus();
  });

  const toApply = preview ? preview.counts.add + preview.counts.update : 0;
  const refused = preview?.rows.filter((r) => r.outcome === 'refused') ?? [];
  const others = preview?.rows.filter((r) => r.outcome !== 'refused') ?? [];
  const columns = preview ? shownColumns(t, preview) : [];
  const letters = new Map(preview?.header.columns.map((c) => [c.key, c.column]) ?? []);
  return (
    <RegistryPage
      kind={kind}
      testId="import-screen"
      title={t(TITLE[kind])}
      actions={
        <>
          <a href={`#/${kind}`} data-testid="back-to-list">{t('registryScreens.record.back')}</a>
          <button type="button" className="button button--secondary button--small" data-testid="import-template" disabled={busy} onClick={() => download(() => client.call('registryImport/template', { kind, language }))}>
            {t('registryScreens.import.template')}
          </button>
          <button type="button" className="button button--secondary button--small" data-testid="import-export" disabled={busy} onClick={() => download(() => client.call('registryExport/sheet', { kind, language }))}>
            {t('registryScreens.import.export')}
          </button>
        </>
      }
    >
      {!preview && (
        <Section title={t(TITLE[kind])}>
          <div ref={fileStep}>
            <p>{t('registryScreens.import.intro')}</p>
            <p className="muted" data-testid="import-as-is">{t(AS_IS[kind])}</p>
            <ImportFileForm
              label={t('registryScreens.import.file')}
              check={t('registryScreens.import.check')}
              checking={t('registryScreens.import.checking')}
              accept={SHEET_ACCEPT}
              busy={busy}
              file={file}
              onFile={setFile}
              onCheck={check}
              testIdPrefix="import"
            />
          </div>
        </Section>
      )}
      {error && <ErrorMessage error={error} />}
      {preview && (
        <Section title={t('registryScreens.import.preview')} headingRef={previewTitle}>
          {/* Where the file was read: a wrong sheet or a missed header row shows here before anything is applied. */}
          <p className="muted small" data-testid="import-read">
            {preview.sheet !== null && <>{t('registryScreens.import.sheet', { sheet: preview.sheet })} </>}
            {preview.layout === 'apl02' ? t('registryScreens.import.layoutApl02') : preview.header.row > 0 && t('registryScreens.import.headerRow', { row: preview.header.row })}{' '}
            {preview.header.columns.length > 0 && t('registryScreens.import.columns', { columns: inFileOrder(preview.header.columns).map((c) => `${c.header} (${c.column})`).join(', ') })}
          </p>
          {/* Named, not dropped in silence: a header the importer does not know ("Tgl. Lahir (dd-mm)") loses its column. */}
          {preview.header.ignored.length > 0 && (
            <p className="muted small" data-testid="import-ignored">
              {t('registryScreens.import.ignored', { columns: preview.header.ignored.map((c) => `${c.header} (${c.column})`).join(', ') })}
            </p>
          )}
          <ImportCounts keys={COUNTS} counts={preview.counts} label={(key) => t((result ? DONE_LABEL : COUNT_LABEL)[key])} testIdPrefix="import" />
          {/* Rows written all the same but worth a look first (a likely second record of someone under a mistyped NIK). */}
          {!result && preview.rowsNoted > 0 && (
            <p className="notice notice--warning" data-testid="import-noted">
              {t('registryScreens.import.noted', { count: preview.rowsNoted })}
            </p>
          )}
          {/* Said, not hidden: the rows are named, so a real row skipped by mistake can be found. */}
          {preview.summaryRows.length > 0 && (
            <p className="muted small" data-testid="import-summary-skipped">
              {t('registryScreens.import.summarySkipped', { count: preview.summaryRows.length, rows: preview.summaryRows.join(', ') })}
            </p>
          )}
          {/* The actions come before the long tables, so they are never scrolled out of reach. */}
          <div className="import-actions">
            {result && (
              <a className="button button--primary" href={`#/${kind}`} data-testid="import-to-list">
                {t(TO_LIST[kind])}
              </a>
            )}
            {!result && (
              <button
                type="button"
                className="button button--primary"
                disabled={toApply === 0}
                aria-disabled={busy || undefined}
                data-testid="import-apply"
                onClick={() => !busy && apply()}
              >
                {busy
                  ? t('registryScreens.import.applying')
                  : kind === 'schemes'
                    ? t('registryScreens.import.applySchemes', { count: toApply })
                    : t('registryScreens.import.applyCount', { count: toApply })}
              </button>
            )}
            {preview.counts.refused > 0 && (
              <button
                type="button"
                className="button button--secondary"
                disabled={busy}
                data-testid="import-download-refused"
                onClick={() => download(() => client.call('registryImport/refusedRows', { importId: preview.importId, language }))}
              >
                {t('registryScreens.import.downloadRefused')}
              </button>
            )}
            <button type="button" className="button button--secondary" disabled={busy} data-testid="import-discard" onClick={discard}>
              {result ? t('registryScreens.import.another') : t('registryScreens.import.discard')}
            </button>
          </div>
          {!result && toApply === 0 && <p className="muted">{t('registryScreens.import.nothingToApply')}</p>}
          {result && (
            <p ref={applied} tabIndex={-1} className="notice notice--success" role="status" data-testid="import-done">
              {t('registryScreens.import.applied', {
                added: f.number(result.added),
                updated: f.number(result.updated),
                unchanged: f.number(result.unchanged),
                refused: f.number(result.refused),
              })}
            </p>
          )}
          {refused.length > 0 && (
            <>
              <h3 className="subheading">{t('registryScreens.import.refusedTitle')}</h3>
              <p className="muted small">{t('registryScreens.import.refusedHint')}</p>
              <RefusedTable rows={refused} columns={columns} letters={letters} />
            </>
          )}
          {others.length > 0 && (
            <>
              {/* "Other rows" only beside refused ones: alone, the table is simply the rows read. */}
              <h3 className="subheading" data-testid="import-others-title">
                {refused.length > 0 ? t('registryScreens.import.othersTitle') : t('registryScreens.import.rowsTitle')}
              </h3>
              <OtherRowsTable rows={others} columns={columns} />
            </>
          )}
          {preview.rowsShown < preview.rowsTotal && (
            <p className="muted small">{t('registryScreens.import.rowsShown', { shown: f.number(preview.rowsShown), total: f.number(preview.rowsTotal) })}</p>
          )}
        </Section>
      )}
    </RegistryPage>
  );
}
