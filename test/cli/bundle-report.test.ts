import { describe, expect, it } from 'vitest';
import { backupNextLines, exportLines, exportWarningLines, inspectionLines, previewLines } from '../../electron/cli/bundle-report';
import type { BundleInspection, ExportResult, ImportPreview } from '../../electron/shared/types';
import { inTimeZone } from '../support/time-zone';

describe('what `bundle import --kind backup` prints once the data is back', () => {
  it('names the next step, the key restore into the same folder, and the fingerprint it must print, in both languages', () => {
    const fp = '09565 72208 15735 27859 90755 08335';
    const id = backupNextLines(fp, '/data/kantor', 'id');
    expect(id).toContain('ruang-uji keys restore');
    expect(id).toContain('--data /data/kantor');
    expect(id).toContain(fp);
    expect(id).toMatch(/^Berikutnya: /);
    const en = backupNextLines(fp, '/data/kantor', 'en');
    expect(en).toMatch(/^Next: /);
    expect(en).toContain(fp);
  });
});

describe('the preview of an import, in the installation language', () => {
  const preview: ImportPreview = {
    importId: 'imp-1',
    bundleId: 'b-1',
    kind: 'backup',
    createdAt: '2026-12-04T23:56:00.000Z',
    formatVersion: 1,
    signer: { label: 'LSP Teknologi Digital', installationId: 'inst-1', fingerprint: '09565 72208 15735 27859 90755 08335', status: 'new', pinnedFingerprint: null },
    lsp: null,
    tuk: null,
    session: null,
    sessionTitle: null,
    bindsStation: null,
    sessionPlan: null,
    partial: null,
    alreadyImported: false,
    tables: [{ table: 'candidate', added: 1, updated: 0, unchanged: 0, conflicts: 0 }],
    conflicts: [],
    conflictCount: 0,
    attachments: { count: 0, bytes: 0 },
    answersNotAsSaved: [],
    accountsMade: [],
    seatsRestored: [],
  };

  it('names the kind and the signer status in words of that language, never the codes', () => {
    const [head, signer] = previewLines(preview, 'id').split('\n');
    expect(head).toBe('paket cadangan b-1 dari LSP Teknologi Digital');
    expect(signer).toBe('  penanda tangan 09565 72208 15735 27859 90755 08335 (baru, belum dikenal)');
    const [enHead, enSigner] = previewLines({ ...preview, kind: 'session', signer: { ...preview.signer, status: 'pinned' } }, 'en').split('\n');
    expect(enHead).toBe('session bundle b-1 from LSP Teknologi Digital');
    expect(enSigner).toBe('  signer 09565 72208 15735 27859 90755 08335 (known, pinned)');
  });
});

