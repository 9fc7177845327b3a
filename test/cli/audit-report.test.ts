import { describe, expect, it } from 'vitest';
import { auditReport } from '../../electron/cli/audit-report';
import type { AuditVerifyResult } from '../../electron/shared/types';
import { inTimeZone } from '../support/time-zone';

describe('the audit report, its instants as the screens write them', () => {
  // 00:21 on 5 Dec in Jakarta is still 4 Dec in UTC: the report must say the venue's day and clock.
  inTimeZone('Asia/Jakarta');
  const result = {
    ok: true,
    rows: 12,
    firstBroken: null,
    head: { installationId: 'inst-1', n: 3, seq: 12, hash: 'ab12', signedAt: '2026-12-04T17:21:46.404Z', reason: 'start', fingerprint: null },
    findings: [{ kind: 'restored', severity: 'notice', fromSeq: 15, toSeq: 12, at: '2026-12-04T23:05:00.000Z' }],
    remote: [],
  } satisfies AuditVerifyResult;

  it('in Indonesian', () => {
    expect(auditReport(result, 'id')).toBe(
      'log audit BAIK: 12 baris, kepala bertanda tangan 3 mencakup baris 12 (start, 5 Des 2026, 00.21)\n' +
        '  catatan: sebuah pemulihan (5 Des 2026, 06.05) mengembalikan log dari baris 15 ke baris 12\n',
    );
  });

  it('in English', () => {
    expect(auditReport(result, 'en')).toBe(
      'audit log OK: 12 rows, signed head 3 covers row 12 (start, 5 Dec 2026, 00:21)\n' +
        '  notice: a restore (5 Dec 2026, 06:05) rolled the log back from row 15 to row 12\n',
    );
  });
});
