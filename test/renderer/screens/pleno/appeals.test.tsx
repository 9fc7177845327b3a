import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { AppealCase, AppealCloseResult } from '../../../../electron/shared/pleno';
import { fail, ok } from '../../fake-transport';
import { page } from '../scheduling/fixtures';
import { argsOf, openAt } from '../registry/support';
import { REVIEW, SUMMARY } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

const appeal = (over: Partial<AppealCase> = {}): AppealCase => ({
  caseId: 'tuk:ses-1:c-2',
  recorded: false,
  sessionId: 'ses-1',
  sessionCode: SUMMARY.code,
  candidateId: 'c-2',
  participantNo: 'P-0002',
  name: 'Peserta 2',
  lodgedAt: 'tuk',
  lodgedOn: '2027-03-10',
  reasons: 'Waktu observasi terlalu singkat',
  units: [{ unitId: 'u-1', unitCode: 'J.620100.005.02' }],
  status: 'open',
  outcomeReason: null,
  reassessment: null,
  createdAt: null,
  closedAt: null,
  closedByName: null,
  held: true,
  holds: 'certificate',
  ...over,
});

const closed = (over: Partial<AppealCloseResult> = {}): AppealCloseResult => ({ ...appeal({ status: 'accepted' }), issuedBeforeAppeal: null, ...over });

const upcoming = { id: 'ses-9', code: 'JDW-20270401-001', date: '2027-04-01' };

