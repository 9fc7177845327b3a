import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ESSAY_MAX_CHARS, type CbtClock, type CbtState } from '../../../../electron/shared/cbt';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { clockOf, testState } from '../../cbt-fixtures';
import { TOKEN, principal } from '../../fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';

type SaveArgs = { itemId: string; seq: number; choice: number | null; text: string | null; doubtful: boolean };

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));
afterEach(() => vi.unstubAllGlobals());

/** The core's CBT methods as far as these screens need them; `clock` is what cbt/clock answers now. */
function candidateCore(initial: CbtState = testState()) {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const saves: SaveArgs[] = [];
  let clock: CbtClock | null = initial.clock;
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('candidate', initial.agreement.candidateName)),
    'auth/signOut': () => ok({ signedOut: true }),
    'app/info': () => ok({ name: 'Ruang Uji', version: '0.1.0', schemaVersion: 7, demo: false, demoLogins: null, language: null, setUp: true }),
    'cbt/state': () => ok(initial),
    'cbt/save': (args) => {
      const { answeredAt: _at, ...save } = args as SaveArgs & { answeredAt?: string };
      saves.push(save);
      return ok({ itemId: save.itemId, seq: save.seq, stored: true, savedAt: new Date().toISOString(), clock: clock ?? clockOf(0) });
    },
    'cbt/visit': (args) => ok(args),
    'cbt/clock': () => ok(clock),
    'cbt/heartbeat': () => ok(clock),
  });
  return { ...fake, saves, setClock: (next: CbtClock) => (clock = next) };
}

async function openTest(core: ReturnType<typeof candidateCore>) {
  renderApp(core.transport);
  await screen.findByTestId('cbt-test');
  // The push subscription is the last effect to run: the screen is fully wired once it is there.
  await waitFor(() => expect(core.subscriberCount()).toBe(1));
}

