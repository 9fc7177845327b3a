import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { CandidateDetail, CandidateSummary, Page } from '../../../../electron/shared/registry';
import { formatDateTime } from '../../../../electron/shared/i18n/format';
import { fail, ok } from '../../fake-transport';
import { principal, TOKEN } from '../../fixtures';
import { argsOf, invalid, openAt } from './support';

const summary = (n: number): CandidateSummary => ({
  id: `c-${n}`,
  participantNo: `P-${String(n).padStart(4, '0')}`,
  name: `Peserta ${n}`,
  nik: `3273011708950${String(n).padStart(3, '0')}`,
  institution: 'SMK Negeri 1 Bandung',
  provinceCode: '32',
  active: true,
});

const page = (from: number, count: number, next: string | null, total: number | null): Page<CandidateSummary> => ({
  rows: Array.from({ length: count }, (_, i) => summary(from + i)),
  total,
  totalAtLeast: null,
  nextCursor: next,
});

afterEach(() => {
  window.location.hash = '';
});

describe('candidates list', () => {
  it('shows the first page, appends the next one with the cursor on "Muat lagi", and stops at the last', async () => {
    const { fake } = openAt('candidates', {
      'candidates/list': (args) => {
        const cursor = (args as { cursor?: string | null }).cursor ?? null;
        return ok(cursor === null ? page(1, 50, 'cur-2', 75) : page(51, 25, null, null));
      },
    });
    await waitFor(() => expect(screen.getAllByTestId('candidate-row')).toHaveLength(50));
    expect(screen.getByTestId('list-count').textContent).toBe('Menampilkan 50 dari 75 data.');
    // The name is the link to the candidate's page.
    expect(within(screen.getAllByTestId('candidate-row')[0]).getByRole('link', { name: 'Peserta 1' }).getAttribute('href')).toBe('#/candidates/c-1');

    fireEvent.click(screen.getByTestId('list-more'));
    await waitFor(() => expect(screen.getAllByTestId('candidate-row')).toHaveLength(75));
    expect(screen.queryByTestId('list-more')).toBeNull();
    expect(argsOf(fake.calls, 'candidates/list')).toEqual([
      { search: undefined, active: true, institution: undefined, provinceCode: undefined, cursor: null },
      { search: undefined, active: true, institution: undefined, provinceCode: undefined, cursor: 'cur-2' },
    ]);
  });

  it('searches once typing pauses, with the filters, from the first page again', async () => {
    const { fake } = openAt('candidates', { 'candidates/list': () => ok(page(1, 3, null, 3)) });
    await waitFor(() => expect(screen.getAllByTestId('candidate-row')).toHaveLength(3));
    fireEvent.change(screen.getByTestId('list-search'), { target: { value: '3' } });
    fireEvent.change(screen.getByTestId('list-search'), { target: { value: '3273' } });
    fireEvent.change(screen.getByTestId('filter-province'), { target: { value: '32' } });
    fireEvent.change(screen.getByTestId('filter-active'), { target: { value: 'all' } });
    await waitFor(() => expect(argsOf(fake.calls, 'candidates/list')).toHaveLength(2));
    expect(argsOf(fake.calls, 'candidates/list')[1]).toEqual({ search: '3273', active: null, institution: undefined, provinceCode: '32', cursor: null });
  });

  it('matches any word of the name only when asked, and says so beside the search', async () => {
    const { fake } = openAt('candidates', { 'candidates/list': () => ok(page(1, 3, null, 3)) });
    await waitFor(() => expect(screen.getAllByTestId('candidate-row')).toHaveLength(3));
    const anyWord = screen.getByRole('checkbox', { name: id.registryScreens.candidates.searchAnyWord });
    fireEvent.change(screen.getByTestId('list-search'), { target: { value: 'dewi' } });
    await waitFor(() => expect(argsOf(fake.calls, 'candidates/list')).toHaveLength(2));
    expect(argsOf(fake.calls, 'candidates/list')[1]).toMatchObject({ search: 'dewi', anyWord: undefined });
    fireEvent.click(anyWord);
    await waitFor(() => expect(argsOf(fake.calls, 'candidates/list')).toHaveLength(3));
    expect(argsOf(fake.calls, 'candidates/list')[2]).toMatchObject({ search: 'dewi', anyWord: true, cursor: null });
  });

  it('offers to look in any word of the name when a name searched by its start finds nobody', async () => {
    const { fake } = openAt('candidates', { 'candidates/list': () => ok(page(1, 0, null, 0)) });
    await screen.findByTestId('list-empty');
    expect(screen.queryByTestId('search-any-word-offer')).toBeNull();
    fireEvent.change(screen.getByTestId('list-search'), { target: { value: 'putri' } });
    const offer = await screen.findByTestId('search-any-word-offer');
    expect(offer.textContent).toBe('Cari “putri” juga di kata lain dalam nama');
    fireEvent.click(within(offer).getByRole('button'));
    await waitFor(() => expect(argsOf(fake.calls, 'candidates/list').at(-1)).toMatchObject({ search: 'putri', anyWord: true }));
    expect((screen.getByTestId('search-any-word') as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(screen.queryByTestId('search-any-word-offer')).toBeNull());
    // A NIK has no other words to look in.
    fireEvent.click(screen.getByTestId('search-any-word'));
    fireEvent.change(screen.getByTestId('list-search'), { target: { value: '3273' } });
    await waitFor(() => expect(argsOf(fake.calls, 'candidates/list').at(-1)).toMatchObject({ search: '3273' }));
    expect(screen.queryByTestId('search-any-word-offer')).toBeNull();
  });

  it('says when nothing matches', async () => {
    openAt('candidates', { 'candidates/list': () => ok(page(1, 0, null, 0)) });
    expect((await screen.findByTestId('list-empty')).textContent).toBe(id.registryScreens.list.empty);
  });
});

const detail: CandidateDetail = {
  ...summary(7),
  birthPlace: 'Bandung',
  birthDate: '1995-08-17',
  sex: 'P',
  address: null,
  regencyCode: '3273',
  phone: null,
  email: null,
  educationCode: null,
  occupationCode: null,
  photoSha256: null,
  revision: 'rev-1',
};

describe('candidate form', () => {
  it('marks each refused field beside its input with the reason in Indonesian, and saves once fixed', async () => {
    let attempts = 0;
    const { fake } = openAt('candidates/new', {
      'candidates/create': () => {
        attempts += 1;
        return attempts === 1
          ? invalid([
              { field: 'nik', reason: 'nik_number_lost' },
              { field: 'name', reason: 'required' },
            ])
          : ok(detail);
      },
      'candidates/get': () => ok(detail),
    });
    fireEvent.change(await screen.findByTestId('field-nik'), { target: { value: '3273011708950000' } });
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('problem-nik')).textContent).toBe(id.registry.reasons.nik_number_lost);
    expect(screen.getByTestId('problem-name').textContent).toBe(id.registry.reasons.required);
    expect(screen.getByTestId('field-nik').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('field-birthPlace').getAttribute('aria-invalid')).toBeNull();
    // The first marked input (name, above the NIK) takes the focus, in an effect after the marks render:
    // on a loaded machine that effect can run after the marks are found, so the focus is awaited.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('field-name')));
    // The input names its problem for a screen reader.
    const describedBy = screen.getByTestId('field-nik').getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((ref) => document.getElementById(ref)?.textContent)).toContain(id.registry.reasons.nik_number_lost);
    expect(screen.getByTestId('save-invalid').textContent).toBe(id.registryScreens.record.invalid_other.replace('{{count}}', '2'));

    fireEvent.change(screen.getByTestId('field-name'), { target: { value: 'Dewi Lestari' } });
    fireEvent.change(screen.getByTestId('field-nik'), { target: { value: '3273015708950007' } });
    fireEvent.change(screen.getByTestId('field-sex'), { target: { value: 'P' } });
    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(window.location.hash).toBe('#/candidates/c-7'));
    expect(argsOf(fake.calls, 'candidates/create')[1]).toEqual({
      candidate: {
        name: 'Dewi Lestari',
        nik: '3273015708950007',
        birthPlace: null,
        birthDate: null,
        sex: 'P',
        address: null,
        regencyCode: null,
        provinceCode: null,
        phone: null,
        email: null,
        educationCode: null,
        occupationCode: null,
        institution: null,
        photoSha256: null,
      },
    });
    expect(await screen.findByTestId('candidate-participant-no')).toHaveProperty('textContent', 'P-0007');
  });

  it("sends the revision it opened, and keeps what was typed when another admin changed the record meanwhile", async () => {
    const changed = { by: 'Dewi Lestari', at: '2026-11-20T02:07:00.000Z' };
    const { fake } = openAt('candidates/c-7', { 'candidates/get': () => ok(detail), 'candidates/update': () => fail('RECORD_CHANGED', changed) });
    fireEvent.change(await screen.findByTestId('field-phone'), { target: { value: '081234567890' } });
    fireEvent.click(screen.getByTestId('record-save'));
    // Who changed it and when, the time as the screens write one.
    const said = id.errors.RECORD_CHANGED.replace('{{by}}', changed.by).replace('{{at}}', formatDateTime(changed.at, 'id'));
    expect(await screen.findByText(said)).toBeTruthy();
    expect(argsOf(fake.calls, 'candidates/update')[0]).toMatchObject({ candidateId: 'c-7', revision: 'rev-1' });
    expect((screen.getByTestId('field-phone') as HTMLInputElement).value).toBe('081234567890');
  });

  it('asks for the password over the form when the sign-in ran out, then saves what was typed with the new sign-in', async () => {
    const { fake } = openAt('candidates/c-7', {
      'candidates/get': () => ok(detail),
      'candidates/update': (_args, token) => (token === 'tok_again' ? ok(detail) : fail('SESSION_EXPIRED')),
      'auth/signIn': (args) =>
        (args as { password: string }).password === 'admin123!'
          ? ok({ token: 'tok_again', expiresAt: '2099-01-01T00:00:00.000Z', principal: principal('lsp_admin', 'Rina Kartikasari') })
          : fail('BAD_CREDENTIALS'),
    });
    fireEvent.change(await screen.findByTestId('field-phone'), { target: { value: '081234567890' } });
    fireEvent.click(screen.getByTestId('record-save'));
    const dialog = await screen.findByTestId('reauth-dialog');
    // The same person, by name; the form stays under the dialog with what was typed.
    expect(dialog.textContent).toContain(id.reauth.body.replace('{{username}}', 'lsp_admin'));
    expect((screen.getByTestId('field-phone') as HTMLInputElement).value).toBe('081234567890');
    expect(document.activeElement).toBe(screen.getByTestId('reauth-password'));

    fireEvent.change(screen.getByTestId('reauth-password'), { target: { value: 'salah' } });
    fireEvent.click(screen.getByTestId('reauth-submit'));
    expect((await within(dialog).findByTestId('error-message')).textContent).toContain(id.reauth.badPassword);
    fireEvent.change(screen.getByTestId('reauth-password'), { target: { value: 'admin123!' } });
    fireEvent.click(screen.getByTestId('reauth-submit'));
    await waitFor(() => expect(screen.queryByTestId('reauth-dialog')).toBeNull());
    await waitFor(() => expect(fake.calls.filter((c) => c.method === 'candidates/update').map((c) => c.token)).toEqual([TOKEN, 'tok_again']));
    expect(argsOf(fake.calls, 'candidates/update')[1]).toMatchObject({ candidateId: 'c-7', candidate: { phone: '081234567890' } });
    expect(argsOf(fake.calls, 'auth/signIn')[1]).toEqual({ username: 'lsp_admin', password: 'admin123!' });
    expect(sessionStorage.getItem('ruang-uji.token')).toBe('tok_again');
    expect(screen.getByTestId('field-phone')).toBeTruthy();
  });

  it('gives the same field messages in English', async () => {
    openAt('candidates/c-7', { 'candidates/get': () => ok(detail), 'candidates/update': () => invalid([{ field: 'regencyCode', reason: 'region_code' }]) }, 'en');
    fireEvent.click(await screen.findByTestId('record-save'));
    expect((await screen.findByTestId('problem-regencyCode')).textContent).toBe(en.registry.reasons.region_code);
    expect(screen.getByTestId('save-invalid').textContent).toBe(en.registryScreens.record.invalid_one.replace('{{count}}', '1'));
  });

  it('deactivates only after a confirmation naming the candidate', async () => {
    let active = true;
    const { fake } = openAt('candidates/c-7', {
      'candidates/get': () => ok({ ...detail, active }),
      'candidates/setActive': (args) => {
        active = (args as { active: boolean }).active;
        return ok({ ...detail, active });
      },
    });
    fireEvent.click(await screen.findByTestId('record-toggle'));
    expect(argsOf(fake.calls, 'candidates/setActive')).toEqual([]);
    expect(screen.getByTestId('record-active').textContent).toContain('Peserta 7');
    fireEvent.click(screen.getByTestId('record-toggle-confirm'));
    await waitFor(() => expect(screen.getByTestId('record-status').textContent).toBe(id.registryScreens.status.inactive));
    expect(argsOf(fake.calls, 'candidates/setActive')).toEqual([{ candidateId: 'c-7', active: false }]);
    expect(screen.getByTestId('record-toggle').textContent).toBe(id.registryScreens.record.reactivate);
  });
});

