import type { AuditChainResult, AuditFinding, AuditVerifyResult } from '../shared/types';

const range = (f: AuditFinding) => (f.fromSeq === f.toSeq ? `row ${f.fromSeq}` : `rows ${f.fromSeq}–${f.toSeq}`);

/** One line per finding, in the operator's terms; the JSON output carries the same with codes. */
function describe(f: AuditFinding): string {
  switch (f.kind) {
    case 'seq_gap':
      return `row ${f.fromSeq}: sequence gap (a row before it was removed)`;
    case 'prev_mismatch':
      return `row ${f.fromSeq}: does not link to the row before it`;
    case 'hash_mismatch':
      return `row ${f.fromSeq}: content does not match its hash (edited)`;
    case 'truncated':
      return `${range(f)} missing: the signed head covers row ${f.toSeq} (the end of the log was removed)`;
    case 'head_mismatch':
      return `row ${f.fromSeq} differs from the signed head: rows up to it were rewritten and re-hashed`;
    case 'head_bad_signature':
      return `a head for row ${f.fromSeq} is not validly signed by its installation's key`;
    case 'unsigned_tail':
      return `${range(f)} not covered by a signed head: written after the last signature (a crash, keys locked) or added to the file`;
    case 'no_head':
      return `no signed head: ${range(f)} are not anchored`;
    case 'head_file_missing':
      return `the head file is missing (the database holds a head for row ${f.fromSeq})`;
    case 'head_file_stale':
      return `the head file (row ${f.fromSeq}) is older than the database's head (row ${f.toSeq})`;
    case 'contradicted':
      return `at start-up (${f.at}) the log contradicted its signed head for row ${f.fromSeq} (it ended at row ${f.toSeq}): rows were removed or rewritten`;
    case 'adopted':
      return `${range(f)} found unsigned at start-up (${f.at}) and signed then: after a crash, keys locked, or added to the file`;
    case 'restored':
      return `a restore (${f.at}) rolled the log back from row ${f.fromSeq} to row ${f.toSeq}`;
    case 'foreign_head':
      return `row ${f.fromSeq} matches a head signed by the installation a backup came from`;
    case 'unpinned_head':
      return `the head for row ${f.fromSeq} is checked with the key it carries (no pinned key for this installation)`;
  }
}

function chainLines(name: string, r: AuditChainResult): string[] {
  const head = r.head ? `signed head ${r.head.n} covers row ${r.head.seq} (${r.head.reason}, ${r.head.signedAt})` : 'no signed head';
  const lines = [`${name} ${r.ok ? 'OK' : 'NOT OK'}: ${r.rows} rows, ${head}`];
  for (const f of r.findings) lines.push(`  ${f.severity}: ${describe(f)}`);
  return lines;
}

export function auditReport(result: AuditVerifyResult): string {
  const lines = chainLines('audit log', result);
  for (const r of result.remote) lines.push(...chainLines(`received log ${r.installationId}`, r));
  return lines.join('\n') + '\n';
}
