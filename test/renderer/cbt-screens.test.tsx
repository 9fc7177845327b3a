import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CbtState } from '../../electron/shared/cbt';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import type { TransportReply } from '../../renderer/src/api/transport';
import { ESSAY_PAUSE_MS } from '../../renderer/src/screens/candidate/use-answer-editor';
import { ITEMS, agreementState, clockOf, submittedState, testState } from './cbt-fixtures';
import { TOKEN, principal } from './fixtures';
import { fail, fakeTransport, ok } from './fake-transport';
import { renderApp } from './render-app';

type SaveArgs = { itemId: string; seq: number; choice: number | null; text: string | null; doubtful: boolean };

/** A small stand-in for the core's CBT methods: it records saves and answers like the real one. */
function candidateCore(initial: CbtState, overrides: Parameters<typeof fakeTransport>[0] = {}) {
  // Saves are recorded by the default handler; an override that accepts saves records into the same list.
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const saves: SaveArgs[] = [];
  /** Kept apart from `saves`: when each answer was given, on the server's clock as the screen estimates it. */
  const answeredAts: string[] = [];
  /** Records a save as the core got it, its `answeredAt` into its own list. */
  const record = (args: unknown): SaveArgs => {
    const { answeredAt, ...save } = args as SaveArgs & { answeredAt?: string };
    if (answeredAt !== undefined) answeredAts.push(answeredAt);
    saves.push(save);
    return save;
  };
  let state = initial;
  const clock = overrides['cbt/clock'] ?? (() => ok(state.clock));
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('candidate', initial.agreement.candidateName)),
    'cbt/state': () => ok(state),
    'cbt/agree': () => {
      state = testState();
      return ok(state);
    },
    'cbt/save': (args) => {
      const save = record(args);
      return ok({ itemId: save.itemId, seq: save.seq, stored: true, savedAt: '2026-11-21T02:00:00.000Z', clock: clockOf(60 * 60_000) });
    },
    'cbt/visit': (args) => ok(args),
    'cbt/clock': () => ok(state.clock),
    // The heartbeat brings the same clock as `cbt/clock`, also when a test overrides that one.
    'cbt/heartbeat': (args, token) => clock(args, token),
    'cbt/submit': () => {
      state = submittedState();
      return ok(state);
    },
    ...overrides,
  });
  return { ...fake, saves, answeredAts, record, setState: (next: CbtState) => (state = next) };
}

/**
 * The screen's effects (key handler, push subscription) run after React paints; the push subscription
 * being there says they all have, so the test acts on a screen that is fully wired.
 */
async function testScreen(core: ReturnType<typeof candidateCore>): Promise<HTMLElement> {
  const screenEl = await screen.findByTestId('cbt-test');
  await waitFor(() => expect(core.subscriberCount()).toBe(1));
  return screenEl;
}

const option = (letter: string) => screen.getAllByTestId('cbt-option').find((o) => o.dataset.letter === letter)!;
const cells = () => screen.getAllByTestId('cbt-grid-cell');
const questionNumber = () => screen.getByTestId('cbt-question').dataset.number;

describe('FR.AK.01 agreement', () => {
  it('shows the agreement with all five evidence kinds, the collected ones ticked, and starts only after "I agree"', async () => {
    const core = candidateCore(agreementState());
    renderApp(core.transport);
    const form = await screen.findByTestId('cbt-agreement');
    for (const text of ['Muhammad Rizky Pratama', 'JWP-2026-001', 'SS.JWP/LSPP/005/2022', 'Dra. Sri Wahyuningsih, M.Kom.', 'MET.000.004512 2019', 'TUK Sewaktu Lab Komputer Demo']) {
      expect(form.textContent).toContain(text);
    }
    // Opened by the sign-in, whose form went away with the focus: the agreement's title takes it, where reading starts.
    await waitFor(() => expect(document.activeElement).toBe(within(form).getByRole('heading', { level: 1 })));
    const evidence = within(screen.getByTestId('agreement-evidence')).getAllByRole('listitem');
    expect(evidence.map((e) => [e.dataset.evidence, e.dataset.collected])).toEqual([
      ['portfolio', 'false'],
      ['observation', 'true'],
      ['written', 'true'],
      ['oral', 'true'],
      ['interview', 'false'],
    ]);
    expect(form.textContent).toContain(id.agreement.declarationAppeal);
    expect(form.textContent).toContain(id.agreement.declarationConfidential);
    expect(form.textContent).toContain(id.agreement.declarationConsent);

    const start = screen.getByTestId<HTMLButtonElement>('agreement-start');
    expect(start.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('agreement-accept'));
    expect(start.disabled).toBe(false);
    fireEvent.click(start);
    await screen.findByTestId('cbt-test');
    expect(core.calls.find((c) => c.method === 'cbt/agree')?.args).toEqual({ accept: true });
  });

  it('shows the core’s refusal (session ended) instead of starting', async () => {
    const core = candidateCore(agreementState(), { 'cbt/agree': () => fail('SESSION_ENDED') });
    renderApp(core.transport);
    fireEvent.click(await screen.findByTestId('agreement-accept'));
    fireEvent.click(screen.getByTestId('agreement-start'));
    expect((await screen.findByTestId('error-message')).dataset.errorCode).toBe('SESSION_ENDED');
    expect(screen.queryByTestId('cbt-test')).toBeNull();
  });
});

