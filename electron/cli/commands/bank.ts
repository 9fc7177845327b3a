import path from 'node:path';
import { parseArgs } from 'node:util';
import { positionOfParams, positionWords, type BankImportPosition, type BankImportPreview, type BankImportRefusal, type BankImportResult, type BankPositionWords, type BankSourceType } from '../../shared/bank-import';
import { BANK_SOURCE_REASONS, type BankSourceReason } from '../../shared/bank-source';
import { type ErrorCode } from '../../shared/errors';
import type { Language } from '../../shared/i18n';
import { sourceReasonText } from '../../shared/i18n/bank-source-text';
import { errorText } from '../../shared/i18n/error-text';
import { LIST_LIMIT_MAX, type SchemeSummary } from '../../shared/registry';
import { existingFile, refuseExisting, takeExport, withUpload } from '../files';
import { languageFlag, say } from '../language';
import { cliFailure, dataDirFrom, fromCwd, parse, usageError, wrongVerb } from '../options';
import { SIGN_IN_USAGE, withSignedIn, type Caller } from '../sign-in';

export const USAGE = `usage:
  ruang-uji bank import FILE --scheme CODE [--version N] [--unit CODE] [--approve] [--dry-run] [--json] --as USERNAME [--language id|en] [--data DIR]
      preview a question-bank file (our .xlsx or .docx template, Aiken or GIFT .txt, Moodle XML, IMS QTI 2.1
      .xml or .zip) against the scheme's latest version (or version N), then apply it in one transaction;
      --dry-run only previews. --unit maps every question the file does not map itself to all KUK of that
      unit; --approve approves the mapped questions (unmapped ones stay drafts). Importing the same file
      again changes nothing. Exit code 1 when questions were refused (the others are applied); the reasons in
      --language, else the installation's language
  ruang-uji bank template FILE.xlsx|FILE.docx --as USERNAME [--language id|en] [--json] [--data DIR]
      our empty Excel or Word template with instructions
  ruang-uji bank export FILE.xlsx --scheme CODE [--version N] --as USERNAME [--language id|en] [--json] [--data DIR]
      the scheme's latest version's (or version N's) draft and approved multiple-choice and essay questions
      in the Excel template's layout; importing the file back into that version changes nothing. Pictures,
      oral and supporting questions are not carried: the file's instructions sheet and the output say so
      (--json: the counts of each)
${SIGN_IN_USAGE}`;

const OPTIONS = {
  data: { type: 'string' },
  as: { type: 'string' },
  scheme: { type: 'string' },
  version: { type: 'string' },
  unit: { type: 'string' },
  approve: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  language: { type: 'string' },
} as const;

type Values = { scheme?: string; version?: string; unit?: string; approve?: boolean; 'dry-run'?: boolean; json?: boolean; language?: string };

/** The scheme version by its code: version N, or the latest. */
async function schemeOf(caller: Caller, code: string, version: number | null): Promise<SchemeSummary> {
  const page = await caller.call('schemes/list', { search: code, allVersions: true, limit: LIST_LIMIT_MAX });
  const versions = page.rows.filter((s) => s.code.toLowerCase() === code.toLowerCase());
  const found = version === null ? versions.find((s) => s.latest) : versions.find((s) => s.version === version);
  if (!found) throw version === null ? cliFailure(caller.language, 'cli.bank.noScheme', { code }, 1) : cliFailure(caller.language, 'cli.bank.noSchemeVersion', { code, version }, 1);
  return found;
}

const isReason = (code: string): code is BankSourceReason => BANK_SOURCE_REASONS.some((r) => r === code);

/** A refusal's reason in words: the reader's from bankSource.reasons, the bank's from errors (with the fields it names). */
function reasonText(r: BankImportRefusal, source: BankSourceType, language: Language): string {
  // A duplicate names the first of it by its position, said as the position before the reason is.
  if (isReason(r.code)) return sourceReasonText(r.code, r.code === 'BANK_DUPLICATE' ? { first: positionLabel(positionOfParams(r.params), source, language) } : r.params, language);
  const code = r.code as ErrorCode;
  const text = errorText({ code, messageKey: `errors.${code}`, params: r.params }, language);
  return r.fields?.length ? `${text} (${r.fields.map((f) => `${f.field}: ${f.reason}`).join(', ')})` : text;
}