describe('the tables of an import preview', () => {
  const base = {
    importId: 'imp-1', bundleId: 'b-1', kind: 'backup', createdAt: '2026-12-04T23:56:00.000Z', formatVersion: 1,
    signer: { label: 'LSP', installationId: 'inst-1', fingerprint: '09565', status: 'self', pinnedFingerprint: null },
    lsp: null, tuk: null, session: null, sessionTitle: null, bindsStation: null, sessionPlan: null, partial: null,
    alreadyImported: false, conflicts: [], conflictCount: 0, attachments: { count: 0, bytes: 0 }, answersNotAsSaved: [], accountsMade: [], seatsRestored: [],
  } satisfies Omit<ImportPreview, 'tables'>;
  const row = (table: string, added = 0, unchanged = 0) => ({ table, added, updated: 0, unchanged, conflicts: 0 });

  it('lists the tables the bundle has rows for under a legend of the marks, and counts those without one on one line', () => {
    const tables = [row('lsp', 1), row('tuk'), row('account', 0, 2), row('attempt'), row('answer')];
    const id = previewLines({ ...base, tables }, 'id').split('\n').slice(2, -1);
    expect(id).toEqual([
      '  tabel: + ditambah, ~ diperbarui, = tidak berubah, ! konflik',
      '  lsp: +1 ~0 =0 !0',
      '  account: +0 ~0 =2 !0',
      '  3 tabel tanpa baris dalam paket ini',
    ]);
    const en = previewLines({ ...base, tables: [row('lsp', 1), row('tuk')] }, 'en').split('\n').slice(2, -1);
    expect(en).toEqual(['  tables: + added, ~ updated, = unchanged, ! conflicts', '  lsp: +1 ~0 =0 !0', '  1 table with no row in this bundle']);
  });

  it('says only the count when no table has a row', () => {
    expect(previewLines({ ...base, tables: [row('lsp'), row('tuk')] }, 'en').split('\n').slice(2, -1)).toEqual(['  2 tables with no row in this bundle']);
  });

  it("warns of a results bundle's answers that differ from the TUK's saves, naming each candidate", () => {
    const answersNotAsSaved = [{ participantNo: 'JWP-2026-001', name: 'Andi Pratama', answers: 2 }];
    const id = previewLines({ ...base, kind: 'results', tables: [], answersNotAsSaved }, 'id').split('\n').slice(2, -1);
    expect(id).toEqual([
      '  PERINGATAN: jawaban 1 asesi berbeda dari simpanan yang dicatat log audit TUK (diubah di luar aplikasi); periksa dengan TUK sebelum pleno:',
      '    JWP-2026-001 Andi Pratama: 2 jawaban',
    ]);
    const en = previewLines({ ...base, kind: 'results', tables: [], answersNotAsSaved }, 'en').split('\n').slice(2, -1);
    expect(en[1]).toBe('    JWP-2026-001 Andi Pratama: 2 answers');
  });

  it("names the candidates whose account a results import makes without a password (feedback given with a TUK card)", () => {
    const accountsMade = [{ participantNo: 'JWP-2026-001', name: 'Andi Pratama' }];
    expect(previewLines({ ...base, kind: 'results', tables: [], accountsMade }, 'id').split('\n').slice(2, -1)).toEqual([
      '  Akun 1 asesi dibuat tanpa kata sandi (kartu dari TUK sebelum LSP menerbitkan kata sandi; umpan balik FR.AK.03 mereka tersimpan):',
      '    JWP-2026-001 Andi Pratama',
    ]);
    expect(previewLines({ ...base, kind: 'results', tables: [], accountsMade }, 'en').split('\n').slice(2, -1)[0]).toBe(
      '  An account made without a password for 1 candidate (a TUK card before the LSP issued the password; their FR.AK.03 feedback is stored):',
    );
  });

  it('names the candidates a results import seats again with their test, whom the plan here had taken out or moved', () => {
    const seatsRestored = [{ participantNo: 'JWP-2026-004', name: 'Dewi Lestari' }];
    expect(previewLines({ ...base, kind: 'results', tables: [], seatsRestored }, 'id').split('\n').slice(2, -1)).toEqual([
      '  Kursi 1 asesi kembali ke sesi ini bersama hasil ujinya (rencana di sini sudah mengeluarkan atau memindahkan mereka; TUK belum menerimanya); periksa rencana sesi:',
      '    JWP-2026-004 Dewi Lestari',
    ]);
    expect(previewLines({ ...base, kind: 'results', tables: [], seatsRestored }, 'en').split('\n').slice(2, -1)[0]).toBe(
      "  1 candidate's seat comes back to this session with their test (the plan here had taken them out or moved them; the TUK never received it); check the session's plan:",
    );
  });
});

describe('`bundle inspect`, when the bundle was made', () => {
  // 23:56 UTC on 4 Dec is 5 Dec at 06:56 in Jakarta: the venue's day and clock, as the screens say it.
  inTimeZone('Asia/Jakarta');
  const inspection: BundleInspection = {
    manifest: {
      format: 'ruang-uji-bundle',
      formatVersion: 1,
      bundleId: 'b-1',
      kind: 'session',
      createdAt: '2026-12-04T23:56:00.000Z',
      appVersion: '1.0.0',
      source: { installationId: 'inst-1', label: 'LSP Teknologi Digital', signingPublic: 'pk', ageRecipient: 'age1x', fingerprint: '09565 72208' },
      lsp: null,
      tuk: null,
      session: null,
      basedOn: null,
      partial: null,
      counts: {},
      payloadBytes: 0,
      entries: [],
    },
    manifestSha256: 'ab12',
    signerFingerprint: '09565 72208',
    sessionStart: null,
  };

  it('in the installation language, never the ISO text', () => {
    expect(inspectionLines(inspection, 'id')).toMatch(/^dibuat: +5 Des 2026, 06\.56$/m);
    expect(inspectionLines(inspection, 'en')).toMatch(/^created: +5 Dec 2026, 06:56$/m);
  });
});