describe('test screen', () => {
  it('saves a click at once with the next sequence number, and shows it in the grid and the save state', async () => {
    const core = candidateCore(testState({ lastSeq: 7 }));
    renderApp(core.transport);
    await testScreen(core);
    expect(screen.getByTestId('cbt-test').textContent).toContain('JWP-2026-001');
    fireEvent.click(option('C'));
    await waitFor(() => expect(core.saves).toHaveLength(1));
    expect(core.saves[0]).toEqual({ itemId: 'mc-1', seq: 8, choice: 2, text: null, doubtful: false });
    expect(option('C').getAttribute('aria-pressed')).toBe('true');
    expect(option('A').getAttribute('aria-pressed')).toBe('false');
    await waitFor(() => expect(screen.getByTestId('cbt-save-state').dataset.state).toBe('saved'));
    expect(screen.getByTestId('cbt-question-save-state').dataset.state).toBe('saved');
    expect(cells()[0].dataset.state).toBe('answered');
    expect(cells()[0].textContent).toContain('C');
  });

  it('names each grid square with what it shows (number and chosen letter), as axe label-content-name-mismatch asks', async () => {
    const core = candidateCore(
      testState({
        position: 2,
        answers: [
          { itemId: 'mc-1', choice: 3, text: null, doubtful: true, seq: 4 },
          { itemId: 'essay-1', choice: null, text: 'GET membaca data', doubtful: false, seq: 5 },
        ],
      }),
    );
    renderApp(core.transport);
    await testScreen(core);
    // axe's check: the visible text's words (letters and digits, spans joined as rendered) in order inside the name.
    const words = (s: string) => s.replace(/\([^()]*\)/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
    for (const cell of cells()) {
      expect(` ${words(cell.getAttribute('aria-label') ?? '')} `).toContain(` ${words(cell.textContent ?? '')} `);
    }
    expect(cells()[0].getAttribute('aria-label')).toBe('Soal 1, D: Ragu-ragu');
    expect(cells()[1].getAttribute('aria-label')).toBe('Soal 2: Belum dijawab');
  });

  it('answers with A–E and 1–5, moves with the arrows, and tells the core where the candidate is', async () => {
    const core = candidateCore(testState());
    renderApp(core.transport);
    await testScreen(core);
    fireEvent.keyDown(window, { key: 'b' });
    await waitFor(() => expect(core.saves.at(-1)).toMatchObject({ itemId: 'mc-1', choice: 1 }));
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(questionNumber()).toBe('2');
    fireEvent.keyDown(window, { key: '5' });
    await waitFor(() => expect(core.saves.at(-1)).toMatchObject({ itemId: 'mc-2', choice: 4 }));
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(questionNumber()).toBe('1');
    expect(option('B').getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(core.calls.filter((c) => c.method === 'cbt/visit').map((c) => c.args)).toEqual([{ position: 1 }, { position: 0 }]));
    // A key with Ctrl is the browser's, not an answer.
    fireEvent.keyDown(window, { key: 'a', ctrlKey: true });
    expect(option('B').getAttribute('aria-pressed')).toBe('true');
  });

  it('resumes on the stored question with the stored answers and ragu-ragu marks', async () => {
    const core = candidateCore(
      testState({
        position: 2,
        lastSeq: 5,
        answers: [
          { itemId: 'mc-1', choice: 3, text: null, doubtful: true, seq: 4 },
          { itemId: 'essay-1', choice: null, text: 'GET membaca data', doubtful: false, seq: 5 },
        ],
      }),
    );
    renderApp(core.transport);
    await testScreen(core);
    expect(questionNumber()).toBe('3');
    expect(screen.getByTestId<HTMLTextAreaElement>('cbt-essay').value).toBe('GET membaca data');
    expect(cells().map((c) => c.dataset.state)).toEqual(['doubtful', 'unanswered', 'answered']);
    expect(cells()[2].getAttribute('aria-current')).toBe('step');
    fireEvent.click(cells()[0]);
    expect(screen.getByTestId('cbt-doubt').getAttribute('aria-pressed')).toBe('true');
    expect(option('D').getAttribute('aria-pressed')).toBe('true');
    // Turning ragu-ragu off sends the whole question: the choice stays.
    fireEvent.click(screen.getByTestId('cbt-doubt'));
    await waitFor(() => expect(core.saves).toEqual([{ itemId: 'mc-1', seq: 6, choice: 3, text: null, doubtful: false }]));
  });

  it('saves essay text after a pause in typing, ignores letter keys inside the box, and counts words', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const core = candidateCore(testState({ position: 2 }));
      renderApp(core.transport);
      await testScreen(core);
      const box = screen.getByTestId<HTMLTextAreaElement>('cbt-essay');
      expect(box.getAttribute('spellcheck')).toBe('false');
      fireEvent.keyDown(box, { key: 'a' });
      fireEvent.change(box, { target: { value: 'GET mengambil' } });
      fireEvent.change(box, { target: { value: 'GET mengambil data' } });
      expect(screen.getByTestId('cbt-word-count').textContent).toContain('3');
      // Typing is how an essay is saved: it reads as saving, not as a problem.
      expect(screen.getByTestId('cbt-question-save-state').dataset.state).toBe('saving');
      expect(core.saves).toHaveLength(0);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(ESSAY_PAUSE_MS);
      });
      await waitFor(() => expect(core.saves).toEqual([{ itemId: 'essay-1', seq: 1, choice: null, text: 'GET mengambil data', doubtful: false }]));
      await waitFor(() => expect(screen.getByTestId('cbt-question-save-state').dataset.state).toBe('saved'));
      expect(questionNumber()).toBe('3');
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves essay text at once when the candidate leaves the question', async () => {
    const core = candidateCore(testState({ position: 2 }));
    renderApp(core.transport);
    await testScreen(core);
    const box = screen.getByTestId('cbt-essay');
    fireEvent.change(box, { target: { value: 'POST mengirim data' } });
    fireEvent.click(screen.getByTestId('cbt-prev'));
    await waitFor(() => expect(core.saves).toEqual([{ itemId: 'essay-1', seq: 1, choice: null, text: 'POST mengirim data', doubtful: false }]));
    expect(questionNumber()).toBe('2');
  });

  it('keeps an answer the network refused, shows it as not saved, and delivers it before submitting', async () => {
    let online = false;
    const core = candidateCore(testState());
    const save = core.transport.invoke.bind(core.transport);
    core.transport.invoke = async (method, args, token): Promise<TransportReply> => {
      if (method === 'cbt/save' && !online) return { ok: false, error: { code: 'NETWORK', messageKey: 'errors.NETWORK', params: {} } };
      return save(method, args, token);
    };
    renderApp(core.transport);
    await testScreen(core);
    fireEvent.click(option('A'));
    await waitFor(() => expect(screen.getByTestId('cbt-save-state').dataset.state).toBe('unsaved'));
    // A cut link is told calmly, with the count, and without an error box: the candidate keeps working.
    expect(screen.getByTestId('cbt-offline').textContent).toBe(id.cbt.offline.banner.replace('{{pending}}', '1'));
    // The top bar and the question say what the banner says (kept on this PC), not "not saved" beside it.
    expect(screen.getByTestId('cbt-save-state').textContent).toContain(id.cbt.save.onThisPc);
    expect(screen.getByTestId('cbt-question-save-state').textContent).toContain(id.cbt.save.onThisPc);
    expect(screen.queryByTestId('cbt-save-problem')).toBeNull();
    expect(screen.queryByTestId('error-message')).toBeNull();
    fireEvent.click(option('B'));
    fireEvent.click(screen.getByTestId('cbt-next'));
    fireEvent.click(option('C'));
    await waitFor(() => expect(screen.getByTestId('cbt-offline').dataset.pending).toBe('2'));
    expect(screen.getByTestId('cbt-offline').textContent).toBe(id.cbt.offline.banner.replace('{{pending}}', '2'));

    online = true;
    fireEvent.click(screen.getByTestId('cbt-finish'));
    const dialog = await screen.findByTestId('cbt-submit-dialog');
    expect(within(dialog).getByTestId('cbt-confirm-unanswered').dataset.count).toBe('1');
    fireEvent.click(within(dialog).getByTestId('cbt-confirm'));
    await screen.findByTestId('cbt-thanks');
    const order = core.calls.map((c) => c.method).filter((m) => m === 'cbt/save' || m === 'cbt/submit');
    expect(order.at(-2)).toBe('cbt/save');
    expect(order.at(-1)).toBe('cbt/submit');
    // The newest state per question, in the order given; the first click on question 1 was replaced.
    expect(core.saves).toEqual([
      { itemId: 'mc-1', seq: 2, choice: 1, text: null, doubtful: false },
      { itemId: 'mc-2', seq: 3, choice: 2, text: null, doubtful: false },
    ]);
  });

  it('lists unanswered and ragu-ragu counts before submitting; "back" submits nothing', async () => {
    const core = candidateCore(
      testState({ answers: [{ itemId: 'mc-1', choice: 0, text: null, doubtful: true, seq: 1 }], lastSeq: 1 }),
    );
    renderApp(core.transport);
    await testScreen(core);
    fireEvent.click(screen.getByTestId('cbt-finish'));
    const dialog = await screen.findByTestId('cbt-submit-dialog');
    expect(dialog.textContent).toContain(id.cbt.confirm.unanswered.replace('{{unanswered}}', '2'));
    expect(dialog.textContent).toContain(id.cbt.confirm.doubtful.replace('{{doubtful}}', '1'));
    // The dialog focuses its safe button in an effect that may run after the dialog is found.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByTestId('cbt-confirm-cancel')));
    // Keys behind the dialog do nothing.
    fireEvent.keyDown(window, { key: 'c' });
    fireEvent.click(within(dialog).getByTestId('cbt-confirm-cancel'));
    expect(screen.queryByTestId('cbt-submit-dialog')).toBeNull();
    expect(core.calls.some((c) => c.method === 'cbt/submit')).toBe(false);
    expect(core.saves).toHaveLength(0);
  });

  it('after a submit the link refused, puts the focus back on "Ya, kumpulkan" to try again, not on the page', async () => {
    let refuse: (reply: TransportReply) => void = () => {};
    const core = candidateCore(testState(), { 'cbt/submit': () => new Promise<TransportReply>((resolve) => (refuse = resolve)) });
    renderApp(core.transport);
    await testScreen(core);
    fireEvent.click(screen.getByTestId('cbt-finish'));
    const dialog = await screen.findByTestId('cbt-submit-dialog');
    const confirm = within(dialog).getByTestId('cbt-confirm');
    // Pressed with the keyboard, then disabled while the submit runs: Chromium takes the focus off a button
    // that becomes disabled (the walk-through found it on the page). jsdom neither does that nor blurs a
    // disabled button, so the focus leaves it just before the press, as it does in the browser just after.
    confirm.focus();
    confirm.blur();
    fireEvent.click(confirm);
    await waitFor(() => expect(confirm.hasAttribute('disabled')).toBe(true));
    expect(document.activeElement).toBe(document.body);
    refuse({ ok: false, error: { code: 'NETWORK', messageKey: 'errors.NETWORK', params: {} } });
    await within(dialog).findByTestId('cbt-submit-offline');
    await waitFor(() => expect(document.activeElement).toBe(confirm));
  });

  it('says, when the room server cannot be reached at the submit, that the answers are safe here and to try again', async () => {
    const core = candidateCore(testState(), { 'cbt/submit': () => ({ ok: false, error: { code: 'NETWORK', messageKey: 'errors.NETWORK', params: {} } }) });
    renderApp(core.transport);
    await testScreen(core);
    fireEvent.click(screen.getByTestId('cbt-finish'));
    fireEvent.click(within(await screen.findByTestId('cbt-submit-dialog')).getByTestId('cbt-confirm'));
    const notice = await screen.findByTestId('cbt-submit-offline');
    expect(notice.textContent).toBe(id.cbt.confirm.offline);
    // Not the staff's "check the cable or the network": a candidate cannot, and needs to know nothing is lost.
    expect(screen.getByTestId('cbt-submit-dialog').textContent).not.toContain(id.errors.NETWORK);
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('cbt-submit-offline').textContent).toBe(en.cbt.confirm.offline));
  });

  it('submits by itself when the server’s clock runs out, and shows the thank-you screen', async () => {
    const core = candidateCore(testState({ clock: clockOf(0) }));
    renderApp(core.transport);
    const thanks = await screen.findByTestId('cbt-thanks');
    expect(core.calls.find((c) => c.method === 'cbt/submit')?.args).toEqual({ confirm: true });
    expect(within(thanks).getByTestId('cbt-receipt').textContent).toBe('K7QM-2XPA');
    // The keyboard focus is on the receipt's heading, where a screen reader starts reading, not on the page.
    await waitFor(() => expect(document.activeElement).toBe(within(thanks).getByRole('heading', { level: 1 })));
  });

  it('does not submit at a local zero when the core says time was added', async () => {
    const core = candidateCore(testState({ clock: clockOf(0) }), { 'cbt/clock': () => ok(clockOf(15 * 60_000)) });
    renderApp(core.transport);
    await testScreen(core);
    await waitFor(() => expect(screen.getByTestId('cbt-countdown').textContent).toContain('0:15:00'));
    expect(core.calls.some((c) => c.method === 'cbt/submit')).toBe(false);
  });

  it('warns politely at ten and at five minutes', async () => {
    const core = candidateCore(testState({ clock: clockOf(9 * 60_000) }));
    renderApp(core.transport);
    await testScreen(core);
    const warning = screen.getByTestId('cbt-time-warning');
    expect(warning.dataset.level).toBe('10');
    expect(warning.textContent).toContain(id.cbt.warning10);
    expect(warning.parentElement?.getAttribute('aria-live')).toBe('polite');
    expect(screen.getByTestId('cbt-countdown').dataset.level).toBe('10');
    core.setState(testState({ clock: clockOf(4 * 60_000) }));
    act(() => core.push({ event: 'cbt/clockChanged', payload: { sessionId: 'sess-1' } }));
    await waitFor(() => expect(screen.getByTestId('cbt-time-warning').dataset.level).toBe('5'));
  });

  it('a paused candidate sees no question and can change nothing; the resume brings the question back', async () => {
    const core = candidateCore(testState({ clock: clockOf(30 * 60_000, true) }));
    renderApp(core.transport);
    await testScreen(core);
    const pausedPanel = screen.getByTestId('cbt-paused');
    expect(pausedPanel.textContent).toContain(id.cbt.pause.title);
    expect(pausedPanel.textContent).toContain(id.cbt.paused);
    expect(screen.getByTestId('cbt-countdown').dataset.paused).toBe('true');
    expect(screen.getByTestId('cbt-countdown').textContent).toContain('0:30:00');
    // No question, no options, no grid, no finish: nothing to read and nothing to click.
    expect(screen.queryByTestId('cbt-question')).toBeNull();
    expect(screen.queryByTestId('cbt-prompt')).toBeNull();
    expect(screen.queryByTestId('cbt-finish')).toBeNull();
    expect(document.body.textContent).not.toContain(ITEMS[0].prompt.id);
    // The answer keys do nothing either.
    fireEvent.keyDown(window, { key: 'b' });
    fireEvent.keyDown(window, { key: '2' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(core.saves).toHaveLength(0);

    core.setState(testState({ clock: clockOf(30 * 60_000) }));
    act(() => core.push({ event: 'cbt/clockChanged', payload: { sessionId: 'sess-1' } }));
    await waitFor(() => expect(screen.queryByTestId('cbt-paused')).toBeNull());
    fireEvent.click(option('B'));
    await waitFor(() => expect(core.saves).toEqual([{ itemId: 'mc-1', seq: 1, choice: 1, text: null, doubtful: false }]));
  });

  it('an answer given before a pause the screen missed waits for the resume, then is saved', async () => {
    let paused = false;
    const core = candidateCore(testState({ clock: clockOf(30 * 60_000) }), {
      'cbt/save': (args) => {
        if (paused) return fail('ATTEMPT_PAUSED');
        const save = core.record(args);
        return ok({ itemId: save.itemId, seq: save.seq, stored: true, savedAt: '2026-11-21T02:00:00.000Z', clock: clockOf(30 * 60_000) });
      },
    });
    renderApp(core.transport);
    await testScreen(core);
    // The pause reached the core but not this screen: the refused save makes it ask for the clock.
    paused = true;
    core.setState(testState({ clock: clockOf(30 * 60_000, true) }));
    fireEvent.click(option('B'));
    await screen.findByTestId('cbt-paused');
    expect(screen.queryByTestId('cbt-question')).toBeNull();
    expect(core.saves).toHaveLength(0);

    paused = false;
    core.setState(testState({ clock: clockOf(30 * 60_000) }));
    act(() => core.push({ event: 'cbt/clockChanged', payload: { sessionId: 'sess-1' } }));
    await waitFor(() => expect(core.saves).toEqual([{ itemId: 'mc-1', seq: 1, choice: 1, text: null, doubtful: false }]));
    await waitFor(() => expect(screen.getByTestId('cbt-save-state').dataset.state).toBe('saved'));
    expect(screen.queryByTestId('cbt-paused')).toBeNull();
  });

  it('an answer the core refuses as given during a pause is named to the candidate until answered anew, and the question shows what the core holds', async () => {
    const held = { itemId: 'mc-1', choice: 0, text: null, doubtful: false, seq: 1 };
    const core = candidateCore(testState({ clock: clockOf(30 * 60_000), answers: [held], lastSeq: 1 }), {
      'cbt/save': (args) => {
        const save = args as SaveArgs;
        if (save.itemId === 'mc-1' || (save.itemId === 'mc-2' && save.choice === 3)) return fail('ANSWERED_WHILE_PAUSED', { itemId: save.itemId });
        core.record(args);
        return ok({ itemId: save.itemId, seq: save.seq, stored: true, savedAt: '2026-11-21T02:00:00.000Z', clock: clockOf(30 * 60_000) });
      },
    });
    renderApp(core.transport);
    await testScreen(core);
    expect(option('A').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(option('C'));
    const notice = await screen.findByTestId('cbt-refused');
    expect(notice.dataset.numbers).toBe('1');
    expect(notice.textContent).toContain('Jawaban soal 1 diberikan saat ujian dijeda');
    // Back to the answer the core holds, and the queue goes on with the next answers.
    await waitFor(() => expect(option('A').getAttribute('aria-pressed')).toBe('true'));
    expect(option('C').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByTestId('cbt-next'));
    // A question with nothing on the server is unanswered again, not shown as saved.
    fireEvent.click(option('D'));
    await waitFor(() => expect(option('D').getAttribute('aria-pressed')).toBe('false'));
    expect(screen.queryByTestId('cbt-question-save-state')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('cbt-refused').dataset.numbers).toBe('1,2'));
    fireEvent.click(option('B'));
    await waitFor(() => expect(core.saves.map((x) => x.itemId)).toEqual(['mc-2']));
    // Answered anew and taken, question 2 leaves the notice; question 1's refusal still stands.
    await waitFor(() => expect(screen.getByTestId('cbt-refused').dataset.numbers).toBe('1'));
    fireEvent.click(within(screen.getByTestId('cbt-refused')).getByText(id.cbt.dismiss));
    expect(screen.queryByTestId('cbt-refused')).toBeNull();
  });

  it('reloads the state when the core says the time is up, and shows the thank-you screen', async () => {
    const core = candidateCore(testState(), { 'cbt/save': () => fail('TIME_UP') });
    renderApp(core.transport);
    await testScreen(core);
    core.setState(submittedState('timeout'));
    fireEvent.click(option('A'));
    const thanks = await screen.findByTestId('cbt-thanks');
    expect(within(thanks).getByTestId('cbt-submit-reason').dataset.reason).toBe('timeout');
    expect(thanks.textContent).toContain(id.cbt.thanks.reason.timeout);
  });

  it('switches the question language at any time, marking text that exists only in Indonesian', async () => {
    const core = candidateCore(testState());
    renderApp(core.transport);
    await testScreen(core);
    expect(screen.getByTestId('cbt-prompt').textContent).toBe(ITEMS[0].prompt.id);
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('cbt-prompt').textContent).toBe(ITEMS[0].prompt.en));
    expect(screen.getByTestId('cbt-next').textContent).toContain(en.cbt.next);
    fireEvent.click(screen.getByTestId('cbt-next'));
    expect(screen.getByTestId('cbt-prompt').textContent).toContain(ITEMS[1].prompt.id);
    expect(screen.getByTestId('cbt-prompt').textContent).toContain(en.common.inIndonesianShort);
  });

  it('shows a table in the question as a table, the sentences around it as text', async () => {
    const stem = 'Perhatikan tabel berikut:\nBulan | Unit\nJanuari | 12\nFebruari | 15\nBerapa unit terjual pada Februari?';
    const core = candidateCore(testState({ items: [{ ...ITEMS[0], prompt: { id: stem, en: null } }, ...ITEMS.slice(1)] }));
    renderApp(core.transport);
    await testScreen(core);
    const prompt = screen.getByTestId('cbt-prompt');
    const table = within(prompt).getByTestId('prompt-table');
    expect([...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['Bulan', 'Unit'],
      ['Januari', '12'],
      ['Februari', '15'],
    ]);
    expect(prompt.textContent).toContain('Perhatikan tabel berikut:');
    expect(prompt.textContent).toContain('Berapa unit terjual pada Februari?');
    expect(prompt.textContent).not.toContain('|');
  });

  it('changes text size and contrast on the whole page and remembers them', async () => {
    const core = candidateCore(testState());
    renderApp(core.transport);
    await testScreen(core);
    fireEvent.click(screen.getByTestId('cbt-font-xlarge'));
    fireEvent.click(screen.getByTestId('cbt-contrast'));
    expect(document.documentElement.dataset.fontSize).toBe('xlarge');
    expect(document.documentElement.dataset.contrast).toBe('high');
    expect(screen.getByTestId('cbt-contrast').getAttribute('aria-pressed')).toBe('true');
    expect(JSON.parse(localStorage.getItem('ruang-uji.display') ?? '{}')).toEqual({ fontSize: 'xlarge', highContrast: true });
  });
});