describe('appeals', () => {
  it('says an empty list is empty of that status, where the default list of open ones said "Tidak ada banding" beside appeals accepted or rejected, in English too', async () => {
    openAt('appeals', { 'appeals/list': () => ok([]) });
    expect((await screen.findByTestId('appeals-empty')).textContent).toBe('Tidak ada banding yang terbuka. Banding yang sudah diterima atau ditolak tampil di status Semua, Diterima atau Ditolak.');
    cleanup();
    openAt('appeals?status=rejected', { 'appeals/list': () => ok([]) }, 'en');
    expect((await screen.findByTestId('appeals-empty')).textContent).toBe('No appeal with the status Rejected.');
    cleanup();
    openAt('appeals?status=all', { 'appeals/list': () => ok([]) });
    expect((await screen.findByTestId('appeals-empty')).textContent).toBe('Tidak ada banding.');
  });

  it("says an accepted appeal's re-assessment session was cancelled, in English too, where it named it as if it were still to come", async () => {
    const accepted = (cancelled: boolean) => appeal({ status: 'accepted', reassessment: { sessionId: 'ses-9', code: 'JDW-20270401-001', date: '2027-04-01', cancelled } });
    openAt('appeals?status=accepted', { 'appeals/list': () => ok([accepted(true), accepted(false)]) });
    const [gone, planned] = await screen.findAllByTestId('appeal-row');
    expect(gone.textContent).toContain('Asesmen ulang: JDW-20270401-001 (1 Apr 2027) dibatalkan. Jadwalkan asesi ini di sesi lain; rapat pleno sesi itu yang memutuskan.');
    expect(planned.textContent).toContain('Asesmen ulang: JDW-20270401-001 (1 Apr 2027)');
    expect(planned.textContent).not.toContain('dibatalkan');
    cleanup();
    openAt('appeals?status=accepted', { 'appeals/list': () => ok([accepted(true)]) }, 'en');
    expect((await screen.findByTestId('appeal-row')).textContent).toContain("Re-assessment: JDW-20270401-001 (1 Apr 2027), cancelled. Plan this candidate in another session; that session's plenary meeting decides.");
  });

  it('lists open appeals first, the certificate held; closes one accepted with its re-assessment session', async () => {
    const { fake } = openAt('appeals', {
      'appeals/list': () => ok([appeal()]),
      'results/sessions': () => ok([SUMMARY]),
      'sessions/list': () => ok(page([upcoming])),
      'appeals/close': () => ok(closed()),
    });
    const row = await screen.findByTestId('appeal-row');
    expect(argsOf(fake.calls, 'appeals/list')[0]).toEqual({ status: 'open' });
    expect(row.textContent).toContain('Sertifikat ditahan');
    expect(row.textContent).toContain('J.620100.005.02');
    fireEvent.click(within(row).getByTestId('appeal-close'));
    const dialog = screen.getByTestId('appeal-close-dialog');
    expect(within(dialog).getByRole('link', { name: id.plenoScreens.appeals.planSession }).getAttribute('href')).toBe('#/sessions/new');
    const session = within(dialog).getByTestId('appeal-session');
    await waitFor(() => expect(session.querySelectorAll('option')).toHaveLength(2));
    fireEvent.change(session, { target: { value: 'ses-9' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    await waitFor(() => expect(argsOf(fake.calls, 'appeals/close')).toEqual([{ caseId: 'tuk:ses-1:c-2', outcome: 'accepted', reassessmentSessionId: 'ses-9', reason: null }]));
    await waitFor(() => expect(screen.queryByTestId('appeal-close-dialog')).toBeNull());
    expect(screen.queryByTestId('appeal-issued-before')).toBeNull();
    // Its row leaves the open ones: the page says what became of it.
    expect(screen.getByTestId('appeal-closed').textContent).toBe(`Banding ${closed().name} ditutup: ${id.plenoScreens.appeals.statusValue.accepted}.`);
  });

  it('names what is held for a BK candidate: their BNSP sheet row, not a certificate they do not have, in both languages', async () => {
    const bk = appeal({ holds: 'bnsp_row' });
    for (const [language, texts, held] of [['id', id, 'Baris lembar BNSP ditahan'], ['en', en, 'BNSP sheet row held']] as const) {
      openAt('appeals', { 'appeals/list': () => ok([bk]), 'results/sessions': () => ok([SUMMARY]) }, language);
      const row = await screen.findByTestId('appeal-row');
      expect(row.textContent).toContain(held);
      expect(row.textContent).not.toContain(texts.plenoScreens.appeals.held.certificate);
      cleanup();
    }
  });

  it('accepted over a certificate already issued, says so with a link to the certificate, in both languages', async () => {
    const accept = async (language: 'id' | 'en') => {
      openAt(
        'appeals',
        {
          'appeals/list': () => ok([appeal()]),
          'results/sessions': () => ok([SUMMARY]),
          'sessions/list': () => ok(page([upcoming])),
          'appeals/close': () => ok(closed({ issuedBeforeAppeal: { certificateId: 'cert 7', number: '85499 0000007 2027' } })),
        },
        language,
      );
      fireEvent.click(within(await screen.findByTestId('appeal-row')).getByTestId('appeal-close'));
      const dialog = screen.getByTestId('appeal-close-dialog');
      const session = within(dialog).getByTestId('appeal-session');
      await waitFor(() => expect(session.querySelectorAll('option')).toHaveLength(2));
      fireEvent.change(session, { target: { value: 'ses-9' } });
      fireEvent.click(within(dialog).getByTestId('action-confirm'));
      return screen.findByTestId('appeal-issued-before');
    };
    const notice = await accept('id');
    expect(notice.textContent).toContain('Banding Peserta 2 diterima. Sertifikat 85499 0000007 2027 sudah diterbitkan sebelum banding diterima');
    expect(within(notice).getByRole('link', { name: 'Buka sertifikat 85499 0000007 2027' }).getAttribute('href')).toBe('#/certificates/cert%207');
    cleanup();
    const english = await accept('en');
    expect(english.textContent).toContain('Certificate 85499 0000007 2027 was issued before the appeal was accepted');
    expect(within(english).getByRole('link', { name: en.plenoScreens.appeals.openCertificate.replace('{{number}}', '85499 0000007 2027') }).getAttribute('href')).toBe(
      '#/certificates/cert%207',
    );
  });

  it('a rejection without its reason is refused in the dialog; the status filter asks the core again', async () => {
    const { fake } = openAt('appeals', {
      'appeals/list': () => ok([appeal()]),
      'results/sessions': () => ok([SUMMARY]),
      'sessions/list': () => ok(page([])),
      'appeals/close': () => fail('APPEAL_REASON_REQUIRED'),
    });
    fireEvent.click(within(await screen.findByTestId('appeal-row')).getByTestId('appeal-close'));
    const dialog = screen.getByTestId('appeal-close-dialog');
    fireEvent.click(within(dialog).getByTestId('appeal-reject'));
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    expect((await within(dialog).findByTestId('error-message')).textContent).toBe(id.errors.APPEAL_REASON_REQUIRED);
    fireEvent.click(within(dialog).getByTestId('action-cancel'));
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: '' } });
    await waitFor(() => expect(argsOf(fake.calls, 'appeals/list')).toEqual([{ status: 'open' }, {}]));
  });

  it('records an appeal lodged at the LSP for a candidate of a session with results, with the units appealed', async () => {
    const { fake } = openAt('appeals', {
      'appeals/list': () => ok([]),
      'results/sessions': () => ok([SUMMARY]),
      'results/review': () => ok(REVIEW),
      'appeals/record': () => ok(appeal({ lodgedAt: 'lsp', recorded: true, caseId: 'ap-1' })),
    });
    const form = await screen.findByTestId('appeal-record');
    const session = within(form).getByTestId('appeal-record-session');
    await waitFor(() => expect(session.querySelectorAll('option')).toHaveLength(2));
    fireEvent.change(session, { target: { value: 'ses-1' } });
    const who = await within(form).findByTestId('appeal-record-candidate');
    await waitFor(() => expect(who.querySelectorAll('option')).toHaveLength(4));
    fireEvent.change(who, { target: { value: 'c-2' } });
    const units = within(form).getByTestId('appeal-record-units');
    expect(units.textContent).toContain('J.620100.005.02 Mengimplementasikan User Interface');
    fireEvent.click(within(units).getByRole('checkbox'));
    fireEvent.change(within(form).getByTestId('field-lodgedOn'), { target: { value: '2027-03-12' } });
    fireEvent.change(within(form).getByTestId('appeal-record-reasons'), { target: { value: 'Keberatan atas hasil observasi' } });
    fireEvent.click(within(form).getByTestId('record-save'));
    await waitFor(() =>
      expect(argsOf(fake.calls, 'appeals/record')).toEqual([{ sessionId: 'ses-1', candidateId: 'c-2', lodgedOn: '2027-03-12', reasons: 'Keberatan atas hasil observasi', unitIds: ['u-1'] }]),
    );
  });

  it('with no session that has results there is nothing to record against: it says so instead of a form that can only be refused', async () => {
    openAt('appeals', { 'appeals/list': () => ok([]), 'results/sessions': () => ok([]) });
    expect((await screen.findByTestId('appeal-record-none')).textContent).toBe(id.plenoScreens.appeals.recordNoSessions);
    expect(screen.queryByTestId('appeal-record')).toBeNull();
  });

  it('names each missing field at the field, and asks the core nothing until they are given', async () => {
    const { fake } = openAt('appeals', { 'appeals/list': () => ok([]), 'results/sessions': () => ok([SUMMARY]), 'results/review': () => ok(REVIEW) });
    const form = await screen.findByTestId('appeal-record');
    fireEvent.click(within(form).getByTestId('record-save'));
    const problems = () => within(form).queryAllByTestId(/^(appeal-record-problem|problem-lodgedOn)$/).map((p) => p.textContent);
    expect(problems()).toEqual([id.plenoScreens.appeals.missingSession, id.plenoScreens.appeals.missingLodgedOn, id.plenoScreens.appeals.missingReasons]);
    expect(within(form).getByTestId('appeal-record-session').getAttribute('aria-invalid')).toBe('true');

    const session = within(form).getByTestId('appeal-record-session');
    await waitFor(() => expect(session.querySelectorAll('option')).toHaveLength(2));
    fireEvent.change(session, { target: { value: 'ses-1' } });
    // A field's problem goes as soon as it is filled in, before the next save.
    expect(problems()).toEqual([id.plenoScreens.appeals.missingLodgedOn, id.plenoScreens.appeals.missingReasons]);
    expect(session.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(within(form).getByTestId('field-lodgedOn'), { target: { value: '2027-03-12' } });
    expect(problems()).toEqual([id.plenoScreens.appeals.missingReasons]);
    // One letter is no ground: named at the field as the core would refuse it (APPEAL_GROUNDS_REQUIRED).
    fireEvent.change(within(form).getByTestId('appeal-record-reasons'), { target: { value: ' x ' } });
    fireEvent.click(within(form).getByTestId('record-save'));
    expect(problems()).toEqual([id.plenoScreens.appeals.missingCandidate, id.plenoScreens.appeals.missingReasons]);
    fireEvent.change(within(form).getByTestId('appeal-record-reasons'), { target: { value: 'Keberatan' } });
    fireEvent.click(within(form).getByTestId('record-save'));
    expect(problems()).toEqual([id.plenoScreens.appeals.missingCandidate]);
    expect(argsOf(fake.calls, 'appeals/record')).toEqual([]);
  });
});

describe("the appeals list's status in the address", () => {
  it('open ones by default, the status chosen written in place (all included), and the address choosing it', async () => {
    const { fake } = openAt('appeals', { 'appeals/list': () => ok([]), 'results/sessions': () => ok([SUMMARY]) });
    await waitFor(() => expect(argsOf(fake.calls, 'appeals/list')).toEqual([{ status: 'open' }]));
    const entries = history.length;
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: '' } });
    expect(window.location.hash).toBe('#/appeals?status=all');
    await waitFor(() => expect(argsOf(fake.calls, 'appeals/list').at(-1)).toEqual({}));
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'open' } });
    expect(window.location.hash).toBe('#/appeals');
    expect(history.length).toBe(entries);
    cleanup();
    const reloaded = openAt('appeals?status=rejected', { 'appeals/list': () => ok([]), 'results/sessions': () => ok([SUMMARY]) });
    await waitFor(() => expect(argsOf(reloaded.fake.calls, 'appeals/list')).toEqual([{ status: 'rejected' }]));
    expect((screen.getByTestId('filter-status') as HTMLSelectElement).value).toBe('rejected');
  });
});
