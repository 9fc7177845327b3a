import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import type { AssessmentReport } from '../../../../electron/shared/assessment';
import type { ResultsReview } from '../../../../electron/shared/pleno';
import { inTimeZone } from '../../../support/time-zone';
import { argsOf, openAt } from '../registry/support';
import { REVIEW, SUMMARY, candidate } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

describe('results review', () => {
  it('lists the sessions with results, the code linking to the review, and says how many block the decision', async () => {
    openAt('results', { 'results/sessions': () => ok([SUMMARY]) });
    const row = await screen.findByTestId('results-row');
    expect(within(row).getByRole('link', { name: SUMMARY.code }).getAttribute('href')).toBe('#/results/ses-1');
    // The flagged count, then how many of those block: "1 1 menghambat" read as a stutter.
    expect(within(row).getAllByRole('cell')[4].textContent).toBe('1 1 di antaranya menghambat keputusan');
  });

  it('opens with only the sessions no pleno holds yet when the home links so, and the filter lives in the address (reload, Back)', async () => {
    const { fake } = openAt('results?pleno=none', { 'results/sessions': () => ok([SUMMARY]) });
    await screen.findByTestId('results-row');
    expect(argsOf(fake.calls, 'results/sessions')[0]).toEqual({ limit: 500, withoutPleno: true });
    const box = screen.getByTestId('results-without-pleno') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.labels?.[0]?.textContent).toBe(id.plenoScreens.results.withoutPleno);
    // Unticked: the address says so, so Back brings the filter back and a reload keeps what is shown.
    fireEvent.click(box);
    await waitFor(() => expect(window.location.hash).toBe('#/results'));
    await waitFor(() => expect(argsOf(fake.calls, 'results/sessions').at(-1)).toEqual({ limit: 500 }));
    expect((screen.getByTestId('results-without-pleno') as HTMLInputElement).checked).toBe(false);
    window.location.hash = '#/results?pleno=none';
    await waitFor(() => expect((screen.getByTestId('results-without-pleno') as HTMLInputElement).checked).toBe(true));
    await waitFor(() => expect(argsOf(fake.calls, 'results/sessions').at(-1)).toEqual({ limit: 500, withoutPleno: true }));
  });

  it('says in English how many of the flagged block, one or more', async () => {
    openAt('results', { 'results/sessions': () => ok([{ ...SUMMARY, flagged: 4, blocking: 3 }]) }, 'en');
    const row = await screen.findByTestId('results-row');
    expect(within(row).getAllByRole('cell')[4].textContent).toBe('4 3 of them block the decision');
  });

  it("lists the TUK's key corrections the counts apply, with who, when and why, a withdrawn one as withdrawn; nothing of them when there are none", async () => {
    const keyCorrections: ResultsReview['keyCorrections'] = [
      { itemId: 'i-7', ref: 'PG-07', action: 'annul', acceptedOption: null, reason: 'Soal keluar dari SKKNI', by: 'Asesor 1', at: '2027-03-10T03:00:00.000Z', withdrawal: null },
      { itemId: 'i-2', ref: 'PG-02', action: 'accept', acceptedOption: 2, reason: 'Opsi C juga benar', by: 'Asesor 1', at: '2027-03-10T03:05:00.000Z', withdrawal: null },
      {
        itemId: 'i-4',
        ref: 'PG-04',
        action: 'annul',
        acceptedOption: null,
        reason: 'Salah soal',
        by: 'Asesor 1',
        at: '2027-03-10T03:01:00.000Z',
        withdrawal: { by: 'Asesor 1', at: '2027-03-10T03:02:00.000Z', reason: 'Yang dimaksud PG-07' },
      },
    ];
    openAt('results/ses-1', { 'results/review': () => ok({ ...REVIEW, keyCorrections }) });
    const list = await screen.findByTestId('review-key-corrections');
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items[0]).toContain('Soal PG-07 dianulir');
    expect(items[0]).toContain('Soal keluar dari SKKNI');
    expect(items[1]).toContain('Soal PG-02: opsi C juga diterima benar');
    expect(items[0]).not.toContain(id.keyCorrection.withdrawn);
    expect(items[2]).toContain(`${id.keyCorrection.withdrawn} oleh Asesor 1`);
    expect(items[2]).toContain('Yang dimaksud PG-07');
    expect(within(list).getAllByRole('listitem')[2].querySelector('s')?.textContent).toBe('Soal PG-04 dianulir');
    cleanup();
    openAt('results/ses-1', { 'results/review': () => ok(REVIEW) });
    await screen.findAllByTestId('review-row');
    expect(screen.queryByTestId('review-key-corrections')).toBeNull();
  });

  it('marks flagged rows with the reason in words, and the name opens the evidence behind the recommendation', async () => {
    const { fake } = openAt('results/ses-1', { 'results/review': () => ok(REVIEW) });
    const rows = await screen.findAllByTestId('review-row');
    expect(fake.calls.find((c) => c.method === 'results/review')?.args).toEqual({ sessionId: 'ses-1' });
    // Peserta 2: unsigned FR.AK.02 blocks the decision, said in words on the row.
    expect(rows[1].getAttribute('data-blocks')).toBe('true');
    expect(within(rows[1]).getByTestId('review-flags').textContent).toContain(id.plenoScreens.flag.unsigned);
    expect(rows[0].getAttribute('data-flagged')).toBeNull();
    expect(within(rows[0]).getByTestId('review-flags').textContent).toBe(id.plenoScreens.results.noFlags);
    // The absent candidate is marked, and blocks nothing.
    expect(rows[2].textContent).toContain(id.plenoScreens.attendance.absent);
    expect(rows[2].getAttribute('data-blocks')).toBeNull();
    // Absent, they will never have a recommendation or a signature: a dash, not "none yet" / "not yet".
    expect(within(rows[2]).getByTestId('review-recommendation').textContent).toBe('—');
    expect(within(rows[2]).getByTestId('review-signature').textContent).toBe('—');
    expect(within(rows[1]).getByTestId('review-signature').textContent).toBe(id.plenoScreens.results.notSigned);
    expect(screen.getByTestId('review-incidents').textContent).toContain('Listrik padam 5 menit');
    // Read-only: no input anywhere on the review.
    expect(screen.getByTestId('review-table').querySelectorAll('input, select, textarea')).toHaveLength(0);

    const open = within(rows[0]).getByRole('button', { name: 'Peserta 1' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    const evidence = await screen.findByTestId('review-evidence');
    expect(evidence.textContent).toContain('FR.IA.05');
    expect(evidence.textContent).toContain('8');
    expect(evidence.textContent).toContain(id.plenoScreens.results.noAppeal);
    expect(screen.getByTestId('review-units').textContent).toContain('J.620100.005.02');
    // Every form of the session, or of the candidate opened, prints as one PDF.
    expect(screen.getByTestId('print-sessionAll-open')).toBeTruthy();
    expect(within(screen.getByTestId('review-detail')).getByTestId('print-candidateAll-open')).toBeTruthy();
  });

  it("a candidate's evidence says the time the proctor added and that closing the session collected the written test", async () => {
    const agus = candidate(1, { name: 'Agus', writtenTest: { extensionMinutes: 10, submittedAt: '2027-03-10T03:00:00.000Z', submitReason: 'session_ended', actions: [], lateAnswers: 0, heldRefused: 0 } });
    openAt('results/ses-1', { 'results/review': () => ok({ ...REVIEW, candidates: [agus] }) });
    const row = (await screen.findAllByTestId('review-row'))[0];
    fireEvent.click(within(row).getByRole('button', { name: 'Agus' }));
    expect((await screen.findByTestId('review-written-extended')).textContent).toBe('Waktu tes tertulis ditambah proktor 10 menit');
    const submitted = screen.getByTestId('review-written-submitted');
    expect(submitted.dataset.reason).toBe('session_ended');
    expect(submitted.textContent).toContain('Tes tertulis dikumpulkan saat sesi ujian ditutup');
  });

  it("a candidate's evidence lists each pause, resume and time added with when, who and why, in Indonesian and English", async () => {
    const actions = [
      { at: '2027-03-10T02:05:00.000Z', action: 'passwordIssued' as const, minutes: null, reason: 'Kartu hilang', by: 'Budi Proktor' },
      { at: '2027-03-10T02:10:00.000Z', action: 'paused' as const, minutes: null, reason: 'Listrik padam', by: 'Budi Proktor' },
      { at: '2027-03-10T02:13:00.000Z', action: 'resumed' as const, minutes: 3, reason: 'Listrik menyala', by: null },
      { at: '2027-03-10T02:20:00.000Z', action: 'extended' as const, minutes: 5, reason: '', by: 'Budi Proktor' },
    ];
    const agus = candidate(1, { name: 'Agus', writtenTest: { extensionMinutes: 5, submittedAt: '2027-03-10T03:00:00.000Z', submitReason: 'candidate', actions, lateAnswers: 0, heldRefused: 0 } });
    const listed = async (language: 'id' | 'en') => {
      openAt('results/ses-1', { 'results/review': () => ok({ ...REVIEW, candidates: [agus] }) }, language);
      const row = (await screen.findAllByTestId('review-row'))[0];
      fireEvent.click(within(row).getByRole('button', { name: 'Agus' }));
      await screen.findByTestId('review-written-actions');
      return screen.getAllByTestId('review-written-action').map((li) => [li.dataset.action, li.textContent]);
    };
    const idRows = await listed('id');
    expect(screen.getByTestId('review-written-actions').firstChild?.textContent).toBe('Tindakan proktor pada tes tertulis:');
    expect(idRows.map(([action]) => action)).toEqual(['passwordIssued', 'paused', 'resumed', 'extended']);
    // A new card given at the TUK: the candidate sat with a password the LSP never issued.
    expect(idRows[0][1]).toMatch(/^.+: Kartu peserta baru \(kata sandi baru\), oleh Budi Proktor — alasan: Kartu hilang$/);
    expect(idRows[1][1]).toMatch(/^.+: Jeda, oleh Budi Proktor — alasan: Listrik padam$/);
    expect(idRows[2][1]).toMatch(/^.+: Lanjutkan \(3 menit jeda dikembalikan\), oleh proktor TUK — alasan: Listrik menyala$/);
    expect(idRows[3][1]).toMatch(/^.+: Tambah waktu 5 menit, oleh Budi Proktor$/);
    cleanup();
    window.location.hash = '';
    const enRows = await listed('en');
    expect(enRows[0][1]).toMatch(/^.+: New candidate card \(new password\), by Budi Proktor — reason: Kartu hilang$/);
    expect(enRows[1][1]).toMatch(/^.+: Paused, by Budi Proktor — reason: Listrik padam$/);
    expect(enRows[2][1]).toMatch(/, by the TUK's proctor — reason: Listrik menyala$/);
  });

  it('says nothing of added time when none was, nor of a written test never started', async () => {
    const absent = candidate(3, { attendance: 'absent', attempt: 'absent', writtenTest: null });
    openAt('results/ses-1', { 'results/review': () => ok({ ...REVIEW, candidates: [candidate(1), absent] }) });
    const rows = await screen.findAllByTestId('review-row');
    fireEvent.click(within(rows[0]).getByRole('button', { name: 'Peserta 1' }));
    expect((await screen.findByTestId('review-written-submitted')).textContent).toContain('Tes tertulis dikumpulkan asesi');
    expect(screen.queryByTestId('review-written-extended')).toBeNull();
    fireEvent.click(within(rows[1]).getByRole('button', { name: 'Peserta 3' }));
    await waitFor(() => expect(screen.getByRole('group', { name: /Peserta 3/ })).toBeTruthy());
    expect(screen.queryByTestId('review-written-submitted')).toBeNull();
  });

  it("a candidate's evidence says how many answers arrived after time ran out and how many late ones were refused, in the workspace's words, Indonesian then English; nothing when none", async () => {
    const written = candidate(1).writtenTest!;
    const agus = candidate(1, { name: 'Agus', writtenTest: { ...written, submitReason: 'timeout', lateAnswers: 2, heldRefused: 5 } });
    const budi = candidate(2, { name: 'Budi', writtenTest: { ...written, submitReason: 'timeout', lateAnswers: 0, heldRefused: 1 } });
    const open = async (language: 'id' | 'en', name: string) => {
      openAt('results/ses-1', { 'results/review': () => ok({ ...REVIEW, candidates: [agus, budi, candidate(3)] }) }, language);
      const row = (await screen.findAllByTestId('review-row')).find((r) => r.textContent?.includes(name))!;
      fireEvent.click(within(row).getByRole('button', { name }));
      await screen.findByTestId('review-evidence');
    };
    await open('id', 'Agus');
    expect(screen.getByTestId('review-late-answers').textContent).toBe(id.assess.workspace.lateAnswers_other.replace('{{count}}', '2'));
    expect(screen.getByTestId('review-held-refused').textContent).toBe(id.assess.workspace.heldRefused_other.replace('{{count}}', '5'));
    cleanup();
    window.location.hash = '';
    await open('en', 'Agus');
    expect(screen.getByTestId('review-late-answers').textContent).toBe(en.assess.workspace.lateAnswers_other.replace('{{count}}', '2'));
    expect(screen.getByTestId('review-held-refused').textContent).toBe(en.assess.workspace.heldRefused_other.replace('{{count}}', '5'));
    cleanup();
    window.location.hash = '';
    // One refused, none late: the singular, and nothing of late answers that count.
    await open('en', 'Budi');
    expect(screen.getByTestId('review-held-refused').textContent).toBe(en.assess.workspace.heldRefused_one.replace('{{count}}', '1'));
    expect(screen.queryByTestId('review-late-answers')).toBeNull();
    cleanup();
    window.location.hash = '';
    await open('id', 'Peserta 3');
    expect(screen.queryByTestId('review-late-answers')).toBeNull();
    expect(screen.queryByTestId('review-held-refused')).toBeNull();
  });

  it("shows FR.AK.02's follow-up and the assessor's comments, and each unit's other evidence (the LSP saw neither)", async () => {
    const base = candidate(1);
    const budi = candidate(1, {
      name: 'Budi',
      followUp: 'Ulang unit struktur data',
      assessorComment: 'Baik secara umum',
      units: [{ ...base.units[0]!, extraEvidence: ['portfolio', 'project'] }],
    });
    openAt('results/ses-1', { 'results/review': () => ok({ ...REVIEW, candidates: [budi, candidate(2)] }) });
    const rows = await screen.findAllByTestId('review-row');
    fireEvent.click(within(rows[0]).getByRole('button', { name: 'Budi' }));
    const notes = await screen.findByTestId('review-ak02-notes');
    expect(notes.textContent).toBe(`${id.assess.decisions.followUp}Ulang unit struktur data${id.assess.decisions.overallComment}Baik secara umum`);
    expect(screen.getByTestId('review-units').textContent).toContain(`${id.assess.evidence.portfolio}, ${id.assess.evidence.project}`);
    fireEvent.click(within(rows[1]).getByRole('button', { name: 'Peserta 2' }));
    await waitFor(() => expect(screen.getByRole('group', { name: /Peserta 2/ })).toBeTruthy());
    expect(screen.queryByTestId('review-ak02-notes')).toBeNull();
  });

  it('reads in English', async () => {
    openAt('results/ses-1', { 'results/review': () => ok(REVIEW) }, 'en');
    const rows = await screen.findAllByTestId('review-row');
    expect(within(rows[1]).getByTestId('review-flags').textContent).toContain(en.plenoScreens.flag.unsigned);
    expect(within(rows[0]).getByTestId('review-recommendation').textContent).toBe(en.plenoScreens.decision.K);
  });
});

describe('FR.AK.03 in the results review, given on an FR.AK.02 decision since unlocked', () => {
  inTimeZone('Asia/Jakarta');
  const given = { enteredBy: 'candidate' as const, savedAt: '2026-11-21T03:00:00.000Z' };
  const open = async (over: Partial<ReturnType<typeof candidate>>, language: 'id' | 'en' = 'id') => {
    openAt('results/ses-1', { 'results/review': () => ok({ ...REVIEW, candidates: [candidate(1, { name: 'Agus', ...over })] }) }, language);
    fireEvent.click(within((await screen.findAllByTestId('review-row'))[0]).getByRole('button', { name: 'Agus' }));
    await screen.findByTestId('review-evidence');
  };
  const resigned = { signedAt: '2026-11-21T05:30:00.000Z', signedByName: 'Asesor 1' };

  it('says so, with when the decision was signed again, as the print and the assessor say it, in both languages', async () => {
    await open({ signature: resigned, feedback: { ...given, onEarlierDecision: true } });
    expect(screen.getByTestId('ak03-earlier-decision').textContent).toBe(
      'Umpan balik ini diberikan pada 21 Nov 2026, 10.00 atas keputusan FR.AK.02 sebelumnya; keputusan itu kemudian dibuka kembali dan ditandatangani ulang pada 21 Nov 2026, 12.30. Belum ada umpan balik atas keputusan yang berlaku.',
    );
    cleanup();
    await open({ signature: resigned, feedback: { ...given, onEarlierDecision: true } }, 'en');
    expect(screen.getByTestId('ak03-earlier-decision').textContent).toBe(
      'This feedback was given on 21 Nov 2026, 10:00 on an earlier FR.AK.02 decision; that decision was then unlocked and signed again on 21 Nov 2026, 12:30. No feedback has been given on the decision in force.',
    );
  });

  it('says the decision it answered is not signed again yet; nothing of feedback on the decision in force', async () => {
    await open({ signature: null, feedback: { ...given, onEarlierDecision: true } });
    expect(screen.getByTestId('ak03-earlier-decision').textContent).toBe(
      'Umpan balik ini diberikan pada 21 Nov 2026, 10.00 atas keputusan FR.AK.02 yang kemudian dibuka kembali dan belum ditandatangani ulang.',
    );
    cleanup();
    await open({ signature: resigned, feedback: { ...given, savedAt: '2026-11-21T06:00:00.000Z', onEarlierDecision: false } });
    expect(screen.getByTestId('review-evidence').textContent).toContain('FR.AK.03 umpan balik diisi');
    expect(screen.queryByTestId('ak03-earlier-decision')).toBeNull();
  });
});

describe("the LSP's print of a whole session", () => {
  it("prints each of the session's assessors' part in turn, asking the core for each by name (it answers the LSP only so)", async () => {
    const assessors = [
      { assessorId: 'as-1', name: 'Asesor Satu', met: 'MET.000.001' },
      { assessorId: 'as-2', name: 'Asesor Dua', met: 'MET.000.002' },
    ];
    const report = (assessorId: string): AssessmentReport => ({
      header: {
        lspName: 'LSP Informatika',
        lspLicenceNo: null,
        schemeCode: 'SKM-JWP',
        schemeTitle: { id: 'Junior Web Programmer', en: null },
        sessionId: 'ses-1',
        sessionCode: 'JWP-01',
        sessionTitle: { id: 'Uji JWP', en: null },
        tukName: 'TUK Lab',
        tukType: 'sewaktu',
        tukZone: null,
        date: '2026-11-12',
        startTime: '08:00',
        assessorName: assessors.find((a) => a.assessorId === assessorId)!.name,
        assessorMet: 'MET',
      },
      rows: [],
      report: null,
      signature: null,
    });
    const { fake } = openAt('results/ses-1', {
      'results/review': () => ok({ ...REVIEW, session: { ...REVIEW.session, assessors } }),
      'assessment/report': (args) => ok(report((args as { assessorId: string }).assessorId)),
    });
    fireEvent.click(await screen.findByTestId('print-sessionAll-open'));
    await waitFor(() => expect(screen.getAllByTestId('print-bundle-part').map((p) => p.getAttribute('data-form'))).toEqual(['ak05', 'ak05']));
    expect(argsOf(fake.calls, 'assessment/report')).toEqual([
      { sessionId: 'ses-1', assessorId: 'as-1' },
      { sessionId: 'ses-1', assessorId: 'as-2' },
    ]);
    expect(screen.getByTestId('print-bundle').textContent).toContain('Asesor Dua');
  });
});

describe("a WITA TUK's results reviewed at an office set to WIB", () => {
  inTimeZone('Asia/Jakarta');

  it("states the berita acara's incidents on the TUK's clock, the zone named", async () => {
    const wita: ResultsReview = { ...REVIEW, session: { ...REVIEW.session, tukZone: 'WITA' } };
    openAt('results/ses-1', { 'results/review': () => ok(wita) });
    const incidents = await screen.findByTestId('review-incidents');
    // 03.00 UTC: 11.00 WITA (10.00 on this computer's clock).
    expect(incidents.textContent).toContain('10 Mar 2027, 11.00 WITA — Listrik padam 5 menit');
  });
});
