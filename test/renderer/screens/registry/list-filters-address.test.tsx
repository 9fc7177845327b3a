import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssessorSummary, Page } from '../../../../electron/shared/registry';
import { ok } from '../../fake-transport';
import { listHref } from '../../../../renderer/src/navigation/use-route-filters';
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
    // The record's own way back goes to the list as filtered too.
    expect((await screen.findByTestId('back-to-list')).getAttribute('href')).toBe('#/assessors?search=bud&active=inactive&expiry=expired');
    await back();
    expect(window.location.hash).toBe('#/assessors?search=bud&active=inactive&expiry=expired');
    await waitFor(() => expect((screen.getByTestId('filter-expiry') as HTMLSelectElement).value).toBe('expired'));
    expect((screen.getByTestId('list-search') as HTMLInputElement).value).toBe('bud');
    expect((screen.getByTestId('filter-active') as HTMLSelectElement).value).toBe('inactive');
  });
});

describe("a list's last address is forgotten when the sign-in ends", () => {
  it('signing out leaves the next person no link back to the last one\'s search', async () => {
    openAt('assessors?search=bud', { 'assessors/list': () => ok(onePage([budi])), 'schemes/list': () => ok(onePage([])), 'auth/signOut': () => ok({ signedOut: true }) });
    await screen.findByTestId('assessor-row');
    expect(listHref('assessors')).toBe('#/assessors?search=bud');
    fireEvent.click(screen.getByTestId('signout'));
    await screen.findByTestId('signin-submit');
    expect(listHref('assessors')).toBe('#/assessors');
  });
});

describe('the candidates list keeps its filters in the address', () => {
  const handlers = { 'candidates/list': () => ok(onePage([])), 'candidates/institutions': () => ok({ institutions: [] }) };

  it('writes the search, the any-word option, the institution and the province as typed, and a reload opens the list with them', async () => {
    const { fake } = openAt('candidates', handlers);
    await screen.findByTestId('list-empty');
    const entries = history.length;
    typeInto(screen.getByTestId('list-search') as HTMLInputElement, 'adi s');
    fireEvent.click(screen.getByTestId('search-any-word'));
    const institution = screen.getByTestId('filter-institution') as HTMLInputElement;
    typeInto(institution, 'SMK 1');
    expect(document.activeElement).toBe(institution);
    typeInto(screen.getByTestId('filter-province') as HTMLInputElement, '32');
    expect(window.location.hash).toBe('#/candidates?search=adi+s&anyWord=1&institution=SMK+1&province=32');
    expect(history.length).toBe(entries);
    await waitFor(() => expect(argsOf(fake.calls, 'candidates/list').at(-1)).toEqual({ search: 'adi s', anyWord: true, active: true, institution: 'SMK 1', provinceCode: '32', cursor: null }));
    cleanup();
    const reloaded = openAt('candidates?search=adi+s&anyWord=1&active=inactive&institution=SMK+1&province=32', handlers);
    await waitFor(() => expect(argsOf(reloaded.fake.calls, 'candidates/list')).toEqual([{ search: 'adi s', anyWord: true, active: false, institution: 'SMK 1', provinceCode: '32', cursor: null }]));
    expect((screen.getByTestId('list-search') as HTMLInputElement).value).toBe('adi s');
    expect((screen.getByTestId('search-any-word') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('filter-active') as HTMLSelectElement).value).toBe('inactive');
  });
});

