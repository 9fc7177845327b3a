import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlenoDetail } from '../../../../electron/shared/pleno';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { page } from '../scheduling/fixtures';
import { argsOf, openAt } from '../registry/support';
import { candidate, detail, REVIEW, SUMMARY } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

const dialog = () => screen.queryByTestId('unsaved-dialog');
const stay = () => fireEvent.click(within(dialog()!).getByTestId('action-cancel'));
const CLEAN_REVIEW = { ...REVIEW, candidates: [candidate(1), candidate(2, { recommendation: 'BK' as const }), REVIEW.candidates[2]] };

const handlers = (current: () => PlenoDetail) => ({
  'pleno/get': () => ok(current()),
  'results/sessions': () => ok([SUMMARY]),
  'accounts/list': () => ok([]),
  'assessors/list': () => ok(page([])),
  'results/review': () => ok(CLEAN_REVIEW),
});

describe('leaving an edited pleno', () => {
  it("asks before a nav link or the way back to the list drops the draft's edited place; \"stay\" keeps it, and once saved the link goes at once", async () => {
    let current = detail();
    const { fake } = openAt('pleno/pl-1', {
      ...handlers(() => current),
      'pleno/update': (args) => {
        current = detail({ place: (args as { pleno: { place: string | null } }).pleno.place });
        return ok(current);
      },
    });
    const form = await screen.findByTestId('pleno-form');
    fireEvent.change(within(form).getByTestId('field-place'), { target: { value: 'Ruang rapat LSP lantai 2' } });

    fireEvent.click(screen.getByTestId('pleno-nav-results'));
    expect(within(dialog()!).getByRole('heading').textContent).toBe(id.common.unsaved.title);
    stay();
    expect(dialog()).toBeNull();
    expect(window.location.hash).toBe('#/pleno/pl-1');
    expect((within(form).getByTestId('field-place') as HTMLInputElement).value).toBe('Ruang rapat LSP lantai 2');
    fireEvent.click(screen.getByTestId('back-to-list'));
    expect(dialog()).toBeTruthy();
    stay();

    fireEvent.click(within(form).getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'pleno/update')).toHaveLength(1));
    await screen.findByTestId('record-saved');
    fireEvent.click(screen.getByTestId('pleno-nav-results'));
    expect(dialog()).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/results'));
  });

  it('asks before a link drops a decision changed from the recommendation, and not once decided', async () => {
    let current = detail();
    const { fake } = openAt('pleno/pl-1', {
      ...handlers(() => current),
      'pleno/decide': () => {
        current = detail({ status: 'decided', decidedAt: '2027-03-15T02:00:00.000Z' });
        return ok(current);
      },
    });
    const editor = await screen.findByTestId('decisions-editor');
    const rows = await within(editor).findAllByTestId('decision-row');
    const selects = within(editor).getAllByTestId('decision-select');
    // Changed and changed back: nothing the pleno would lose.
    fireEvent.change(selects[1], { target: { value: 'K' } });
    fireEvent.change(selects[1], { target: { value: 'BK' } });
    expect(dialog()).toBeNull();
    fireEvent.change(selects[1], { target: { value: 'K' } });
    fireEvent.change(within(rows[1]).getByTestId('decision-reason'), { target: { value: 'Bukti portofolio tambahan diterima' } });

    fireEvent.click(screen.getByTestId('pleno-nav-appeals'));
    expect(dialog()).toBeTruthy();
    stay();
    expect((within(rows[1]).getByTestId('decision-reason') as HTMLTextAreaElement).value).toBe('Bukti portofolio tambahan diterima');
    expect(window.location.hash).toBe('#/pleno/pl-1');

    fireEvent.click(within(editor).getByTestId('pleno-decide'));
    await waitFor(() => expect(argsOf(fake.calls, 'pleno/decide')).toHaveLength(1));
    await screen.findByTestId('pleno-sign');
    fireEvent.click(screen.getByTestId('pleno-nav-appeals'));
    expect(dialog()).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/appeals'));
  });

  it('asks about a new pleno typed in', async () => {
    openAt('pleno/new', handlers(() => detail()));
    const form = await screen.findByTestId('pleno-form');
    fireEvent.change(within(form).getByTestId('field-place'), { target: { value: 'Ruang rapat LSP' } });
    fireEvent.click(screen.getByTestId('back-to-list'));
    expect(dialog()).toBeTruthy();
    stay();
    expect(window.location.hash).toBe('#/pleno/new');
  });
});