const AT_KEY = {
  line: 'cli.bank.at.line',
  row: 'cli.bank.at.row',
  tableRow: 'cli.bank.at.tableRow',
  number: 'cli.bank.at.number',
  file: 'cli.bank.at.file',
} as const satisfies Record<BankPositionWords, string>;

/**
 * Where a question stood in the file, in `language` and the words of its source type (an Excel row, a Word
 * table's row: positionWords); the core's positionText is the stored, English form, and --json keeps it.
 */
function positionLabel(p: BankImportPosition, source: BankSourceType, language: Language): string {
  const { words, params } = positionWords(p, source);
  const at = say(language, AT_KEY[words], params);
  return p.file ? say(language, 'cli.bank.at.inPart', { file: p.file, at }) : at;
}

function printHuman(preview: BankImportPreview, applied: BankImportResult | null, language: Language): void {
  const c = preview.counts;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(say(language, 'cli.bank.counts', { source: preview.sourceType, add: c.add, unchanged: c.unchanged, refused: c.refused, count: c.total, sha256: preview.sha256 }));
  out(`  ${say(language, 'cli.bank.toAdd', { mapped: c.mapped, unmapped: c.unmapped, approvable: c.approvable })}`);
  if (preview.ignoredColumns.length) out(`  ${say(language, 'cli.bank.ignored', { columns: preview.ignoredColumns.map((col) => `${col.header} (${col.letter})`).join(', ') })}`);
  for (const r of preview.refused) out(`  ${positionLabel(r.position, preview.sourceType, language)}: ${r.code}: ${reasonText(r, preview.sourceType, language)}`);
  if (!applied) {
    out(say(language, 'cli.bank.dryRun'));
    return;
  }
  out(say(language, 'cli.bank.applied', { added: applied.added, approved: applied.approved, unchanged: applied.unchanged, refused: applied.refused }));
  if (applied.notApproved.unmapped + applied.notApproved.other > 0) {
    out(say(language, 'cli.bank.notApproved', { unmapped: applied.notApproved.unmapped, other: applied.notApproved.other }));
  }
}

/** --scheme CODE [--version N]: the scheme version, or a usage error. */
async function chosenScheme(caller: Caller, values: Values): Promise<SchemeSummary> {
  if (!values.scheme) throw usageError('cli.usage.required', { flag: '--scheme CODE' }, `\n${USAGE}`);
  const version = values.version === undefined ? null : Number(values.version);
  if (version !== null && (!Number.isInteger(version) || version < 1)) throw usageError('cli.usage.wholeNumberAbove', { flag: '--version', min: 0 }, `\n${USAGE}`);
  return schemeOf(caller, values.scheme, version);
}

async function importFile(caller: Caller, file: string, values: Values): Promise<number> {
  if (!values.scheme) throw usageError('cli.usage.required', { flag: '--scheme CODE' }, `\n${USAGE}`);
  existingFile(file, caller.language);
  const scheme = await chosenScheme(caller, values);
  let preview = await withUpload(caller.core, file, (uploadId) => caller.call('bankImport/preview', { schemeId: scheme.id, uploadId, fileName: path.basename(file) }));
  try {
    if (values.unit) {
      const detail = await caller.call('schemes/get', { schemeId: scheme.id });
      const unit = detail.units.find((u) => u.code.toLowerCase() === values.unit!.toLowerCase());
      if (!unit) throw cliFailure(caller.language, 'cli.bank.noUnit', { code: scheme.code, version: scheme.version, unit: values.unit }, 1);
      preview = await caller.call('bankImport/map', { importId: preview.importId, mapping: { unitId: unit.id } });
    }
    const applied = values['dry-run'] ? null : await caller.call('bankImport/apply', { importId: preview.importId, approve: Boolean(values.approve) });
    if (values.json) {
      const refused = preview.refused.map((r) => ({ position: r.position, positionText: r.positionText, by: r.by, code: r.code, params: r.params, ...(r.fields ? { fields: r.fields } : {}) }));
      const scheme_ = { id: scheme.id, code: scheme.code, version: scheme.version };
      process.stdout.write(`${JSON.stringify({ scheme: scheme_, dryRun: !applied, sourceType: preview.sourceType, sha256: preview.sha256, counts: preview.counts, bySourceType: preview.bySourceType, ignoredColumns: preview.ignoredColumns, applied, refused }, null, 2)}\n`);
    } else {
      printHuman(preview, applied, caller.language);
    }
    return (applied ? applied.refused : preview.counts.refused) > 0 ? 1 : 0;
  } finally {
    // Applied previews are gone already; a dry run's (or a failed one's) is dropped here.
    await caller.call('bankImport/discard', { importId: preview.importId }).catch(() => undefined);
  }
}

