import type { ErrorParams } from '../errors';
import { ROLES } from '../roles';
import { BUNDLE_KINDS, type BundleKind } from '../types';
import { isRecordKind } from '../record-kind-labels';
import { formatDate, formatDateTime, formatDayOf, formatTime, INTL_LOCALES } from './format';
import { resources, type Language } from './index';

/**
 * The params by which the core's messages name a calendar day (rules, refusals). `pleno` is a plenary's SK
 * number, or its day when it has none yet (PLENO_ALREADY_DECIDED).
 */
const DAY_PARAMS = new Set(['date', 'endDate', 'expiresOn', 'lastVerifiedOn', 'validUntil', 'verifiedOn', 'pleno']);
const CLOCK_PARAMS = new Set(['startTime', 'endTime']);
/** Caps the core names in its refusals (20,000 questions a file): grouped as the language groups digits. */
const CAP_PARAMS = new Set(['cap', 'max', 'limit']);
const WHOLE_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** What Date#toISOString writes, as the core stores every instant; nobody types this, whatever the param. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An error's params as the screens write days and times ("15 Des 2026", "08.00", "5 Des 2026, 07.21"): the
 * core sends them as ISO so any language can read them, and its messages would otherwise print
 * "2026-12-05T00:21:46.404Z". A whole day or HH:MM is rewritten under the names above; an instant under any
 * name, as the day it fell on here when the name is a day's, else as day and clock time in this computer's
 * zone. Anything else stays as sent. The one rewriting for the screens (useErrorText) and the CLI (errorText).
 */
export function readableParams(params: ErrorParams, language: Language): ErrorParams {
  const out: ErrorParams = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number' && CAP_PARAMS.has(key)) out[key] = new Intl.NumberFormat(INTL_LOCALES[language]).format(value);
    if (typeof value !== 'string') continue;
    if (INSTANT.test(value)) out[key] = DAY_PARAMS.has(key) ? formatDayOf(value, language) : formatDateTime(value, language);
    else if (DAY_PARAMS.has(key) && WHOLE_DAY.test(value)) out[key] = formatDate(value, language);
    else if (CLOCK_PARAMS.has(key) && /^\d{2}:\d{2}$/.test(value)) out[key] = formatTime(value, language);
    else if (key === 'allowed') out[key] = roleNames(value, language);
    else if ((key === 'found' || key === 'expected') && isBundleKind(value)) out[key] = resources[language].translation.bundles.kinds[value];
    else if (key === 'what' && isRecordKind(value)) out[key] = resources[language].translation.recordKinds[value];
  }
  const span = spanOf(params, out);
  if (span !== null) out.span = span;
  return out;
}

/** BUNDLE_WRONG_KIND's `found` and `expected`, the manifest's kind codes ("session"), as the bundles screen names the kinds. */
function isBundleKind(value: string): value is BundleKind {
  return BUNDLE_KINDS.some((kind) => kind === value);
}

/**
 * A stretch of time the core names by date, startTime, endDate and endTime (an overlapping session), as
 * `span`: the day once when it ends the day it starts ("12 Jan 2027, 08.00–10.00"), both days when it runs
 * past midnight. The four names stay for any message that wants them apart.
 */
function spanOf(params: ErrorParams, readable: ErrorParams): string | null {
  const { date, startTime, endDate, endTime } = params;
  if (typeof date !== 'string' || !WHOLE_DAY.test(date) || typeof endDate !== 'string' || !WHOLE_DAY.test(endDate)) return null;
  if (typeof startTime !== 'string' || typeof endTime !== 'string') return null;
  const start = `${readable.date}, ${readable.startTime}`;
  return date === endDate ? `${start}–${readable.endTime}` : `${start} – ${readable.endDate}, ${readable.endTime}`;
}

/**
 * ROLE_ALLOWED's `allowed`, the contract's role codes joined by commas ("lsp_admin,proctor"), as the role
 * names the screens show, joined as the language joins alternatives: "Admin LSP atau Proktor".
 */
function roleNames(codes: string, language: Language): string {
  const names = resources[language].translation.roles;
  const words = codes.split(',').map((code) => {
    const role = ROLES.find((known) => known === code);
    return role ? names[role] : code;
  });
  return new Intl.ListFormat(INTL_LOCALES[language], { type: 'disjunction' }).format(words);
}
