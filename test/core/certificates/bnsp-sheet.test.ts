import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BNSP_RAW } from '../../../electron/core/db/queries/certificates-bnsp';
import { BNSP_COLUMNS } from '../../../electron/shared/certificates';
import { call, failure, signInAs } from '../../support/core';
import { seedSignedPleno, seededNik } from '../../support/pleno-rows';
import { exported } from '../registry-import/support';
import { certificateCore } from './support';

const HEADERS = [
  'No',
  'Nama Asesi',
  'NIK',
  'Tempat Lahir',
  'Tanggal Lahir',
  'Jenis Kelamin',
  'Tempat Tinggal',
  'Kode Kabupaten',
  'Kode Provinsi',
  'Telp',
  'Email',
  'Kode Pendidikan',
  'Kode Pekerjaan',
  'Kode Jadwal',
  'Tanggal Uji',
  'Nomor Registrasi Asesor',
  'Kode Sumber Anggaran',
  'Kode Kementrian',
  'Status Kompeten',
];

async function firstSheet(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0];
}

describe('certificates/bnspSheet', () => {
  it('reads each row with the sheet’s columns where BNSP_COLUMNS puts them, and the keys after the last column', () => {
    const sheetKeys = BNSP_COLUMNS.map((c) => c.key);
    for (const [key, at] of Object.entries(BNSP_RAW)) {
      if (at < BNSP_COLUMNS.length) expect(sheetKeys[at]).toBe(key);
      else expect(sheetKeys).not.toContain(key);
    }
  });


  it('writes BNSP’s columns in order, NIK and codes as text cells with their leading zeros, dates as dd-mm-yyyy, K/BK', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    const { plenoId, sessionId } = seedSignedPleno(core.db, {
      candidates: 3,
      tag: 'X',
      bk: (i) => i === 1,
      candidate: (i) => (i === 0 ? { nik: '0102030405060708', email: null } : {}),
      codes: null,
    });
    const codes = await call(core, 'certificates/setSessionCodes', { sessionId, codes: { scheduleCode: ' 0012345 ', fundingCode: '01', ministryCode: '007' } }, admin);
    expect(codes).toEqual({ scheduleCode: '0012345', fundingCode: '01', ministryCode: '007' });
    expect(await call(core, 'certificates/sessionCodes', { sessionId }, admin)).toEqual(codes);

    const result = await call(core, 'certificates/bnspSheet', { plenoId }, admin);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.rows).toBe(3);
    expect(result.fileName).toMatch(/^sertifikat-bnsp-[0-9a-f]{8}\.xlsx$/);
    const ws = await firstSheet(exported(core, result.fileName));
    expect(ws.name).toBe('Data Asesi');
    // From an English screen the file is named in English; BNSP's sheet inside is the same.
    const english = await call(core, 'certificates/bnspSheet', { plenoId, language: 'en' }, admin);
    expect(english.ok && english.fileName).toMatch(/^certificates-bnsp-[0-9a-f]{8}\.xlsx$/);
    expect(BNSP_COLUMNS.map((c) => c.header)).toEqual(HEADERS);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(ws.rowCount).toBe(4);

    const met = (core.db.prepare('SELECT met_number FROM assessor ORDER BY met_number LIMIT 1').get() as { met_number: string }).met_number;
    const row = ws.getRow(2);
    expect((row.values as unknown[]).slice(1)).toEqual([
      1,
      'Asesi X 000000',
      '0102030405060708',
      'Bogor',
      '04-03-2005',
      'L',
      'Jl. Pajajaran No. 1, Bogor',
      '3201',
      '32',
      '081234567890',
      undefined,
      '05',
      '02',
      '0012345',
      '10-11-2026',
      met,
      '01',
      '007',
      'K',
    ]);
    // Every column but No is a text cell (written without a styles part, see write.ts `plain`).
    for (let col = 2; col <= HEADERS.length; col++) {
      const cell = row.getCell(col);
      if (cell.value === null) continue;
      expect(cell.type, HEADERS[col - 1]).toBe(ExcelJS.ValueType.String);
    }
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getRow(3).getCell(19).value).toBe('BK');
    expect(ws.getRow(3).getCell(3).value).toBe(seededNik('X', 1));
  });

  it('refuses with every row and field to fix when required values are missing, writing nothing', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    const { plenoId, sessionId, candidateIds } = seedSignedPleno(core.db, {
      candidates: 3,
      tag: 'M',
      codes: null,
      candidate: (i) => (i === 1 ? { phone: null, birth_place: '  ' } : {}),
    });
    await call(core, 'certificates/setSessionCodes', { sessionId, codes: { scheduleCode: 'J-1', fundingCode: null, ministryCode: '007' } }, admin);
    const result = await call(core, 'certificates/bnspSheet', { plenoId }, admin);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.candidateId, p.fields])).toEqual([
      [candidateIds[0], ['fundingCode']],
      [candidateIds[1], ['birthPlace', 'phone', 'fundingCode']],
      [candidateIds[2], ['fundingCode']],
    ]);
    expect(result.problems[0]).toMatchObject({ sessionId, sessionCode: 'SES-M', name: 'Asesi M 000000' });
    const audits = core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'certificates.bnspSheet'").get() as { n: number };
    expect(audits.n).toBe(0);
  });

  it('leaves out every candidate an appeal holds (open, a TUK FR.AK.04 not acted on, or accepted) and says who and why', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    const adminId = (core.db.prepare("SELECT id FROM account WHERE role = 'lsp_admin' LIMIT 1").get() as { id: string }).id;
    // The held candidates' gaps are not asked for: their rows are not written.
    const { plenoId, sessionId, candidateIds } = seedSignedPleno(core.db, { candidates: 4, tag: 'P', candidate: (i) => (i < 3 ? { phone: null } : {}) });
    const appeal = (id: string, candidate: string, status: 'open' | 'accepted') =>
      core.db
        .prepare(
          `INSERT INTO appeal_case (id, session_id, candidate_id, lodged_at, lodged_on, reasons, status, created_at, created_by, closed_at, closed_by)
           VALUES (?, ?, ?, 'lsp', '2026-11-11', 'Keberatan', ?, '2026-11-11T01:00:00Z', ?, ?, ?)`,
        )
        .run(id, sessionId, candidate, status, adminId, status === 'open' ? null : '2026-11-12T01:00:00Z', status === 'open' ? null : adminId);
    appeal('ap1', candidateIds[0], 'open');
    appeal('ap2', candidateIds[2], 'accepted');
    core.db
      .prepare(
        `INSERT INTO assessment_appeal (session_id, candidate_id, process_explained, discussed_with_assessor, involve_other, reasons, seq, saved_at, saved_by)
         VALUES (?, ?, 1, 1, 0, 'Waktu kurang', 1, '2026-11-10T09:00:00Z', ?)`,
      )
      .run(sessionId, candidateIds[1], adminId);
    const result = await call(core, 'certificates/bnspSheet', { plenoId }, admin);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.rows).toBe(1);
    expect(result.leftOut.map((l) => [l.candidateId, l.reason])).toEqual([
      [candidateIds[0], 'appeal_open'],
      [candidateIds[1], 'appeal_open'],
      [candidateIds[2], 'appeal_accepted'],
    ]);
    expect(result.leftOut[0]).toMatchObject({ sessionId, sessionCode: 'SES-P', name: 'Asesi P 000000' });
    const ws = await firstSheet(exported(core, result.fileName));
    expect(ws.rowCount).toBe(2);
    expect([ws.getRow(2).getCell(1).value, ws.getRow(2).getCell(2).value]).toEqual([1, 'Asesi P 000003']);
  });

  it('orders a pleno of several sessions by session date and code, then participant number', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    const later = seedSignedPleno(core.db, { candidates: 2, tag: 'L', date: '2026-11-10' });
    const earlier = seedSignedPleno(core.db, { candidates: 2, tag: 'E', date: '2026-11-05' });
    // The earlier session joins the later one's pleno (as one pleno deciding two sessions).
    core.db.prepare('INSERT INTO pleno_session (pleno_id, session_id) VALUES (?, ?)').run(later.plenoId, earlier.sessionId);
    core.db.prepare('UPDATE pleno_decision SET pleno_id = ? WHERE pleno_id = ?').run(later.plenoId, earlier.plenoId);
    const result = await call(core, 'certificates/bnspSheet', { plenoId: later.plenoId }, admin);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const ws = await firstSheet(exported(core, result.fileName));
    const names = [2, 3, 4, 5].map((r) => [ws.getRow(r).getCell(1).value, ws.getRow(r).getCell(2).value, ws.getRow(r).getCell(15).value]);
    expect(names).toEqual([
      [1, 'Asesi E 000000', '05-11-2026'],
      [2, 'Asesi E 000001', '05-11-2026'],
      [3, 'Asesi L 000000', '10-11-2026'],
      [4, 'Asesi L 000001', '10-11-2026'],
    ]);
  });

  it('refuses a draft pleno and an unknown session', async () => {
    const core = await certificateCore();
    const admin = await signInAs(core, 'admin');
    const { plenoId } = seedSignedPleno(core.db, { candidates: 1, tag: 'Z', status: 'draft' });
    expect(await failure(core, 'certificates/bnspSheet', { plenoId }, admin)).toMatchObject({ code: 'PLENO_NOT_DECIDED' });
    expect((await failure(core, 'certificates/sessionCodes', { sessionId: 'nope' }, admin)).code).toBe('NOT_FOUND');
  });
});
