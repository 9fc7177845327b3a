import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { IssuedPasswordsState } from '../../../../electron/shared/handover';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { WrittenTestPreview } from '../../../../electron/shared/scheduling';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { SCHEME, SEATED_ASSESSOR, SEATED_CANDIDATE, TUK, aplSummary, assessor, page, plannedSession, plannedSessionDetail } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});


const NONE_ISSUED = { count: 0, lastIssuedAt: null, forSession: null };

describe('sessions list', () => {
  it('filters by status and dates from the first page, and links each code to its planner', async () => {
    const { fake } = openAt('sessions', {
      'sessions/list': () => ok(page([{ ...plannedSession(1), exportedAt: '2027-03-01T02:00:00.000Z', changedSinceExport: true }])),
      'sessions/settings': () => ok({ maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true }),
    });
    const row = await screen.findByTestId('session-row');
    expect(within(row).getByRole('link', { name: 'JDW-20270310-001' }).getAttribute('href')).toBe('#/sessions/ses-1');
    expect(row.textContent).toContain(id.schedulingScreens.status.upcoming);
    // Changed after its last export: the TUK holds an older plan.
    expect(within(row).getByTestId('session-changed-since-export').textContent).toBe(` ${id.schedulingScreens.sessions.changedSinceExport}`);
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'awaiting_results' } });
    fireEvent.change(screen.getByTestId('filter-date-from'), { target: { value: '2027-03-01' } });
    fireEvent.change(screen.getByTestId('filter-date-to'), { target: { value: '2027-03-31' } });
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/list')).toHaveLength(2));
    expect(argsOf(fake.calls, 'sessions/list')[1]).toEqual({ search: undefined, status: 'awaiting_results', dateFrom: '2027-03-01', dateTo: '2027-03-31', cursor: null });
  });

  it.each([
    ['id' as const, 'Rentang tanggal terbalik: “Dari tanggal” (31 Mar 2027) jatuh setelah “Sampai tanggal” (1 Mar 2027). Tukar kedua tanggal untuk melihat sesi di antaranya.'],
    ['en' as const, 'The date range is reversed: “From” (31 Mar 2027) falls after “To” (1 Mar 2027). Swap the two dates to see the sessions between them.'],
  ])('says a reversed date range is reversed, instead of "no data" (%s)', async (language, text) => {
    openAt(
      'sessions',
      {
        'sessions/list': (args) => ok(page((args as { dateFrom?: string }).dateFrom ? [] : [plannedSession(1)])),
        'sessions/settings': () => ok({ maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true }),
      },
      language,
    );
    await screen.findByTestId('session-row');
    fireEvent.change(screen.getByTestId('filter-date-from'), { target: { value: '2027-03-31' } });
    fireEvent.change(screen.getByTestId('filter-date-to'), { target: { value: '2027-03-01' } });
    expect((await screen.findByTestId('sessions-range-reversed')).textContent).toBe(text);
    await new Promise((r) => setTimeout(r, 400));
    expect(screen.queryByTestId('list-empty')).toBeNull();
    // Put right, the list is back.
    fireEvent.change(screen.getByTestId('filter-date-to'), { target: { value: '2027-04-30' } });
    await waitFor(() => expect(screen.queryByTestId('sessions-range-reversed')).toBeNull());
  });

  it('opens with the status a link chose (the home\'s "what waits"), and starts afresh when a link chooses another', async () => {
    const settings = { maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, aplGate: true };
    const { fake } = openAt('sessions?status=awaiting_results', { 'sessions/list': () => ok(page([])), 'sessions/settings': () => ok(settings) });
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/list')).toHaveLength(1));
    expect(argsOf(fake.calls, 'sessions/list')[0]).toMatchObject({ status: 'awaiting_results' });
    expect((screen.getByTestId('filter-status') as HTMLSelectElement).value).toBe('awaiting_results');
    window.location.hash = '#/sessions?status=results_in';
    await waitFor(() => expect((screen.getByTestId('filter-status') as HTMLSelectElement).value).toBe('results_in'));
    // A status the list does not know is no filter.
    window.location.hash = '#/sessions?status=nope';
    await waitFor(() => expect((screen.getByTestId('filter-status') as HTMLSelectElement).value).toBe(''));
  });

  it("opens the home's upcoming sessions not yet with their TUK as a filter the admin sees and can clear", async () => {
    const settings = { maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, aplGate: true };
    const { fake } = openAt('sessions?status=upcoming&unsent=1', { 'sessions/list': () => ok(page([])), 'sessions/settings': () => ok(settings) });
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/list')).toHaveLength(1));
    expect(argsOf(fake.calls, 'sessions/list')[0]).toMatchObject({ status: 'upcoming', unsent: true });
    const box = screen.getByTestId('filter-unsent') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.parentElement!.textContent).toContain(id.schedulingScreens.sessions.unsentOnly);
    fireEvent.click(box);
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/list').at(-1)).toMatchObject({ status: 'upcoming', unsent: undefined }));
  });

  it.each([
    ['id' as const, 'Penilaian asesor lengkap'],
    ['en' as const, "Assessors' decisions in"],
  ])("calls a session whose assessors have all signed what it is, not 'decided': the rapat pleno decides later (%s)", async (language, text) => {
    openAt('sessions', { 'sessions/list': () => ok(page([{ ...plannedSession(1), status: 'decided' }])), 'sessions/settings': () => ok({ maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true }) }, language);
    const row = await screen.findByTestId('session-row');
    expect(row.textContent).toContain(text);
    const option = [...(screen.getByTestId('filter-status') as HTMLSelectElement).options].find((o) => o.value === 'decided');
    expect(option?.textContent).toBe(text);
  });

  it("writes each session's times with its TUK's zone, the clock they are on", async () => {
    const atMakassar = { ...plannedSession(1), tuk: { ...plannedSession(1).tuk, timeZone: 'WITA' as const } };
    openAt('sessions', {
      'sessions/list': () => ok(page([atMakassar])),
      'sessions/settings': () => ok({ maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true }),
    });
    const row = await screen.findByTestId('session-row');
    // 22.00 on 10 March to 02.00 the next day, both in Makassar's WITA.
    expect(row.querySelectorAll('td')[0].textContent).toBe('10 Mar 2027 22.00–11 Mar 2027 02.00 WITA');
  });

  it("saves the LSP's rules: the day limit and a rule switched off, the others as they were", async () => {
    const settings = { maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true };
    const { fake } = openAt('sessions', { 'sessions/list': () => ok(page([])), 'sessions/settings': () => ok(settings), 'sessions/setSettings': (args) => ok((args as { settings: typeof settings }).settings) });
    const form = await screen.findByTestId('scheduling-settings');
    fireEvent.change(within(form).getByTestId('field-maxCandidatesPerAssessorPerDay'), { target: { value: '12' } });
    fireEvent.click(within(form).getByTestId('setting-tukCapacity'));
    fireEvent.click(within(form).getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/setSettings')).toEqual([{ settings: { ...settings, maxCandidatesPerAssessorPerDay: 12, tukCapacity: false } }]));
  });
});

