import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { SCHEME, page, plannedSession } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

const SETTINGS = { maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true };
const sessionsHandlers = { 'sessions/list': () => ok(page([plannedSession(1)])), 'sessions/settings': () => ok(SETTINGS) };

/** Back in the tab's history, as the browser's button: the hash change comes as an event. */
async function back() {
  await act(async () => {
    history.back();
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  });
}

describe('the sessions list keeps its filters in the address', () => {
  it('writes the search as typed and each filter into the address, keeping the search box and its focus, with no history entry per keystroke', async () => {
    const { fake } = openAt('sessions', sessionsHandlers);
    await screen.findByTestId('session-row');
    const entries = history.length;
    const box = screen.getByTestId('list-search') as HTMLInputElement;
    box.focus();
    for (const text of ['J', 'JD', 'JDW', 'JDW-2027']) fireEvent.change(box, { target: { value: text } });
    expect(screen.getByTestId('list-search')).toBe(box);
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe('JDW-2027');
    expect(window.location.hash).toBe('#/sessions?search=JDW-2027');
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'upcoming' } });
    fireEvent.change(screen.getByTestId('filter-date-from'), { target: { value: '2027-03-01' } });
    fireEvent.click(screen.getByTestId('filter-unsent'));
    expect(window.location.hash).toBe('#/sessions?search=JDW-2027&status=upcoming&from=2027-03-01&unsent=1');
    expect(history.length).toBe(entries);
    // The debounced query reads once the typing stops: one call for the whole word, not one per letter.
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/list').at(-1)).toEqual({ search: 'JDW-2027', status: 'upcoming', dateFrom: '2027-03-01', dateTo: undefined, unsent: true, cursor: null }));
    expect(argsOf(fake.calls, 'sessions/list')).toHaveLength(2);
  });

  it('opens from the address with every filter chosen (a reload), and Back from a session returns to the list as filtered', async () => {
    const { fake } = openAt('sessions?search=JDW&status=upcoming&from=2027-03-01&to=2027-03-31&unsent=1', sessionsHandlers);
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/list')).toHaveLength(1));
    expect(argsOf(fake.calls, 'sessions/list')[0]).toEqual({ search: 'JDW', status: 'upcoming', dateFrom: '2027-03-01', dateTo: '2027-03-31', unsent: true, cursor: null });
    expect((screen.getByTestId('list-search') as HTMLInputElement).value).toBe('JDW');
    expect((screen.getByTestId('filter-status') as HTMLSelectElement).value).toBe('upcoming');
    expect((screen.getByTestId('filter-date-from') as HTMLInputElement).value).toBe('01/03/2027');
    expect((screen.getByTestId('filter-date-to') as HTMLInputElement).value).toBe('31/03/2027');
    expect((screen.getByTestId('filter-unsent') as HTMLInputElement).checked).toBe(true);
    // A filter changed, then a session opened from the list and Back.
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'awaiting_results' } });
    fireEvent.click(await screen.findByRole('link', { name: 'JDW-20270310-001' }));
    await waitFor(() => expect(screen.queryByTestId('sessions-screen')).toBeNull());
    await back();
    expect(window.location.hash).toBe('#/sessions?search=JDW&status=awaiting_results&from=2027-03-01&to=2027-03-31&unsent=1');
    await waitFor(() => expect((screen.getByTestId('filter-status') as HTMLSelectElement).value).toBe('awaiting_results'));
    expect((screen.getByTestId('list-search') as HTMLInputElement).value).toBe('JDW');
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/list').at(-1)).toMatchObject({ search: 'JDW', status: 'awaiting_results', unsent: true }));
  });

  it('a link to the list without a filter (the menu) shows it unfiltered', async () => {
    openAt('sessions?status=upcoming', sessionsHandlers);
    await screen.findByTestId('session-row');
    act(() => {
      window.location.hash = '#/sessions';
    });
    await waitFor(() => expect((screen.getByTestId('filter-status') as HTMLSelectElement).value).toBe(''));
  });
});

