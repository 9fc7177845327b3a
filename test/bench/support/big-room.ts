import { createCore } from '../../../electron/core';
import { hashPassword } from '../../../electron/core/auth/password';
import { insertAccount } from '../../../electron/core/db/queries/accounts';
import { insertCandidate, insertSessionCandidate } from '../../../electron/core/db/queries/inserts';
import { newId } from '../../../electron/core/ids';

export type BenchCandidate = { participantNo: string; password: string };

/**
 * The demo installation plus `count` extra candidates in today's session, for load runs. Their
 * passwords are hashed at scrypt N=2^10 so that setting up 400 of them takes seconds; sign-in is
 * not what the load run measures. The sign-in storm seeds more at a real `cost` under another
 * `prefix`: one hash shared by all (a verify costs the same whatever the salt), so seeding stays quick.
 */
export async function seedBigRoom(dataDir: string, count: number, options: { cost?: number; prefix?: string } = {}): Promise<BenchCandidate[]> {
  const prefix = options.prefix ?? 'BENCH';
  const core = await createCore({ dataDir, demoIfEmpty: true });
  try {
    const db = core.db;
    const session = db.prepare('SELECT id, lsp_id AS lspId FROM session LIMIT 1').get() as { id: string; lspId: string };
    const assessors = db.prepare('SELECT id FROM assessor ORDER BY met_number').pluck().all() as string[];
    const password = 'beban-uji-1';
    const hash = await hashPassword(password, { N: options.cost ?? 1024 });
    const list: BenchCandidate[] = [];
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const id = newId();
        const participantNo = `${prefix}-${String(i + 1).padStart(4, '0')}`;
        insertCandidate(db, { id, lsp_id: session.lspId, participant_no: participantNo, name: `Peserta Beban ${participantNo}`, nik: String(3200000000000000 + i + (prefix === 'BENCH' ? 0 : 100_000)), institution: null });
        insertSessionCandidate(db, { session_id: session.id, candidate_id: id, assessor_id: assessors[i % assessors.length], seat: `LAB-${i + 1}` });
        insertAccount(db, {
          id: newId(),
          role: 'candidate',
          username: participantNo,
          displayName: `Peserta Beban ${i + 1}`,
          passwordHash: hash,
          lspId: session.lspId,
          assessorId: null,
          candidateId: id,
          createdAt: new Date().toISOString(),
        });
        list.push({ participantNo, password });
      }
    })();
    return list;
  } finally {
    core.close();
  }
}
