import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../../../electron/shared/audit-log';
import type { AuditVerifyResult } from '../../../../electron/shared/types';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { inTimeZone } from '../../../support/time-zone';

inTimeZone('Asia/Jakarta');
afterEach(() => {
  window.location.hash = '';
});

function entry(seq: number, over: Partial<AuditEntryView> = {}): AuditEntryView {
  return {
    seq,
    at: '2027-03-02T01:15:00.000Z',
    actor: { accountId: 'acc-1', name: 'Rina Kartikasari', username: 'admin', role: 'lsp_admin' },
    action: 'candidate.update',
    entity: 'candidate',
    entityId: 'cand-7',
    entityName: 'Siti Aminah',
    entityRef: null,
    candidateName: null,
    names: {},
    details: '{"before":{"phone":"0811"},"after":{"phone":"0812"}}',
    detailsLength: 52,
    ...over,
  };
}

const page = (rows: AuditEntryView[], nextCursor: string | null = null, recordName: string | null = null) => ok({ rows, nextCursor, total: null, totalAtLeast: null, recordName });
const accounts = () =>
  ok([
    { id: 'acc-1', role: 'lsp_admin', username: 'admin', displayName: 'Rina Kartikasari', assessorId: null, disabled: false, locked: false, mustChangePassword: false, createdAt: '2027-01-01T00:00:00.000Z' },
    { id: 'acc-2', role: 'proctor', username: 'proktor', displayName: 'Budi Santoso', assessorId: null, disabled: false, locked: false, mustChangePassword: false, createdAt: '2027-01-01T00:00:00.000Z' },
  ]);

