/** The holder details each certificate was last printed, or issued, with (migration 030). */
import type { Db } from '../open';
import { sql } from '../statements';

export type HolderPrintRow = {
  name: string;
  nik: string;
  birth_place: string | null;
  birth_date: string | null;
  taken_at: string;
  taken_on: 'issue' | 'print';
};

/** Keeps the holder's details as they are now for these certificates, replacing what was kept. */
export function keepHolder(db: Db, certificateIds: readonly string[], at: string, on: 'issue' | 'print'): void {
  const keep = sql<[{ id: string; at: string; on: string }]>(
    db,
    `INSERT INTO certificate_holder_print (certificate_id, name, nik, birth_place, birth_date, taken_at, taken_on)
       SELECT ce.id, c.name, c.nik, c.birth_place, c.birth_date, @at, @on FROM certificate ce JOIN candidate c ON c.id = ce.candidate_id WHERE ce.id = @id
     ON CONFLICT(certificate_id) DO UPDATE SET name = excluded.name, nik = excluded.nik, birth_place = excluded.birth_place,
       birth_date = excluded.birth_date, taken_at = excluded.taken_at, taken_on = excluded.taken_on`,
  );
  for (const id of certificateIds) keep.run({ id, at, on });
}

export const keptHolder = (db: Db, certificateId: string) =>
  sql<[string], HolderPrintRow>(db, 'SELECT name, nik, birth_place, birth_date, taken_at, taken_on FROM certificate_holder_print WHERE certificate_id = ?').get(certificateId);

export const holderNow = (db: Db, certificateId: string) =>
  sql<[string], { candidate_id: string; name: string; nik: string; birth_place: string | null; birth_date: string | null }>(
    db,
    'SELECT c.id AS candidate_id, c.name, c.nik, c.birth_place, c.birth_date FROM certificate ce JOIN candidate c ON c.id = ce.candidate_id WHERE ce.id = ?',
  ).get(certificateId);
