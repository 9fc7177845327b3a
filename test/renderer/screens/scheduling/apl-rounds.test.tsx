import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import type { AplDetail, AplRound, WrittenTestPreview } from '../../../../electron/shared/scheduling';
import type { TransportReply } from '../../../../renderer/src/api/transport';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { aplDetail, aplWithApl01, plannedSessionDetail, SEATED_CANDIDATE } from './fixtures';

/** The session's written test, all of the bank: nothing of it matters here. */
const writtenTestPreview: WrittenTestPreview = { spec: { mode: 'all' }, assembledAt: null, units: [], candidates: [], warnings: [], dropped: [] };

afterEach(() => {
  window.location.hash = '';
});

const USED = { sessionId: 'ses-1', code: 'JDW-20261201-001', date: '2026-12-01' };
const round1: AplRound = {
  round: 1,
  applicationId: 'a-1',
  purpose: 'sertifikasi',
  savedAt: '2023-11-01T02:00:00.000Z',
  verification: { result: 'accepted', at: '2023-11-02T02:00:00.000Z' },
  recommendation: 'proceed',
  current: true,
  usedIn: USED,
};
const verified = { ...aplWithApl01.apl01!, verification: { result: 'accepted' as const, note: null, at: '2023-11-02T02:00:00.000Z', accountId: 'adm', by: 'Admin LSP' } };

/** Round 1, used by a held session: current, read-only, a new round may start. */
const usedRound1: AplDetail = {
  ...aplWithApl01,
  apl01: verified,
  round: { number: 1, current: true, usedIn: USED, writable: false },
  rounds: [round1],
  newRoundAllowed: true,
  gate: { schedulable: true, missing: [] },
};

/** Round 2 started for re-certification: current and writable; round 1 below it. */
const round2: AplDetail = aplDetail({
  apl01: { id: 'a-2', purpose: 'sertifikasi_ulang', purposeNote: null, evidence: [{ id: 'ev-9', kind: 'basic', description: 'Sertifikat lama', status: 'memenuhi', attachment: null }], savedAt: '2026-12-02T02:00:00.000Z', verification: null },
  round: { number: 2, current: true, usedIn: null, writable: true },
  rounds: [
    { round: 2, applicationId: 'a-2', purpose: 'sertifikasi_ulang', savedAt: '2026-12-02T02:00:00.000Z', verification: null, recommendation: null, current: true, usedIn: null },
    { ...round1, current: false },
  ],
  gate: { schedulable: false, missing: ['apl01_unverified', 'apl02_missing'] },
});

