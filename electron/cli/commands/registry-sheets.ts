import { parseArgs } from 'node:util';
import { noteText, problemText } from '../../shared/i18n/import-problem-text';
import type { Language } from '../../shared/i18n';
import type { ImportKind, RegistryImportPreview, RegistryImportResult } from '../../shared/registry-import';
import { existingFile, refuseExisting, takeExport, withUpload } from '../files';
import { languageFlag, say, type CliKey } from '../language';
import { dataDirFrom, fromCwd, parse, usageError, wrongVerb } from '../options';
import { SIGN_IN_USAGE, withSignedIn, type Caller } from '../sign-in';

export const usage = (kind: ImportKind) => `usage:
  ruang-uji ${kind} import FILE.xlsx --as USERNAME [--dry-run] [--json] [--refused OUT.xlsx] [--language id|en] [--data DIR]
      preview the file (registryImport/preview), then apply it in one transaction; --dry-run only previews.
      Exit code 1 when rows were refused (the others are applied); --refused writes them, with the reason, to fix
      (its sheet and reason column, and the reasons printed, in --language, else the installation's language)
  ruang-uji ${kind} export FILE.xlsx --as USERNAME [--language id|en] [--json] [--data DIR]
      the whole registry in the template's layout; --json prints the file written and its rows
  ruang-uji ${kind} template FILE.xlsx --as USERNAME [--language id|en] [--json] [--data DIR]
      an empty template with instructions
${SIGN_IN_USAGE}`;

const OPTIONS = {
  data: { type: 'string' },
  as: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  refused: { type: 'string' },
  language: { type: 'string' },
} as const;

/** Each kind's name as the counts line says it. */
const KIND_TEXT = { candidates: 'cli.registry.candidates', assessors: 'cli.registry.assessors', schemes: 'cli.registry.schemes' } as const satisfies Record<ImportKind, CliKey>;
/** An export's line, counted in its own plural: a scheme sheet is counted in rows. */
const EXPORTED_TEXT = {
  candidates: 'cli.registry.exportedCandidates',
  assessors: 'cli.registry.exportedAssessors',
  schemes: 'cli.registry.exportedRows',
} as const satisfies Record<ImportKind, CliKey>;

/** The rows written all the same with a note (a likely duplicate under another NIK, an expired MET), as the preview shows them. */
function notedRows(preview: RegistryImportPreview) {
  return preview.rows.flatMap((r) => (r.notes ? [{ row: r.row, notes: r.notes.map((n) => ({ column: n.column, code: n.code, params: n.params })) }] : []));
}

function refusedRows(preview: RegistryImportPreview) {
  return preview.rows
    .filter((r) => r.outcome === 'refused')
    .map((r) => ({ row: r.row, problems: r.problems.map((p) => ({ row: p.row ?? r.row, column: p.column, code: p.code, params: p.params })) }));
}

function columnsText(columns: RegistryImportPreview['header']['ignored']): string {
  return columns.map((c) => `${c.header} (${c.column})`).join(', ');
}

/** The preview (and what was applied) in `language`, each reason as the refused-rows file writes it; codes stay as they are, to search for. */
function printPreview(preview: RegistryImportPreview, applied: RegistryImportResult | null, language: Language): void {
  const c = preview.counts;
  const line = (key: CliKey, params: Record<string, string | number> = {}) => process.stdout.write(`${say(language, key, params)}\n`);
  const row = (n: number) => say(language, 'cli.registry.row', { row: n });
  const unit = say(language, preview.kind === 'schemes' ? 'cli.registry.schemes' : 'cli.registry.rows');
  line('cli.registry.counts', { kind: say(language, KIND_TEXT[preview.kind]), add: c.add, update: c.update, unchanged: c.unchanged, refused: c.refused, unit, sha256: preview.sha256 });
  const read = preview.layout === 'apl02' ? null : preview.sheet === null ? 'cli.registry.readAtCsv' : 'cli.registry.readAt';
  if (read === null) process.stdout.write(`  ${say(language, 'cli.registry.readApl02')}\n`);
  else if (preview.header.row > 0) process.stdout.write(`  ${say(language, read, { sheet: preview.sheet ?? '', row: preview.header.row })}\n`);
  // A header the importer does not know loses its column: named here as on the import screen, not dropped in silence.
  if (preview.header.ignored.length > 0) process.stdout.write(`  ${say(language, 'cli.registry.ignored', { columns: columnsText(preview.header.ignored) })}\n`);
  if (preview.summaryRows.length > 0) process.stdout.write(`  ${say(language, 'cli.registry.summaryRows', { rows: preview.summaryRows.join(', ') })}\n`);
  for (const r of preview.rows.filter((row) => row.outcome === 'refused')) {
    for (const p of r.problems) process.stdout.write(`  ${row(p.row ?? r.row)}: ${p.code}: ${problemText({ ...p, row: undefined }, language)}\n`);
  }
  if (c.refused > preview.rows.filter((r) => r.outcome === 'refused').length) process.stdout.write(`  ${say(language, 'cli.registry.more')}\n`);
  const noted = notedRows(preview);
  if (preview.rowsNoted > 0) process.stdout.write(`  ${say(language, 'cli.registry.noted', { count: preview.rowsNoted })}\n`);
  for (const r of noted) for (const n of r.notes) process.stdout.write(`  ${row(r.row)}: ${n.code}: ${n.column}: ${noteText(n, language)}\n`);
  if (preview.rowsNoted > noted.length) process.stdout.write(`  ${say(language, 'cli.registry.notedMore')}\n`);
  for (const r of preview.rows.filter((row) => row.outcome === 'update')) process.stdout.write(`  ${row(r.row)}: ${say(language, 'cli.registry.update', { columns: (r.changes ?? []).join(', ') })}\n`);
  if (applied) line('cli.registry.applied', { added: applied.added, updated: applied.updated, unchanged: applied.unchanged, refused: applied.refused });
  else line('cli.registry.dryRun');
}

