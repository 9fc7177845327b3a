import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CbtAnswer, CbtState } from '../../electron/shared/cbt';
import { apiError } from '../../electron/shared/errors';
import { id } from '../../electron/shared/i18n/id';
import { openOutbox } from '../../renderer/src/cbt/outbox-store';
import { clockOf, submittedState, testState } from './cbt-fixtures';
import { pending } from './cbt/pending-fixtures';
import { fakeTransport, ok } from './fake-transport';
import { TOKEN, principal } from './fixtures';
import { renderApp } from './render-app';

type Sent = { itemId: string; seq: number; choice: number | null; text: string | null; doubtful: boolean; answeredAt?: string };

// A fresh IndexedDB per test: the outbox of one test must not leak into the next.
beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));
afterEach(() => vi.unstubAllGlobals());

/**
 * A room server whose link the test cuts and restores; its answers follow the core's rule (the highest
 * `seq` per question wins), so a replay can be checked against what the server ends up holding.
 */
function roomServer(initial: CbtState) {
  let online = true;
  let revoked: 'UNAUTHENTICATED' | 'LOGIN_MOVED' | null = null;
  let state = initial;
  const sent: Sent[] = [];
  const held = new Map<string, CbtAnswer>(initial.answers.map((a) => [a.itemId, a]));
  // The deadline is a real moment, and every reading tells the time left until it, as the core does.
  const deadlineAt = Date.now() + (initial.clock?.remainingMs ?? 0);
  const clock = () => ({
    serverNow: new Date().toISOString(),
    deadline: new Date(deadlineAt).toISOString(),
    remainingMs: Math.max(0, deadlineAt - Date.now()),
    paused: false,
  });
  const networkDown = { ok: false as const, error: { code: 'NETWORK' as const, messageKey: 'errors.NETWORK' as const, params: {} } };
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('candidate', initial.agreement.candidateName)),
    'cbt/state': () => {
      const answers = [...held.values()];
      return ok({ ...state, answers, lastSeq: Math.max(0, ...answers.map((a) => a.seq)), clock: state.clock && clock() });
    },
    'cbt/save': (args) => {
      const save = args as Sent;
      sent.push(save);
      const current = held.get(save.itemId);
      const stored = !current || current.seq < save.seq;
      if (stored) held.set(save.itemId, { itemId: save.itemId, choice: save.choice, text: save.text, doubtful: save.doubtful, seq: save.seq });
      return ok({ itemId: save.itemId, seq: save.seq, stored, savedAt: new Date().toISOString(), clock: clock() });
    },
    'cbt/visit': (args) => ok(args),
    'cbt/clock': () => ok(state.clock && clock()),
    'cbt/heartbeat': () => ok(state.clock && clock()),
    'auth/signOut': () => ok({}),
    'cbt/submit': () => {
      state = submittedState('timeout');
      return ok(state);
    },
  });
  const invoke = fake.transport.invoke.bind(fake.transport);
  fake.transport.invoke = async (method, args, token) => {
    if (!online && method !== 'auth/whoami') return networkDown;
    if (revoked && method !== 'app/info') return { ok: false, error: apiError(revoked) };
    return invoke(method, args, token);
  };
  return {
    ...fake,
    sent,
    held,
    setOnline: (value: boolean) => (online = value),
    revoke: (code: 'UNAUTHENTICATED' | 'LOGIN_MOVED' = 'UNAUTHENTICATED') => (revoked = code),
    /** Another PC (after a reset login) answered: the server holds something this PC never saw. */
    answerElsewhere: (answer: CbtAnswer) => held.set(answer.itemId, answer),
    setState: (next: CbtState) => (state = next),
  };
}

/** Opens the app as a reload does: the tab keeps its token, the page starts from nothing. */
async function openTest(server: ReturnType<typeof roomServer>) {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const view = renderApp(server.transport);
  await screen.findByTestId('cbt-test');
  return view;
}

const option = (letter: string) => screen.getAllByTestId('cbt-option').find((o) => o.dataset.letter === letter)!;