describe('candidate form: a likely namesake', () => {
  it('names the registered namesake with a link, and saves again as a different person only when asked', async () => {
    const namesake = { name: 'Siti Aminah', nik: '3273015708950001', participantNo: '2026-0000001', candidateId: 'c-1', count: 1 };
    const { fake } = openAt('candidates/new', {
      'candidates/create': (args) => ((args as { differentPerson?: boolean }).differentPerson ? ok(detail) : fail('CANDIDATE_LIKELY_DUPLICATE', namesake)),
      'candidates/get': () => ok(detail),
    });
    fireEvent.change(await screen.findByTestId('field-name'), { target: { value: 'Siti Aminah' } });
    fireEvent.click(screen.getByTestId('record-save'));
    const open = await screen.findByTestId('namesake-open');
    expect(open.textContent).toBe('Buka data Siti Aminah');
    expect(open.getAttribute('href')).toBe('#/candidates/c-1');
    expect(screen.getByTestId('candidate-form').textContent).toContain('Mungkin sudah terdaftar: Siti Aminah (NIK 3273015708950001, no. peserta 2026-0000001)');
    expect(argsOf(fake.calls, 'candidates/create')[0]).not.toHaveProperty('differentPerson');

    fireEvent.click(screen.getByTestId('namesake-save-anyway'));
    await waitFor(() => expect(window.location.hash).toBe('#/candidates/c-7'));
    expect(argsOf(fake.calls, 'candidates/create')[1]).toMatchObject({ differentPerson: true, candidate: { name: 'Siti Aminah' } });
  });

  it('in English too', async () => {
    openAt('candidates/new', { 'candidates/create': () => fail('CANDIDATE_LIKELY_DUPLICATE', { name: 'Siti Aminah', nik: '3273015708950001', participantNo: 'P-1', candidateId: 'c-1', count: 1 }) }, 'en');
    fireEvent.change(await screen.findByTestId('field-name'), { target: { value: 'Siti Aminah' } });
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('namesake-save-anyway')).textContent).toBe(en.registryScreens.candidates.namesakeSaveAnyway);
    expect(screen.getByTestId('namesake-open').textContent).toBe("Open Siti Aminah's record");
  });
});

