import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { item, scheme } from './support';

afterEach(() => {
  window.location.hash = '';
});

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const dialog = () => screen.queryByTestId('unsaved-dialog');
const stay = () => fireEvent.click(within(dialog()!).getByTestId('action-cancel'));

describe('leaving an edited bank entry', () => {
  it('asks before a nav link or the way back to the list drops an edited question; "stay" keeps it, and once saved the link goes at once', async () => {
    const { fake } = openAt('bank-item/i-1', { 'schemes/get': () => ok(scheme), 'bank/get': () => ok(item()), 'bank/save': () => ok({ item: item(), copied: false }) });
    await screen.findByTestId('bank-item-form');
    // Typed back to what was loaded: nothing to lose, the link goes at once.
    type('field-tags', 'dasar');
    type('field-tags', '');
    fireEvent.click(screen.getByTestId('bank-nav-coverage'));
    expect(dialog()).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/bank-coverage/s-1'));

    window.location.hash = '#/bank-item/i-1';
    await screen.findByTestId('bank-item-form');
    type('field-prompt.id', 'Manakah tipe data bilangan bulat di Python?');
    fireEvent.click(screen.getByTestId('bank-nav-coverage'));
    expect(within(dialog()!).getByRole('heading').textContent).toBe(id.common.unsaved.title);
    stay();
    expect(dialog()).toBeNull();
    expect(window.location.hash).toBe('#/bank-item/i-1');
    expect((screen.getByTestId('field-prompt.id') as HTMLTextAreaElement).value).toBe('Manakah tipe data bilangan bulat di Python?');
    fireEvent.click(screen.getByTestId('back-to-list'));
    expect(dialog()).toBeTruthy();
    stay();

    fireEvent.click(screen.getByTestId('record-save'));
    await screen.findByTestId('record-saved');
    expect(argsOf(fake.calls, 'bank/save')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('back-to-list'));
    expect(dialog()).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/bank/s-1'));
  });

  it('asks about a new question typed in, and opens the saved one without asking', async () => {
    openAt('bank-new/s-1', { 'schemes/get': () => ok(scheme), 'bank/get': () => ok(item({ id: 'i-9' })), 'bank/save': () => ok({ item: item({ id: 'i-9' }), copied: false }) });
    await screen.findByTestId('bank-item-form');
    type('field-prompt.id', 'Manakah tipe data bilangan bulat?');
    fireEvent.click(screen.getByTestId('bank-nav-list'));
    expect(dialog()).toBeTruthy();
    stay();
    expect((screen.getByTestId('field-prompt.id') as HTMLTextAreaElement).value).toBe('Manakah tipe data bilangan bulat?');
    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(window.location.hash).toBe('#/bank-item/i-9'));
    expect(dialog()).toBeNull();
  });

  it('asks about an edited observation benchmark until it is saved', async () => {
    const benchmark = item({ id: 'b-1', kind: 'observation', options: [], prompt: { id: 'Rancangan dibuat.', en: null } });
    openAt('bank-item/b-1', { 'schemes/get': () => ok(scheme), 'bank/get': () => ok(benchmark), 'bank/saveBenchmark': () => ok({ item: benchmark, copied: false }) });
    await screen.findByTestId('bank-benchmark-form');
    type('field-text.id', 'Rancangan antarmuka dibuat sesuai kebutuhan.');
    fireEvent.click(screen.getByTestId('bank-nav-coverage'));
    expect(dialog()).toBeTruthy();
    stay();
    expect((screen.getByTestId('field-text.id') as HTMLTextAreaElement).value).toBe('Rancangan antarmuka dibuat sesuai kebutuhan.');
    fireEvent.click(screen.getByTestId('record-save'));
    await screen.findByTestId('record-saved');
    fireEvent.click(screen.getByTestId('bank-nav-coverage'));
    expect(dialog()).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/bank-coverage/s-1'));
  });
});
