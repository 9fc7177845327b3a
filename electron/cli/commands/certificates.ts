import { parseArgs } from 'node:util';
import { SKIP_LABEL, SKIP_LABEL_UNPLANNED } from '../../shared/certificate-labels';
import { BNSP_COLUMNS, type BnspSheet, type IssueResult, type SkippedCandidate } from '../../shared/certificates';
import type { Language } from '../../shared/i18n';
import { messageText } from '../../shared/i18n/error-text';
import { formatDate } from '../../shared/i18n/format';
import { SURVEILLANCE_METHODS, SURVEILLANCE_NOTE_MAX_LENGTH, SURVEILLANCE_RESULTS, type SurveillanceMethod, type SurveillanceResult } from '../../shared/surveillance';
import { refuseExisting, takeExport } from '../files';
import { languageFlag, say, type CliKey } from '../language';
import { cliFailure, dataDirFrom, fromCwd, parse, requireMaxLength, usageError, wrongVerb } from '../options';
import { plenoOf } from '../pleno-ref';
import { SIGN_IN_USAGE, withSignedIn, type Caller } from '../sign-in';
import { LIST_USAGE, listCertificates, type ListValues } from './certificates-list';

export const USAGE = `usage:
  ruang-uji certificates issue --pleno ID|SK-NUMBER --issued-on YYYY-MM-DD --as USERNAME [--json] [--data DIR]
      numbers every K decision of a signed plenary meeting not yet certified nor held by an appeal
      (certificates/issue); again, it skips those issued. Prints the issued and the skipped, with why
  ruang-uji certificates bnsp-sheet --pleno ID|SK-NUMBER --out FILE.xlsx --as USERNAME [--json] [--data DIR]
      BNSP's upload sheet of the plenary meeting (certificates/bnspSheet) and the candidates an appeal leaves
      out; exit code 1 when rows are incomplete, each with the fields to fill, and nothing is written
  ruang-uji certificates replace --certificate NUMBER --issued-on YYYY-MM-DD --as USERNAME [--json] [--data DIR]
      a certificate revoked by mistake, or issued under a wrong date, gets a new certificate (a new number) for
      the same decision, naming the one it replaces, which stays revoked (certificates/replace)
  ruang-uji certificates surveil --certificate NUMBER --held-on YYYY-MM-DD --method METHOD --result RESULT [--note TEXT]
      --as USERNAME [--json] [--data DIR]
      records a surveillance of a certificate holder (certificates/recordSurveillance) and prints when the next is
      due; METHOD: ${SURVEILLANCE_METHODS.join(', ')}; RESULT: ${SURVEILLANCE_RESULTS.join(', ')}.
      not_competent does not revoke: the certificate waits for the LSP's decision (a pleno's)
  ruang-uji certificates register --out FILE.xlsx --as USERNAME [--language id|en] [--json] [--data DIR]
      the certificate register (certificates/registerSheet), its sheet, headers and statuses in --language,
      else the installation's language
${LIST_USAGE}
  --pleno takes the ID or the SK number that "ruang-uji pleno list" shows; files are never written over.
${SIGN_IN_USAGE}`;

const OPTIONS = {
  data: { type: 'string' },
  as: { type: 'string' },
  pleno: { type: 'string' },
  certificate: { type: 'string' },
  'issued-on': { type: 'string' },
  'held-on': { type: 'string' },
  method: { type: 'string' },
  result: { type: 'string' },
  note: { type: 'string' },
  out: { type: 'string' },
  language: { type: 'string' },
  json: { type: 'boolean' },
  search: { type: 'string' },
  scheme: { type: 'string' },
  expiring: { type: 'string' },
  lapsed: { type: 'boolean' },
  'corrected-to-bk': { type: 'boolean' },
  surveillance: { type: 'string' },
} as const;

type Values = ListValues & {
  pleno?: string;
  certificate?: string;
  'issued-on'?: string;
  'held-on'?: string;
  method?: string;
  result?: string;
  note?: string;
  out?: string;
  json?: boolean;
};

const print = (text: string) => process.stdout.write(`${text}\n`);

function skipText(s: SkippedCandidate, language: Language): string {
  const unplanned = s.reassessment === null && (s.reason === 'appeal_accepted' || s.reason === 'issued_before_appeal');
  const key = unplanned ? SKIP_LABEL_UNPLANNED[s.reason as keyof typeof SKIP_LABEL_UNPLANNED] : SKIP_LABEL[s.reason];
  const params: Record<string, string> = s.reassessment ? { session: s.reassessment.code, date: formatDate(s.reassessment.date, language) } : {};
  const text = messageText(key, params, language);
  return s.number ? `${s.number}: ${text}` : text;
}

