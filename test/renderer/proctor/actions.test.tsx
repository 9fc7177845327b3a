import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../../electron/shared/i18n/en';
import { id } from '../../../electron/shared/i18n/id';
import type { SessionSheet } from '../../../electron/shared/assessment';
import type { BoardRow } from '../../../electron/shared/exam-day';
import type { TransportReply } from '../../../renderer/src/api/transport';
import { fail, ok } from '../fake-transport';
import { renderApp } from '../render-app';
import { RIZKY, SITI, board, proctorWithConsole, tokenState } from './console-fixtures';

const now = () => new Date().toISOString();
const inTest = { ...RIZKY, phase: 'test' as const, signedIn: true, online: true, answered: 3, total: 28, remainingMs: 3_000_000 };

async function openBoard(handlers: Parameters<typeof proctorWithConsole>[0]) {
  const fake = proctorWithConsole({
    'exam/token': () => ok(tokenState(now(), 'KXRTWB', new Date(Date.now() + 900_000).toISOString())),
    'exam/board': () => ok(board(now(), [inTest, SITI])),
    ...handlers,
  });
  renderApp(fake.transport);
  fireEvent.click(await screen.findByTestId('console-tab-board'));
  await screen.findAllByTestId('board-row');
  return fake;
}

/** The card sheet of the board's rows, as print/sessionSheet gives it at the TUK: no password known. */
const sheetOf = (rows: BoardRow[]): SessionSheet => ({
  header: { lspName: 'LSP', lspLicenceNo: null, schemeCode: 'SKM', schemeTitle: { id: 'Skema', en: 'Scheme' }, sessionId: 's1', sessionCode: 'JDW', sessionTitle: { id: 'S', en: 'S' }, tukName: 'TUK', tukType: 'sewaktu', tukZone: null, date: '2026-11-21', startTime: '08:00', assessorNames: [], assessors: [] },
  attendance: { registered: rows.length, present: 0, absent: 0, notRecorded: rows.length },
  rows: rows.map((r) => ({ candidateId: r.candidateId, participantNo: r.participantNo, name: r.name, seat: r.seat, nik: '3273011708950001', institution: null, assessorName: r.assessorName, attendance: 'not_recorded', cardPassword: null })),
});

const rizkyRow = () => screen.getAllByTestId('board-row').find((r) => r.dataset.candidate === RIZKY.participantNo)!;

function openAction(action: string) {
  fireEvent.click(within(rizkyRow()).getByTestId('board-actions'));
  fireEvent.click(within(rizkyRow()).getByTestId(`board-action-${action}`));
  return screen.getByTestId(`action-dialog-${action}`);
}

