import { parseArgs } from 'node:util';
import type { Language } from '../../shared/i18n';
import { formatDate } from '../../shared/i18n/format';
import type { PlenoStatus, PlenoSummary } from '../../shared/pleno';
import { say, type CliKey } from '../language';
import { dataDirFrom, parse, wrongVerb } from '../options';
import { SIGN_IN_USAGE, withSignedIn } from '../sign-in';

export const USAGE = `usage:
  ruang-uji pleno list --as USERNAME [--json] [--data DIR]
      the LSP's plenary meetings (pleno/list) with the ID and SK number that "certificates --pleno" takes
${SIGN_IN_USAGE}`;

const OPTIONS = { data: { type: 'string' }, as: { type: 'string' }, json: { type: 'boolean' } } as const;

const STATUS_TEXT = {
  draft: 'cli.pleno.status.draft',
  decided: 'cli.pleno.status.decided',
  signed: 'cli.pleno.status.signed',
} as const satisfies Record<PlenoStatus, CliKey>;

function line(p: PlenoSummary, language: Language): string {
  const text = say(language, 'cli.pleno.row', {
    id: p.plenoId,
    status: say(language, STATUS_TEXT[p.status]),
    heldOn: formatDate(p.heldOn, language),
    sk: p.skNumber ?? say(language, 'cli.pleno.noSk'),
    sessions: p.sessions.map((s) => s.code).join(', '),
    competent: p.competent,
    notCompetent: p.notCompetent,
  });
  return p.supersededBy ? `  ${text}; ${say(language, 'cli.pleno.supersededBy', { id: p.supersededBy })}` : `  ${text}`;
}

/** `ruang-uji pleno list`: the pleno screen's list, through `pleno/list`. */
export async function plenoCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS }));
  if (positionals.length !== 1 || positionals[0] !== 'list') throw wrongVerb(positionals[0], USAGE);
  return withSignedIn(dataDirFrom(values.data), values.as, async (caller) => {
    const plenos: PlenoSummary[] = await caller.call('pleno/list', {});
    if (values.json) {
      process.stdout.write(`${JSON.stringify(plenos, null, 2)}\n`);
      return 0;
    }
    process.stdout.write(`${say(caller.language, 'cli.pleno.count', { count: plenos.length })}\n`);
    for (const p of plenos) process.stdout.write(`${line(p, caller.language)}\n`);
    return 0;
  });
}
