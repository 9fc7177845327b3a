import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import { candidatesByNameAndBirth, type NamesakeRow } from '../db/queries/registry-candidates';

/** What a likely namesake check needs of a record to be written. */
export type Person = { name: string; nik: string; birthDate: string | null };

/**
 * A registered candidate, and another of the same people (its index), that are likely the same person
 * under another NIK: the same full name (any case, spaces collapsed) and birth date. Null where none is.
 */
export type Namesake = { record: NamesakeRow | null; other: number | null };

/** A name as the registry stores it (the form's and the import's check): trimmed, runs of spaces one. */
const CLEAN_TEXT = /^\S+(?: \S+)*$/;
const cleanName = (name: string): string => (CLEAN_TEXT.test(name) ? name : name.trim().replace(/\s+/g, ' '));

/**
 * For each person, a registered candidate and another person of the same list who likely are the same
 * one typed under another NIK (a typo in the NIK makes a second record of them). A warning, never a
 * refusal: two people may share a name and a birth day. A candidate whose NIK is itself among the list is
 * named as that row rather than as a record: the row says it once.
 *
 * One statement for the registry (a seek in the name index a distinct name and day; its case folded as
 * SQLite's NOCASE folds it, ASCII letters), one map for the list (any case): an import of 10,000 rows
 * pays no query a row.
 */
export function likelyNamesakes(db: Db, lspId: string, people: readonly Person[]): Namesake[] {
  // Each name and day's people in list order, and one (name, day, NIK) a key for the registry's statement.
  const keys: (string | null)[] = [];
  const byKey = new Map<string, number[]>();
  const triples: [string, string, string][] = [];
  people.forEach((p, index) => {
    const name = cleanName(p.name);
    if (p.birthDate === null || name === '') {
      keys.push(null);
      return;
    }
    const key = `${p.birthDate}|${name.toLowerCase()}`;
    keys.push(key);
    const same = byKey.get(key);
    if (same) same.push(index);
    else {
      byKey.set(key, [index]);
      triples.push([name, p.birthDate, p.nik]);
    }
  });
  const found = candidatesByNameAndBirth(db, lspId, triples);
  const registered = new Map<string, NamesakeRow[]>();
  if (found.length > 0) {
    const listed = new Set(people.map((p) => p.nik));
    for (const row of found) {
      if (row.birth_date === null || listed.has(row.nik)) continue;
      const key = `${row.birth_date}|${cleanName(row.name).toLowerCase()}`;
      const same = registered.get(key);
      if (same) same.push(row);
      else registered.set(key, [row]);
    }
  }
  return keys.map((key, index) => {
    if (key === null) return { record: null, other: null };
    const nik = people[index].nik;
    const record = registered.get(key)?.find((r) => r.nik !== nik) ?? null;
    const same = byKey.get(key)!;
    const other = same.length > 1 ? (same.find((i) => i !== index && people[i].nik !== nik) ?? null) : null;
    return { record, other };
  });
}

/**
 * The form's check (candidates/create, and candidates/update where the name, birth date or NIK changed):
 * a registered candidate of the same name and birth date under another NIK is refused with
 * CANDIDATE_LIKELY_DUPLICATE, naming them (each a reason when several), until the admin says the record is
 * someone else (`differentPerson`). The import only notes such rows; a form is one person, typed by hand,
 * and the record it would make is the second one the import warns about.
 */
export function requireNoNamesake(db: Db, lspId: string, person: Person, self: string | null): void {
  const name = cleanName(person.name);
  if (person.birthDate === null || name === '') return;
  const found = candidatesByNameAndBirth(db, lspId, [[name, person.birthDate, person.nik]]).filter((r) => r.id !== self);
  if (found.length === 0) return;
  const [first] = found;
  const reasons =
    found.length > 1 ? found.map((r) => ({ code: 'CANDIDATE_NAMESAKE' as const, params: { name: r.name, nik: r.nik, participantNo: r.participant_no } })) : undefined;
  throw new AppError(
    'CANDIDATE_LIKELY_DUPLICATE',
    { name: first.name, nik: first.nik, participantNo: first.participant_no, candidateId: first.id, count: found.length },
    undefined,
    reasons,
  );
}
