import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { BankItemSummary } from '../../../../electron/shared/bank';
import type { Page } from '../../../../electron/shared/registry';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { item, scheme, schemes, summary } from './support';

const onePage: Page<BankItemSummary> = { rows: [summary(1)], total: 1, totalAtLeast: null, nextCursor: null };
const handlers = { 'schemes/list': () => ok(schemes), 'schemes/get': () => ok(scheme), 'bank/list': () => ok(onePage) };

afterEach(() => {
  window.location.hash = '';
});

describe("the question bank's filters in the address", () => {
  it('writes each filter into the bank\'s address (a unit chosen clears its KUK), typing keeps the search box, and no entry is added', async () => {
    const { fake } = openAt('bank/s-1', handlers);
    await screen.findByTestId('bank-row');
    const entries = history.length;
    fireEvent.change(screen.getByTestId('filter-unit'), { target: { value: 'u-1' } });
    fireEvent.change(screen.getByTestId('filter-kuk'), { target: { value: 'k-2' } });
    fireEvent.change(screen.getByTestId('filter-kind'), { target: { value: 'essay' } });
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'draft' } });
    fireEvent.click(screen.getByTestId('filter-missing-english'));
    const box = screen.getByTestId('list-search') as HTMLInputElement;
    box.focus();
    fireEvent.change(box, { target: { value: 'd' } });
    fireEvent.change(box, { target: { value: 'da' } });
    expect(document.activeElement).toBe(box);
    expect(screen.getByTestId('list-search')).toBe(box);
    expect(window.location.hash).toBe('#/bank/s-1?unit=u-1&kuk=k-2&kind=essay&status=draft&missingEnglish=1&search=da');
    await waitFor(() =>
      expect(argsOf(fake.calls, 'bank/list').at(-1)).toEqual({ schemeId: 's-1', search: 'da', unitId: 'u-1', kukId: 'k-2', kind: 'essay', status: 'draft', missingEnglish: true, cursor: null }),
    );
    fireEvent.change(screen.getByTestId('filter-unit'), { target: { value: 'u-2' } });
    expect(window.location.hash).toBe('#/bank/s-1?unit=u-2&kind=essay&status=draft&missingEnglish=1&search=da');
    expect(history.length).toBe(entries);
  });

  it('opens filtered from the address (a reload), the scheme read from the path alone, and Back from a question returns to it', async () => {
    const { fake } = openAt('bank/s-1?unit=u-1&kind=multiple_choice&search=data', { ...handlers, 'bank/get': () => ok(item({ id: summary(1).id })) });
    await screen.findByTestId('bank-row');
    expect(argsOf(fake.calls, 'schemes/get')[0]).toEqual({ schemeId: 's-1' });
    expect(argsOf(fake.calls, 'bank/list')[0]).toEqual({ schemeId: 's-1', search: 'data', unitId: 'u-1', kukId: undefined, kind: 'multiple_choice', status: undefined, missingEnglish: undefined, cursor: null });
    expect((screen.getByTestId('filter-kind') as HTMLSelectElement).value).toBe('multiple_choice');
    fireEvent.click(screen.getByRole('link', { name: summary(1).ref }));
    await waitFor(() => expect(window.location.hash).toBe(`#/bank-item/${summary(1).id}`));
    await act(async () => {
      history.back();
      await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    });
    await waitFor(() => expect((screen.getByTestId('filter-unit') as HTMLSelectElement).value).toBe('u-1'));
    expect((screen.getByTestId('list-search') as HTMLInputElement).value).toBe('data');
    expect((screen.getByTestId('filter-kind') as HTMLSelectElement).value).toBe('multiple_choice');
  });

  it('keeps the search and filters when the scheme already open is chosen again in the scheme selector', async () => {
    openAt('bank/s-1?kind=essay&search=data', handlers);
    await screen.findByTestId('bank-row');
    fireEvent.change(screen.getByTestId('bank-scheme'), { target: { value: 's-1' } });
    expect(window.location.hash).toBe('#/bank/s-1?kind=essay&search=data');
    expect((screen.getByTestId('list-search') as HTMLInputElement).value).toBe('data');
  });
});