const preview = (spec: WrittenTestPreview['spec'], lost: boolean): WrittenTestPreview => ({
  spec,
  assembledAt: spec.mode === 'all' ? null : '2027-03-01T02:00:00.000Z',
  units: [
    {
      unitId: 'u-1',
      code: 'J.620100.005.02',
      titleId: 'Mengimplementasikan User Interface',
      titleEn: null,
      available: 6,
      min: 2,
      max: 2,
      kuk: [
        { kukId: 'k-1', number: '1.1', available: 3, min: 1, max: 2 },
        { kukId: 'k-2', number: '1.2', available: 3, min: lost ? 0 : 1, max: 1 },
      ],
    },
  ],
  candidates: [{ candidateId: 'c-1', name: 'Peserta 1', participantNo: 'P-0001', multipleChoice: 2, essay: 0 }],
  warnings: lost ? [{ unitCode: 'J.620100.005.02', kukNumber: '1.2', kukId: 'k-2', candidates: 4 }] : [],
  dropped: [],
});

describe('written test assembly', () => {
  it('draws N per unit per candidate and shows fewest–most per unit and KUK, warning where a KUK loses its written evidence', async () => {
    const { fake } = openAt('sessions/ses-1', {
      'sessions/get': () =>
        ok(plannedSessionDetail()),
      'schemes/list': () => ok(page([SCHEME])),
      'tuks/list': () => ok(page([])),
      'sessions/check': () => ok({ conflicts: [], refused: 0, pending: 0 }),
      'assessors/list': () => ok(page([])),
      'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
      'sessions/setWrittenTest': (args) => ok(preview((args as { test: WrittenTestPreview['spec'] }).test, true)),
      'sessions/settings': () => ok({ maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true }),
    });
    expect((await screen.findByTestId('written-assembled')).textContent).toBe(id.schedulingScreens.written.notAssembled);
    expect(screen.queryByTestId('written-warnings')).toBeNull();
    fireEvent.click(screen.getByTestId('written-mode-draw'));
    fireEvent.change(screen.getByTestId('written-per'), { target: { value: 'unit' } });
    fireEvent.change(screen.getByTestId('written-count'), { target: { value: '2' } });
    fireEvent.click(screen.getByTestId('written-assemble'));
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/setWrittenTest')).toEqual([{ sessionId: 'ses-1', test: { mode: 'draw', per: 'unit', count: 2, perCandidate: true } }]));
    expect((await screen.findByTestId('written-warning')).textContent).toBe('KUK 1.2 unit J.620100.005.02: tidak tercakup untuk 4 asesi.');
    const kuk = screen.getAllByTestId('written-kuk');
    expect(kuk.map((row) => row.textContent)).toEqual(['KUK 1.131–2', 'KUK 1.230–1']);
    expect(kuk[1].className).toBe('written__lost');
    expect(screen.getByTestId('written-unit-range').textContent).toBe('2');

    // Drawing again asks for a new seed; the rule is otherwise the same.
    fireEvent.click(screen.getByTestId('written-reseed'));
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/setWrittenTest')).toHaveLength(2));
    expect(argsOf(fake.calls, 'sessions/setWrittenTest')[1]).toEqual({ sessionId: 'ses-1', test: { mode: 'draw', per: 'unit', count: 2, perCandidate: true, reseed: true } });
  });
});

