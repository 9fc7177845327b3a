import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRoute } from '../../../renderer/src/navigation/hash-route';
import { choiceFilter, flagFilter, forgetListAddresses, listHref, oneOfFilter, textFilter, useRouteFilters } from '../../../renderer/src/navigation/use-route-filters';

const SPEC = {
  search: textFilter,
  status: oneOfFilter(['upcoming', 'done'] as const, ''),
  active: choiceFilter({ active: true, inactive: false, all: null }, true),
  unsent: flagFilter,
};

/** A list at `#/list` with a search box, a status, an active filter and a box. */
function List() {
  const [filters, set] = useRouteFilters(SPEC);
  return (
    <div>
      <input data-testid="search" value={filters.search} onChange={(event) => set({ search: event.target.value })} />
      <select data-testid="status" value={filters.status} onChange={(event) => set({ status: event.target.value === 'done' ? 'done' : event.target.value === 'upcoming' ? 'upcoming' : '' })}>
        <option value="">all</option>
        <option value="upcoming">upcoming</option>
        <option value="done">done</option>
      </select>
      <p data-testid="filters">{JSON.stringify(filters)}</p>
      <button type="button" data-testid="both" onClick={() => { set({ unsent: true }); set({ active: null }); }}>both</button>
    </div>
  );
}

function Screens() {
  // As the app's router: the screen is chosen by the route's path, its query is the screen's own business.
  const route = useRoute();
  return route.split('?')[0] === 'list' ? <List /> : <p data-testid="other">{route}</p>;
}

function openAt(hash: string) {
  window.location.hash = hash;
  render(<Screens />);
}

const shown = () => JSON.parse(screen.getByTestId('filters').textContent ?? '{}') as unknown;

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('useRouteFilters', () => {
  it('reads the filters from the address, each unknown or absent one as its default', () => {
    openAt('#/list?status=done&active=all&search=budi+s&unsent=1&other=x');
    expect(shown()).toEqual({ search: 'budi s', status: 'done', active: null, unsent: true });
    cleanup();
    openAt('#/list?status=nope&active=maybe&unsent=yes');
    expect(shown()).toEqual({ search: '', status: '', active: true, unsent: false });
  });

  it('writes a change into the address in place: no history entry, defaults left out, other parameters kept', async () => {
    openAt('#/list?other=x');
    const entries = history.length;
    fireEvent.change(screen.getByTestId('status'), { target: { value: 'upcoming' } });
    expect(window.location.hash).toBe('#/list?other=x&status=upcoming');
    fireEvent.click(screen.getByTestId('both'));
    expect(window.location.hash).toBe('#/list?other=x&status=upcoming&unsent=1&active=all');
    expect(shown()).toEqual({ search: '', status: 'upcoming', active: null, unsent: true });
    fireEvent.change(screen.getByTestId('status'), { target: { value: '' } });
    expect(window.location.hash).toBe('#/list?other=x&unsent=1&active=all');
    expect(history.length).toBe(entries);
  });

  it('follows the address when it changes (a link, Back) without remounting the list', async () => {
    openAt('#/list');
    const box = screen.getByTestId('search');
    act(() => {
      window.location.hash = '#/list?search=adi&status=done';
    });
    await waitFor(() => expect(shown()).toEqual({ search: 'adi', status: 'done', active: true, unsent: false }));
    expect(screen.getByTestId('search')).toBe(box);
    act(() => {
      window.location.hash = '#/list';
    });
    await waitFor(() => expect(shown()).toEqual({ search: '', status: '', active: true, unsent: false }));
  });

  it('keeps the search box (its focus, its text) while typed in, and the address follows each keystroke without a new entry', () => {
    openAt('#/list');
    const entries = history.length;
    const box = screen.getByTestId('search') as HTMLInputElement;
    box.focus();
    for (const text of ['b', 'bu', 'bud', 'budi', 'budi ', 'budi s']) fireEvent.change(box, { target: { value: text } });
    expect(screen.getByTestId('search')).toBe(box);
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe('budi s');
    expect(box.selectionStart).toBe(6);
    expect(window.location.hash).toBe('#/list?search=budi+s');
    expect(history.length).toBe(entries);
    // Cleared, the parameter leaves the address.
    fireEvent.change(box, { target: { value: '' } });
    expect(window.location.hash).toBe('#/list');
    expect(document.activeElement).toBe(box);
  });

  it("gives a record's link back to the list the list's address as last shown, until the sign-in ends", () => {
    forgetListAddresses();
    expect(listHref('list')).toBe('#/list');
    openAt('#/list?status=done');
    fireEvent.change(screen.getByTestId('search'), { target: { value: 'adi' } });
    cleanup();
    expect(listHref('list')).toBe('#/list?status=done&search=adi');
    expect(listHref('other')).toBe('#/other');
    forgetListAddresses();
    expect(listHref('list')).toBe('#/list');
  });
});
