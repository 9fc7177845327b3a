import { auditActionText, auditObjectText, isLabelledAction } from '../shared/audit-labels';
import { AUDIT_AREAS, type AuditArea, type AuditEntryView } from '../shared/audit-log';
import type { Language } from '../shared/i18n';
import { formatDateTime } from '../shared/i18n/format';
import type { Page } from '../shared/registry';
import { say } from './language';
import { cliFailure, usageError } from './options';
import type { Caller } from './sign-in';

export const AUDIT_LIST_USAGE = `  ruang-uji audit list [--source INSTALLATION] [--area AREA] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--by USERNAME] [--limit N] [--json] --as USERNAME [--data DIR]
      the audit log newest first, as the admin's screen lists it (audit/list): who, when, the action in words, the
      record it names; --source reads a TUK station's log received with its results bundles (its installation id,
      as audit verify names it); AREA is one of ${AUDIT_AREAS.join(', ')} (answers: the candidates' answer saves, left out
      otherwise); --limit 1 to 10000 entries (50 when not given)`;

export type AuditListOptions = { source?: string; area?: string; from?: string; to?: string; by?: string; limit?: string; json?: boolean };

const PAGE = 200;

function areaOf(value: string | undefined): AuditArea | undefined {
  if (value === undefined) return undefined;
  const area = AUDIT_AREAS.find((a) => a === value);
  if (!area) throw usageError('cli.usage.oneOf', { flag: '--area', values: AUDIT_AREAS.join(', ') });
  return area;
}

function limitOf(value: string | undefined): number {
  if (value === undefined) return 50;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw usageError('cli.usage.wholeNumberRange', { flag: '--limit', min: 1, max: 10_000 });
  return n;
}

/** A day as the flags take it, checked here so the refusal names the flag (the core's said only "date 2026-13-01"). */
function dayOf(flag: '--from' | '--to', value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = parts ? new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]))) : null;
  if (!day || day.toISOString().slice(0, 10) !== value) throw usageError('cli.usage.calendarDay', { flag, value });
  return value;
}

function line(e: AuditEntryView, language: Language): string {
  const who = e.actor ? `${e.actor.name ?? e.actor.accountId}${e.actor.username ? ` (${e.actor.username})` : ''}` : say(language, 'audit.byApp');
  // The action's words with its code beside them, as the screen sets them; an action without words, its code alone.
  const what = isLabelledAction(e.action) ? `${auditActionText(e, (key, params) => say(language, key, params))} [${e.action}]` : e.action;
  const object = auditObjectText(e, (key, params) => say(language, key, params));
  const record = object ? `; ${object}` : '';
  return `  ${e.seq}  ${formatDateTime(e.at, language)}  ${who}: ${what}${record}`;
}

/**
 * A --source is a TUK's log this office received (audit/sources, the screen's choice of logs): a mistyped
 * id listed no entries, exit code 0, which read as a station whose log is empty.
 */
async function requireSource(caller: Caller, source: string): Promise<void> {
  const sources = await caller.call('audit/sources', {});
  if (sources.some((s) => s.installationId === source)) return;
  if (sources.length === 0) throw cliFailure(caller.language, 'cli.auditList.noSources', { source });
  const known = sources.map((s) => (s.label ? `${s.installationId} (${s.label})` : s.installationId)).join(', ');
  throw cliFailure(caller.language, 'cli.auditList.noSuchSource', { source, known });
}

/** `ruang-uji audit list`: the audit screen's list through `audit/list`, paged by its cursor up to --limit. */
export async function auditList(caller: Caller, options: AuditListOptions): Promise<number> {
  const area = areaOf(options.area);
  const limit = limitOf(options.limit);
  const from = dayOf('--from', options.from);
  const to = dayOf('--to', options.to);
  const entries: AuditEntryView[] = [];
  let actorAccountId: string | undefined;
  if (options.by !== undefined) {
    const who = options.by.toLowerCase();
    const account = (await caller.call('accounts/list', {})).find((a) => a.username.toLowerCase() === who);
    if (!account) throw cliFailure(caller.language, 'cli.auditList.noSuchUser', { username: options.by });
    actorAccountId = account.id;
  }
  if (options.source !== undefined) await requireSource(caller, options.source);
  let cursor: string | null = null;
  do {
    const page: Page<AuditEntryView> = await caller.call('audit/list', { source: options.source, area, actorAccountId, from, to, cursor, limit: Math.min(PAGE, limit - entries.length) });
    entries.push(...page.rows);
    cursor = page.nextCursor;
  } while (cursor !== null && entries.length < limit);
  const more = cursor !== null;
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ entries, more }, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${say(caller.language, 'cli.auditList.count', { count: entries.length })}\n`);
  for (const e of entries) process.stdout.write(`${line(e, caller.language)}\n`);
  if (more) process.stdout.write(`${say(caller.language, 'cli.auditList.more')}\n`);
  return 0;
}