describe('an assembled test naming questions no longer approved', () => {
  it('lists each, saying it went back to draft or was retired and by which question it was replaced, and assembles again without them', async () => {
    const dropped: WrittenTestPreview['dropped'] = [
      { itemId: 'i-3', ref: 'PG-03', status: 'retired', replacementRef: 'PG-25' },
      { itemId: 'i-4', ref: 'PG-04', status: 'draft', replacementRef: null },
      { itemId: 'i-5', ref: 'PG-05', status: 'retired', replacementRef: null },
      { itemId: 'i-6', ref: 'PG-06', status: 'retired', replacementRef: 'PG-06' },
    ];
    const { fake } = openAt('sessions/ses-1', {
      'sessions/get': () => ok(plannedSessionDetail()),
      'bank/list': () => ok(page([])),
      'sessions/setWrittenTest': (args) => ok(preview((args as { test: WrittenTestPreview['spec'] }).test, false)),
      'schemes/list': () => ok(page([SCHEME])),
      'tuks/list': () => ok(page([])),
      'sessions/check': () => ok({ conflicts: [], refused: 0, pending: 0 }),
      'assessors/list': () => ok(page([])),
      'sessions/writtenTest': () => ok({ ...preview({ mode: 'fixed', itemIds: ['i-2', 'i-3', 'i-4', 'i-5'] }, false), dropped }),
      'sessions/settings': () => ok({ maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, aplGate: true }),
    });
    expect((await screen.findByTestId('written-dropped')).textContent).toContain(id.schedulingScreens.written.droppedTitle);
    expect(screen.getAllByTestId('written-dropped-item').map((li) => li.textContent)).toEqual([
      'PG-03: dipensiunkan, digantikan PG-25.',
      'PG-04: diubah dan kembali menjadi draf (setujui lagi di bank soal).',
      'PG-05: dipensiunkan.',
      'PG-06: dipensiunkan, digantikan versi barunya dengan kode yang sama.',
    ]);
    // Assembling again keeps the questions still approved; the others, no longer listed to untick, would refuse it.
    expect(screen.getByTestId('written-fixed').querySelector('legend')?.textContent).toBe('Soal yang dipilih (1)');
    fireEvent.click(screen.getByTestId('written-assemble'));
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/setWrittenTest')).toEqual([{ sessionId: 'ses-1', test: { mode: 'fixed', itemIds: ['i-2'] } }]));
  });
});

describe('an upcoming session in the planner', () => {
  it('opens with its plan, checks it as itself, saves a change with sessions/update and says it saved', async () => {
    const detail = plannedSessionDetail({ assessors: [SEATED_ASSESSOR], candidates: [SEATED_CANDIDATE], changedAt: '2027-03-01T02:00:00.000Z' });
    // The saved session comes back changed: the planner starts again from it.
    let current = detail;
    const { fake } = openAt('sessions/ses-1', {
      'sessions/get': () => ok(current),
      'schemes/list': () => ok(page([SCHEME])),
      'tuks/list': () => ok(page([TUK])),
      'assessors/list': () => ok(page([assessor(1), assessor(2)])),
      'apl/list': () => ok(page([])),
      'sessions/check': () => ok({ conflicts: [], refused: 0, pending: 0 }),
      'sessions/update': () => {
        current = { ...detail, startTime: '23:00', changedAt: '2027-03-02T02:00:00.000Z' };
        return ok(current);
      },
      'sessions/settings': () => ok({ maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true }),
      'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
    });
    expect(await screen.findByTestId('planner-ok')).toBeTruthy();
    expect((screen.getByTestId('field-code') as HTMLInputElement).value).toBe('JDW-20270310-001');
    fireEvent.change(screen.getByTestId('field-startTime'), { target: { value: '23:00' } });
    await waitFor(() => expect((argsOf(fake.calls, 'sessions/check').at(-1) as { session: { startTime: string } }).session.startTime).toBe('23:00'));
    expect(argsOf(fake.calls, 'sessions/check').at(-1)).toMatchObject({ sessionId: 'ses-1', session: { code: 'JDW-20270310-001', assessorIds: ['as-1'], candidates: [{ candidateId: 'c-1', assessorId: 'as-1' }] } });
    fireEvent.click(screen.getByTestId('planner-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/update')).toHaveLength(1));
    expect(argsOf(fake.calls, 'sessions/update')[0]).toEqual({
      sessionId: 'ses-1',
      session: {
        schemeId: 's-1',
        tukId: 't-1',
        code: 'JDW-20270310-001',
        titleId: 'Junior Web Programmer',
        date: '2027-03-10',
        startTime: '23:00',
        durationMinutes: 240,
        mode: 'room_server',
        assessorIds: ['as-1'],
        candidates: [{ candidateId: 'c-1', assessorId: 'as-1' }],
      },
      // The revision it opened: another admin's change since is refused rather than overwritten.
      revision: 'rev-1',
    });
    // Like a registry form: the planner, started again from the saved session, says the change is saved (its time
    // written the Indonesian way, 23.00).
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/get')).toHaveLength(2));
    await waitFor(() => expect((screen.getByTestId('field-startTime') as HTMLInputElement).value).toBe('23.00'));
    expect(screen.getByTestId('planner-saved').textContent).toBe(id.registryScreens.record.saved);
  });
});