describe('the schemes and TUK lists keep their filters in the address', () => {
  it('the schemes: kind and active chosen go to the address, and the address chooses them', async () => {
    const { fake } = openAt('schemes?kind=okupasi', { 'schemes/list': () => ok(onePage([])) });
    await waitFor(() => expect(argsOf(fake.calls, 'schemes/list')).toEqual([{ search: undefined, active: true, kind: 'okupasi', cursor: null }]));
    expect((screen.getByTestId('filter-kind') as HTMLSelectElement).value).toBe('okupasi');
    fireEvent.change(screen.getByTestId('filter-kind'), { target: { value: 'kkni' } });
    fireEvent.change(screen.getByTestId('filter-active'), { target: { value: 'all' } });
    expect(window.location.hash).toBe('#/schemes?kind=kkni&active=all');
    await waitFor(() => expect(argsOf(fake.calls, 'schemes/list').at(-1)).toEqual({ search: undefined, active: null, kind: 'kkni', cursor: null }));
  });

  it('the TUKs: the type chosen goes to the address, and the address chooses it', async () => {
    const { fake } = openAt('tuks?type=mandiri&search=smk', { 'tuks/list': () => ok(onePage([])), 'registry/settings': () => ok({ expirySoonDays: 90, mandiriVerificationMonths: 12 }) });
    await waitFor(() => expect(argsOf(fake.calls, 'tuks/list')).toEqual([{ search: 'smk', active: true, type: 'mandiri', cursor: null }]));
    expect((screen.getByTestId('list-search') as HTMLInputElement).value).toBe('smk');
    fireEvent.change(screen.getByTestId('filter-type'), { target: { value: '' } });
    expect(window.location.hash).toBe('#/tuks?search=smk');
    await waitFor(() => expect(argsOf(fake.calls, 'tuks/list').at(-1)).toEqual({ search: 'smk', active: true, type: undefined, cursor: null }));
  });

  it("the TUKs needing verification, as the home's task opens them: from the address, and chosen back to all", async () => {
    const { fake } = openAt('tuks?verification=due', { 'tuks/list': () => ok(onePage([])), 'registry/settings': () => ok({ expirySoonDays: 90, mandiriVerificationMonths: 12 }) });
    await waitFor(() => expect(argsOf(fake.calls, 'tuks/list')).toEqual([{ search: undefined, active: true, type: undefined, verification: 'due', cursor: null }]));
    expect((screen.getByTestId('filter-verification') as HTMLSelectElement).value).toBe('due');
    fireEvent.change(screen.getByTestId('filter-verification'), { target: { value: '' } });
    expect(window.location.hash).toBe('#/tuks');
    await waitFor(() => expect(argsOf(fake.calls, 'tuks/list').at(-1)).toMatchObject({ verification: undefined }));
  });
});

describe('how many pages of a list were open, in the address', () => {
  const candidate = (n: number) => ({ id: `c-${n}`, participantNo: `P-${n}`, name: `Peserta ${n}`, nik: `32730117089500${n}`, institution: null, provinceCode: null, active: true });
  const pageOf = (from: number, count: number, next: string | null) => ({ rows: Array.from({ length: count }, (_, i) => candidate(from + i)), total: 60, totalAtLeast: null, nextCursor: next });
  const handlers = {
    'candidates/list': (args: unknown) => ok((args as { cursor: string | null }).cursor === 'c-2' ? pageOf(51, 10, null) : pageOf(1, 50, 'c-2')),
    'candidates/institutions': () => ok({ institutions: [] }),
  };

  it('"Muat lagi" writes the count; a reload opens as many pages; another search starts again at one', async () => {
    const { fake } = openAt('candidates?search=pes', handlers);
    await waitFor(() => expect(screen.getAllByTestId('candidate-row')).toHaveLength(50));
    fireEvent.click(screen.getByTestId('list-more'));
    await waitFor(() => expect(screen.getAllByTestId('candidate-row')).toHaveLength(60));
    expect(window.location.hash).toBe('#/candidates?search=pes&pages=2');
    cleanup();
    const reloaded = openAt('candidates?search=pes&pages=2', handlers);
    await waitFor(() => expect(screen.getAllByTestId('candidate-row')).toHaveLength(60));
    expect(argsOf(reloaded.fake.calls, 'candidates/list').map((a) => (a as { cursor: string | null }).cursor)).toEqual([null, 'c-2']);
    fireEvent.change(screen.getByTestId('list-search'), { target: { value: 'pesx' } });
    await waitFor(() => expect(window.location.hash).toBe('#/candidates?search=pesx'));
    await waitFor(() => expect(argsOf(reloaded.fake.calls, 'candidates/list').at(-1)).toMatchObject({ search: 'pesx', cursor: null }));
    expect(fake.calls.length).toBeGreaterThan(0);
  });
});
