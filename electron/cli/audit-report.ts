import type { Language } from '../shared/i18n';
import { formatDateTime } from '../shared/i18n/format';
import type { AuditChainResult, AuditFinding, AuditIntegrity, AuditVerifyResult } from '../shared/types';
import { AUDIT_FINDING_TEXT, AUDIT_SEVERITY_TEXT, auditFindingRange } from '../shared/audit-findings';
import { say } from './language';

/** An unsigned tail's actions when all of them are rows the app writes while its keys are locked (core writtenWhileLocked). */
export type LockedWrites = (f: AuditFinding) => string[] | null;

/** One line per finding, in the operator's terms and language; the JSON output carries the same with codes. */
function describe(f: AuditFinding, language: Language, lockedWrites: LockedWrites): string {
  // Instants as the screens write them, in this computer's zone: the core keeps them as UTC ISO text.
  const params = { from: f.fromSeq ?? '', to: f.toSeq ?? '', at: f.at ? formatDateTime(f.at, language) : '' };
  const range = say(language, auditFindingRange(f), params);
  if (f.kind === 'unsigned_tail') {
    const actions = lockedWrites(f);
    if (actions) return say(language, 'cli.audit.unsigned_tail_locked', { ...params, range, actions: actions.join(', ') });
  }
  return say(language, AUDIT_FINDING_TEXT[f.kind], { ...params, range });
}

function chainLines(name: string, r: AuditChainResult, language: Language, lockedWrites: LockedWrites): string[] {
  const head = r.head ? say(language, 'cli.audit.head', { n: r.head.n, seq: r.head.seq, reason: r.head.reason, signedAt: formatDateTime(r.head.signedAt, language) }) : say(language, 'cli.audit.noHeadYet');
  const lines = [say(language, r.ok ? 'cli.audit.ok' : 'cli.audit.notOk', { name, rows: r.rows, head })];
  for (const f of r.findings) lines.push(`  ${say(language, AUDIT_SEVERITY_TEXT[f.severity])}: ${describe(f, language, lockedWrites)}`);
  return lines;
}

/** `lockedWrites` applies to this installation's own log: a received log's rows are not in this database. */
export function auditReport(result: AuditVerifyResult, language: Language, lockedWrites: LockedWrites = () => null): string {
  const lines = chainLines(say(language, 'cli.audit.ownLog'), result, language, lockedWrites);
  for (const r of result.remote) lines.push(...chainLines(say(language, 'cli.audit.remoteLog', { installation: r.installationId }), r, language, () => null));
  return lines.join('\n') + '\n';
}

/**
 * What a start of the app found broken in the audit log (core/audit/integrity.ts), for stderr: `serve` and
 * every command that starts a core say it, since nobody may open the home that shows it. `printed`:
 * findings already said (the check from the head at start), left out when the whole walk ends.
 */
export function integrityReport(state: AuditIntegrity, language: Language, dataDir: string, printed: Set<string> = new Set()): string {
  const fresh = state.findings.filter((f) => !printed.has(`${f.kind}:${f.fromSeq}:${f.toSeq}`));
  if (fresh.length === 0) return '';
  for (const f of fresh) printed.add(`${f.kind}:${f.fromSeq}:${f.toSeq}`);
  const lines = [
    state.full === 'running' ? say(language, 'cli.audit.integrityStart', { checkedAt: formatDateTime(state.checkedAt, language) }) : say(language, 'cli.audit.integrityFull', { rows: state.rows }),
    ...fresh.map((f) => `  ${say(language, AUDIT_SEVERITY_TEXT[f.severity])}: ${describe(f, language, () => null)}`),
    say(language, 'cli.audit.integrityVerify', { dir: dataDir }),
  ];
  return lines.join('\n') + '\n';
}