describe('APL rounds (re-certification)', () => {
  it('shows a used round read-only with the session that used it, and starts round 2 as an empty sertifikasi ulang form', async () => {
    let current = usedRound1;
    const { fake } = openAt('apl/c-1~s-1', {
      'apl/get': () => ok(current),
      'apl/saveApplication': () => {
        current = round2;
        return ok(current);
      },
    });
    const notice = await screen.findByTestId('apl-round-notice');
    expect(notice.textContent).toContain('JDW-20261201-001');
    expect(notice.textContent).toContain(id.schedulingScreens.aplRounds.readOnly);
    // Nothing of the used round can be changed: no form, no verification, no APL.02 sign-in.
    expect(screen.queryByTestId('apl01-form')).toBeNull();
    expect(screen.queryByTestId('apl01-verify')).toBeNull();
    expect(screen.getByTestId('apl01-evidence-read').textContent).toContain('Ijazah SMK');
    expect(screen.queryByTestId('apl-self-access')).toBeNull();

    fireEvent.click(screen.getByTestId('apl-new-round'));
    const form = screen.getByTestId('apl01-new-round-form');
    // A form of its own: re-certification, one empty evidence row, nothing of round 1's checklist.
    expect((within(form).getByTestId('field-purpose') as HTMLSelectElement).value).toBe('sertifikasi_ulang');
    expect((within(form).getByTestId('evidence-0-description') as HTMLInputElement).value).toBe('');
    fireEvent.change(within(form).getByTestId('evidence-0-description'), { target: { value: 'Sertifikat lama' } });
    fireEvent.click(within(form).getByTestId('record-save'));

    await waitFor(() => expect(argsOf(fake.calls, 'apl/saveApplication')).toHaveLength(1));
    expect(argsOf(fake.calls, 'apl/saveApplication')[0]).toEqual({
      candidateId: 'c-1',
      schemeId: 's-1',
      newRound: true,
      round: 2,
      purpose: 'sertifikasi_ulang',
      purposeNote: null,
      evidence: [{ kind: 'basic', description: 'Sertifikat lama', status: 'memenuhi' }],
    });
    // Round 2 is now the page's: writable, the history lists both with which is current.
    expect(await screen.findByTestId('apl01-form')).toBeTruthy();
    const history = screen.getByTestId('apl-rounds');
    expect(within(history).getByTestId('apl-round-2').textContent).toContain(id.schedulingScreens.aplRounds.current);
    expect(within(history).getByTestId('apl-round-1').textContent).toContain('JDW-20261201-001');
    expect(within(history).getByTestId('apl-round-1').textContent).not.toContain(id.schedulingScreens.aplRounds.current);
    expect(within(history).getByTestId('apl-round-1').querySelector('a')?.getAttribute('href')).toBe('#/apl/c-1~s-1~1');
  });

  it('opens an earlier round by its address, read-only, and sends the round with the writes of the current one', async () => {
    const earlier: AplDetail = { ...usedRound1, round: { number: 1, current: false, usedIn: USED, writable: false }, rounds: round2.rounds, newRoundAllowed: false };
    const { fake } = openAt('apl/c-1~s-1~1', { 'apl/get': () => ok(earlier) });
    const notice = await screen.findByTestId('apl-round-notice');
    expect(notice.textContent).toContain(id.schedulingScreens.aplRounds.showingEarlier.replace('{{round}}', '1'));
    expect(argsOf(fake.calls, 'apl/get')[0]).toEqual({ candidateId: 'c-1', schemeId: 's-1', round: 1 });
    expect(screen.getByTestId('apl-round-current-link').getAttribute('href')).toBe('#/apl/c-1~s-1');
    expect(screen.queryByTestId('apl01-form')).toBeNull();
    expect(screen.queryByTestId('apl-new-round')).toBeNull();
  });

  it('verifies the current round naming it, so a page left open on an older round is refused rather than written into a newer one', async () => {
    const { fake } = openAt('apl/c-1~s-1', { 'apl/get': () => ok(round2), 'apl/verifyApplication': () => ok(round2) });
    const verify = await screen.findByTestId('apl01-verify');
    fireEvent.click(within(verify).getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'apl/verifyApplication')).toHaveLength(1));
    expect(argsOf(fake.calls, 'apl/verifyApplication')[0]).toMatchObject({ candidateId: 'c-1', schemeId: 's-1', round: 2 });
  });
});

describe("a held session's page", () => {
  it('links each candidate to the FR.APL round their seat was planned on, and says when a seat names none', async () => {
    openAt('sessions/ses-1', {
      'sessions/get': () =>
        ok(
          plannedSessionDetail({
            status: 'results_in',
            editable: false,
            candidates: [
              { ...SEATED_CANDIDATE, aplRound: 1 },
              { ...SEATED_CANDIDATE, candidateId: 'c-2', name: 'Peserta 2', participantNo: 'P-0002', aplRound: null },
            ],
          }),
        ),
      'sessions/writtenTest': () => ok(writtenTestPreview),
    });
    const rows = await screen.findAllByTestId('seat-application');
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('#/apl/c-1~s-1~1');
    expect(rows[0].textContent).toContain('FR.APL permohonan ke-1');
    expect(rows[1].querySelector('a')).toBeNull();
    expect(rows[1].textContent).toContain(id.schedulingScreens.aplRounds.seatNone);
  });
});

describe('the FR.APL prints from the keyboard', () => {
  it('the print takes the focus on its back button, and closing it gives the focus back to the button that opened it', async () => {
    openAt('apl/c-1~s-1', { 'apl/get': () => ok(usedRound1), 'apl/print': () => new Promise<TransportReply>(() => {}) });
    const opener = await screen.findByTestId('print-apl01-open');
    opener.focus();
    fireEvent.click(opener);
    expect(document.activeElement).toBe(await screen.findByTestId('print-close'));
    fireEvent.click(screen.getByTestId('print-close'));
    expect(document.activeElement).toBe(await screen.findByTestId('print-apl01-open'));
  });
});