function printIssued(result: IssueResult, issuedOn: string, language: Language): void {
  // None: a sentence of its own, where the count's line would end in a colon with nothing under it.
  print(result.issued.length === 0 ? say(language, 'cli.certificates.issuedNone') : say(language, 'cli.certificates.issued', { count: result.issued.length, date: formatDate(issuedOn, language) }));
  for (const c of result.issued) print(`  ${say(language, 'cli.certificates.issuedRow', { number: c.number, registration: c.registrationNumber, name: c.name })}`);
  if (result.skipped.length === 0) return;
  print(say(language, 'cli.certificates.skipped', { count: result.skipped.length }));
  for (const s of result.skipped) print(`  ${s.name}: ${skipText(s, language)}`);
}

const LEFT_OUT_TEXT = {
  appeal_open: 'cli.certificates.leftOutReason.appeal_open',
  appeal_accepted: 'cli.certificates.leftOutReason.appeal_accepted',
} as const satisfies Record<'appeal_open' | 'appeal_accepted', CliKey>;

const columnHeader = (key: string) => BNSP_COLUMNS.find((c) => c.key === key)?.header ?? key;

async function issue(caller: Caller, values: Values): Promise<number> {
  const issuedOn = values['issued-on'];
  if (!values.pleno || !issuedOn) throw usageError('cli.usage.requiredBoth', { first: '--pleno', second: '--issued-on' }, `\n${USAGE}`);
  requireDayShape('--issued-on', issuedOn);
  const pleno = await plenoOf(caller, values.pleno);
  const result = await caller.call('certificates/issue', { plenoId: pleno.plenoId, issuedOn });
  if (values.json) {
    print(JSON.stringify({ plenoId: pleno.plenoId, skNumber: pleno.skNumber, issuedOn, counts: { issued: result.issued.length, skipped: result.skipped.length }, ...result }, null, 2));
  } else {
    printIssued(result, issuedOn, caller.language);
  }
  return 0;
}

function printSheet(sheet: BnspSheet, file: string, language: Language): void {
  if (!sheet.ok) {
    print(say(language, 'cli.certificates.bnspProblems', { count: sheet.problems.length }));
    for (const p of sheet.problems) print(`  ${p.sessionCode} ${p.name}: ${p.fields.map(columnHeader).join(', ')}`);
    return;
  }
  print(say(language, 'cli.certificates.bnspWritten', { count: sheet.rows, file }));
  if (sheet.leftOut.length === 0) return;
  print(say(language, 'cli.certificates.leftOut', { count: sheet.leftOut.length }));
  for (const l of sheet.leftOut) print(`  ${l.sessionCode} ${l.name}: ${say(language, LEFT_OUT_TEXT[l.reason])}`);
}

async function bnspSheet(caller: Caller, values: Values): Promise<number> {
  if (!values.pleno || !values.out) throw usageError('cli.usage.requiredBoth', { first: '--pleno', second: '--out' }, `\n${USAGE}`);
  const file = fromCwd(values.out);
  refuseExisting(file, caller.language);
  const pleno = await plenoOf(caller, values.pleno);
  const sheet = await caller.call('certificates/bnspSheet', { plenoId: pleno.plenoId });
  if (sheet.ok) takeExport(caller.core.dataDir, sheet.fileName, file, caller.language);
  if (values.json) {
    // Incomplete rows fail the command (exit 1): its ok: false carries the error every failure does, beside the rows to fill.
    const body = sheet.ok ? { ok: true, file, rows: sheet.rows, leftOut: sheet.leftOut } : { ...sheet, error: cliFailure('en', 'cli.certificates.bnspProblems', { count: sheet.problems.length }, 1).failure };
    print(JSON.stringify({ plenoId: pleno.plenoId, skNumber: pleno.skNumber, ...body }, null, 2));
  } else {
    printSheet(sheet, file, caller.language);
  }
  return sheet.ok ? 0 : 1;
}

/** A day flag in the shape the core takes (YYYY-MM-DD), refused here so the usage error names the flag. */
function requireDayShape(flag: '--issued-on' | '--held-on', value: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw usageError('cli.usage.calendarDay', { flag, value }, `\n${USAGE}`);
}

/** The certificate a --certificate names: its number or registration number as printed, or its ID, through the register's search. */
async function certificateOf(caller: Caller, ref: string): Promise<string> {
  const found = await caller.call('certificates/list', { search: ref, limit: 20 });
  const match = found.rows.find((c) => c.number === ref || c.registrationNumber === ref || c.id === ref);
  if (match) return match.id;
  try {
    return (await caller.call('certificates/get', { certificateId: ref })).id;
  } catch {
    throw cliFailure(caller.language, 'cli.certificates.unknown', { certificate: ref }, 1);
  }
}