describe("an upcoming session's candidates in the planner", () => {
  for (const language of ['id', 'en'] as const) {
    it(`keep the order of their names before a save and after it, though the core sends them by participant number (${language})`, async () => {
      const seated = (n: number, name: string) => ({ ...SEATED_CANDIDATE, candidateId: `c-${n}`, name, participantNo: `P-000${n}` });
      // As sessions/get sends them: by participant number.
      const detail = plannedSessionDetail({ assessors: [SEATED_ASSESSOR], candidates: [seated(1, 'Yusuf Maulana'), seated(2, 'ani Lestari'), seated(3, 'Budi Santoso')] });
      let current = detail;
      const { fake } = openAt(
        'sessions/ses-1',
        {
          'sessions/get': () => ok(current),
          'schemes/list': () => ok(page([SCHEME])),
          'tuks/list': () => ok(page([TUK])),
          'assessors/list': () => ok(page([assessor(1)])),
          'apl/list': () => ok(page([{ ...aplSummary(4), name: 'Citra Dewi' }])),
          'sessions/check': () => ok({ conflicts: [], refused: 0, pending: 0 }),
          'sessions/update': () => {
            // The saved plan comes back by participant number, the new candidate last.
            current = { ...detail, candidates: [...detail.candidates, seated(4, 'Citra Dewi')], changedAt: '2027-03-02T02:00:00.000Z' };
            return ok(current);
          },
          'sessions/settings': () => ok({ maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true }),
          'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
        },
        language,
      );
      const names = () => screen.getAllByTestId('planner-candidate').map((row) => row.querySelector('th')!.firstChild!.textContent!.trim());
      await screen.findByTestId('planner-ok');
      expect(names()).toEqual(['ani Lestari', 'Budi Santoso', 'Yusuf Maulana']);
      fireEvent.click(await screen.findByTestId('candidate-add'));
      await waitFor(() => expect(names()).toEqual(['ani Lestari', 'Budi Santoso', 'Citra Dewi', 'Yusuf Maulana']));
      fireEvent.click(screen.getByTestId('planner-save'));
      await waitFor(() => expect(argsOf(fake.calls, 'sessions/get')).toHaveLength(2));
      await screen.findByTestId('planner-saved');
      // Before, the saved list came back by participant number: Yusuf, ani, Budi, Citra.
      expect(names()).toEqual(['ani Lestari', 'Budi Santoso', 'Citra Dewi', 'Yusuf Maulana']);
    });
  }
});

