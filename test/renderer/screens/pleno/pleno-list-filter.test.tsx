import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';

afterEach(() => {
  window.location.hash = '';
});

const settings = { minMembers: 3, excludeSessionAssessors: true };

describe('the rapat pleno list', () => {
  it("opens with the status the home's link chose, and the filter lives in the address (reload, Back)", async () => {
    const { fake } = openAt('pleno?status=draft', { 'pleno/list': () => ok([]), 'pleno/settings': () => ok(settings) });
    await waitFor(() => expect(argsOf(fake.calls, 'pleno/list')).toEqual([{ status: 'draft' }]));
    const select = screen.getByTestId('pleno-filter-status') as HTMLSelectElement;
    expect(select.value).toBe('draft');
    expect(screen.getByLabelText(id.plenoScreens.pleno.status)).toBe(select);
    expect((await screen.findByTestId('pleno-list-empty')).textContent).toBe(id.plenoScreens.pleno.emptyFiltered);
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(() => expect(window.location.hash).toBe('#/pleno'));
    await waitFor(() => expect(argsOf(fake.calls, 'pleno/list').at(-1)).toEqual({}));
    window.location.hash = '#/pleno?status=decided';
    await waitFor(() => expect(argsOf(fake.calls, 'pleno/list').at(-1)).toEqual({ status: 'decided' }));
    // A status the list does not know is no filter.
    window.location.hash = '#/pleno?status=nope';
    await waitFor(() => expect((screen.getByTestId('pleno-filter-status') as HTMLSelectElement).value).toBe(''));
  });
});

describe("the rapat pleno list opened from the home's certificates to issue", () => {
  const signed = { plenoId: 'p-1', status: 'signed' as const, heldOn: '2026-11-10', place: null, skNumber: 'SK/01', skDate: '2026-11-10', sessions: [{ sessionId: 's-1', code: 'JDW-1' }], members: 3, decided: 4, competent: 3, notCompetent: 1, correctsId: null, supersededBy: null, toIssue: 2 };

  it('asks only for plenos with certificates still to issue, says how many beside each, and the filter can be cleared in the address', async () => {
    const { fake } = openAt('pleno?status=signed&toIssue=1', { 'pleno/list': () => ok([signed]), 'pleno/settings': () => ok(settings) });
    await waitFor(() => expect(argsOf(fake.calls, 'pleno/list')).toEqual([{ status: 'signed', toIssue: true }]));
    expect((await screen.findByTestId('pleno-to-issue')).textContent).toBe('2 sertifikat belum diterbitkan');
    const box = screen.getByTestId('pleno-filter-to-issue') as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(() => expect(window.location.hash).toBe('#/pleno?status=signed'));
    await waitFor(() => expect(argsOf(fake.calls, 'pleno/list').at(-1)).toEqual({ status: 'signed' }));
  });
});

describe('the rapat pleno and results filters are rewritten in place', () => {
  it('a status or box changed adds no history entry: Back leaves the list rather than stepping through its filters', async () => {
    const { fake } = openAt('pleno', { 'pleno/list': () => ok([]), 'pleno/settings': () => ok(settings), 'results/sessions': () => ok([]) });
    await waitFor(() => expect(argsOf(fake.calls, 'pleno/list')).toHaveLength(1));
    const entries = history.length;
    fireEvent.change(screen.getByTestId('pleno-filter-status'), { target: { value: 'signed' } });
    fireEvent.click(screen.getByTestId('pleno-filter-to-issue'));
    expect(window.location.hash).toBe('#/pleno?status=signed&toIssue=1');
    await waitFor(() => expect(argsOf(fake.calls, 'pleno/list').at(-1)).toEqual({ status: 'signed', toIssue: true }));
    window.location.hash = '#/results';
    fireEvent.click(await screen.findByTestId('results-without-pleno'));
    expect(window.location.hash).toBe('#/results?pleno=none');
    await waitFor(() => expect(argsOf(fake.calls, 'results/sessions').at(-1)).toEqual({ limit: 500, withoutPleno: true }));
    // One entry for the results screen, none for the four filter changes.
    expect(history.length).toBe(entries + 1);
  });
});
