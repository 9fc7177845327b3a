/** Plain inserts for the catalogue (people, schemes, instruments, sessions), used by the demo and by imports. */
import type { Db } from '../open';
import { sql } from '../statements';

type Row = Record<string, string | number | null>;

function insert(db: Db, table: string, row: Row): void {
  const cols = Object.keys(row);
  sql<[Row]>(db, `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})`).run(row);
}

export const insertLsp = (db: Db, r: { id: string; code: string; name: string; license_no: string | null; address: string | null }) =>
  insert(db, 'lsp', r);

export const insertTuk = (
  db: Db,
  r: { id: string; lsp_id: string; code: string; name: string; type: string; time_zone: string | null; address: string | null; verified_on: string | null },
) => insert(db, 'tuk', r);

export const insertAssessor = (
  db: Db,
  r: { id: string; lsp_id: string; name: string; met_number: string; met_expires_on: string; tech_cert_expires_on: string | null },
) => insert(db, 'assessor', r);

export const insertCandidate = (
  db: Db,
  r: { id: string; lsp_id: string; participant_no: string; name: string; nik: string; institution: string | null },
) => insert(db, 'candidate', r);

export const insertScheme = (
  db: Db,
  r: { id: string; lsp_id: string; code: string; kind: string; skkni: string; title_id: string; title_en: string | null; settings: string },
) => insert(db, 'scheme', r);

export const insertUnit = (
  db: Db,
  r: { id: string; scheme_id: string; ordinal: number; code: string; title_id: string; title_en: string | null },
) => insert(db, 'unit', r);

export const insertElement = (
  db: Db,
  r: { id: string; unit_id: string; ordinal: number; title_id: string; title_en: string | null },
) => insert(db, 'element', r);

export const insertKuk = (
  db: Db,
  r: { id: string; element_id: string; ordinal: number; number: string; text_id: string; text_en: string | null; dimensions: string },
) => insert(db, 'kuk', r);

export const insertItem = (
  db: Db,
  r: {
    id: string;
    scheme_id: string;
    kind: string;
    ref: string;
    ordinal: number;
    kuk_id: string;
    dimensions: string;
    prompt_id: string;
    prompt_en: string | null;
    expected_id: string | null;
    expected_en: string | null;
    scoring: string;
    status: 'draft' | 'approved' | 'retired';
  },
) => insert(db, 'item', r);

/** One KUK of a question (item.kuk_id is the one at ordinal 0). */
export const insertItemKuk = (db: Db, r: { item_id: string; kuk_id: string; ordinal: number }) => insert(db, 'item_kuk', r);

export const insertOption = (
  db: Db,
  r: { item_id: string; ordinal: number; text_id: string; text_en: string | null; is_correct: number },
) => insert(db, 'item_option', r);

export const insertObservation = (
  db: Db,
  r: { id: string; scheme_id: string; kuk_id: string; benchmark_id: string; benchmark_en: string | null; status: 'draft' | 'approved' | 'retired' },
) => insert(db, 'observation_item', r);

export const insertSession = (
  db: Db,
  r: {
    id: string;
    lsp_id: string;
    scheme_id: string;
    tuk_id: string;
    code: string;
    title_id: string;
    title_en: string | null;
    date: string;
    start_time: string;
    duration_minutes: number;
    settings: string;
  },
) => insert(db, 'session', r);

export const insertSessionCandidate = (
  db: Db,
  r: { session_id: string; candidate_id: string; assessor_id: string; seat: string | null },
) => insert(db, 'session_candidate', r);
