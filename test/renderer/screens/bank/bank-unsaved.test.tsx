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

describe("a new entry's kind", () => {
  const value = (testId: string) => (screen.getByTestId(testId) as HTMLTextAreaElement | HTMLSelectElement).value;
  const ticked = () => screen.getAllByTestId('kuk-option').flatMap((box) => ((box as HTMLInputElement).checked ? [box.dataset.kukId] : []));

  it('carries the stem and the first KUK into an observation benchmark and back, keeps the options aside, and still asks before leaving', async () => {
    const benchmark = item({ id: 'b-9', kind: 'observation', options: [] });
    const { fake } = openAt('bank-new/s-1', { 'schemes/get': () => ok(scheme), 'bank/get': () => ok(benchmark), 'bank/saveBenchmark': () => ok({ item: benchmark, copied: false }) });
    await screen.findByTestId('bank-item-form');
    type('field-prompt.id', 'Rancangan antarmuka dibuat.');
    type('field-prompt.en', 'The interface design is made.');
    fireEvent.click(screen.getByRole('checkbox', { name: /1\.1 Rancangan dibuat/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /1\.2 Struktur data dijelaskan/ }));
    type('field-options.0.text.id', 'Sketsa');

    type('field-kind', 'observation');
    await screen.findByTestId('bank-benchmark-form');
    expect(value('field-text.id')).toBe('Rancangan antarmuka dibuat.');
    expect(value('field-text.en')).toBe('The interface design is made.');
    expect(value('field-kukId')).toBe('k-3');
    expect(screen.getByTestId('bank-kept-aside').textContent).toBe(id.bankScreens.item.keptAside);
    // Still unsaved: leaving asks.
    fireEvent.click(screen.getByTestId('bank-nav-list'));
    expect(dialog()).toBeTruthy();
    stay();

    // Back to a question: the benchmark's edited text is the stem, the option and the second KUK are still there.
    type('field-text.id', 'Rancangan antarmuka dibuat sesuai kebutuhan.');
    type('field-kind', 'multiple_choice');
    await screen.findByTestId('bank-item-form');
    expect(value('field-prompt.id')).toBe('Rancangan antarmuka dibuat sesuai kebutuhan.');
    expect(value('field-prompt.en')).toBe('The interface design is made.');
    expect(value('field-options.0.text.id')).toBe('Sketsa');
    expect(ticked()).toEqual(['k-2', 'k-3']);

    type('field-kind', 'observation');
    await screen.findByTestId('bank-benchmark-form');
    type('field-kukId', 'k-1');
    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(window.location.hash).toBe('#/bank-item/b-9'));
    expect(dialog()).toBeNull();
    expect(argsOf(fake.calls, 'bank/saveBenchmark')).toEqual([
      { schemeId: 's-1', benchmarkId: null, benchmark: { kukId: 'k-1', text: { id: 'Rancangan antarmuka dibuat sesuai kebutuhan.', en: 'The interface design is made.' } } },
    ]);
  });

  it('asks nothing when the entry is blank again after a trip through observation', async () => {
    openAt('bank-new/s-1', { 'schemes/get': () => ok(scheme) });
    await screen.findByTestId('bank-item-form');
    type('field-prompt.id', 'Rancangan dibuat.');
    type('field-kind', 'observation');
    await screen.findByTestId('bank-benchmark-form');
    expect(screen.queryByTestId('bank-kept-aside')).toBeNull();
    type('field-text.id', '');
    type('field-kind', 'multiple_choice');
    await screen.findByTestId('bank-item-form');
    expect(value('field-prompt.id')).toBe('');
    fireEvent.click(screen.getByTestId('bank-nav-coverage'));
    expect(dialog()).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/bank-coverage/s-1'));
  });
});

describe("a bank entry's stem pictures", () => {
  const sha = (c: string) => c.repeat(64);
  const prompt = (text: string) => ({ id: text, en: text.replaceAll('gambar', 'image') });

  it("moves the typed [gambar N] lines as the core moved the saved ones when a picture goes, and the form stays clean or edited as it was", async () => {
    let current = item({ stemImages: [sha('a'), sha('b')], prompt: prompt('Lihat:\n[gambar 1]\nlalu\n[gambar 2]') });
    const removed = item({ stemImages: [sha('b')], prompt: prompt('Lihat:\nlalu\n[gambar 1]') });
    const { fake } = openAt('bank-item/i-1', {
      'schemes/get': () => ok(scheme),
      'bank/get': () => ok(current),
      'bank/setImages': () => {
        current = removed;
        return ok({ item: removed, copied: false });
      },
      'bank/save': () => ok({ item: removed, copied: false }),
    });
    await screen.findByTestId('bank-images');
    const stem = () => screen.getAllByTestId('image-place').find((p) => p.getAttribute('data-place') === 'stem')!;
    const value = (testId: string) => (screen.getByTestId(testId) as HTMLTextAreaElement).value;

    // Untouched: the form shows the saved text and asks nothing on leaving.
    fireEvent.click(within(stem()).getAllByTestId('image-remove')[0]);
    await waitFor(() => expect(value('field-prompt.id')).toBe('Lihat:\nlalu\n[gambar 1]'));
    expect(value('field-prompt.en')).toBe('Lihat:\nlalu\n[image 1]');
    fireEvent.click(screen.getByTestId('bank-nav-coverage'));
    expect(dialog()).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/bank-coverage/s-1'));

    // Edited, then a picture goes: the edit stays, renumbered, and is still unsaved; a save sends it so.
    current = item({ stemImages: [sha('a'), sha('b')], prompt: prompt('Lihat:\n[gambar 1]\nlalu\n[gambar 2]') });
    window.location.hash = '#/bank-item/i-1';
    await screen.findByTestId('bank-images');
    type('field-prompt.id', 'Perhatikan:\n[gambar 1]\nlalu\n[gambar 2]\nApa bedanya?');
    fireEvent.click(within(stem()).getAllByTestId('image-remove')[0]);
    await waitFor(() => expect(value('field-prompt.id')).toBe('Perhatikan:\nlalu\n[gambar 1]\nApa bedanya?'));
    fireEvent.click(screen.getByTestId('bank-nav-coverage'));
    expect(dialog()).toBeTruthy();
    stay();
    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'bank/save')).toHaveLength(1));
    expect(argsOf(fake.calls, 'bank/save')[0]).toMatchObject({ item: { prompt: { id: 'Perhatikan:\nlalu\n[gambar 1]\nApa bedanya?', en: 'Lihat:\nlalu\n[image 1]' } } });
  });
});
