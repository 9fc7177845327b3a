import { parseArgs } from 'node:util';
import type { Language } from '../../shared/i18n';
import { formatDate } from '../../shared/i18n/format';
import type { AppealCase, AppealHold, AppealStatus } from '../../shared/pleno';
import { say, type CliKey } from '../language';
import { dataDirFrom, parse, usageError, wrongVerb } from '../options';
import { SIGN_IN_USAGE, withSignedIn } from '../sign-in';

export const USAGE = `usage:
  ruang-uji appeals list [--status open|closed] --as USERNAME [--json] [--data DIR]
      the LSP's appeals (FR.AK.04) as the appeals screen lists them (appeals/list), a TUK's not yet acted
      on among them; closed is accepted or rejected
${SIGN_IN_USAGE}`;

const OPTIONS = { data: { type: 'string' }, as: { type: 'string' }, status: { type: 'string' }, json: { type: 'boolean' } } as const;

const STATUS_TEXT = {
  open: 'cli.appeals.status.open',
  accepted: 'cli.appeals.status.accepted',
  rejected: 'cli.appeals.status.rejected',
} as const satisfies Record<AppealStatus, CliKey>;
/** What the hold keeps back: a BK candidate has no certificate to hold, only their BNSP sheet row. */
const HOLD_TEXT = { certificate: 'cli.appeals.held.certificate', bnsp_row: 'cli.appeals.held.bnsp_row' } as const satisfies Record<AppealHold, CliKey>;
const WHERE_TEXT = { tuk: 'cli.appeals.where.tuk', lsp: 'cli.appeals.where.lsp' } as const satisfies Record<AppealCase['lodgedAt'], CliKey>;

function line(a: AppealCase, language: Language): string {
  const parts = [
    say(language, 'cli.appeals.row', {
      session: a.sessionCode,
      participant: a.participantNo,
      name: a.name,
      status: say(language, STATUS_TEXT[a.status]),
      where: say(language, WHERE_TEXT[a.lodgedAt]),
      on: formatDate(a.lodgedOn, language),
    }),
  ];
  if (a.reassessment) {
    const key = a.reassessment.cancelled ? 'cli.appeals.reassessmentCancelled' : 'cli.appeals.reassessment';
    parts.push(say(language, key, { session: a.reassessment.code, date: formatDate(a.reassessment.date, language) }));
  }
  if (a.holds) parts.push(say(language, HOLD_TEXT[a.holds]));
  return `  ${parts.join('; ')}`;
}

/** `ruang-uji appeals list`: the appeals screen's list, through `appeals/list`. */
export async function appealsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
  if (positionals.length !== 1 || positionals[0] !== 'list') throw wrongVerb(positionals[0], USAGE);
  const status = values.status;
  if (status !== undefined && status !== 'open' && status !== 'closed') throw usageError('cli.usage.oneOf', { flag: '--status', values: 'open, closed' }, `\n${USAGE}`);
  return withSignedIn(dataDirFrom(values.data), values.as, async (caller) => {
    // The contract filters one status at a time; closed is either outcome, so it is filtered here.
    let cases: AppealCase[] = await caller.call('appeals/list', status === 'open' ? { status: 'open' } : {});
    if (status === 'closed') cases = cases.filter((a) => a.status !== 'open');
    if (values.json) {
      process.stdout.write(`${JSON.stringify(cases, null, 2)}\n`);
      return 0;
    }
    process.stdout.write(`${say(caller.language, 'cli.appeals.count', { count: cases.length })}\n`);
    for (const a of cases) process.stdout.write(`${line(a, caller.language)}\n`);
    return 0;
  });
}
