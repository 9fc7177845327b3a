// Signed plenos written straight into SQLite for the certificate tests and bench: the pleno API is
// another part's, and these tests need only its rows (a signed pleno, its sessions and decisions).
import crypto from 'node:crypto';
import type { Db } from '../../electron/core/db/open';

export type Seeded = { plenoId: string; sessionId: string; candidateIds: string[] };

export type SeedOptions = {
  /** Candidates in the new session, each decided K unless `bk` says otherwise. */
  candidates: number;
  /** Distinguishes sessions, candidates (participant numbers, NIKs) and SK numbers of several seeds. */
  tag: string;
  date?: string;
  bk?: (index: number) => boolean;
  status?: 'draft' | 'decided' | 'signed';
  /** Candidate fields to override (e.g. leave a phone out). */
  candidate?: (index: number) => Partial<Record<'phone' | 'birth_place' | 'email' | 'nik', string | null>>;
  /** The session's BNSP codes; null leaves the session without them. */
  codes?: { schedule: string; funding: string; ministry: string } | null;
};

const firstId = (db: Db, sql: string): string => {
  const row = db.prepare(sql).get() as { id: string } | undefined;
  if (!row) throw new Error(`nothing for ${sql}`);
  return row.id;
};

/** A NIK per seed and index: Bogor (3201), three digits of the tag, the index. */
export const seededNik = (tag: string, index: number): string =>
  `3201${String(parseInt(crypto.createHash('sha256').update(tag).digest('hex').slice(0, 6), 16) % 1000).padStart(3, '0')}${String(index).padStart(9, '0')}`;

