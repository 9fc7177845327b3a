import type { SheetFile } from '../../shared/registry-import';
import type { Principal } from '../../shared/roles';
import { appendAudit } from '../audit/log';
import { localDate } from '../clock';
import { registerAfter, type RegisterSheetRow } from '../db/queries/certificates-register';
import type { Db } from '../db/open';
import { isExpired } from '../registry/assessors';
import { registryLsp } from '../registry/scope';
import type { SheetValue } from '../spreadsheets/spec';
import { writeSheet, type WriteColumn } from '../spreadsheets/write';
import { bnspDate } from './bnsp-sheet';
import { exportPath, sweepCertificateFiles } from './files';
import { correctedToBk } from './register';
import { nextSurveillanceOn, surveillanceMonths } from './surveillance';
import type { Language } from '../../shared/i18n';
import { askedLanguage } from '../setup/asked-language';

const PAGE = 1_000;

/**
 * The register's columns. NIK, Nomor Sertifikat and Nomor Blanko are the blanko import's columns
 * (blanko-import.ts), so the register sheet filled in with BNSP's blanko numbers imports as it is.
 */
export const REGISTER_COLUMNS = [
  { key: 'no', header: 'No', width: 8 },
  { key: 'number', header: 'Nomor Sertifikat', text: true, width: 26 },
  { key: 'registration', header: 'Nomor Registrasi', text: true, width: 30 },
  { key: 'name', header: 'Nama Asesi', width: 30 },
  { key: 'nik', header: 'NIK', text: true, width: 20 },
  { key: 'schemeCode', header: 'Kode Skema', text: true },
  { key: 'schemeTitle', header: 'Judul Skema', width: 36 },
  { key: 'issuedOn', header: 'Tanggal Terbit', text: true },
  { key: 'validUntil', header: 'Berlaku Sampai', text: true },
  { key: 'blanko', header: 'Nomor Blanko', text: true },
  { key: 'status', header: 'Status', text: true },
  { key: 'revokedOn', header: 'Tanggal Dicabut', text: true },
  { key: 'revokeReason', header: 'Alasan Pencabutan', width: 36 },
  // Which replaced which (certificates/replace): the revoked one and its replacement name each other.
  { key: 'replaces', header: 'Menggantikan', text: true, width: 26 },
  { key: 'replacedBy', header: 'Diganti Dengan', text: true, width: 26 },
  // Last, so the columns before it keep their places: empty once revoked or expired, as on the register's page.
  { key: 'nextSurveillance', header: 'Surveilan Berikutnya', text: true },
] as const satisfies readonly WriteColumn[];

type Key = (typeof REGISTER_COLUMNS)[number]['key'];

/**
 * The register asked for from an English screen: its headers as the register's page names its columns, NIK,
 * Certificate Number and Blanko Number among the blanko import's English names, so it imports back the same.
 */
const ENGLISH_HEADER = {
  no: 'No',
  number: 'Certificate Number',
  registration: 'Registration Number',
  name: 'Candidate Name',
  nik: 'NIK',
  schemeCode: 'Scheme Code',
  schemeTitle: 'Scheme Title',
  issuedOn: 'Issued On',
  validUntil: 'Valid Until',
  blanko: 'Blanko Number',
  status: 'Status',
  revokedOn: 'Revoked On',
  revokeReason: 'Reason for Revocation',
  replaces: 'Replaces',
  replacedBy: 'Replaced By',
  nextSurveillance: 'Next Surveillance',
} as const satisfies Record<Key, string>;

const SHEET = {
  id: { name: 'Register Sertifikat', revoked: 'Dicabut', expired: 'Habis masa berlaku', active: 'Aktif', correctedToBk: 'Diputuskan BK oleh pleno koreksi (SK {sk}), belum dicabut' },
  en: { name: 'Certificate Register', revoked: 'Revoked', expired: 'Expired', active: 'Active', correctedToBk: 'Decided BK by a correcting plenary meeting (SK {sk}), not yet revoked' },
} as const satisfies Record<Language, Record<'name' | 'revoked' | 'expired' | 'active' | 'correctedToBk', string>>;

/**
 * A certificate's status as its page and the register's filter have it (register.ts, correctedToBk): one whose seat
 * the pleno in force (a signed correction) decided BK is not "Aktif", though neither revoked nor expired, nor is it
 * "Habis masa berlaku" alone when it also lapsed: the BK decision is what the office must act on.
 */
function statusOf(db: Db, lspId: string, r: RegisterSheetRow, today: string, words: (typeof SHEET)[Language]): string {
  if (r.revoked_at !== null) return words.revoked;
  const bk = r.pleno_corrected === 1 ? correctedToBk(db, lspId, r.session_id, r.candidate_id) : null;
  if (bk) return words.correctedToBk.replace('{sk}', bk.skNumber ?? '–');
  return isExpired(r.valid_until, today) ? words.expired : words.active;
}

function columnsIn(language: Language): readonly WriteColumn[] {
  return language === 'id' ? REGISTER_COLUMNS : REGISTER_COLUMNS.map((c) => ({ ...c, header: ENGLISH_HEADER[c.key] }));
}

function* pages(db: Db, lspId: string): Generator<RegisterSheetRow> {
  let after = { number: '', id: '' };
  for (;;) {
    const page = registerAfter(db, lspId, after.number, after.id, PAGE);
    yield* page;
    if (page.length < PAGE) return;
    after = { number: page[page.length - 1].number, id: page[page.length - 1].id };
  }
}

/** The whole register as .xlsx, in number order, in the language asked for; audited (personal data leaves the application). */
export async function registerSheet(db: Db, dataDir: string, principal: Principal, now: () => Date, language?: Language): Promise<SheetFile> {
  const lspId = registryLsp(principal);
  const lang = askedLanguage(db, language);
  const words = SHEET[lang];
  const { fileName, file } = exportPath(dataDir, 'register', lang);
  let count = 0;
  const today = localDate(now());
  const months = surveillanceMonths(db);
  function* rows(): Generator<Record<Key, SheetValue>> {
    for (const r of pages(db, lspId)) {
      const due = nextSurveillanceOn({ surveilledOn: r.surveilled_on, validUntil: r.valid_until, revokedAt: r.revoked_at }, months, today);
      yield {
        no: ++count,
        number: r.number,
        registration: r.registration_number,
        name: r.candidate_name,
        nik: r.nik,
        schemeCode: r.scheme_code,
        schemeTitle: r.scheme_title,
        issuedOn: bnspDate(r.issued_on),
        validUntil: bnspDate(r.valid_until),
        blanko: r.blanko_number,
        // Words as the sheet's headers read, not the code-like lower case.
        // Past its last day it is not active (the register's page marks it so too).
        status: statusOf(db, lspId, r, today, words),
        // The day as the office saw it (local), day-first as the other dates.
        revokedOn: r.revoked_at === null ? null : bnspDate(localDate(new Date(r.revoked_at))),
        revokeReason: r.revoke_reason,
        replaces: r.replaces_number,
        replacedBy: r.replaced_by_number,
        nextSurveillance: due === null ? null : bnspDate(due),
      };
    }
  }
  await writeSheet(file, { sheetName: words.name, columns: columnsIn(lang), rows: rows() });
  sweepCertificateFiles(file);
  db.transaction(() => appendAudit(db, principal, { action: 'certificates.registerSheet', entity: 'certificate', details: { fileName, rows: count } }, now()))();
  return { fileName, rows: count };
}