describe('the audit log screen', () => {
  it('says who did what and when, in words, with the record linked and the details on demand', async () => {
    openAt('audit', {
      'accounts/list': accounts,
      'audit/list': () =>
        page([
          entry(3),
          entry(2, { actor: null, action: 'exam.serverRestarted', entity: 'session', entityId: 'ses-1', entityName: 'JDW-001', details: '{}', detailsLength: 2 }),
          entry(1, { action: 'future.thing', entity: null, entityId: null, entityName: null, details: '{"rows":"xxxx', detailsLength: 9000 }),
        ]),
    });
    const rows = await screen.findAllByTestId('audit-row');
    expect(rows).toHaveLength(3);
    expect(rows[0].textContent).toContain('2 Mar 2027');
    expect(rows[0].textContent).toContain('Rina Kartikasari');
    expect(rows[0].textContent).toContain('Admin LSP');
    expect(rows[0].textContent).toContain('Mengubah data asesi');
    expect(rows[0].textContent).toContain('candidate.update');
    expect(within(rows[0]).getByRole('link', { name: 'Asesi: Siti Aminah' }).getAttribute('href')).toBe('#/candidates/cand-7');
    // What the edit changed, at a glance; the whole entry on demand.
    // The field by its form's label: it read the stored name, "phone: 0811 → 0812", in either language.
    expect(within(rows[0]).getByTestId('audit-changes').textContent).toBe('Telepon: 0811 → 0812');
    expect(within(rows[0]).getByText(/"phone": "0812"/)).toBeTruthy();
    // The application's own rows, and an action this version has no words for, which shows its code.
    expect(rows[1].textContent).toContain('Aplikasi (otomatis)');
    expect(rows[1].textContent).toContain('Server ruang dijalankan kembali');
    expect(within(rows[1]).queryByText('Rincian')).toBeNull();
    expect(rows[2].textContent).toContain('future.thing');
    expect(rows[2].textContent).toContain('Dipotong: 13 dari 9.000 karakter ditampilkan.');
  });

  it("lists only what an edit wrote: a verification's time and person, stamped by the core and left out of its after, are no change", async () => {
    openAt('audit', {
      'accounts/list': accounts,
      'audit/list': () =>
        page([
          entry(2, {
            action: 'apl01.verify',
            entity: 'apl_application',
            entityId: 'apl-1',
            entityName: 'Siti Aminah · SKM-01',
            entityRef: 'cand-7~s-1~2',
            details: '{"before":{"result":null,"note":null,"at":null,"by":null},"after":{"result":"accepted","note":null}}',
          }),
        ]),
    });
    const [row] = await screen.findAllByTestId('audit-row');
    // Linked to the candidate's FR.APL for that scheme and round, the address its screen takes, and named with its round.
    expect(within(row).getByRole('link', { name: 'Permohonan APL: Siti Aminah · SKM-01 · permohonan ke-2' }).getAttribute('href')).toBe('#/apl/cand-7~s-1~2');
    // It read "result: – → accepted / at: – → – / by: – → –", then the field and its code as stored.
    expect(within(row).getByTestId('audit-changes').textContent).toBe('Hasil verifikasi: – → Diterima');
  });

  it("says an FR.APL.02 review's fields and recommendation in the words of the application's page, in English too", async () => {
    const details = '{"before":{"recommendation":null,"note":null,"assessorId":null,"at":null},"after":{"recommendation":"not_proceed","note":"Bukti kurang","assessorId":"as-1"}}';
    const review = () =>
      page([entry(1, { action: 'apl02.review', entity: 'apl_application', entityId: 'apl-1', entityName: 'Siti Aminah · SKM-01', entityRef: 'cand-7~s-1~1', names: { 'as-1': 'Ir. Bambang Hermawan' }, details, detailsLength: details.length })]);
    openAt('audit', { 'accounts/list': accounts, 'audit/list': review }, 'en');
    const [row] = await screen.findAllByTestId('audit-row');
    expect(within(row).getByRole('link', { name: 'APL application: Siti Aminah · SKM-01 · application round 1' }).getAttribute('href')).toBe('#/apl/cand-7~s-1~1');
    // It read "recommendation: – → not_proceed", "assessorId: – → <the assessor's id>".
    expect([...within(row).getByTestId('audit-changes').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Recommendation: – → The assessment may not proceed',
      'Note: – → Bukti kurang',
      'Assessor: – → Ir. Bambang Hermawan',
    ]);
  });

  it('says why a staff account was disabled, or a session called off, beside the entry rather than folded in its details', async () => {
    openAt('audit', {
      'accounts/list': accounts,
      'audit/list': () =>
        page([
          entry(3, { action: 'account.disable', entity: 'account', entityId: 'acc-2', entityName: 'Budi Santoso', details: '{"reason":"Cuti panjang sampai Januari"}', detailsLength: 39 }),
          entry(2, { action: 'session.cancel', entity: 'session', entityId: 'ses-1', entityName: 'JDW-001', details: '{"code":"JDW-001","reason":"TUK banjir","exportedAt":null}', detailsLength: 58 }),
          entry(1),
        ]),
    });
    const rows = await screen.findAllByTestId('audit-row');
    expect(within(rows[0]).getByTestId('audit-reason').textContent).toBe('Alasan: Cuti panjang sampai Januari');
    expect(within(rows[1]).getByTestId('audit-reason').textContent).toBe('Alasan: TUK banjir');
    expect(within(rows[2]).queryByTestId('audit-reason')).toBeNull();
  });

  /** A forced submission, the session's closing, the clock and the candidate's own submit, each a `cbt.submitted` under its reason. */
  const submissions = () =>
    page([
      entry(5, { action: 'exam.forceSubmitted', actor: { accountId: 'acc-2', name: 'Budi Santoso', username: 'proktor', role: 'proctor' }, entity: 'attempt', entityId: 'att-1', entityName: 'Siti Aminah · JDW-001', candidateName: 'Siti Aminah', details: '{"reason":"PC mati"}' }),
      entry(4, { action: 'cbt.submitted', actor: { accountId: 'acc-2', name: 'Budi Santoso', username: 'proktor', role: 'proctor' }, entity: 'attempt', entityId: 'att-1', entityName: 'Siti Aminah · JDW-001', candidateName: 'Siti Aminah', details: '{"reason":"proctor","receipt":"N4F4-4Y9E","answered":4}' }),
      entry(3, { action: 'cbt.submitted', actor: { accountId: 'acc-2', name: 'Budi Santoso', username: 'proktor', role: 'proctor' }, entity: 'attempt', entityId: 'att-2', entityName: 'Joko · JDW-001', candidateName: 'Joko', details: '{"reason":"session_ended","receipt":"CCCC-DDDD","answered":2}' }),
      entry(2, { action: 'cbt.submitted', actor: null, entity: 'attempt', entityId: 'att-3', entityName: null, candidateName: null, details: '{"reason":"timeout","receipt":"AAAA-BBBB","answered":9}' }),
      entry(1, { action: 'cbt.submitted', actor: { accountId: 'acc-9', name: 'Dewi', username: 'dewi', role: 'candidate' }, entity: 'attempt', entityId: 'att-4', entityName: 'Dewi · JDW-001', candidateName: 'Dewi', details: '{"reason":"candidate","receipt":"EEEE-FFFF","answered":9}' }),
    ]);
  const actionOf = (row: HTMLElement) => row.querySelectorAll('td')[2].textContent;

  it("says who submitted a test in its action's words, naming the candidate: the proctor's forced submission read \"Asesi mengumpulkan ujian\"", async () => {
    openAt('audit', { 'accounts/list': accounts, 'audit/list': submissions });
    const rows = await screen.findAllByTestId('audit-row');
    expect(rows.map(actionOf)).toEqual([
      // The proctor's own entry of it, with the reason they gave (it read "Mengumpulkan ujian asesi atas nama proktor").
      'Memaksa pengumpulan ujian Siti Aminahexam.forceSubmitted',
      'Proktor mengumpulkan ujian Siti Aminahcbt.submitted',
      'Mengumpulkan ujian Joko dengan menutup sesi ujiancbt.submitted',
      // The test's candidate gone from this installation: said without a name.
      'Waktu habis: ujian asesi dikumpulkan otomatiscbt.submitted',
      'Asesi mengumpulkan ujiancbt.submitted',
    ]);
    // The submission's reason is a code, said by the action (not "Alasan: proctor"); the proctor's is their words.
    expect(screen.getAllByTestId('audit-reason').map((p) => p.textContent)).toEqual(['Alasan: PC mati']);
  });

  it('says who submitted a test in English too', async () => {
    openAt('audit', { 'accounts/list': accounts, 'audit/list': submissions }, 'en');
    const rows = await screen.findAllByTestId('audit-row');
    expect(rows.map(actionOf)).toEqual([
      "Forced the submission of Siti Aminah's testexam.forceSubmitted",
      "The proctor submitted Siti Aminah's testcbt.submitted",
      "Submitted Joko's test by closing the exam sessioncbt.submitted",
      "Time ran out: a candidate's test was submitted automaticallycbt.submitted",
      'A candidate submitted their testcbt.submitted',
    ]);
  });

  it("names a registry import by its kind alone: its id is the import's, no record", async () => {
    openAt('audit', {
      'accounts/list': accounts,
      'audit/list': () => page([entry(1, { action: 'registry.import', entity: 'candidates', entityId: 'a9bc1e9d-566c', entityName: null, details: '{"kind":"candidates","added":2}' })]),
    });
    const [row] = await screen.findAllByTestId('audit-row');
    // It read "Asesi: a9bc1e9d-566c".
    expect(row.querySelectorAll('td')[3].textContent).toBe('Asesi');
  });

  it('keeps the keyboard\'s place when "Muat lagi" loads the last page: the focus goes to the count under the rows, not the top of the page', async () => {
    let calls = 0;
    openAt('audit', { 'accounts/list': accounts, 'audit/list': () => (calls++ === 0 ? page([entry(3), entry(2)], 'c-1') : page([entry(1)])) });
    const more = await screen.findByTestId('list-more');
    more.focus();
    fireEvent.click(more);
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(3));
    expect(screen.queryByTestId('list-more')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('list-count')));
  });

  it("names a session's changed fields by the planner's labels, in English too; a field without one by its stored name", async () => {
    openAt(
      'audit',
      {
        'accounts/list': accounts,
        'audit/list': () =>
          page([entry(1, { action: 'session.update', entity: 'session', entityId: 'ses-1', entityName: 'JDW-001', details: '{"before":{"startTime":"09:00","newThing":1},"after":{"startTime":"10:00","newThing":2}}' })]),
      },
      'en',
    );
    const [row] = await screen.findAllByTestId('audit-row');
    expect([...within(row).getByTestId('audit-changes').querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Start: 09:00 → 10:00', 'newThing: 1 → 2']);
  });

  it("says a session's candidates by name with their assessor, only those the edit added, took out or moved, in English too; it showed every seat as stored JSON under \"candidates\"", async () => {
    const seat = (candidateId: string, assessorId: string, at: string | null = null) => ({ candidateId, assessorId, seat: at });
    const details = JSON.stringify({
      before: { startTime: '09:00', candidates: [seat('c-1', 'a-1'), seat('c-2', 'a-1'), seat('c-3', 'a-1', '4')] },
      after: { startTime: '09:00', candidates: [seat('c-1', 'a-1'), seat('c-3', 'a-2', '4'), seat('c-4', 'a-1', '12')] },
    });
    const names = { 'a-1': 'Ir. Bambang Hermawan', 'a-2': 'Dra. Sri Wahyuningsih', 'c-1': 'Siti Aminah', 'c-2': 'Budi Santoso', 'c-3': 'Dewi Lestari', 'c-4': 'Andi Wijaya' };
    const rows = () => page([entry(1, { action: 'session.update', entity: 'session', entityId: 'ses-1', entityName: 'JDW-001', names, details, detailsLength: details.length })]);
    const changes = async () => [...within((await screen.findAllByTestId('audit-row'))[0]).getByTestId('audit-changes').querySelectorAll('li')].map((li) => li.textContent);
    openAt('audit', { 'accounts/list': accounts, 'audit/list': rows });
    expect(await changes()).toEqual([
      'Asesi: Budi Santoso (asesor Ir. Bambang Hermawan); Dewi Lestari (asesor Ir. Bambang Hermawan, kursi 4) → Dewi Lestari (asesor Dra. Sri Wahyuningsih, kursi 4); Andi Wijaya (asesor Ir. Bambang Hermawan, kursi 12)',
    ]);
    cleanup();
    openAt('audit', { 'accounts/list': accounts, 'audit/list': rows }, 'en');
    expect(await changes()).toEqual([
      'Candidates: Budi Santoso (assessor Ir. Bambang Hermawan); Dewi Lestari (assessor Ir. Bambang Hermawan, seat 4) → Dewi Lestari (assessor Dra. Sri Wahyuningsih, seat 4); Andi Wijaya (assessor Ir. Bambang Hermawan, seat 12)',
    ]);
  });

  it('says a record (de)activated and pictures changed in words, in English too, where it showed "active: true → false" and the stored hashes', async () => {
    const h = (c: string) => c.repeat(64);
    const rows = () =>
      page([
        entry(3, { action: 'tuk.deactivate', entity: 'tuk', entityId: 't-1', entityName: 'TUK SMK Negeri 1', details: '{"before":{"active":true},"after":{"active":false}}' }),
        entry(2, { action: 'candidate.photo.set', details: JSON.stringify({ before: { photoSha256: null }, after: { photoSha256: h('a') } }) }),
        entry(1, {
          action: 'bank.item.images',
          entity: 'item',
          entityId: 'item-1',
          entityName: 'PG-01',
          details: JSON.stringify({ before: { images: { stem: [h('b')] } }, after: { images: { 'option:2': [h('c'), h('d')], stem: [h('b')], 'option:0': [h('e')] } } }),
        }),
      ]);
    const changes = async () => (await screen.findAllByTestId('audit-row')).map((row) => within(row).getByTestId('audit-changes').textContent);
    openAt('audit', { 'accounts/list': accounts, 'audit/list': rows });
    expect(await changes()).toEqual([
      'Status: Aktif → Nonaktif',
      'Foto: – → aaaaaaaa…',
      'Gambar: Gambar pokok soal: 1 gambar → Gambar pokok soal: 1 gambar; Gambar pilihan A: 1 gambar; Gambar pilihan C: 2 gambar',
    ]);
    cleanup();
    openAt('audit', { 'accounts/list': accounts, 'audit/list': rows }, 'en');
    expect(await changes()).toEqual([
      'Status: Active → Inactive',
      'Photo: – → aaaaaaaa…',
      'Images: Stem images: 1 image → Stem images: 1 image; Option A images: 1 image; Option C images: 2 images',
    ]);
  });

  it("names a staff account's changed fields and role by the accounts screen's words, in English too", async () => {
    // Helper Q's walk: a wrong role corrected read "role: lsp_admin → proctor", "displayName: …", "assessorId: …".
    const details = JSON.stringify({
      before: { role: 'lsp_admin', displayName: 'Budi Santoso', assessorId: null },
      after: { role: 'assessor', displayName: 'Budi Santosa', assessorId: 'a-1' },
    });
    openAt(
      'audit',
      {
        'accounts/list': accounts,
        'audit/list': () => page([entry(1, { action: 'account.update', entity: 'account', entityId: 'acc-2', entityName: 'Budi Santosa', names: { 'a-1': 'Budi Santosa, S.Kom.' }, details, detailsLength: details.length })]),
      },
      'en',
    );
    const [row] = await screen.findAllByTestId('audit-row');
    expect([...within(row).getByTestId('audit-changes').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Role: LSP admin → Assessor',
      'Full name: Budi Santoso → Budi Santosa',
      'Assessor record in the registry: – → Budi Santosa, S.Kom.',
    ]);
  });

  it("reads a question's edit as text: the stem, with its English, and the options lettered with the key marked, where it showed the stored JSON; the entry's details keep it as stored", async () => {
    // As bank/saveItem writes it (items.ts auditContent): the question's whole content before and after.
    const content = (prompt: { id: string; en: string | null }, key: number, status: string) => ({
      kind: 'multiple_choice',
      ref: 'PG-01',
      kukIds: ['kuk-1'],
      dimensions: ['TS'],
      prompt,
      expected: null,
      guide: null,
      scoring: 'yes_no',
      options: ['Domain Name System', 'Data Network Service'].map((text, i) => ({ text: { id: text, en: null }, correct: i === key })),
      tags: [],
      status,
    });
    const details = JSON.stringify({
      before: content({ id: 'Apa kepanjangan DNS?', en: null }, 1, 'approved'),
      after: content({ id: 'Apa kepanjangan dari DNS?', en: 'What does DNS stand for?' }, 0, 'draft'),
    });
    openAt('audit', {
      'accounts/list': accounts,
      'audit/list': () => page([entry(1, { action: 'bank.item.update', entity: 'item', entityId: 'item-1', entityName: 'PG-01', details, detailsLength: details.length })]),
    });
    const [row] = await screen.findAllByTestId('audit-row');
    expect([...within(row).getByTestId('audit-changes').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `${id.bankScreens.item.prompt}: Apa kepanjangan DNS? → Apa kepanjangan dari DNS? (Inggris: What does DNS stand for?)`,
      `${id.bankScreens.item.options}: A. Domain Name System; B. Data Network Service (kunci) → A. Domain Name System (kunci); B. Data Network Service`,
      `${id.bankScreens.list.status}: ${id.bankScreens.status.approved} → ${id.bankScreens.status.draft}`,
    ]);
    expect(within(row).getByTestId('audit-changes').textContent).not.toContain('{');
    // What the log stores is shown as stored, on demand.
    expect(JSON.parse(row.querySelector('pre.audit-details')!.textContent!)).toEqual(JSON.parse(details));
  });

  it("says a created question's text in its changes line as an edit's, what was left empty not listed", async () => {
    const after = {
      kind: 'multiple_choice',
      ref: 'PG-02',
      kukIds: ['kuk-1'],
      dimensions: [],
      prompt: { id: 'Apa kepanjangan DNS?', en: 'What does DNS stand for?' },
      expected: null,
      guide: null,
      scoring: null,
      options: ['Domain Name System', 'Data Network Service'].map((text, i) => ({ text: { id: text, en: null }, correct: i === 0 })),
      tags: [],
      status: 'draft',
    };
    const details = JSON.stringify({ after });
    openAt('audit', {
      'accounts/list': accounts,
      'audit/list': () => page([entry(1, { action: 'bank.item.create', entity: 'item', entityId: 'item-2', entityName: 'PG-02', names: { 'kuk-1': '1.1 Mengidentifikasi konsep DNS' }, details, detailsLength: details.length })]),
    });
    const [row] = await screen.findAllByTestId('audit-row');
    const lines = [...within(row).getByTestId('audit-changes').querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toContain(`${id.bankScreens.item.kind}: – → ${id.itemKinds.multiple_choice}`);
    expect(lines).toContain(`${id.bankScreens.item.kuks}: – → 1.1 Mengidentifikasi konsep DNS`);
    expect(lines).toContain(`${id.bankScreens.item.prompt}: – → Apa kepanjangan DNS? (Inggris: What does DNS stand for?)`);
    expect(lines).toContain(`${id.bankScreens.item.options}: – → A. Domain Name System (kunci); B. Data Network Service`);
    expect(lines).toContain(`${id.bankScreens.list.status}: – → ${id.bankScreens.status.draft}`);
    expect(lines.join('\n')).not.toMatch(/–\s→\s–|\{/);
    expect(JSON.parse(row.querySelector('pre.audit-details')!.textContent!)).toEqual(JSON.parse(details));
  });

  it("names the LSP's corrected details by its page's words", async () => {
    const details = JSON.stringify({ before: { name: 'LSP Teknolgi Digital', address: null }, after: { name: 'LSP Teknologi Digital', address: 'Jl. Merdeka No. 1' } });
    openAt('audit', {
      'accounts/list': accounts,
      'audit/list': () => page([entry(1, { action: 'setup.lspProfile', entity: 'lsp', entityId: 'lsp-1', entityName: null, details, detailsLength: details.length })]),
    });
    const [row] = await screen.findAllByTestId('audit-row');
    expect(row.textContent).toContain(id.audit.actions.setup.lspProfile);
    expect([...within(row).getByTestId('audit-changes').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `${id.setup.lspName}: LSP Teknolgi Digital → LSP Teknologi Digital`,
      `${id.lspProfile.address}: – → Jl. Merdeka No. 1`,
    ]);
  });

  it("names the records an edit's ids stand for, as the core named them; the whole entry keeps the ids", async () => {
    const details = JSON.stringify({
      before: { tukId: 't-1', assessorIds: ['a-1'], candidates: [{ candidateId: 'c-1', assessorId: 'a-1' }] },
      after: { tukId: 't-2', assessorIds: ['a-1', 'a-2'], candidates: [{ candidateId: 'c-1', assessorId: 'a-2' }] },
    });
    const names = { 't-1': 'TUK SMK Negeri 1', 't-2': 'TUK Mandiri LSP', 'a-1': 'Ir. Bambang Hermawan', 'a-2': 'Dra. Sri Wahyuningsih', 'c-1': 'Siti Aminah' };
    const apl = JSON.stringify({ before: { 'el-1': { answer: 'BK' } }, after: { 'el-1': { answer: 'K' } } });
    const rows = () =>
      page([
        entry(2, { action: 'session.update', entity: 'session', entityId: 'ses-1', entityName: 'JDW-001', names, details, detailsLength: details.length }),
        entry(1, { action: 'apl02.save', entity: 'apl_application', entityId: 'apl-1', names: { 'el-1': 'J.620100.004.02 · 1. Mengidentifikasi konsep data' }, details: apl, detailsLength: apl.length }),
      ]);
    openAt('audit', { 'accounts/list': accounts, 'audit/list': rows });
    const [session, answers] = await screen.findAllByTestId('audit-row');
    // It read "tukId: t-1 → t-2", "Asesor: ["a-1"] → ["a-1","a-2"]".
    expect([...within(session).getByTestId('audit-changes').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'TUK: TUK SMK Negeri 1 → TUK Mandiri LSP',
      'Asesor: Ir. Bambang Hermawan → Ir. Bambang Hermawan, Dra. Sri Wahyuningsih',
      'Asesi: Siti Aminah (asesor Ir. Bambang Hermawan) → Siti Aminah (asesor Dra. Sri Wahyuningsih)',
    ]);
    expect(within(session).getByText(/"tukId": "t-2"/)).toBeTruthy();
    // FR.APL.02's answers are keyed by element: the element by its unit, number and title.
    expect(within(answers).getByTestId('audit-changes').textContent).toBe('J.620100.004.02 · 1. Mengidentifikasi konsep data: {"answer":"BK"} → {"answer":"K"}');
  });

  it('filters by area, person and days, kept in the address, and opens filtered from a link', async () => {
    const { fake } = openAt('audit?area=answers', { 'accounts/list': accounts, 'audit/list': () => page([entry(1)]) });
    await screen.findAllByTestId('audit-row');
    expect(argsOf(fake.calls, 'audit/list')[0]).toMatchObject({ area: 'answers' });
    fireEvent.change(screen.getByTestId('filter-area'), { target: { value: 'exam' } });
    await waitFor(() => expect(argsOf(fake.calls, 'audit/list').at(-1)).toMatchObject({ area: 'exam' }));
    await waitFor(() => expect(within(screen.getByTestId('filter-actor')).getByRole('option', { name: 'Budi Santoso (proktor)' })).toBeTruthy());
    fireEvent.change(screen.getByTestId('filter-actor'), { target: { value: 'acc-2' } });
    fireEvent.change(screen.getByTestId('filter-from'), { target: { value: '02/03/2027' } });
    await waitFor(() => expect(argsOf(fake.calls, 'audit/list').at(-1)).toEqual({ area: 'exam', actorAccountId: 'acc-2', from: '2027-03-02', to: undefined, cursor: null }));
    // Kept in the address as every list keeps its filters: a reload or Back shows the log as it was left.
    expect(window.location.hash).toBe('#/audit?area=exam&actor=acc-2&from=2027-03-02');
  });

  it("offers the TUK stations' logs received with results bundles, and reads one of them", async () => {
    const { fake } = openAt('audit', {
      'accounts/list': accounts,
      'audit/sources': () => ok([{ installationId: 'tuk-1', label: 'TUK SMK Negeri 1', rows: 12000, lastAt: '2027-03-02T03:00:00.000Z' }]),
      'audit/list': (args) => page((args as { source?: string }).source ? [entry(9, { action: 'exam.paused', actor: { accountId: 'acc-tuk', name: null, username: null, role: 'proctor' } })] : [entry(1)]),
    });
    await screen.findAllByTestId('audit-row');
    const source = await screen.findByTestId('filter-source');
    expect(within(source).getAllByRole('option').map((o) => o.textContent)).toEqual(['Instalasi ini', 'TUK SMK Negeri 1 (diterima, 12.000 baris)']);
    fireEvent.change(source, { target: { value: 'tuk-1' } });
    await waitFor(() => expect(screen.getByTestId('audit-row').textContent).toContain('Menjeda ujian seorang asesi'));
    expect(argsOf(fake.calls, 'audit/list').at(-1)).toMatchObject({ source: 'tuk-1' });
    // The station's proctor has no account here: named by the account and the role the TUK recorded.
    expect(screen.getByTestId('audit-row').textContent).toContain('Akun acc-tuk');
    expect(screen.getByTestId('audit-row').textContent).toContain('Proktor');
    expect(window.location.hash).toBe('#/audit?source=tuk-1');
  });

  it("shows one record's history from its page's link, named, with the way back to the whole log", async () => {
    const { fake } = openAt('audit?entity=candidate&id=cand-7', { 'accounts/list': accounts, 'audit/list': () => page([entry(4), entry(2, { action: 'candidate.create' })]) });
    await screen.findAllByTestId('audit-row');
    expect(argsOf(fake.calls, 'audit/list')[0]).toMatchObject({ record: { entity: 'candidate', id: 'cand-7' } });
    expect(screen.getByTestId('audit-record').textContent).toBe('Riwayat satu catatan: Asesi: Siti Aminah. Tampilkan semua catatan');
    expect(screen.getByTestId('audit-record-clear').getAttribute('href')).toBe('#/audit');
  });

  it('names a record whose history is still empty, not by its id', async () => {
    openAt('audit?entity=scheme&id=s-1', { 'accounts/list': accounts, 'audit/list': () => page([], null, 'SS.JWP/LSPP/005/2022') });
    await waitFor(() => expect(screen.getByTestId('audit-record').textContent).toBe('Riwayat satu catatan: Skema: SS.JWP/LSPP/005/2022. Tampilkan semua catatan'));
  });

  it("checks the log's integrity on demand and says each finding in words, in English too", async () => {
    const result: AuditVerifyResult = {
      ok: false,
      rows: 120,
      firstBroken: { seq: 40, reason: 'hash_mismatch' },
      head: { installationId: 'office', n: 7, seq: 118, hash: 'a'.repeat(64), signedAt: '2027-03-02T01:00:00.000Z', reason: 'commit', fingerprint: null },
      findings: [
        { kind: 'hash_mismatch', severity: 'broken', fromSeq: 40, toSeq: 40, at: null },
        { kind: 'unsigned_tail', severity: 'unanchored', fromSeq: 119, toSeq: 120, at: null },
      ],
      remote: [{ ok: true, rows: 55, firstBroken: null, head: null, findings: [], installationId: 'tuk-9' }],
    };
    openAt('audit', { 'accounts/list': accounts, 'audit/list': () => page([]), 'audit/verify': () => ok(result) }, 'en');
    fireEvent.click(await screen.findByTestId('audit-verify'));
    const chains = await screen.findAllByTestId('audit-chain');
    expect(chains[0].textContent).toContain("This installation's log is NOT intact: 120 rows.");
    expect(chains[0].textContent).toContain('Signed head 7 covers up to row 118');
    expect(within(chains[0]).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'broken: row 40: content does not match its hash (edited)',
      'unanchored: rows 119–120 not covered by a signed head: written after the last signature (a crash, keys locked) or added to the file',
    ]);
    expect(chains[1].textContent).toContain('The log received from installation tuk-9 is intact: 55 rows.');
    expect(screen.getByTestId('list-empty').textContent).toBe('Nothing recorded yet.');
  });
});
