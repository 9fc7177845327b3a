import type { CertificateSummary } from '../../shared/certificates';
import { CERTIFICATE_SEARCH_MAX_LENGTH, SCHEME_CODE_MAX_LENGTH } from '../../shared/certificates-args';
import type { ArgsOf } from '../../shared/contract';
import type { Language } from '../../shared/i18n';
import { formatDate } from '../../shared/i18n/format';
import { LIST_LIMIT_MAX } from '../../shared/registry';
import { SURVEILLANCE_FILTERS, type SurveillanceFilter } from '../../shared/surveillance';
import { say } from '../language';
import { cliFailure, requireMaxLength, usageError } from '../options';
import { everyPage } from '../pages';
import type { Caller } from '../sign-in';
import { table } from '../table';

export const LIST_USAGE = `  ruang-uji certificates list [--search TEXT] [--scheme CODE] [--expiring DAYS] [--lapsed]
      [--surveillance ${SURVEILLANCE_FILTERS.join('|')}] [--corrected-to-bk] --as USERNAME [--json] [--data DIR]
      the certificate register as its screen lists it (certificates/list, every page): number, holder, NIK,
      scheme, issue date, last valid day, state and the next surveillance; the filters are the screen's
      (a name, NIK or number; certificates in force lapsing within DAYS; lapsed ones; surveillance due, or
      awaiting the LSP's decision; in force while a correcting pleno decided the holder BK, to revoke)`;

export type ListValues = { search?: string; scheme?: string; expiring?: string; lapsed?: boolean; surveillance?: string; 'corrected-to-bk'?: boolean; json?: boolean };

/** The screen's filters from the flags, each refused in words when it is not one the screen knows. */
function filtersOf(values: ListValues, usage: string): Omit<ArgsOf<'certificates/list'>, 'cursor' | 'limit'> {
  const days = values.expiring === undefined ? undefined : Number(values.expiring);
  if (days !== undefined && !(Number.isInteger(days) && days >= 0 && days <= 3650)) {
    throw usageError('cli.usage.wholeNumberRange', { flag: '--expiring', min: 0, max: 3650 }, `\n${usage}`);
  }
  requireMaxLength('--search', values.search, CERTIFICATE_SEARCH_MAX_LENGTH);
  requireMaxLength('--scheme', values.scheme, SCHEME_CODE_MAX_LENGTH);
  const surveillance = SURVEILLANCE_FILTERS.find((f): f is SurveillanceFilter => f === values.surveillance);
  if (values.surveillance !== undefined && !surveillance) {
    throw usageError('cli.usage.oneOf', { flag: '--surveillance', values: SURVEILLANCE_FILTERS.join(', ') }, `\n${usage}`);
  }
  return {
    ...(values.search ? { search: values.search } : {}),
    ...(values.scheme ? { schemeCode: values.scheme } : {}),
    ...(days !== undefined ? { expiringWithinDays: days } : {}),
    ...(values.lapsed ? { lapsed: true } : {}),
    ...(surveillance ? { surveillance } : {}),
    ...(values['corrected-to-bk'] ? { correctedToBk: true } : {}),
  };
}

/** As the register sheet's Status: revoked first, then a BK decision in force (the office's to act on, lapsed or not). */
function stateOf(c: CertificateSummary, language: Language): string {
  if (c.revoked) return say(language, 'cli.certificates.state.revoked');
  if (c.correctedToBk) return say(language, 'cli.certificates.state.correctedToBk', { sk: c.correctedToBk.skNumber ?? '–' });
  return say(language, c.expired ? 'cli.certificates.state.expired' : 'cli.certificates.state.inForce');
}

function certificatesTable(rows: readonly CertificateSummary[], language: Language): string {
  const head = (
    [
      'cli.certificates.column.number',
      'cli.certificates.column.name',
      'cli.certificates.column.nik',
      'cli.certificates.column.scheme',
      'cli.certificates.column.issuedOn',
      'cli.certificates.column.validUntil',
      'cli.certificates.column.state',
      'cli.certificates.column.surveillance',
    ] as const
  ).map((key) => say(language, key));
  const body = rows.map((c) => [
    c.number,
    c.candidateName,
    c.nik,
    c.schemeCode,
    formatDate(c.issuedOn, language),
    formatDate(c.validUntil, language),
    stateOf(c, language),
    c.surveillanceDueOn ? formatDate(c.surveillanceDueOn, language) : '—',
  ]);
  return table([head, ...body]);
}

/**
 * The scheme's code as registered: the register matches it exactly, so a code typed in another case, or
 * mistyped, listed no certificate with exit code 0, as if the scheme had none. The screen picks it from a list.
 */
async function registeredCode(caller: Caller, code: string): Promise<string> {
  const page = await caller.call('schemes/list', { search: code, allVersions: true, limit: LIST_LIMIT_MAX });
  const found = page.rows.find((s) => s.code.toLowerCase() === code.toLowerCase());
  if (!found) throw cliFailure(caller.language, 'cli.certificates.noScheme', { code }, 1);
  return found.code;
}

/** `ruang-uji certificates list`: every page of the register under the screen's filters, as a table or JSON. */
export async function listCertificates(caller: Caller, values: ListValues, usage: string): Promise<number> {
  const filters = filtersOf(values, usage);
  if (filters.schemeCode !== undefined) filters.schemeCode = await registeredCode(caller, filters.schemeCode);
  const rows: CertificateSummary[] = await everyPage((cursor) => caller.call('certificates/list', { ...filters, cursor, limit: LIST_LIMIT_MAX }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${say(caller.language, 'cli.certificates.count', { count: rows.length })}\n`);
  if (rows.length > 0) process.stdout.write(certificatesTable(rows, caller.language));
  return 0;
}