async function templateFile(caller: Caller, file: string, language: Language | undefined, json: boolean): Promise<number> {
  const format = path.extname(file).toLowerCase() === '.docx' ? 'docx' : path.extname(file).toLowerCase() === '.xlsx' ? 'xlsx' : null;
  if (!format) throw usageError('cli.usage.templateFile', {}, `\n${USAGE}`);
  refuseExisting(file, caller.language);
  const { fileName } = await caller.call('bankImport/template', { format, language });
  takeExport(caller.core.dataDir, fileName, file, caller.language);
  // --json is one object on stdout, as its failures are (README, "--json and failures").
  if (json) process.stdout.write(`${JSON.stringify({ file, format }, null, 2)}\n`);
  else process.stdout.write(`${say(caller.language, 'cli.bank.template', { file })}\n`);
  return 0;
}

async function exportFile(caller: Caller, file: string, values: Values, language: Language | undefined): Promise<number> {
  if (path.extname(file).toLowerCase() !== '.xlsx') throw usageError('cli.usage.exportFile', {}, `\n${USAGE}`);
  const scheme = await chosenScheme(caller, values);
  refuseExisting(file, caller.language);
  const done = await caller.call('bank/export', { schemeId: scheme.id, language });
  takeExport(caller.core.dataDir, done.fileName, file, caller.language);
  if (values.json) {
    const { questions, drafts, withoutImages, otherKinds, otherUnitKuk, repeated } = done;
    const scheme_ = { id: scheme.id, code: scheme.code, version: scheme.version };
    process.stdout.write(`${JSON.stringify({ scheme: scheme_, file, questions, drafts, withoutImages, otherKinds, otherUnitKuk, repeated }, null, 2)}\n`);
    return 0;
  }
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(say(caller.language, 'cli.bank.exported', { count: done.questions, code: scheme.code, version: scheme.version, file, drafts: done.drafts }));
  // What the template could not carry, never left unsaid.
  if (done.withoutImages) out(`  ${say(caller.language, 'cli.bank.withoutImages', { count: done.withoutImages })}`);
  if (done.otherKinds) out(`  ${say(caller.language, 'cli.bank.otherKinds', { count: done.otherKinds })}`);
  if (done.otherUnitKuk) out(`  ${say(caller.language, 'cli.bank.otherUnitKuk', { count: done.otherUnitKuk })}`);
  if (done.repeated) out(`  ${say(caller.language, 'cli.bank.repeated', { count: done.repeated })}`);
  return 0;
}

/** `ruang-uji bank import|template|export`: the question-bank import through the same calls as the import screen. */
export async function bankCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
  const [verb, target] = positionals;
  if (!target || !['import', 'template', 'export'].includes(verb ?? '')) throw wrongVerb(verb, USAGE);
  const language = languageFlag(values.language);
  if (language === null) throw usageError('cli.usage.oneOf', { flag: '--language', values: 'id, en' }, `\n${USAGE}`);
  const file = fromCwd(target);
  return withSignedIn(
    dataDirFrom(values.data),
    values.as,
    async (caller) => {
      if (verb === 'import') return importFile(caller, file, values);
      return verb === 'export' ? exportFile(caller, file, values, language) : templateFile(caller, file, language, Boolean(values.json));
    },
    language,
  );
}