describe('candidate form labels', () => {
  it('say which optional fields the BNSP upload will still need, in both languages', async () => {
    const labelOf = (testId: string) => document.querySelector(`label[for="${screen.getByTestId(testId).id}"]`)?.textContent ?? '';
    openAt('candidates/new', {});
    await screen.findByTestId('field-phone');
    expect(labelOf('field-phone')).toContain(id.registryScreens.record.optionalBnsp);
    expect(labelOf('field-educationCode')).toContain(id.registryScreens.record.optionalBnsp);
    // Email is the BNSP sheet's one optional column; the institution is not in it at all.
    expect(labelOf('field-email')).toContain(id.registryScreens.record.optional);
    expect(labelOf('field-email')).not.toContain(id.registryScreens.record.optionalBnsp);
    expect(labelOf('field-institution')).not.toContain(id.registryScreens.record.optionalBnsp);
  });

  it('in English too', async () => {
    const labelOf = (testId: string) => document.querySelector(`label[for="${screen.getByTestId(testId).id}"]`)?.textContent ?? '';
    openAt('candidates/new', {}, 'en');
    await screen.findByTestId('field-phone');
    expect(labelOf('field-address')).toContain(en.registryScreens.record.optionalBnsp);
  });
});

describe('leaving an edited candidate', () => {
  const dialog = () => screen.queryByTestId('unsaved-dialog');

  it('asks before the registry nav or sign-out drops the edit; "stay" keeps it and the address, and once saved the nav goes at once', async () => {
    const { fake } = openAt('candidates/c-7', {
      'candidates/get': () => ok(detail),
      'candidates/update': (args) => ok({ ...detail, phone: (args as { candidate: CandidateDetail }).candidate.phone }),
      'assessors/list': () => ok({ rows: [], total: 0, totalAtLeast: null, nextCursor: null }),
    });
    const phone = await screen.findByTestId('field-phone');
    fireEvent.change(phone, { target: { value: '081234567890' } });

    fireEvent.click(screen.getByTestId('registry-nav-assessors'));
    expect(within(dialog()!).getByRole('heading').textContent).toBe(id.common.unsaved.title);
    fireEvent.click(within(dialog()!).getByTestId('action-cancel'));
    expect(dialog()).toBeNull();
    expect((screen.getByTestId('field-phone') as HTMLInputElement).value).toBe('081234567890');
    expect(window.location.hash).toBe('#/candidates/c-7');

    // The form's own way back to the list, and signing out, ask the same.
    fireEvent.click(screen.getByTestId('back-to-list'));
    fireEvent.keyDown(dialog()!, { key: 'Escape' });
    fireEvent.click(screen.getByTestId('signout'));
    fireEvent.click(within(dialog()!).getByTestId('action-cancel'));
    expect(argsOf(fake.calls, 'auth/signOut')).toEqual([]);
    expect(screen.getByTestId('candidate-form')).toBeTruthy();

    fireEvent.click(screen.getByTestId('record-save'));
    await screen.findByTestId('record-saved');
    fireEvent.click(screen.getByTestId('registry-nav-assessors'));
    expect(dialog()).toBeNull();
    await screen.findByTestId('assessors-screen');
    expect(window.location.hash).toBe('#/assessors');
  });

  it('leaves on "leave without saving", in English too', async () => {
    openAt('candidates/c-7', { 'candidates/get': () => ok(detail), 'assessors/list': () => ok({ rows: [], total: 0, totalAtLeast: null, nextCursor: null }) }, 'en');
    fireEvent.change(await screen.findByTestId('field-phone'), { target: { value: '081234567890' } });
    fireEvent.click(screen.getByTestId('registry-nav-assessors'));
    const leave = within(dialog()!).getByTestId('action-confirm');
    expect(leave.textContent).toBe(en.common.unsaved.leave);
    fireEvent.click(leave);
    await screen.findByTestId('assessors-screen');
    expect(window.location.hash).toBe('#/assessors');
    expect(dialog()).toBeNull();
  });
});