describe('per-candidate actions', () => {
  it("closes a row's list of actions when the keyboard leaves it, and keeps it open while it moves inside", async () => {
    await openBoard({});
    const toggle = within(rizkyRow()).getByTestId('board-actions');
    fireEvent.click(toggle);
    const items = within(rizkyRow()).getAllByRole('button').filter((b) => b.dataset.testid?.startsWith('board-action-'));
    fireEvent.blur(toggle, { relatedTarget: items[0] });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const siti = screen.getAllByTestId('board-row').find((r) => r.dataset.candidate === SITI.participantNo)!;
    // Tab past the last action: the focus is on the next row's button, which the open list covered.
    fireEvent.blur(items[items.length - 1], { relatedTarget: within(siti).getByTestId('board-actions') });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(rizkyRow()).queryAllByTestId(/^board-action-(?!unlock)/)).toEqual([]);
  });

  it('offers only what fits the row: a candidate not signed in can be marked absent, not extended', async () => {
    await openBoard({});
    const siti = screen.getAllByTestId('board-row').find((r) => r.dataset.candidate === SITI.participantNo)!;
    fireEvent.click(within(siti).getByTestId('board-actions'));
    expect(within(siti).queryByTestId('board-action-extendTime')).toBeNull();
    expect(within(siti).getByTestId('board-action-markAbsent')).toBeTruthy();
    fireEvent.click(within(rizkyRow()).getByTestId('board-actions'));
    for (const action of ['extendTime', 'pause', 'resetLogin', 'forceSubmit']) expect(within(rizkyRow()).getByTestId(`board-action-${action}`)).toBeTruthy();
    expect(within(rizkyRow()).queryByTestId('board-action-resume')).toBeNull();
  });

  it('the force-submit dialog says how many questions the candidate has answered, before handing the test in', async () => {
    await openBoard({});
    const dialog = openAction('forceSubmit');
    expect(within(dialog).getByTestId('action-answered').textContent).toBe('3 dari 28 soal sudah dijawab.');
    expect(screen.queryByTestId('action-answered')).toBe(within(dialog).getByTestId('action-answered'));
    fireEvent.click(within(dialog).getByTestId('action-cancel'));
    // Other actions do not say it.
    expect(within(openAction('pause')).queryByTestId('action-answered')).toBeNull();
  });

  it('the pause dialog says answers given during the pause are refused, not held (the core refuses them for good)', async () => {
    await openBoard({});
    const help = openAction('pause').textContent ?? '';
    expect(help).toContain(id.examDay.actions.help.pause);
    expect(id.examDay.actions.help.pause).not.toMatch(/ditahan/);
    expect(id.examDay.actions.help.pause).toMatch(/ditolak/);
    expect(en.examDay.actions.help.pause).not.toMatch(/held/);
    expect(en.examDay.actions.help.pause).toMatch(/refused/);
  });

  it('requires a reason, shows the core’s refusal in the dialog, and sends the reason and minutes', async () => {
    let refuse = true;
    const fake = await openBoard({
      'exam/forceSubmit': (): TransportReply => fail('ATTEMPT_SUBMITTED'),
      'exam/extendTime': (args): TransportReply =>
        refuse ? fail('BAD_ARGS', { details: 'minutes' }) : ok({ sessionId: 's1', candidateId: 'c1', clock: null, extensionMinutes: (args as { minutes: number }).minutes }),
    });

    // Force submit: no reason, no call; then the core refuses (submitted a moment ago) and says why.
    let dialog = openAction('forceSubmit');
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: ' x ' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    expect(within(dialog).getByRole('alert').textContent).toBe(id.examDay.actions.reasonTooShort);
    expect(fake.calls.some((c) => c.method === 'exam/forceSubmit')).toBe(false);

    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Peserta sakit' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    const error = await within(dialog).findByTestId('error-message');
    expect(error.dataset.errorCode).toBe('ATTEMPT_SUBMITTED');
    expect(error.textContent).toBe(id.errors.ATTEMPT_SUBMITTED);
    fireEvent.click(within(dialog).getByTestId('action-cancel'));
    expect(screen.queryByTestId('action-dialog-forceSubmit')).toBeNull();

    // Extend time: minutes out of range are caught before the call; a refusal keeps the dialog open.
    dialog = openAction('extendTime');
    fireEvent.change(within(dialog).getByTestId('action-minutes'), { target: { value: '0' } });
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Listrik padam di PC-01' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    expect(dialog.textContent).toContain(id.examDay.actions.minutesInvalid);
    expect(fake.calls.some((c) => c.method === 'exam/extendTime')).toBe(false);

    fireEvent.change(within(dialog).getByTestId('action-minutes'), { target: { value: '15' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    expect((await within(dialog).findByTestId('error-message')).dataset.errorCode).toBe('BAD_ARGS');

    refuse = false;
    fireEvent.click(screen.getByTestId('lang-en'));
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    await waitFor(() => expect(screen.queryByTestId('action-dialog-extendTime')).toBeNull());
    expect(fake.calls.filter((c) => c.method === 'exam/extendTime').at(-1)?.args).toEqual({
      sessionId: 's1',
      candidateId: 'c1',
      reason: 'Listrik padam di PC-01',
      minutes: 15,
    });
    expect(screen.getByTestId('action-done').textContent).toContain(en.examDay.actions.names.extendTime);
  });

  it('issues a new card: shows its password once, prints only that card with it', async () => {
    const card = { sessionId: 's1', candidateId: 'c1', participantNo: RIZKY.participantNo, name: RIZKY.name, password: 'ABCD-EFGH-JKMN', issuedAt: now(), revokedSessions: 1, firstCard: false, alsoFor: [] };
    const fake = await openBoard({
      'exam/issueCard': () => ok(card),
      'print/sessionSheet': () => ok(sheetOf([RIZKY, SITI])),
    });
    const dialog = openAction('issueCard');
    expect(dialog.textContent).toContain(id.examDay.actions.help.issueCard);
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Kartu hilang' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    const shown = await screen.findByTestId('new-card');
    expect(within(shown).getByTestId('new-card-password').textContent).toBe('ABCD-EFGH-JKMN');
    expect(within(shown).getByTestId('new-card-participant').textContent).toBe(RIZKY.participantNo);
    expect(shown.textContent).toContain(id.examDay.card.once);
    expect(shown.textContent).not.toContain(id.examDay.card.onceFirst);
    expect(shown.textContent).toContain(id.examDay.card.signedOut);
    expect(within(shown).queryByTestId('new-card-also-for')).toBeNull();
    // Nothing is left to cancel: the card is issued.
    expect(within(shown).queryByTestId('action-cancel')).toBeNull();
    expect(fake.calls.find((c) => c.method === 'exam/issueCard')?.args).toEqual({ sessionId: 's1', candidateId: 'c1', reason: 'Kartu hilang' });

    // The card print: this candidate's card alone, with the new password on it.
    const print = within(shown).getByTestId('print-card-open');
    print.focus();
    fireEvent.click(print);
    expect(document.activeElement).toBe(await screen.findByTestId('print-close'));
    const cards = await waitFor(() => {
      const found = [...document.querySelectorAll<HTMLElement>('.print-card')];
      expect(found.length).toBeGreaterThan(0);
      return found;
    });
    expect(cards).toHaveLength(1);
    expect(cards[0].textContent).toContain(RIZKY.participantNo);
    expect(cards[0].textContent).toContain('ABCD-EFGH-JKMN');
    fireEvent.click(screen.getByTestId('print-close'));
    // Back in the dialog, on the button that printed: on the page behind it, Escape and Tab left the dialog.
    expect(document.activeElement).toBe(within(screen.getByTestId('new-card')).getByTestId('print-card-open'));

    fireEvent.click(within(await screen.findByTestId('new-card')).getByTestId('action-confirm'));
    await waitFor(() => expect(screen.queryByTestId('new-card')).toBeNull());
    expect(screen.getByTestId('action-done').textContent).toContain(id.examDay.actions.names.issueCard);
  });

  it("says a candidate's first card (no password from the LSP yet) voids no old card, and how long it works", async () => {
    const card = { sessionId: 's1', candidateId: 'c1', participantNo: RIZKY.participantNo, name: RIZKY.name, password: 'ABCD-EFGH-JKMN', issuedAt: now(), revokedSessions: 0, firstCard: true, alsoFor: [] };
    await openBoard({ 'exam/issueCard': () => ok(card) });
    const dialog = openAction('issueCard');
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Belum diberi kata sandi oleh LSP' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    const shown = await screen.findByTestId('new-card');
    expect(shown.textContent).toContain(id.examDay.card.onceFirst);
    expect(shown.textContent).not.toContain(id.examDay.card.once);
    expect(shown.textContent).not.toContain(id.examDay.card.signedOut);
  });

  it("says which of the candidate's other sessions today the new password replaces the LSP's card for", async () => {
    const card = { sessionId: 's1', candidateId: 'c1', participantNo: RIZKY.participantNo, name: RIZKY.name, password: 'ABCD-EFGH-JKMN', issuedAt: now(), revokedSessions: 1, firstCard: false, alsoFor: ['JWP-SORE-01'] };
    await openBoard({ 'exam/issueCard': () => ok(card) });
    const dialog = openAction('issueCard');
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Kartu hilang' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    const also = await screen.findByTestId('new-card-also-for');
    expect(also.textContent).toBe(id.examDay.card.alsoFor_other.replace('{{sessions}}', 'JWP-SORE-01'));
  });

  it('does not offer a new card for a test already handed in', async () => {
    await openBoard({ 'exam/board': () => ok(board(now(), [{ ...inTest, phase: 'submitted', signedIn: false }, SITI])) });
    // Nothing is left to do for a test handed in: no actions at all.
    expect(within(rizkyRow()).queryByTestId('board-actions')).toBeNull();
    const siti = screen.getAllByTestId('board-row').find((r) => r.dataset.candidate === SITI.participantNo)!;
    fireEvent.click(within(siti).getByTestId('board-actions'));
    expect(within(siti).getByTestId('board-action-issueCard')).toBeTruthy();
  });

  it('unlocks a locked account from its row with a reason', async () => {
    const fake = await openBoard({
      'exam/board': () => ok(board(now(), [{ ...inTest, locked: true }, SITI])),
      'accounts/unlock': () => ok({ accountId: 'acc-c1', unlocked: true }),
    });
    fireEvent.click(within(rizkyRow()).getByTestId('board-action-unlock'));
    const dialog = screen.getByTestId('action-dialog-unlock');
    fireEvent.change(within(dialog).getByTestId('action-reason'), { target: { value: 'Identitas sudah diperiksa' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    await waitFor(() => expect(screen.queryByTestId('action-dialog-unlock')).toBeNull());
    expect(fake.calls.find((c) => c.method === 'accounts/unlock')?.args).toEqual({ accountId: 'acc-c1', reason: 'Identitas sudah diperiksa' });
  });
});