describe('the outbox across reloads and sign-outs', () => {
  it('keeps answers given offline through a reload and sends them, renumbered above the server’s last number', async () => {
    const server = roomServer(testState({ answers: [{ itemId: 'mc-2', choice: 1, text: null, doubtful: false, seq: 4 }], lastSeq: 4 }));
    const started = Date.now();
    const first = await openTest(server);
    server.setOnline(false);
    fireEvent.click(option('C'));
    await waitFor(() => expect(screen.getByTestId('cbt-offline').dataset.pending).toBe('1'));
    fireEvent.click(screen.getByTestId('cbt-doubt'));
    const given = Date.now();
    // The tab goes away with the answer unsent (a reload, a crash): only IndexedDB keeps it.
    first.unmount();
    await new Promise((resolve) => setTimeout(resolve, 20));

    server.setOnline(true);
    await openTest(server);
    await waitFor(() => expect(server.held.get('mc-1')).toMatchObject({ choice: 2, doubtful: true, seq: 5 }));
    // It carries the time it was given, not the time it was sent: this fake server shares the page's clock, so
    // the page's offset estimate is only the reading's delivery delay (a few ms, never positive).
    const answeredAt = Date.parse(server.sent.filter((s) => s.itemId === 'mc-1').at(-1)?.answeredAt ?? '');
    expect(answeredAt).toBeGreaterThanOrEqual(started - 1_000);
    expect(answeredAt).toBeLessThanOrEqual(given);
    expect(option('C').getAttribute('aria-pressed')).toBe('true');
    expect(server.held.get('mc-2')?.seq).toBe(4);
    await waitFor(() => expect(screen.getByTestId('cbt-save-state').dataset.state).toBe('saved'));
  });

  it('never lets an old pending save overwrite an answer given on another PC meanwhile', async () => {
    const server = roomServer(testState());
    const first = await openTest(server);
    server.setOnline(false);
    fireEvent.click(option('A'));
    await screen.findByTestId('cbt-offline');
    first.unmount();
    await new Promise((resolve) => setTimeout(resolve, 20));

    // Reset login: the candidate went on elsewhere and answered question 1 with D there.
    server.answerElsewhere({ itemId: 'mc-1', choice: 3, text: null, doubtful: false, seq: 3 });
    server.setOnline(true);
    const sentBefore = server.sent.length;
    await openTest(server);
    await waitFor(() => expect(option('D').getAttribute('aria-pressed')).toBe('true'));
    await waitFor(() => expect(screen.getByTestId('cbt-save-state').dataset.state).toBe('saved'));
    expect(server.sent.slice(sentBefore)).toEqual([]);
    expect(server.held.get('mc-1')).toMatchObject({ choice: 3, seq: 3 });
  });

  it('asks before signing out with unsent answers, keeps them on the PC, and says so on the sign-in screen', async () => {
    const server = roomServer(testState());
    await openTest(server);
    server.setOnline(false);
    fireEvent.click(option('B'));
    await screen.findByTestId('cbt-offline');

    fireEvent.click(screen.getByTestId('signout'));
    const dialog = await screen.findByTestId('cbt-signout-dialog');
    expect(within(dialog).getByTestId('cbt-signout-pending').textContent).toBe(id.cbt.signOut.text.replace('{{pending}}', '1'));
    // The dialog opens when the failed send settles, outside any click: its focus effect may come a moment later.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByTestId('cbt-signout-stay')));
    fireEvent.click(within(dialog).getByTestId('cbt-signout-stay'));
    expect(screen.queryByTestId('cbt-signout-dialog')).toBeNull();
    expect(screen.getByTestId('cbt-test')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('signout').hasAttribute('disabled')).toBe(false));

    fireEvent.click(screen.getByTestId('signout'));
    fireEvent.click(within(await screen.findByTestId('cbt-signout-dialog')).getByTestId('cbt-signout-confirm'));
    await screen.findByTestId('signin-form');
    const notice = await screen.findByTestId('outbox-waiting');
    expect(notice.textContent).toBe(id.cbt.offline.waitingOnPc.replace('{{pending}}', '1'));
  });

  it('with every answer on the server, asks only whether to leave the test, and leaves nothing waiting on the PC', async () => {
    const server = roomServer(testState());
    await openTest(server);
    fireEvent.click(option('B'));
    await waitFor(() => expect(screen.getByTestId('cbt-save-state').dataset.state).toBe('saved'));
    fireEvent.click(screen.getByTestId('signout'));
    const dialog = await screen.findByTestId('cbt-signout-dialog');
    expect(within(dialog).getByTestId('cbt-signout-pending').dataset.pending).toBe('0');
    fireEvent.click(within(dialog).getByTestId('cbt-signout-confirm'));
    await screen.findByTestId('signin-form');
    expect(screen.queryByTestId('outbox-waiting')).toBeNull();
    expect(server.held.get('mc-1')).toMatchObject({ choice: 1 });
  });

  it('is thrown out (reset login, the sign-in revoked) without losing what waits', async () => {
    const server = roomServer(testState());
    await openTest(server);
    server.setOnline(false);
    fireEvent.click(option('D'));
    await screen.findByTestId('cbt-offline');
    server.revoke();
    server.setOnline(true);
    // The next retry or heartbeat meets UNAUTHENTICATED: back to the sign-in screen, the answer kept.
    await screen.findByTestId('signin-form', {}, { timeout: 5_000 });
    expect((await screen.findByTestId('outbox-waiting')).dataset.pending).toBe('1');
    expect(server.held.has('mc-1')).toBe(false);
  });

  it('after a reset login, says the answers waiting on the old PC did not move with the login, instead of promising them', async () => {
    const server = roomServer(testState());
    await openTest(server);
    server.setOnline(false);
    fireEvent.click(option('D'));
    await screen.findByTestId('cbt-offline');
    server.revoke('LOGIN_MOVED');
    server.setOnline(true);
    await screen.findByTestId('signin-form', {}, { timeout: 5_000 });
    const notice = await screen.findByTestId('outbox-waiting');
    expect(notice.dataset.pending).toBe('1');
    expect(notice.textContent).toBe(id.cbt.offline.waitingOnMovedPc.replace('{{pending}}', '1'));
  });

  it('at zero while offline stops taking answers, says they will be sent, then delivers them and submits', async () => {
    const server = roomServer(testState({ clock: clockOf(1_500) }));
    const deadline = Date.now() + 1_500;
    await openTest(server);
    server.setOnline(false);
    fireEvent.click(option('B'));
    await screen.findByTestId('cbt-offline');
    const offline = await screen.findByTestId('cbt-time-up-offline', {}, { timeout: 5_000 });
    expect(offline.textContent).toBe(id.cbt.offline.timeUp.replace('{{pending}}', '1'));
    // The banner behind the dialog no longer tells the candidate to keep working.
    expect(screen.getByTestId('cbt-offline').textContent).not.toContain('tetap dapat mengerjakan soal');
    expect(screen.getByTestId('cbt-offline').textContent).toBe(id.cbt.offline.bannerFinished.replace('{{pending}}', '1'));
    // The question that held the focus is locked: the dialog takes it, not the page (then the header behind it).
    expect(document.activeElement).toBe(screen.getByTestId('cbt-time-up'));
    // It has nothing to press: Tab stays on it rather than leaving the page (a departure on the board).
    expect(fireEvent.keyDown(screen.getByTestId('cbt-time-up'), { key: 'Tab' })).toBe(false);
    expect(screen.getByTestId('cbt-next').hasAttribute('disabled')).toBe(true);
    expect(option('C').hasAttribute('disabled')).toBe(true);

    server.setOnline(true);
    await screen.findByTestId('cbt-thanks', {}, { timeout: 10_000 });
    const last = server.sent.at(-1)!;
    expect(last).toMatchObject({ itemId: 'mc-1', choice: 1 });
    // Given before the deadline on the server's clock: the core counts it though it arrives late.
    expect(Date.parse(last.answeredAt!)).toBeLessThanOrEqual(deadline);
    const order = server.calls.map((c) => c.method).filter((m) => m === 'cbt/save' || m === 'cbt/submit');
    expect(order.at(-1)).toBe('cbt/submit');
  }, 20_000); // real time: the countdown runs out, then the delivery is retried every 2 s

  it('says on the receipt that a change still on this PC when the proctor closed the session was not accepted', async () => {
    const server = roomServer(testState());
    await openTest(server);
    // The proctor closes the session between the click and its save: the core takes nothing more.
    server.setState(submittedState('candidate'));
    const invoke = server.transport.invoke.bind(server.transport);
    server.transport.invoke = async (method, args, token) =>
      method === 'cbt/save' ? { ok: false, error: apiError('SESSION_ENDED') } : invoke(method, args, token);
    fireEvent.click(option('B'));
    const notice = await screen.findByTestId('cbt-not-received');
    expect(notice.dataset.count).toBe('1');
    expect(notice.textContent).toBe(id.cbt.thanks.notReceived_other.replace('{{count}}', '1'));
    expect(screen.getByTestId('cbt-receipt').textContent).toBe('K7QM-2XPA');
    expect(server.held.has('mc-1')).toBe(false);
  });

  it('closes the test, not retrying for ever, when a save is refused as held back while online, and says it was not accepted', async () => {
    const server = roomServer(testState());
    await openTest(server);
    // Time ran out and the core found this PC had talked to it after the answer was given.
    server.setState(submittedState('timeout'));
    const invoke = server.transport.invoke.bind(server.transport);
    server.transport.invoke = async (method, args, token) =>
      method === 'cbt/save' ? { ok: false, error: apiError('ANSWER_HELD_WHILE_ONLINE') } : invoke(method, args, token);
    fireEvent.click(option('B'));
    const notice = await screen.findByTestId('cbt-not-received');
    expect(notice.textContent).toBe(id.cbt.thanks.notReceived_other.replace('{{count}}', '1'));
    expect(server.held.has('mc-1')).toBe(false);
  });

  it('offers what waits for an attempt already submitted by time (reloaded offline at the deadline), then forgets it', async () => {
    const outbox = await openOutbox({ candidateId: 'c-1', sessionId: 'sess-1' });
    outbox.put(pending({ itemId: 'mc-2', seq: 3, choice: 4, answeredAt: '2026-11-21T01:59:58.000Z' }));
    await outbox.settled();
    outbox.close();
    const server = roomServer(submittedState('timeout'));
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    renderApp(server.transport);
    await screen.findByTestId('cbt-thanks');
    await waitFor(() => expect(server.held.get('mc-2')).toMatchObject({ choice: 4, seq: 3 }));
    expect(server.sent).toEqual([{ itemId: 'mc-2', seq: 3, choice: 4, text: null, doubtful: false, answeredAt: '2026-11-21T01:59:58.000Z' }]);
    // Delivered: the state is asked again (the receipt covers it now) and the outbox is empty.
    await waitFor(() => expect(server.calls.filter((c) => c.method === 'cbt/state')).toHaveLength(2));
    const again = await openOutbox({ candidateId: 'c-1', sessionId: 'sess-1' });
    expect(again.list()).toEqual([]);
    again.close();
  });
});