describe("a candidate's page", () => {
  it('links to their certificates in the register, found by their NIK, for a candidate coming back to be certified again', async () => {
    openAt('candidates/c-7', { 'candidates/get': () => ok(detail) });
    const link = await screen.findByTestId('candidate-certificates');
    expect(link.getAttribute('href')).toBe(`#/certificates?search=${detail.nik}`);
    expect(link.textContent).toBe(id.registryScreens.candidates.certificates);
  });

  it('says so in English', async () => {
    openAt('candidates/c-7', { 'candidates/get': () => ok(detail) }, 'en');
    expect((await screen.findByTestId('candidate-certificates')).textContent).toBe(en.registryScreens.candidates.certificates);
  });
});

describe('a new candidate whose NIK is already registered', () => {
  it('links to the candidate list searched by that NIK, where the registered person is, beside the refusal', async () => {
    openAt('candidates/new', { 'candidates/create': () => invalid([{ field: 'nik', reason: 'nik_taken' }]) });
    fireEvent.change(await screen.findByTestId('field-name'), { target: { value: 'Peserta 7' } });
    fireEvent.change(screen.getByTestId('field-nik'), { target: { value: ' 3273011708950007 ' } });
    expect(screen.queryByTestId('nik-taken-open')).toBeNull();
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('problem-nik')).textContent).toBe(id.registry.reasons.nik_taken);
    const link = screen.getByTestId('nik-taken-open');
    expect(link.getAttribute('href')).toBe('#/candidates?search=3273011708950007');
    expect(link.textContent).toBe(id.registryScreens.candidates.nikTakenOpen);
  });

  it('says so in English', async () => {
    openAt('candidates/new', { 'candidates/create': () => invalid([{ field: 'nik', reason: 'nik_taken' }]) }, 'en');
    fireEvent.change(await screen.findByTestId('field-nik'), { target: { value: '3273011708950007' } });
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('nik-taken-open')).textContent).toBe(en.registryScreens.candidates.nikTakenOpen);
  });
});
