import type { PlenoSummary } from '../shared/pleno';
import { cliFailure } from './options';
import type { Caller } from './sign-in';

/**
 * The pleno a --pleno names, by its ID or its SK number (what staff have on paper), looked up in the
 * LSP's plenos through `pleno/list` as the screens list them. An SK number is typed at signing, so nothing
 * keeps two plenos from sharing one: then the one not superseded by a correction is meant, and where that
 * still leaves more than one, the command asks for the ID rather than guess.
 */
export async function plenoOf(caller: Caller, ref: string): Promise<PlenoSummary> {
  const plenos = await caller.call('pleno/list', {});
  const byId = plenos.find((p) => p.plenoId === ref);
  if (byId) return byId;
  const bySk = plenos.filter((p) => p.skNumber === ref);
  const current = bySk.length > 1 ? bySk.filter((p) => p.supersededBy === null) : bySk;
  if (current.length === 1) return current[0];
  throw cliFailure(caller.language, current.length === 0 ? 'cli.plenoRef.unknown' : 'cli.plenoRef.ambiguous', { pleno: ref }, 1);
}
