import { parseArgs } from 'node:util';
import { REASON_MIN_LENGTH } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { formatDateTime } from '../../shared/i18n/format';
import type { PlannedSessionDetail } from '../../shared/scheduling';
import { say } from '../language';
import { CliError, dataDirFrom, parse, refusal } from '../options';
import { SIGN_IN_USAGE, withSignedIn, type Caller } from '../sign-in';

export const USAGE = `usage:
  ruang-uji sessions cancel --session CODE --reason TEXT --as USERNAME [--json] [--data DIR]
      calls off a planned session that has not started (sessions/cancel), with the reason (3 characters
      or more), as its page's Batalkan jadwal does; a TUK already holding its bundle learns of it from
      the session bundle exported again (bundle export --kind session)
${SIGN_IN_USAGE}`;

const OPTIONS = { data: { type: 'string' }, as: { type: 'string' }, session: { type: 'string' }, reason: { type: 'string' }, json: { type: 'boolean' } } as const;

/** The session a code names: the list's prefix search, then the one whose code is exactly that. */
async function sessionIdOf(caller: Caller, code: string): Promise<string> {
  const page = await caller.call('sessions/list', { search: code, limit: 50 });
  const found = page.rows.find((r) => r.code === code);
  if (!found) throw new CliError(say(caller.language, 'cli.sessions.notFound', { code }), 1);
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

/** `ruang-uji sessions cancel`: a session's Batalkan jadwal, through `sessions/cancel`. */
export async function sessionsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
  if (positionals.length !== 1 || positionals[0] !== 'cancel') throw new CliError(USAGE);
  const code = values.session?.trim();
  if (!code) throw new CliError(`--session CODE is required\n${USAGE}`);
  if (values.reason === undefined) throw new CliError(`--reason TEXT is required\n${USAGE}`);
  const reason = values.reason;
  return withSignedIn(dataDirFrom(values.data), values.as, async (caller) => {
    // The contract would refuse it as a bare BAD_ARGS on "reason": said in words before anything is looked up.
    if (reason.trim().length < REASON_MIN_LENGTH) throw new CliError(say(caller.language, 'cli.sessions.reasonShort', { min: REASON_MIN_LENGTH }));
    let cancelled: PlannedSessionDetail;
    try {
      cancelled = await caller.call('sessions/cancel', { sessionId: await sessionIdOf(caller, code), reason });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      throw refusal(err, caller.language);
    }
    process.stdout.write(values.json ? `${JSON.stringify(cancelled, null, 2)}\n` : report(cancelled, caller.language));
    return 0;
  });
}
