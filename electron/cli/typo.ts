import type { Language } from '../shared/i18n';
import { codeOfKey, dataDirFrom, verbsOf, type JsonFailure } from './options';
import { languageFlag, languageOf, say } from './language';

/** Edit distance, for the one suggestion a typo gets. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The known word closest to a mistyped one (`--dryrun` → `--dry-run`, `candidate` → `candidates`), when close enough to be meant. */
export function closest(typed: string, known: readonly string[]): string | undefined {
  let best: { word: string; d: number } | undefined;
  for (const word of known) {
    const d = distance(typed.toLowerCase(), word);
    if (!best || d < best.d) best = { word, d };
  }
  return best && best.d <= Math.max(2, Math.floor(typed.length / 4)) ? best.word : undefined;
}

/**
 * The language a usage error speaks before any command has read its flags: --language when typed,
 * else the installation's in --data (or the default folder), as the command itself would have.
 */
export function languageOfArgv(argv: readonly string[]): Language {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    if (at !== -1) return argv[at + 1];
    return argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  return languageOf(dataDirFrom(value('--data')), languageFlag(value('--language')) ?? undefined);
}

function optionSuggestion(option: string, usage: string): string | undefined {
  const flags = [...new Set(usage.match(/--[a-z][a-z-]*/g) ?? [])];
  return closest(option.split('=')[0] ?? option, flags);
}

/** The same under --json: the unknown flag and the suggestion as params, the whole text in English. */
export function unknownOptionFailure(command: string, option: string, usage: string): JsonFailure {
  const suggestion = optionSuggestion(option, usage);
  return {
    code: codeOfKey('cli.typo.unknownOption'),
    messageKey: 'cli.typo.unknownOption',
    params: suggestion ? { option, suggestion } : { option },
    message: unknownOptionText(command, option, usage, 'en'),
  };
}

/** A flag the command does not take, named with the closest flag of its usage and where to read them all. */
export function unknownOptionText(command: string, option: string, usage: string, language: Language): string {
  const suggestion = optionSuggestion(option, usage);
  const guess = suggestion ? ` ${say(language, 'cli.typo.didYouMean', { suggestion })}` : '';
  return `${say(language, 'cli.typo.unknownOption', { option })}${guess} ${say(language, 'cli.typo.seeHelp', { command: `ruang-uji ${command} --help` })}`;
}

/** A subcommand the command does not have, with the closest one its usage lists. */
export function unknownVerbText(command: string, verb: string, usage: string, language: Language): string {
  const suggestion = closest(verb, verbsOf(usage));
  const guess = suggestion ? ` ${say(language, 'cli.typo.didYouMean', { suggestion: `ruang-uji ${command} ${suggestion}` })}` : '';
  return `${say(language, 'cli.typo.unknownVerb', { verb })}${guess} ${say(language, 'cli.typo.seeHelp', { command: `ruang-uji ${command} --help` })}`;
}

/** The same under --json. */
export function unknownVerbFailure(command: string, verb: string, usage: string): JsonFailure {
  const suggestion = closest(verb, verbsOf(usage));
  return {
    code: codeOfKey('cli.typo.unknownVerb'),
    messageKey: 'cli.typo.unknownVerb',
    params: suggestion ? { verb, suggestion: `ruang-uji ${command} ${suggestion}` } : { verb },
    message: unknownVerbText(command, verb, usage, 'en'),
  };
}

/** A command that does not exist, with the closest one. */
export function unknownCommandText(command: string, commands: readonly string[], language: Language): string {
  const suggestion = closest(command, commands);
  const guess = suggestion ? ` ${say(language, 'cli.typo.didYouMean', { suggestion: `ruang-uji ${suggestion}` })}` : '';
  return `${say(language, 'cli.typo.unknownCommand', { command })}${guess} ${say(language, 'cli.typo.seeCommands')}`;
}
