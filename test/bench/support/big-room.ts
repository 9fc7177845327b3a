import { createCore } from '../../../electron/core';
import { hashPassword } from '../../../electron/core/auth/password';
import { insertAccount } from '../../../electron/core/db/queries/accounts';
import { insertCandidate, insertSessionCandidate } from '../../../electron/core/db/queries/inserts';
import { newId } from '../../../electron/core/ids';

export type BenchCandidate = { participantNo: string; password: string };

/**
 * The demo installation plus `count` extra candidates in today's session, for load runs. Their
 * passwords are hashed at scrypt N=2^10 so that setting up 400 of them takes seconds; sign-in is
 * not what the load run measures.
 */
export async function seedBigRoom(dataDir: string, count: number): Promise<BenchCandidate[]> {
  const core = await createCore({ dataDir, demoIfEmpty: true });
  try {
    const db = core.db;
    const session = db.prepare('SELECT id, lsp_id AS lspId FROM session LIMIT 1').get() as { id: string; lspId: string };
    const assessors = db.prepare('SELECT id FROM assessor ORDER BY met_number').pluck().all() as string[];
    const password = 'beban-uji-1';
    const hash = await hashPassword(password, { N: 1024 });
    const list: BenchCandidate[] = [];
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const id = newId();
        const participantNo = `BENCH-${String(i + 1).padStart(4, '0')}`;
        insertCandidate(db, { id, lsp_id: session.lspId, participant_no: participantNo, name: `Peserta Beban ${i + 1}`, nik: String(3200000000000000 + i), institution: null });
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
