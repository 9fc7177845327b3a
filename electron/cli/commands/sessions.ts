import { parseArgs } from 'node:util';
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH } from '../../shared/contract';
import type { Language } from '../../shared/i18n';
import { formatDate, formatDateTime } from '../../shared/i18n/format';
import { LIST_LIMIT_MAX } from '../../shared/registry';
import { SESSION_STATUS_LABEL } from '../../shared/scheduling-labels';
import { SESSION_STATUSES, type PlannedSession, type PlannedSessionDetail, type SessionStatus } from '../../shared/scheduling';
import { say } from '../language';
import { cliFailure, dataDirFrom, parse, requireMaxLength, usageError, wrongVerb } from '../options';
import { SIGN_IN_USAGE, withSignedIn, type Caller } from '../sign-in';
import { everyPage } from '../pages';
import { table } from '../table';

export const USAGE = `usage:
  ruang-uji sessions list [--status STATUS] --as USERNAME [--json] [--data DIR]
      the LSP's sessions as the Sessions screen lists them (sessions/list, every page), newest first: code,
      day and start, TUK, scheme, status, candidates and how many rules an upcoming session's plan now breaks
      (its page in the app says which); STATUS is one of ${SESSION_STATUSES.join(', ')};
      the code is what "sessions cancel --session" and "bundle export --session" take
  ruang-uji sessions cancel --session CODE --reason TEXT --as USERNAME [--json] [--data DIR]
      calls off a planned session that has not started (sessions/cancel), with the reason (3 characters
      or more), as its page's Batalkan jadwal does; a TUK already holding its bundle learns of it from
      the session bundle exported again (bundle export --kind session)
${SIGN_IN_USAGE}`;

const OPTIONS = {
  data: { type: 'string' },
  as: { type: 'string' },
  session: { type: 'string' },
  reason: { type: 'string' },
  status: { type: 'string' },
  json: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function statusOf(value: string | undefined): SessionStatus | undefined {
  if (value === undefined) return undefined;
  const status = SESSION_STATUSES.find((s) => s === value);
  if (!status) throw usageError('cli.usage.oneOf', { flag: '--status', values: SESSION_STATUSES.join(', ') }, `\n${USAGE}`);
  return status;
}

/** Every page of `sessions/list` under the filter: the IT person's script wants them all, not the screen's first 50. */
function allSessions(caller: Caller, status: SessionStatus | undefined): Promise<PlannedSession[]> {
  return everyPage((cursor) => caller.call('sessions/list', { status, cursor, limit: LIST_LIMIT_MAX }));
}

function sessionsTable(sessions: readonly PlannedSession[], language: Language): string {
  const head = (
    [
      'cli.sessions.column.code',
      'cli.sessions.column.date',
      'cli.sessions.column.tuk',
      'cli.sessions.column.scheme',
      'cli.sessions.column.status',
      'cli.sessions.column.candidates',
      'cli.sessions.column.rules',
    ] as const
  ).map((key) => say(language, key));
  const rows = sessions.map((s) => [
    s.code,
    `${formatDate(s.date, language)} ${s.startTime}`,
    s.tuk.name,
    `${s.scheme.code} v${s.scheme.version}`,
    say(language, SESSION_STATUS_LABEL[s.status]),
    String(s.candidateCount),
    // The list's flags (--json's ruleProblems) count the rules a saved plan now breaks; its page says which.
    s.ruleProblems && s.ruleProblems.refused > 0 ? say(language, 'cli.sessions.rulesBroken', { count: s.ruleProblems.refused }) : '',
  ]);
  return table([head, ...rows]);
}

async function list(values: Values): Promise<number> {
  const status = statusOf(values.status);
  return withSignedIn(dataDirFrom(values.data), values.as, async (caller) => {
    const sessions: PlannedSession[] = await allSessions(caller, status);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(sessions, null, 2)}\n`);
      return 0;
    }
    process.stdout.write(`${say(caller.language, 'cli.sessions.count', { count: sessions.length })}\n`);
    if (sessions.length > 0) process.stdout.write(sessionsTable(sessions, caller.language));
    return 0;
  });
}

/** The session a code names: the list's prefix search, then the one whose code is exactly that. */
async function sessionIdOf(caller: Caller, code: string): Promise<string> {
  const page = await caller.call('sessions/list', { search: code, limit: 50 });
  const found = page.rows.find((r) => r.code === code);
  if (!found) throw cliFailure(caller.language, 'cli.sessions.notFound', { code }, 1);
  return found.id;
}

function report(s: PlannedSessionDetail, language: Caller['language']): string {
  const c = s.cancellation!;
  const lines = [say(language, 'cli.sessions.cancelled', { session: s.code, at: formatDateTime(c.at, language), by: c.by, reason: c.reason })];
  lines.push(
    s.exportedAt
      ? say(language, 'cli.sessions.tukHolds', { at: formatDateTime(s.exportedAt, language), tuk: s.tuk.name, session: s.code })
      : say(language, 'cli.sessions.notExported'),
  );
  return `${lines.join('\n')}\n`;
}

/** `ruang-uji sessions list|cancel`: the Sessions screen's list (`sessions/list`) and a session's Batalkan jadwal (`sessions/cancel`). */
export async function sessionsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
  if (positionals.length === 1 && positionals[0] === 'list') return list(values);
  if (positionals.length !== 1 || positionals[0] !== 'cancel') throw wrongVerb(positionals[0], USAGE);
  const code = values.session?.trim();
  if (!code) throw usageError('cli.usage.required', { flag: '--session CODE' }, `\n${USAGE}`);
  if (values.reason === undefined) throw usageError('cli.usage.required', { flag: '--reason TEXT' }, `\n${USAGE}`);
  const reason = values.reason;
  requireMaxLength('--reason', reason.trim(), REASON_MAX_LENGTH);
  return withSignedIn(dataDirFrom(values.data), values.as, async (caller) => {
    // The contract would refuse it as a bare BAD_ARGS on "reason": said in words before anything is looked up.
    if (reason.trim().length < REASON_MIN_LENGTH) throw cliFailure(caller.language, 'cli.sessions.reasonShort', { min: REASON_MIN_LENGTH });
    const cancelled: PlannedSessionDetail = await caller.call('sessions/cancel', { sessionId: await sessionIdOf(caller, code), reason });
    process.stdout.write(values.json ? `${JSON.stringify(cancelled, null, 2)}\n` : report(cancelled, caller.language));
    return 0;
  });
}