describe('heartbeat', () => {
  it('beats on arrival, and again when the browser is back online, with how often the window lost focus', async () => {
    const core = candidateCore(testState());
    renderApp(core.transport);
    await testScreen(core);
    const beats = () => core.calls.filter((c) => c.method === 'cbt/heartbeat').map((c) => c.args);
    await waitFor(() => expect(beats()).toEqual([{ focusLost: 0 }]));
    // One trip to another window fires blur and visibilitychange; it counts once. A second trip counts again.
    const visibility = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    act(() => {
      window.dispatchEvent(new Event('blur'));
      visibility('hidden');
      visibility('visible');
      window.dispatchEvent(new Event('focus'));
      window.dispatchEvent(new Event('blur'));
      window.dispatchEvent(new Event('focus'));
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(beats()).toEqual([{ focusLost: 0 }, { focusLost: 2 }]));
    Reflect.deleteProperty(document, 'visibilityState');
  });

  it('takes the clock it brings: an extension shows on the countdown', async () => {
    const core = candidateCore(testState({ clock: clockOf(20 * 60_000) }));
    renderApp(core.transport);
    await testScreen(core);
    expect(screen.getByTestId('cbt-countdown').textContent).toMatch(/0:(19|20):\d\d/);
    core.setState(testState({ clock: clockOf(30 * 60_000) }));
    act(() => window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(screen.getByTestId('cbt-countdown').textContent).toMatch(/0:(29|30):\d\d/));
  });
});

describe('thank-you screen', () => {
  it('shows the receipt and how it was submitted, and no score', async () => {
    const core = candidateCore(submittedState());
    renderApp(core.transport);
    const thanks = await screen.findByTestId('cbt-thanks');
    expect(within(thanks).getByTestId('cbt-receipt').textContent).toBe('K7QM-2XPA');
    expect(thanks.textContent).toContain(id.cbt.thanks.reason.candidate);
    expect(thanks.textContent).toContain('JWP-2026-001');
    expect(screen.queryByTestId('cbt-test')).toBeNull();
  });
});