async function replace(caller: Caller, values: Values): Promise<number> {
  const issuedOn = values['issued-on'];
  if (!values.certificate || !issuedOn) throw usageError('cli.usage.requiredBoth', { first: '--certificate', second: '--issued-on' }, `\n${USAGE}`);
  requireDayShape('--issued-on', issuedOn);
  const certificateId = await certificateOf(caller, values.certificate);
  const replacement = await caller.call('certificates/replace', { certificateId, issuedOn });
  if (values.json) print(JSON.stringify(replacement, null, 2));
  else {
    print(
      say(caller.language, 'cli.certificates.replaced', {
        number: replacement.number,
        registration: replacement.registrationNumber,
        name: replacement.candidateName,
        date: formatDate(issuedOn, caller.language),
        replaces: replacement.replaces?.number ?? '',
      }),
    );
  }
  return 0;
}

/** The method and result in the certificate page's words. */
const METHOD_TEXT = {
  interview: 'certificateScreens.surveillance.methods.interview',
  portfolio: 'certificateScreens.surveillance.methods.portfolio',
  workplace_visit: 'certificateScreens.surveillance.methods.workplace_visit',
  questionnaire: 'certificateScreens.surveillance.methods.questionnaire',
} as const satisfies Record<SurveillanceMethod, string>;
const RESULT_TEXT = {
  competent: 'certificateScreens.surveillance.results.competent',
  not_competent: 'certificateScreens.surveillance.results.not_competent',
  unreachable: 'certificateScreens.surveillance.results.unreachable',
} as const satisfies Record<SurveillanceResult, string>;

async function surveil(caller: Caller, values: Values): Promise<number> {
  const heldOn = values['held-on'];
  if (!values.certificate || !heldOn) throw usageError('cli.usage.requiredBoth', { first: '--certificate', second: '--held-on' }, `\n${USAGE}`);
  requireDayShape('--held-on', heldOn);
  const method = SURVEILLANCE_METHODS.find((m) => m === values.method);
  if (!method) throw usageError('cli.usage.oneOf', { flag: '--method', values: SURVEILLANCE_METHODS.join(', ') }, `\n${USAGE}`);
  const result = SURVEILLANCE_RESULTS.find((r) => r === values.result);
  if (!result) throw usageError('cli.usage.oneOf', { flag: '--result', values: SURVEILLANCE_RESULTS.join(', ') }, `\n${USAGE}`);
  requireMaxLength('--note', values.note, SURVEILLANCE_NOTE_MAX_LENGTH);
  const certificateId = await certificateOf(caller, values.certificate);
  const after = await caller.call('certificates/recordSurveillance', { certificateId, heldOn, method, result, note: values.note ?? '' });
  if (values.json) print(JSON.stringify({ certificateId, number: after.number, ...after.surveillance }, null, 2));
  else {
    const language = caller.language;
    print(
      say(language, 'cli.certificates.surveilled', {
        number: after.number,
        name: after.candidateName,
        date: formatDate(heldOn, language),
        method: messageText(METHOD_TEXT[method], {}, language),
        result: messageText(RESULT_TEXT[result], {}, language),
      }),
    );
    if (after.surveillance.needsDecision) print(messageText('certificateScreens.surveillance.needsDecision', {}, language));
    if (after.surveillance.dueOn) print(messageText('certificateScreens.surveillance.dueOn', { date: formatDate(after.surveillance.dueOn, language) }, language));
  }
  return 0;
}

async function register(caller: Caller, values: Values): Promise<number> {
  if (!values.out) throw usageError('cli.usage.required', { flag: '--out FILE.xlsx' }, `\n${USAGE}`);
  const file = fromCwd(values.out);
  refuseExisting(file, caller.language);
  // The language the command speaks: --language, else the installation's.
  const written = await caller.call('certificates/registerSheet', { language: caller.language });
  takeExport(caller.core.dataDir, written.fileName, file, caller.language);
  if (values.json) print(JSON.stringify({ file, rows: written.rows }, null, 2));
  else print(say(caller.language, 'cli.certificates.registerWritten', { count: written.rows, file }));
  return 0;
}

const list = (caller: Caller, values: Values) => listCertificates(caller, values, USAGE);

const VERBS = { issue, 'bnsp-sheet': bnspSheet, replace, surveil, register, list } as const satisfies Record<string, (caller: Caller, values: Values) => Promise<number>>;

/** `ruang-uji certificates issue|bnsp-sheet|replace|surveil|register|list`: the office work after the pleno, through the same calls as the certificate screens. */
export async function certificatesCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
  const [verb, extra] = positionals;
  if (extra !== undefined || !verb || !(verb in VERBS)) throw wrongVerb(verb, USAGE);
  const run = VERBS[verb as keyof typeof VERBS];
  const language = languageFlag(values.language);
  if (language === null) throw usageError('cli.usage.oneOf', { flag: '--language', values: 'id, en' }, `\n${USAGE}`);
  return withSignedIn(dataDirFrom(values.data), values.as, (caller) => run(caller, values), language);
}