describe('the hand-over panel before an export', () => {
  it('says how many candidates and who have no password yet, as a warning that points to the button below it, not to "the session\'s page" it is on', async () => {
    const missing = { code: 'SCHEDULE_PASSWORDS_NOT_ISSUED' as const, severity: 'pending' as const, field: 'candidates', params: { count: 2, names: 'Peserta 1 (P-0001), Peserta 2 (P-0002)' } };
    openAt('sessions/ses-1', {
      'sessions/get': () => ok(plannedSessionDetail({ editable: false, conflicts: [missing] })),
      'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
    });
    const warning = await screen.findByTestId('handover-passwords-missing');
    expect(warning.className).toContain('notice--warning');
    // "Below" is true: the issue button follows the warning.
    expect(warning.compareDocumentPosition(screen.getByTestId('handover-issue')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Never exported: the way to the export is beside the sentence that says so.
    expect(screen.getByTestId('handover-export').getAttribute('href')).toBe('#/bundles?session=ses-1');
    expect(screen.getByTestId('handover-export').textContent).toBe(id.handover.exportLink);
    expect(warning.textContent).toBe(
      '2 peserta belum diberi kata sandi: Peserta 1 (P-0001), Peserta 2 (P-0002). Terbitkan kata sandi mereka dengan tombol di bawah ini, lalu ekspor paket sesi (lagi): tanpa itu mereka tidak dapat masuk di TUK.',
    );
  });

  it('in English, one candidate in the singular and more in the plural, never "candidate(s)"', async () => {
    for (const [count, names, text] of [
      [1, 'Peserta 1 (P-0001)', '1 candidate has no password issued yet: Peserta 1 (P-0001). Issue their password with the button below, then export the session bundle (again): without it they cannot sign in at the TUK.'],
      [2, 'Peserta 1 (P-0001), Peserta 2 (P-0002)', '2 candidates have no password issued yet: Peserta 1 (P-0001), Peserta 2 (P-0002). Issue their passwords with the button below, then export the session bundle (again): without them they cannot sign in at the TUK.'],
    ] as const) {
      const missing = { code: 'SCHEDULE_PASSWORDS_NOT_ISSUED' as const, severity: 'pending' as const, field: 'candidates', params: { count, names } };
      const { unmount } = openAt(
        'sessions/ses-1',
        {
          'sessions/get': () => ok(plannedSessionDetail({ editable: false, conflicts: [missing] })),
          'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
        },
        'en',
      );
      expect((await screen.findByTestId('handover-passwords-missing')).textContent).toBe(text);
      unmount();
    }
  });
});

describe("the hand-over panel's FR.AK.01 list", () => {
  it('names each candidate first, the participant number beside, in the order of their names, the first of them chosen', async () => {
    const seated = (n: number, name: string) => ({ ...SEATED_CANDIDATE, candidateId: `c-${n}`, name, participantNo: `P-000${n}` });
    openAt('sessions/ses-1', {
      'sessions/get': () => ok(plannedSessionDetail({ editable: false, candidates: [seated(1, 'Yusuf Maulana'), seated(2, 'ani Lestari'), seated(3, 'Budi Santoso')] })),
      'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
    });
    const select = await screen.findByTestId<HTMLSelectElement>('handover-ak01-candidate');
    expect([...select.options].map((o) => o.textContent)).toEqual(['ani Lestari · P-0002', 'Budi Santoso · P-0003', 'Yusuf Maulana · P-0001']);
    expect(select.value).toBe('c-2');
  });
});

describe('the hand-over panel after passwords were issued', () => {
  const detail = (passwords: IssuedPasswordsState) => plannedSessionDetail({ candidates: [SEATED_CANDIDATE], editable: false, passwords });
  const issued = { sessionId: 'ses-1', issuedAt: '2027-03-01T02:00:00.000Z', passwords: [{ candidateId: 'c-1', participantNo: 'P-0001', name: 'Peserta 1', password: 'ABCD-EFGH-JKMN' }] };

  it('says so from the server after a reload, and replaces them only once the admin confirms that the printed cards stop working', async () => {
    const { fake } = openAt('sessions/ses-1', {
      'sessions/get': () => ok(detail({ count: 1, lastIssuedAt: '2027-03-01T02:00:00.000Z', forSession: null })),
      'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
      'sessions/issuePasswords': () => ok(issued),
    });
    expect((await screen.findByTestId('handover-issued-before')).textContent).toMatch(/^Kata sandi sudah diterbitkan untuk 1 asesi, terakhir pada 1 Mar 2027/);
    const button = screen.getByTestId('handover-issue');
    expect(button.textContent).toBe(id.handover.reissue);
    fireEvent.click(button);
    const confirm = screen.getByTestId('handover-reissue-confirm');
    expect(confirm.textContent).toContain('kartu peserta yang sudah dicetak tidak berlaku lagi');
    fireEvent.click(within(confirm).getByTestId('handover-reissue-cancel'));
    expect(screen.queryByTestId('handover-reissue-confirm')).toBeNull();
    expect(argsOf(fake.calls, 'sessions/issuePasswords')).toEqual([]);
    fireEvent.click(screen.getByTestId('handover-issue'));
    fireEvent.click(screen.getByTestId('handover-reissue-yes'));
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/issuePasswords')).toEqual([{ sessionId: 'ses-1' }]));
    expect(await screen.findByTestId('handover-issued')).toBeTruthy();
  });

  it('issues at once where none were issued', async () => {
    // Another session: the first test's issue stays in this window's memory for ses-1.
    const { fake } = openAt('sessions/ses-2', {
      'sessions/get': () => ok({ ...detail(NONE_ISSUED), id: 'ses-2' }),
      'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
      'sessions/issuePasswords': () => ok(issued),
    });
    expect((await screen.findByTestId('handover-issue')).textContent).toBe(id.handover.issue);
    expect(screen.queryByTestId('handover-issued-before')).toBeNull();
    fireEvent.click(screen.getByTestId('handover-issue'));
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/issuePasswords')).toEqual([{ sessionId: 'ses-2' }]));
    expect(screen.queryByTestId('handover-reissue-confirm')).toBeNull();
  });

  it('in English: issued at a time unknown here (the demo), and the same question first', async () => {
    openAt('sessions/ses-3', { 'sessions/get': () => ok({ ...detail({ count: 12, lastIssuedAt: null, forSession: null }), id: 'ses-3' }), 'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)) }, 'en');
    expect((await screen.findByTestId('handover-issued-before')).textContent).toBe(
      'Passwords have been issued for 12 candidates; when, and for which session, is not recorded on this computer.',
    );
    fireEvent.click(screen.getByTestId('handover-issue'));
    expect(screen.getByTestId('handover-reissue-confirm').textContent).toContain('any candidate card printed with the old passwords (for this or another session) will stop working');
  });

  it("for a re-sit, names the earlier session and its date, and warns of that session's cards, not this one's", async () => {
    openAt('sessions/ses-5', {
      'sessions/get': () => ok({ ...detail({ count: 4, lastIssuedAt: '2027-02-01T02:00:00.000Z', forSession: 'JDW-20270201-001' }), id: 'ses-5' }),
      'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
    });
    expect((await screen.findByTestId('handover-issued-before')).textContent).toMatch(
      /^Kata sandi sudah diterbitkan untuk 4 asesi pada sesi JDW-20270201-001, terakhir pada 1 Feb 2027.*; belum ada yang diterbitkan untuk sesi ini\.$/,
    );
    fireEvent.click(screen.getByTestId('handover-issue'));
    const confirm = screen.getByTestId('handover-reissue-confirm').textContent;
    expect(confirm).toContain('mengganti kata sandi yang diterbitkan pada sesi JDW-20270201-001: kartu peserta yang dicetak untuk sesi itu tidak berlaku lagi');
    expect(confirm).not.toContain('kartu peserta yang sudah dicetak tidak berlaku lagi');
  });
});

describe('the hand-over panel of a session that is over', () => {
  it('issues no more passwords and sends to no export, says why, and keeps the prints (id)', async () => {
    const { fake } = openAt('sessions/ses-9', {
      'sessions/get': () =>
        ok({ ...plannedSessionDetail({ candidates: [SEATED_CANDIDATE], editable: false, status: 'certified', passwords: { count: 1, lastIssuedAt: null, forSession: null } }), id: 'ses-9' }),
      'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
    });
    expect((await screen.findByTestId('handover-over')).textContent).toBe(id.handover.over);
    expect(screen.queryByTestId('handover-issue')).toBeNull();
    expect(screen.queryByTestId('handover-export')).toBeNull();
    expect(screen.getByTestId('handover-print-attendance')).toBeTruthy();
    expect(argsOf(fake.calls, 'sessions/issuePasswords')).toEqual([]);
  });

  it('says so in English once its results are in', async () => {
    openAt(
      'sessions/ses-10',
      { 'sessions/get': () => ok({ ...plannedSessionDetail({ editable: false, status: 'results_in' }), id: 'ses-10' }), 'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)) },
      'en',
    );
    expect((await screen.findByTestId('handover-over')).textContent).toBe(en.handover.over);
    expect(screen.queryByTestId('handover-issue')).toBeNull();
  });

  it('still hands over a session whose time alone is over (the demo\'s of today, in the afternoon): no results came back', async () => {
    openAt('sessions/ses-11', { 'sessions/get': () => ok({ ...plannedSessionDetail({ editable: false, status: 'awaiting_results' }), id: 'ses-11' }), 'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)) });
    expect(await screen.findByTestId('handover-issue')).toBeTruthy();
    expect(screen.getByTestId('handover-export')).toBeTruthy();
    expect(screen.queryByTestId('handover-over')).toBeNull();
  });
});

describe("the hand-over panel's prints", () => {
  it('return to the session page with a button that says so', async () => {
    const sheet = {
      header: { lspName: 'LSP', lspLicenceNo: null, schemeCode: 'SKM', schemeTitle: { id: 'Skema', en: 'Scheme' }, sessionId: 'ses-4', sessionCode: 'JDW', sessionTitle: { id: 'S', en: 'S' }, tukName: 'TUK', tukType: 'sewaktu' as const, date: '2027-03-10', startTime: '22:00', assessorNames: [], assessors: [] },
      attendance: { registered: 0, present: 0, absent: 0, notRecorded: 0 },
      rows: [],
    };
    openAt('sessions/ses-4', {
      'sessions/get': () => ok(plannedSessionDetail({ id: 'ses-4', editable: false })),
      'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
      'print/sessionSheet': () => ok(sheet),
    });
    const opener = await screen.findByTestId('handover-print-card');
    opener.focus();
    fireEvent.click(opener);
    expect((await screen.findByTestId('print-close')).textContent).toBe(id.handover.backToSession);
    fireEvent.click(screen.getByTestId('print-close'));
    expect(await screen.findByTestId('handover-issue')).toBeTruthy();
    // The keyboard is back on the button that opened the print, not at the top of the page.
    expect(document.activeElement).toBe(screen.getByTestId('handover-print-card'));
  });
});

describe('cancelling a session', () => {
  const cancelled = { at: '2027-03-01T02:00:00.000Z', by: 'Dewi Admin', reason: 'Gedung TUK direnovasi' };

  it('asks the reason in a dialog that keeps the focus, refuses too short a reason, then shows the session cancelled with no planner (id)', async () => {
    let current = plannedSessionDetail({ exportedAt: '2027-02-20T03:00:00.000Z' });
    const { fake } = openAt('sessions/ses-1', {
      'sessions/get': () => ok(current),
      'schemes/list': () => ok(page([SCHEME])),
      'tuks/list': () => ok(page([TUK])),
      'assessors/list': () => ok(page([assessor(1)])),
      'apl/list': () => ok(page([])),
      'sessions/check': () => ok({ conflicts: [], refused: 0, pending: 0 }),
      'sessions/settings': () => ok({ maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true }),
      'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
      'sessions/cancel': () => {
        current = { ...current, status: 'cancelled', editable: false, cancellation: cancelled, changedSinceExport: true };
        return ok(current);
      },
    });
    const open = await screen.findByTestId('session-cancel');
    expect(open.textContent).toBe('Batalkan jadwal');
    open.focus();
    fireEvent.click(open);
    const dialog = screen.getByTestId('session-cancel-dialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('Batalkan jadwal JDW-20270310-001?');
    // Its times on its TUK's clock, the zone named (the fixture's TUK is on WIB).
    expect(within(dialog).getByTestId('session-cancel-when').textContent).toBe('Waktu: 10 Mar 2027 22.00–11 Mar 2027 02.00 WIB · TUK SMK Negeri 1');
    const reason = within(dialog).getByTestId('session-cancel-reason');
    expect(document.activeElement).toBe(reason);
    // Tab from the last button comes back to the reason, Shift+Tab from the reason goes to the last button.
    const confirm = within(dialog).getByTestId('action-confirm');
    confirm.focus();
    fireEvent.keyDown(confirm, { key: 'Tab' });
    expect(document.activeElement).toBe(reason);
    fireEvent.keyDown(reason, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirm);

    fireEvent.change(reason, { target: { value: ' ab ' } });
    fireEvent.click(confirm);
    expect(within(dialog).getByTestId('session-cancel-reason-hint').textContent).toBe('Tulis alasan pembatalan, paling sedikit 3 karakter.');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(argsOf(fake.calls, 'sessions/cancel')).toEqual([]);

    fireEvent.change(reason, { target: { value: '  Gedung TUK direnovasi ' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/cancel')).toEqual([{ sessionId: 'ses-1', reason: 'Gedung TUK direnovasi' }]));
    const note = await screen.findByTestId('session-cancelled');
    expect(note.textContent).toMatch(/^Jadwal ini dibatalkan pada 1 Mar 2027.* oleh Dewi Admin\. Alasan: Gedung TUK direnovasi$/);
    expect(screen.getByTestId('session-cancelled-tuk').textContent).toMatch(/^Paket sesi ini sudah diekspor \(20 Feb 2027.*\), jadi TUK SMK Negeri 1 masih memegang jadwal ini/);
    expect(screen.queryByTestId('session-cancel-dialog')).toBeNull();
    // Nothing left to change or hand over.
    expect(screen.queryByTestId('field-code')).toBeNull();
    expect(screen.queryByTestId('session-cancel')).toBeNull();
    expect(screen.queryByTestId('handover-issue')).toBeNull();
    expect(screen.getByTestId('session-screen').querySelector('.badge--danger')?.textContent).toBe('Dibatalkan');
  });

  it('shows a cancelled session never exported, in English, with who was in it to tell', async () => {
    openAt(
      'sessions/ses-1',
      {
        // At a TUK in Makassar: its times on its clock, named.
        'sessions/get': () => ok(plannedSessionDetail({ status: 'cancelled', editable: false, cancellation: cancelled, assessors: [SEATED_ASSESSOR], candidates: [SEATED_CANDIDATE], tuk: { ...plannedSession(1).tuk, timeZone: 'WITA' } })),
        'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
      },
      'en',
    );
    expect((await screen.findByTestId('session-cancelled')).textContent).toMatch(/^This session was cancelled on 1 Mar 2027.* by Dewi Admin\. Reason: Gedung TUK direnovasi$/);
    expect(screen.getByTestId('session-cancelled-tuk').textContent).toBe("This session's bundle was never exported, so no TUK holds it.");
    const plan = screen.getByTestId('session-cancelled-plan');
    expect([...plan.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['When', 'TUK', 'Assessors']);
    expect([...plan.querySelectorAll('dd')].map((d) => d.textContent)).toEqual(['10 Mar 2027 22:00–11 Mar 2027 02:00 WITA', 'TUK SMK Negeri 1', 'Asesor 1']);
    expect(within(plan).getByRole('table', { name: 'Candidates (1)' }).querySelector('tbody tr')?.textContent).toBe('Peserta 1P-0001');
    expect(screen.getByTestId('session-screen').querySelector('.badge--danger')?.textContent).toBe('Cancelled');
  });

  it('says the bundle carrying the cancellation left once it was exported again, until the TUK imports it', async () => {
    openAt('sessions/ses-1', {
      'sessions/get': () => ok(plannedSessionDetail({ status: 'cancelled', editable: false, cancellation: cancelled, exportedAt: '2027-03-01T03:00:00.000Z', changedSinceExport: false })),
      'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
    });
    expect((await screen.findByTestId('session-cancelled-tuk')).textContent).toMatch(
      /^Paket sesi yang memuat pembatalan ini sudah diekspor \(1 Mar 2027.*\)\. Sampai TUK SMK Negeri 1 mengimpornya, TUK masih memegang jadwal ini sebagai sesi yang akan datang\.$/,
    );
  });

  it.each([
    ['id' as const, 'Dibatalkan'],
    ['en' as const, 'Cancelled'],
  ])('marks a cancelled session on the list and filters by it (%s)', async (language, label) => {
    const { fake } = openAt(
      'sessions',
      {
        'sessions/list': () => ok(page([{ ...plannedSession(1), status: 'cancelled', cancellation: cancelled }])),
        'sessions/settings': () => ok({ maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true }),
      },
      language,
    );
    const row = await screen.findByTestId('session-row');
    expect(row.querySelector('.badge--danger')?.textContent).toBe(label);
    const option = [...(screen.getByTestId('filter-status') as HTMLSelectElement).options].find((o) => o.value === 'cancelled');
    expect(option?.textContent).toBe(label);
    fireEvent.change(screen.getByTestId('filter-status'), { target: { value: 'cancelled' } });
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/list').at(-1)).toMatchObject({ status: 'cancelled' }));
  });
});

describe("a saved session whose TUK is not verified for it", () => {
  const open = (conflicts: { code: 'SCHEDULE_TUK_NOT_VERIFIED' | 'SCHEDULE_TUK_INACTIVE'; severity: 'pending' | 'refused' }[], language: 'id' | 'en' = 'id') =>
    openAt(
      'sessions/ses-1',
      {
        'sessions/get': () => ok(plannedSessionDetail({ assessors: [SEATED_ASSESSOR], candidates: [SEATED_CANDIDATE] })),
        'schemes/list': () => ok(page([SCHEME])),
        'tuks/list': () => ok(page([TUK])),
        'assessors/list': () => ok(page([assessor(1)])),
        'apl/list': () => ok(page([])),
        'sessions/check': () =>
          ok({ conflicts: conflicts.map((c) => ({ ...c, field: 'tukId', params: { tuk: TUK.name } })), refused: conflicts.filter((c) => c.severity === 'refused').length, pending: conflicts.filter((c) => c.severity === 'pending').length }),
        'sessions/settings': () => ok({ maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true }),
        'sessions/writtenTest': () => ok(preview({ mode: 'all' }, false)),
      },
      language,
    );

  it.each([
    ['id' as const, 'Catat verifikasi TUK di halaman TUK-nya'],
    ['en' as const, 'Record the TUK’s verification on its page'],
  ])('links, under the warning, to the TUK page where the verification is recorded (%s)', async (language, text) => {
    open([{ code: 'SCHEDULE_TUK_NOT_VERIFIED', severity: 'pending' }], language);
    await screen.findByTestId('conflict-tukId');
    const link = await screen.findByTestId('tuk-verification-link');
    expect(link.getAttribute('href')).toBe('#/tuks/t-1');
    expect(link.textContent).toBe(text);
  });

  it('offers no such link for a rule a verification does not settle', async () => {
    open([{ code: 'SCHEDULE_TUK_INACTIVE', severity: 'refused' }]);
    await screen.findByTestId('conflict-tukId');
    expect(screen.queryByTestId('tuk-verification-link')).toBeNull();
  });
});
