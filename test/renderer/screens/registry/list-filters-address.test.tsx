import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssessorSummary, Page } from '../../../../electron/shared/registry';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from './support';

afterEach(() => {
  window.location.hash = '';
});

const onePage = <T,>(rows: T[]): Page<T> => ({ rows, total: rows.length, totalAtLeast: null, nextCursor: null });

/** Back in the tab's history, as the browser's button: the hash change comes as an event. */
async function back() {
  await act(async () => {
    history.back();
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  });
}

/** Types `text` into `box` one letter at a time, as a person does. */
function typeInto(box: HTMLInputElement, text: string) {
  box.focus();
  for (let i = 1; i <= text.length; i += 1) fireEvent.change(box, { target: { value: text.slice(0, i) } });
}

const budi: AssessorSummary = {
  id: 'as-budi',
  name: 'Budi',
  nik: null,
  metNumber: 'MET.000.001',
  metExpiresOn: '2027-01-31',
  metState: 'expired',
  techCertExpiresOn: null,
  techCertState: 'none',
  homeLsp: null,
  active: true,
  accountId: null,
};

describe('the assessors list keeps its filters in the address', () => {
  const handlers = { 'assessors/list': () => ok(onePage([budi])), 'schemes/list': () => ok(onePage([])) };

  it('writes the search as typed and the filters into the address, the box keeping its focus, with no history entry per keystroke', async () => {
    const { fake } = openAt('assessors', handlers);
    await screen.findByTestId('assessor-row');
    const entries = history.length;
    const box = screen.getByTestId('list-search') as HTMLInputElement;
    typeInto(box, 'bud');
    expect(screen.getByTestId('list-search')).toBe(box);
    expect(document.activeElement).toBe(box);
    expect(window.location.hash).toBe('#/assessors?search=bud');
    fireEvent.change(screen.getByTestId('filter-active'), { target: { value: 'all' } });
    fireEvent.change(screen.getByTestId('filter-expiry'), { target: { value: 'soon' } });
    expect(window.location.hash).toBe('#/assessors?search=bud&active=all&expiry=soon');
    expect(history.length).toBe(entries);
    await waitFor(() => expect(argsOf(fake.calls, 'assessors/list').at(-1)).toEqual({ search: 'bud', active: null, expiry: 'soon', schemeCode: undefined, cursor: null }));
  });

  it('opens filtered from the address (a reload), and Back from an assessor returns to the same filtered list', async () => {
    const { fake } = openAt('assessors?search=bud&active=inactive&expiry=expired', handlers);
    await screen.findByTestId('assessor-row');
    expect(argsOf(fake.calls, 'assessors/list')[0]).toEqual({ search: 'bud', active: false, expiry: 'expired', schemeCode: undefined, cursor: null });
    expect((screen.getByTestId('list-search') as HTMLInputElement).value).toBe('bud');
    expect((screen.getByTestId('filter-active') as HTMLSelectElement).value).toBe('inactive');
    fireEvent.click(screen.getByRole('link', { name: 'Budi' }));
    await waitFor(() => expect(screen.queryByTestId('assessors-screen')).toBeNull());
    await back();
    expect(window.location.hash).toBe('#/assessors?search=bud&active=inactive&expiry=expired');
    await waitFor(() => expect((screen.getByTestId('filter-expiry') as HTMLSelectElement).value).toBe('expired'));
    expect((screen.getByTestId('list-search') as HTMLInputElement).value).toBe('bud');
    expect((screen.getByTestId('filter-active') as HTMLSelectElement).value).toBe('inactive');
  });
});