async function importFile(caller: Caller, kind: ImportKind, file: string, values: { 'dry-run'?: boolean; json?: boolean; refused?: string }, language: Language | undefined): Promise<number> {
  existingFile(file, caller.language);
  const preview = await withUpload(caller.core, file, (uploadId) => caller.call('registryImport/preview', { kind, uploadId }));
  const applied = values['dry-run'] ? null : await caller.call('registryImport/apply', { importId: preview.importId });
  const refused = applied ? applied.refused : preview.counts.refused;
  // Said after the preview where the refused rows went, as an export says where it wrote: the file appeared unannounced.
  const refusedFile = values.refused && refused > 0 ? fromCwd(values.refused) : null;
  if (refusedFile) {
    const { fileName } = await caller.call('registryImport/refusedRows', { importId: preview.importId, language });
    takeExport(caller.core.dataDir, fileName, refusedFile, caller.language);
  }
  await caller.call('registryImport/discard', { importId: preview.importId });
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ kind, dryRun: !applied, sheet: preview.sheet, layout: preview.layout, header: preview.header, counts: preview.counts, summaryRows: preview.summaryRows, applied, refused: refusedRows(preview), rowsNoted: preview.rowsNoted, noted: notedRows(preview) }, null, 2)}\n`);
  } else {
    printPreview(preview, applied, caller.language);
    if (refusedFile) process.stdout.write(`${say(caller.language, 'cli.registry.refusedWritten', { file: refusedFile })}\n`);
  }
  return refused > 0 ? 1 : 0;
}

/** `ruang-uji candidates|assessors|schemes import|export|template`: the registry's spreadsheets, through the same calls as the import screen. */
export function registrySheetCommand(kind: ImportKind): (argv: string[]) => Promise<number> {
  return async (argv) => {
    const { values, positionals } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
    const [verb, target] = positionals;
    if (!target || !['import', 'export', 'template'].includes(verb ?? '')) throw wrongVerb(verb, usage(kind));
    const language = languageFlag(values.language);
    if (language === null) throw usageError('cli.usage.oneOf', { flag: '--language', values: 'id, en' }, `\n${usage(kind)}`);
    const file = fromCwd(target);
    return withSignedIn(
      dataDirFrom(values.data),
      values.as,
      async (caller) => {
        if (verb === 'import') return importFile(caller, kind, file, values, language);
        refuseExisting(file, caller.language);
        const method = verb === 'export' ? 'registryExport/sheet' : 'registryImport/template';
        const written = await caller.call(method, { kind, language });
        takeExport(caller.core.dataDir, written.fileName, file, caller.language);
        // --json is one object on stdout, as its failures are (README, "--json and failures").
        if (values.json) process.stdout.write(`${JSON.stringify(verb === 'export' ? { kind, file, rows: written.rows } : { kind, file }, null, 2)}\n`);
        else process.stdout.write(`${verb === 'export' ? say(caller.language, EXPORTED_TEXT[kind], { count: written.rows, file }) : say(caller.language, 'cli.registry.template', { file })}\n`);
        return 0;
      },
      language,
    );
  };
}