/** A new session of the demo LSP's first scheme with `candidates` new candidates, decided by a signed pleno. */
export function seedSignedPleno(db: Db, o: SeedOptions): Seeded {
  const lspId = firstId(db, 'SELECT id FROM lsp ORDER BY code LIMIT 1');
  const adminId = firstId(db, "SELECT id FROM account WHERE role = 'lsp_admin' ORDER BY username LIMIT 1");
  const schemeId = firstId(db, 'SELECT id FROM scheme ORDER BY code, version LIMIT 1');
  const tukId = firstId(db, 'SELECT id FROM tuk ORDER BY code LIMIT 1');
  const assessorId = firstId(db, 'SELECT id FROM assessor ORDER BY met_number LIMIT 1');
  const date = o.date ?? '2026-11-10';
  const sessionId = crypto.randomUUID();
  const plenoId = crypto.randomUUID();
  const status = o.status ?? 'signed';
  const at = '2026-11-12T03:00:00.000Z';
  const candidateIds: string[] = [];
  db.transaction(() => {
    db.prepare(
      `INSERT INTO session (id, lsp_id, scheme_id, tuk_id, code, title_id, date, start_time, duration_minutes)
       VALUES (?, ?, ?, ?, ?, ?, ?, '08:00', 120)`,
    ).run(sessionId, lspId, schemeId, tukId, `SES-${o.tag}`, `Sesi ${o.tag}`, date);
    if (o.codes !== null) {
      const codes = o.codes ?? { schedule: `0${o.tag}`.slice(0, 12), funding: '01', ministry: '007' };
      db.prepare('INSERT INTO session_bnsp (session_id, schedule_code, funding_code, ministry_code) VALUES (?, ?, ?, ?)').run(
        sessionId,
        codes.schedule,
        codes.funding,
        codes.ministry,
      );
    }
    db.prepare(
      `INSERT INTO pleno (id, lsp_id, held_on, status, sk_number, sk_date, created_at, created_by, decided_at, decided_by, signed_at, signed_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      plenoId,
      lspId,
      date,
      status,
      status === 'signed' ? `SK/${o.tag}/2026` : null,
      status === 'signed' ? date : null,
      at,
      adminId,
      status === 'draft' ? null : at,
      status === 'draft' ? null : adminId,
      status === 'signed' ? at : null,
      status === 'signed' ? adminId : null,
    );
    db.prepare('INSERT INTO pleno_session (pleno_id, session_id) VALUES (?, ?)').run(plenoId, sessionId);
    const insertCandidate = db.prepare(
      `INSERT INTO candidate (id, lsp_id, participant_no, name, nik, birth_place, birth_date, sex, address, regency_code, province_code,
         phone, email, education_code, occupation_code)
       VALUES (@id, @lsp_id, @participant_no, @name, @nik, @birth_place, @birth_date, @sex, @address, @regency_code, @province_code,
         @phone, @email, @education_code, @occupation_code)`,
    );
    const seat = db.prepare('INSERT INTO session_candidate (session_id, candidate_id, assessor_id) VALUES (?, ?, ?)');
    const decide = db.prepare('INSERT INTO pleno_decision (pleno_id, session_id, candidate_id, recommendation, decision) VALUES (?, ?, ?, ?, ?)');
    for (let i = 0; i < o.candidates; i++) {
      const id = crypto.randomUUID();
      candidateIds.push(id);
      insertCandidate.run({
        id,
        lsp_id: lspId,
        participant_no: `P-${o.tag}-${String(i).padStart(6, '0')}`,
        name: `Asesi ${o.tag} ${String(i).padStart(6, '0')}`,
        nik: seededNik(o.tag, i),
        birth_place: 'Bogor',
        birth_date: '2005-03-04',
        sex: i % 2 === 0 ? 'L' : 'P',
        address: 'Jl. Pajajaran No. 1, Bogor',
        regency_code: '3201',
        province_code: '32',
        phone: '081234567890',
        email: `asesi${i}@contoh.id`,
        education_code: '05',
        occupation_code: '02',
        ...o.candidate?.(i),
      });
      seat.run(sessionId, id, assessorId);
      const decision = o.bk?.(i) ? 'BK' : 'K';
      signedRecord(db, { sessionId, candidateId: id, recommendation: decision, day: date, by: adminId });
      if (status !== 'draft') decide.run(plenoId, sessionId, id, decision, decision);
    }
  })();
  return { plenoId, sessionId, candidateIds };
}

/**
 * The signed FR.AK.02 a pleno's decision stands on, by the seat's assessor (signed by the account `by`): a
 * certificate is issued only while the record is as the pleno decided on it (certificates/issue record_changed).
 */
export function signedRecord(db: Db, r: { sessionId: string; candidateId: string; recommendation: 'K' | 'BK'; day: string; by: string }): void {
  const assessorId = db.prepare('SELECT assessor_id FROM session_candidate WHERE session_id = ? AND candidate_id = ?').pluck().get(r.sessionId, r.candidateId) as string;
  db.prepare('INSERT INTO assessment_record (session_id, candidate_id, recommendation, seq, saved_at, saved_by) VALUES (?, ?, ?, 1, ?, ?)').run(
    r.sessionId,
    r.candidateId,
    r.recommendation,
    `${r.day}T09:00:00.000Z`,
    r.by,
  );
  db.prepare("INSERT INTO assessment_signature (form, session_id, assessor_id, candidate_id, signed_at, signed_by) VALUES ('AK.02', ?, ?, ?, ?, ?)").run(
    r.sessionId,
    assessorId,
    r.candidateId,
    `${r.day}T09:30:00.000Z`,
    r.by,
  );
}

/** The KBLI code (and validity) of the seeded scheme, as the scheme settings would store it. */
export function setSchemePolicy(db: Db, kbli: string | null, validityYears: number | null = null): void {
  db.prepare(
    `INSERT INTO scheme_policy (lsp_id, scheme_code, kbli_code, certificate_validity_years)
     SELECT lsp_id, code, ?, ? FROM scheme ORDER BY code, version LIMIT 1
     ON CONFLICT(lsp_id, scheme_code) DO UPDATE SET kbli_code = excluded.kbli_code, certificate_validity_years = excluded.certificate_validity_years`,
  ).run(kbli, validityYears);
}