describe('`bundle inspect`, when the session takes place', () => {
  it("names the session's day and start time under its code, in the installation language", () => {
    const session = { id: 's-1', code: 'JDW-20270114-001', name: 'Uji Kompetensi JWP' };
    const base = { format: 'ruang-uji-bundle', formatVersion: 1, bundleId: 'b-1', kind: 'session' as const, createdAt: '2027-01-10T02:00:00.000Z', appVersion: '1.0.0' };
    const manifest = {
      ...base,
      source: { installationId: 'inst-1', label: 'LSP', signingPublic: 'pk', ageRecipient: 'age1x', fingerprint: '09565 72208' },
      lsp: null,
      tuk: null,
      session,
      basedOn: null,
      partial: null,
      counts: {},
      payloadBytes: 0,
      entries: [],
    };
    const inspection: BundleInspection = { manifest, manifestSha256: 'ab12', signerFingerprint: '09565 72208', sessionStart: { date: '2027-01-14', startTime: '08:00' } };
    expect(inspectionLines(inspection, 'id')).toMatch(/^sesi: +Uji Kompetensi JWP \(JDW-20270114-001\)\nwaktu sesi: +14 Jan 2027, 08\.00$/m);
    expect(inspectionLines(inspection, 'en')).toMatch(/^session time: +14 Jan 2027, 08:00$/m);
    expect(inspectionLines({ ...inspection, sessionStart: null }, 'id')).not.toContain('waktu sesi');
  });
});

describe('what `bundle export` prints for a session that went out with points to settle', () => {
  const written: ExportResult = {
    operationId: 'op-1',
    bundleId: 'b-1',
    kind: 'session',
    fileName: 'session-JDW-20270114-001.uji',
    filePath: '/data/transfers/exports/session-JDW-20270114-001.uji',
    bytes: 71878,
    sha256: 'ab',
    fingerprint: '35454 25618 42351 58562 10566 87667',
    generatedPassphrase: 'rbks-7a9c-gk2v-bnbz-keut-9pcp',
    recipients: ['passphrase'],
    verified: 'full',
    pendingConflicts: [
      { code: 'SCHEDULE_TUK_NOT_VERIFIED', severity: 'pending', field: 'tukId', params: { tuk: 'Lab SMK Negeri 2 Bandung' } },
      { code: 'SCHEDULE_PASSWORDS_NOT_ISSUED', severity: 'pending', field: 'candidates', params: { count: 16, names: "Budi Lestari (2026-0903636), Ni'mah (2026-1)" } },
    ],
  };

  it('names each of them after the file, in the installation language', () => {
    const id = exportLines(written, written.filePath, 'id').split('\n');
    expect(id).toContain('  belum selesai sebelum hari uji: Lab SMK Negeri 2 Bandung: TUK ini belum diverifikasi layak untuk sesi ini. Catat verifikasinya sebelum hari uji.');
    expect(id.at(-2)).toMatch(/^ {2}belum selesai sebelum hari uji: 16 peserta belum diberi kata sandi: Budi Lestari \(2026-0903636\), Ni'mah \(2026-1\)\. /);
    const en = exportLines(written, written.filePath, 'en');
    expect(en).toContain('  to settle before the exam day: Lab SMK Negeri 2 Bandung: this TUK has not been verified');
    expect(en).not.toContain('SCHEDULE_');
  });

  it('says how the written file was checked again in words, not its code', () => {
    expect(exportLines(written, written.filePath, 'id').split('\n')[1]).toBe('  71878 bita, sha256 ab, dibuka dan diperiksa ulang sepenuhnya');
    const bytes = exportLines({ ...written, verified: 'bytes' }, written.filePath, 'en').split('\n')[1];
    expect(bytes).toBe('  71878 bytes, sha256 ab, only its recipients can open it, so it was re-checked byte for byte');
  });

  it('names them before the file under one head, and after it only a point the check before did not name', () => {
    const [tuk, passwords] = written.pendingConflicts ?? [];
    const before = exportWarningLines([tuk, passwords], 'en').split('\n');
    expect(before[0]).toBe('Before exporting: 2 points are still to settle before the exam day. The bundle is written all the same; export it again once they are settled:');
    expect(before[1]).toMatch(/^ {2}Lab SMK Negeri 2 Bandung: this TUK has not been verified/);
    expect(exportWarningLines([], 'id')).toBe('');
    // The TUK's point was said before; the passwords' came in between (the check found none), so only it follows the file.
    const after = exportLines(written, written.filePath, 'id', [tuk]);
    expect(after).not.toContain('Lab SMK Negeri 2 Bandung');
    expect(after).toContain('  belum selesai sebelum hari uji: 16 peserta belum diberi kata sandi');
    expect(exportLines(written, written.filePath, 'id', [tuk, passwords])).not.toContain('belum selesai sebelum hari uji');
  });
});