describe('the FR.APL list keeps its filters in the address', () => {
  const other = { ...SCHEME, id: 'scheme-2', code: 'SS.ADS/LSPP/007/2023' };
  const handlers = { 'schemes/list': () => ok(page([SCHEME, other])), 'apl/list': () => ok(page([])) };

  it('writes the scheme, the state and the search into the address, and a reload opens the list with them', async () => {
    const { fake } = openAt('apl', handlers);
    await waitFor(() => expect(argsOf(fake.calls, 'apl/list')).toHaveLength(1));
    fireEvent.change(screen.getByTestId('apl-scheme'), { target: { value: 'scheme-2' } });
    fireEvent.change(screen.getByTestId('apl-state'), { target: { value: 'awaiting_verification' } });
    const box = screen.getByTestId('list-search') as HTMLInputElement;
    box.focus();
    fireEvent.change(box, { target: { value: 'a' } });
    fireEvent.change(box, { target: { value: 'ad' } });
    expect(document.activeElement).toBe(box);
    expect(window.location.hash).toBe('#/apl?scheme=scheme-2&state=awaiting_verification&search=ad');
    cleanup();
    const reloaded = openAt('apl?scheme=scheme-2&state=awaiting_verification&search=ad', handlers);
    await waitFor(() => expect(argsOf(reloaded.fake.calls, 'apl/list')).toHaveLength(1));
    expect(argsOf(reloaded.fake.calls, 'apl/list')[0]).toEqual({ schemeId: 'scheme-2', state: 'awaiting_verification', search: 'ad', cursor: null });
    expect((screen.getByTestId('apl-scheme') as HTMLSelectElement).value).toBe('scheme-2');
    expect((screen.getByTestId('list-search') as HTMLInputElement).value).toBe('ad');
  });
});

describe('the sessions list flags the sessions that now break a rule', () => {
  it("marks each one with what its page lists, refused and to check, and opens filtered from the home's link, the box ticked and cleared in the address", async () => {
    const rows = [{ ...plannedSession(1), ruleProblems: { refused: 1, pending: 2 } }, { ...plannedSession(2), ruleProblems: { refused: 0, pending: 1 } }, plannedSession(3)];
    const { fake } = openAt('sessions?rules=1', { ...sessionsHandlers, 'sessions/list': () => ok(page(rows)) });
    const [broken, toCheck, fine] = await screen.findAllByTestId('session-row');
    expect(argsOf(fake.calls, 'sessions/list')[0]).toEqual({ ruleProblems: true, cursor: null });
    expect((screen.getByTestId('filter-rules') as HTMLInputElement).checked).toBe(true);
    const flag = broken.querySelector('[data-testid="session-rule-problems"]')!;
    expect(flag.textContent).toBe(' Melanggar 1 aturan 2 hal perlu diperiksa');
    expect(flag.getAttribute('href')).toBe('#/sessions/ses-1');
    expect(toCheck.querySelector('[data-testid="session-rule-problems"]')!.textContent).toBe(' 1 hal perlu diperiksa');
    expect(fine.querySelector('[data-testid="session-rule-problems"]')).toBeNull();
    fireEvent.click(screen.getByTestId('filter-rules'));
    expect(window.location.hash).toBe('#/sessions');
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/list').at(-1)).toEqual({ cursor: null }));
  });

  it('says it in English too', async () => {
    openAt('sessions', { ...sessionsHandlers, 'sessions/list': () => ok(page([{ ...plannedSession(1), ruleProblems: { refused: 2, pending: 1 } }])) }, 'en');
    const row = await screen.findByTestId('session-row');
    expect(row.querySelector('[data-testid="session-rule-problems"]')!.textContent).toBe(' Breaks 2 rules 1 thing to check');
  });
});
