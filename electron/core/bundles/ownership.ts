import type { Db } from '../db/open';
import * as q from '../db/queries/bundles';
import { BundleFailure } from './failure';
import type { Manifest } from './manifest';

/**
 * A bundle may only create or change records that belong to its signer. A signature proves who made
 * a bundle, not that its rows are theirs: a key confirmed once for one LSP would otherwise let that
 * signer rewrite another LSP's answer keys, or a new installation rewrite a TUK's results.
 *
 * The owner every row must have, before and after the merge (the rules' `owner` SQL, see merge.ts):
 * - session bundle: the LSP it names, whose key signed it (the pin subject is `lsp:<id>`);
 * - results: the session it answers;
 * - backup: none; it restores only into an empty installation.
 */
export function expectedOwner(m: Manifest): string | null {
  if (m.kind === 'session') return m.lsp?.id ?? null;
  if (m.kind === 'results') return m.session?.id ?? null;
  return null;
}

/**
 * Results for a session come only from the TUK it was sent to, answering a session bundle this
 * installation sent (the LSP) or received (a proctor station merging lab PCs), and from the installation
 * whose whole results for it came first: after that, another installation (whatever fingerprint a person
 * is shown) cannot overwrite them. Lab PCs' partials are taken until whole results arrive, which carry
 * the lab PCs' work merged at the proctor station.
 */
export function checkResultsSender(db: Db, m: Manifest, session: { sessionId: string; tukId: string }): void {
  const refuse = (detail: string) => new BundleFailure('BUNDLE_NOT_OWNER', detail, { table: 'session', id: session.sessionId });
  if (m.tuk?.id !== session.tukId) throw refuse('results from another TUK than the session was sent to');
  if (!m.basedOn || !q.knowsSessionBundle(db, m.basedOn, session.sessionId)) throw refuse('results answer no session bundle sent or received here');
  const whole = q.fullResultSources(db, session.sessionId);
  if (whole.some((source) => source !== m.source.installationId)) throw refuse('results of this session already came from another installation');
}