describe('the candidate’s test screen', () => {
  it('marks the open question ragu-ragu with R, a key listed with the others', async () => {
    const core = candidateCore();
    await openTest(core);
    expect(screen.getByText(id.cbt.keyboardHint).textContent).toContain('R');
    fireEvent.keyDown(window, { key: 'r' });
    await waitFor(() => expect(core.saves).toEqual([{ itemId: 'mc-1', seq: 1, choice: null, text: null, doubtful: true }]));
    expect(screen.getByTestId('cbt-doubt').getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(window, { key: 'R' });
    await waitFor(() => expect(core.saves.at(-1)).toMatchObject({ seq: 2, doubtful: false }));
    // Inside the essay box R is a letter.
    fireEvent.click(screen.getAllByTestId('cbt-grid-cell')[2]);
    fireEvent.keyDown(screen.getByTestId('cbt-essay'), { key: 'r' });
    expect(screen.getByTestId('cbt-doubt').getAttribute('aria-pressed')).toBe('false');
  });

  it('shows an essay being typed as saving, in the neutral colour, not as "not saved yet"', async () => {
    const core = candidateCore(testState({ position: 2 }));
    await openTest(core);
    fireEvent.change(screen.getByTestId('cbt-essay'), { target: { value: 'GET mengambil data' } });
    expect(screen.getByTestId('cbt-question-save-state').dataset.state).toBe('saving');
    expect(screen.getByTestId('cbt-save-state').dataset.state).toBe('saving');
    expect(screen.getByTestId('cbt-save-state').textContent).toContain(id.cbt.save.pending);
    expect(document.querySelector('.save-state--unsaved')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('cbt-save-state').dataset.state).toBe('saved'), { timeout: 4_000 });
  });

  it('counts the characters near the essay limit and says so at it: text past it does not go in, and the candidate hears why', async () => {
    const core = candidateCore(testState({ position: 2 }));
    await openTest(core);
    const box = screen.getByTestId('cbt-essay');
    fireEvent.change(box, { target: { value: 'x'.repeat(1_000) } });
    expect(screen.queryByTestId('cbt-essay-limit')).toBeNull();
    fireEvent.change(box, { target: { value: 'x'.repeat(ESSAY_MAX_CHARS - 100) } });
    const near = screen.getByTestId('cbt-essay-limit');
    expect(near.dataset.state).toBe('near');
    expect(near.textContent).toBe(id.cbt.essayNearLimit.replace('{{used}}', '19.900').replace('{{max}}', '20.000'));
    // A paste longer than the limit arrives cut at it (the box's maxlength): the notice names the limit.
    fireEvent.change(box, { target: { value: 'x'.repeat(ESSAY_MAX_CHARS) } });
    const at = screen.getByTestId('cbt-essay-limit');
    expect(at.dataset.state).toBe('full');
    expect(at.textContent).toBe(id.cbt.essayAtLimit.replace('{{max}}', '20.000'));
    expect(box.getAttribute('aria-describedby')).toContain(at.id);
    // Above the box, in sight while typing when the box fills a short screen.
    expect(at.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('puts the keyboard focus on the question when the test opens and when a pause ends, not on the page', async () => {
    const core = candidateCore(testState({ clock: clockOf(30 * 60_000) }));
    await openTest(core);
    const heading = () => within(screen.getByTestId('cbt-question')).getByRole('heading', { level: 1 });
    await waitFor(() => expect(document.activeElement).toBe(heading()));
    core.setClock(clockOf(30 * 60_000, true));
    act(() => core.push({ event: 'cbt/clockChanged', payload: { sessionId: 'sess-1' } }));
    await screen.findByTestId('cbt-paused');
    core.setClock(clockOf(30 * 60_000));
    act(() => core.push({ event: 'cbt/clockChanged', payload: { sessionId: 'sess-1' } }));
    await screen.findByTestId('cbt-question');
    await waitFor(() => expect(document.activeElement).toBe(heading()));
    // Moving on with the buttons leaves the focus where the candidate put it.
    const next = screen.getByTestId('cbt-next');
    next.focus();
    fireEvent.click(next);
    await waitFor(() => expect(screen.getByTestId('cbt-question').dataset.number).toBe('2'));
    expect(document.activeElement).toBe(next);
  });

  it('keeps the focus on "Soal sebelumnya" pressed back to the first question, where it does nothing more', async () => {
    const core = candidateCore(testState({ position: 1 }));
    await openTest(core);
    const prev = screen.getByTestId<HTMLButtonElement>('cbt-prev');
    prev.focus();
    fireEvent.click(prev);
    await waitFor(() => expect(screen.getByTestId('cbt-question').dataset.number).toBe('1'));
    // Disabled, the browser would take the focus off it to the page's top (and Enter, Space, Tab from there).
    expect(prev.disabled).toBe(false);
    expect(prev.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(prev);
    fireEvent.click(prev);
    expect(screen.getByTestId('cbt-question').dataset.number).toBe('1');
    fireEvent.click(screen.getByTestId('cbt-next'));
    await waitFor(() => expect(screen.getByTestId('cbt-question').dataset.number).toBe('2'));
    expect(prev.getAttribute('aria-disabled')).toBeNull();
  });

  it('puts the keyboard focus on the pause notice when a pause takes the question away, not on the page', async () => {
    const core = candidateCore(testState({ position: 2, clock: clockOf(30 * 60_000) }));
    await openTest(core);
    screen.getByTestId('cbt-essay').focus();
    core.setClock(clockOf(30 * 60_000, true));
    act(() => core.push({ event: 'cbt/clockChanged', payload: { sessionId: 'sess-1' } }));
    const panel = await screen.findByTestId('cbt-paused');
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 1 })));
  });

  it('gives the keyboard focus back to "Selesai" when the submit question is closed with Escape', async () => {
    const core = candidateCore();
    await openTest(core);
    const finish = screen.getByTestId('cbt-finish');
    finish.focus();
    fireEvent.click(finish);
    const dialog = await screen.findByTestId('cbt-submit-dialog');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByTestId('cbt-confirm-cancel')));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByTestId('cbt-submit-dialog')).toBeNull();
    expect(document.activeElement).toBe(finish);
  });

  it('after a pause that came while the submit question was open, gives the focus back to that question, not behind it', async () => {
    const core = candidateCore(testState({ clock: clockOf(30 * 60_000) }));
    await openTest(core);
    fireEvent.click(screen.getByTestId('cbt-finish'));
    await screen.findByTestId('cbt-submit-dialog');
    core.setClock(clockOf(30 * 60_000, true));
    act(() => core.push({ event: 'cbt/clockChanged', payload: { sessionId: 'sess-1' } }));
    await screen.findByTestId('cbt-paused');
    core.setClock(clockOf(30 * 60_000));
    act(() => core.push({ event: 'cbt/clockChanged', payload: { sessionId: 'sess-1' } }));
    const dialog = await screen.findByTestId('cbt-submit-dialog');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByTestId('cbt-confirm-cancel')));
  });

  it('keeps Tab inside the sign-out question, and "stay" takes the keyboard back to the question', async () => {
    const core = candidateCore();
    await openTest(core);
    fireEvent.click(screen.getByTestId('signout'));
    const dialog = await screen.findByTestId('cbt-signout-dialog');
    const stay = within(dialog).getByTestId('cbt-signout-stay');
    await waitFor(() => expect(document.activeElement).toBe(stay));
    const leave = within(dialog).getByTestId('cbt-signout-confirm');
    leave.focus();
    fireEvent.keyDown(leave, { key: 'Tab' });
    expect(document.activeElement).toBe(stay);
    fireEvent.keyDown(stay, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(leave);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByTestId('cbt-signout-dialog')).toBeNull();
    expect(document.activeElement).toBe(within(screen.getByTestId('cbt-question')).getByRole('heading', { level: 1 }));
  });

  it('wraps Tab at the ends of the page: tabbing on never leaves the test window, which the board counts', async () => {
    const core = candidateCore();
    await openTest(core);
    const last = screen.getByTestId('cbt-contrast');
    last.focus();
    expect(fireEvent.keyDown(last, { key: 'Tab' })).toBe(false);
    const first = screen.getByTestId('skip-link');
    expect(document.activeElement).toBe(first);
    expect(fireEvent.keyDown(first, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe(last);
    // In between, Tab is the browser's own.
    const option = screen.getAllByTestId('cbt-option')[0];
    option.focus();
    expect(fireEvent.keyDown(option, { key: 'Tab' })).toBe(true);
    // Paused, the focus is on the notice's title, after every control: Tab goes round to the top too.
    core.setClock(clockOf(30 * 60_000, true));
    act(() => core.push({ event: 'cbt/clockChanged', payload: { sessionId: 'sess-1' } }));
    const title = within(await screen.findByTestId('cbt-paused')).getByRole('heading', { level: 1 });
    title.focus();
    expect(fireEvent.keyDown(title, { key: 'Tab' })).toBe(false);
    expect(document.activeElement).toBe(first);
  });

  it('takes the keyboard to the question chosen in the question list, its answer one Tab away', async () => {
    const core = candidateCore();
    await openTest(core);
    const cell = screen.getAllByTestId('cbt-grid-cell')[2];
    cell.focus();
    fireEvent.click(cell);
    await waitFor(() => expect(screen.getByTestId('cbt-question').dataset.number).toBe('3'));
    expect(document.activeElement).toBe(within(screen.getByTestId('cbt-question')).getByRole('heading', { level: 1 }));
  });

  it('says how much time the proctor added when the clock push brings an extension', async () => {
    const core = candidateCore(testState({ clock: clockOf(20 * 60_000) }));
    await openTest(core);
    expect(screen.queryByTestId('cbt-time-added')).toBeNull();
    core.setClock(clockOf(30 * 60_000));
    act(() => core.push({ event: 'cbt/clockChanged', payload: { sessionId: 'sess-1' } }));
    const notice = await screen.findByTestId('cbt-time-added');
    expect(notice.dataset.minutes).toBe('10');
    expect(notice.textContent).toContain(id.cbt.timeAdded_other.replace('{{count}}', '10'));
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('cbt-time-added').textContent).toContain(en.cbt.timeAdded_other.replace('{{count}}', '10')));
    // A plain correction of a few seconds says nothing.
    const close = within(screen.getByTestId('cbt-time-added')).getByRole('button');
    close.focus();
    fireEvent.click(close);
    // Closing it puts the keyboard back on the question, not on the page.
    expect(document.activeElement).toBe(within(screen.getByTestId('cbt-question')).getByRole('heading', { level: 1 }));
    core.setClock(clockOf(30 * 60_000 + 5_000));
    act(() => core.push({ event: 'cbt/clockChanged', payload: { sessionId: 'sess-1' } }));
    await waitFor(() => expect(core.calls.filter((c) => c.method === 'cbt/clock')).toHaveLength(2));
    expect(screen.queryByTestId('cbt-time-added')).toBeNull();
  });

  it('warns the candidate on return after leaving the test window, counting each departure once', async () => {
    const core = candidateCore();
    await openTest(core);
    act(() => {
      window.dispatchEvent(new Event('blur'));
    });
    expect(screen.queryByTestId('cbt-left-window')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    const notice = screen.getByTestId('cbt-left-window');
    expect(notice.textContent).toContain(id.cbt.leftWindow_other.replace('{{count}}', '1'));
    act(() => {
      window.dispatchEvent(new Event('blur'));
      window.dispatchEvent(new Event('focus'));
    });
    expect(screen.getByTestId('cbt-left-window').dataset.times).toBe('2');
    fireEvent.click(screen.getByTestId('cbt-left-window-ok'));
    expect(screen.queryByTestId('cbt-left-window')).toBeNull();
  });

  it('asks before Keluar mid-test even with every answer saved, and the sign-in then opens on the candidate tab', async () => {
    const core = candidateCore();
    await openTest(core);
    fireEvent.click(screen.getByTestId('signout'));
    const dialog = await screen.findByTestId('cbt-signout-dialog');
    expect(within(dialog).getByTestId('cbt-signout-pending').textContent).toBe(id.cbt.signOut.textSaved);
    fireEvent.click(within(dialog).getByTestId('cbt-signout-stay'));
    expect(screen.getByTestId('cbt-test')).toBeTruthy();
    expect(core.calls.some((c) => c.method === 'auth/signOut')).toBe(false);

    await waitFor(() => expect(screen.getByTestId('signout').hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByTestId('signout'));
    fireEvent.click(within(await screen.findByTestId('cbt-signout-dialog')).getByTestId('cbt-signout-confirm'));
    await screen.findByTestId('signin-form');
    expect(core.calls.some((c) => c.method === 'auth/signOut')).toBe(true);
    expect(screen.getByTestId('signin-mode-candidate').getAttribute('aria-selected')).toBe('true');
  });
});
