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
