import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { SessionCheck, SessionPlanInput } from '../../../../electron/shared/scheduling';
import { fail, ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { SCHEME, TUK, aplSummary, assessor, page } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

const OVERLAP = { assessor: 'Asesor 1', metNumber: 'MET.000.001', session: 'JDW-20270310-001', date: '2027-03-10', startTime: '08:00', endDate: '2027-03-10', endTime: '12:00', zone: 'WITA' };
const TUK_PARAMS = { tuk: 'TUK SMK Negeri 1' };
/** OVERLAP as the English UI writes its days and times. */
const OVERLAP_EN = { ...OVERLAP, date: '10 Mar 2027', startTime: '08:00', endDate: '10 Mar 2027', endTime: '12:00', span: '10 Mar 2027, 08:00–12:00' };

/** The core's answer to a plan: once a candidate is on it, their assessor is double-booked; the TUK is always to verify. */
const RULES = { maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true };

function check(args: unknown): SessionCheck {
  const plan = (args as { session: SessionPlanInput }).session;
  const conflicts: SessionCheck['conflicts'] = [{ code: 'SCHEDULE_TUK_NOT_VERIFIED', severity: 'pending', field: 'tukId', params: TUK_PARAMS }];
  if (plan.candidates.length > 0) conflicts.push({ code: 'SCHEDULE_ASSESSOR_OVERLAP', severity: 'refused', field: 'candidates.0.assessorId', params: OVERLAP });
  // A field this screen has no place for (a future rule) still reaches the planner, in the summary.
  if (plan.candidates.length > 0) conflicts.push({ code: 'SCHEDULE_IN_PAST', severity: 'refused', field: 'somewhereElse', params: { date: '2027-03-10', startTime: '08:00' } });
  return { conflicts, refused: conflicts.filter((c) => c.severity === 'refused').length, pending: conflicts.filter((c) => c.severity === 'pending').length };
}

function openPlanner(language: 'id' | 'en' = 'id', extra: Parameters<typeof openAt>[1] = {}) {
  return openAt(
    'sessions/new',
    {
      'schemes/list': () => ok(page([SCHEME])),
      'tuks/list': () => ok(page([TUK])),
      'assessors/list': () => ok(page([assessor(1), assessor(2)])),
      'apl/list': () => ok(page([aplSummary(1), aplSummary(2)])),
      'sessions/check': (args) => ok(check(args)),
      'sessions/create': () => fail('SCHEDULE_ASSESSOR_OVERLAP', OVERLAP),
      'sessions/settings': () => ok(RULES),
      // Nobody the picker offers would be refused by their own record, unless a test says otherwise.
      'sessions/assessorFit': (args) => ok((args as { assessorIds: string[] }).assessorIds.map((assessorId) => ({ assessorId, conflicts: [] }))),
      ...extra,
    },
    language,
  );
}

async function fillPlan() {
  fireEvent.change(await screen.findByTestId('field-schemeId'), { target: { value: 's-1' } });
  fireEvent.change(screen.getByTestId('field-tukId'), { target: { value: 't-1' } });
  fireEvent.change(screen.getByTestId('field-date'), { target: { value: '2027-03-10' } });
  fireEvent.change(screen.getByTestId('field-startTime'), { target: { value: '09:00' } });
  fireEvent.click((await screen.findAllByTestId('assessor-add'))[0]);
  fireEvent.click((await screen.findAllByTestId('candidate-add'))[0]);
}

describe('session planner', () => {
  it('checks the plan once it is complete and shows each conflict beside its field: refused in words, pending as a warning', async () => {
    const { fake } = openPlanner();
    await fillPlan();
    const refused = await screen.findByTestId('conflict-candidates.0.assessorId');
    expect(refused.textContent).toBe(
      `${id.schedulingScreens.conflicts.refusedMark} ` +
        // Days and times as the rest of the UI writes them, not the core's ISO.
        'Asesor Asesor 1 (MET.000.001) sudah bertugas pada sesi JDW-20270310-001 (10 Mar 2027, 08.00–12.00 WITA) yang waktunya bertumpang tindih. Pilih asesor lain, atau ubah tanggal atau jam salah satu sesi.',
    );
    expect(refused.getAttribute('data-severity')).toBe('refused');
    // Beside the candidate's assessor: inside the same cell as the select, which is marked invalid.
    const row = screen.getAllByTestId('planner-candidate')[0];
    expect(within(row).getByTestId('conflict-candidates.0.assessorId')).toBe(refused);
    expect(within(row).getByTestId('candidate-0-assessor').getAttribute('aria-invalid')).toBe('true');

    const pending = screen.getByTestId('conflict-tukId');
    expect(pending.getAttribute('data-severity')).toBe('pending');
    expect(pending.className).toContain('conflict--pending');
    // The TUK's name stands on its own, not after a "TUK" of the template's ("TUK TUK SMK Negeri 1").
    expect(pending.textContent).toContain('TUK SMK Negeri 1: TUK ini belum diverifikasi layak untuk sesi ini.');
    expect(pending.textContent).not.toContain('TUK TUK');
    // A pending conflict does not mark its field as refused.
    expect(screen.getByTestId('field-tukId').getAttribute('aria-invalid')).toBeNull();

    expect(screen.getByTestId('planner-conflicts').textContent).toBe('2 pelanggaran aturan (harus diperbaiki sebelum disimpan), 1 hal yang harus diselesaikan sebelum hari uji.');
    expect(within(screen.getByTestId('planner-other-conflicts')).getByTestId('conflict-somewhereElse').textContent).toBe('Waktu mulai 10 Mar 2027 08.00 sudah lewat. Pilih tanggal dan jam yang belum lewat.');

    // The last check carried the whole plan, with the candidate on the first assessor.
    const last = argsOf(fake.calls, 'sessions/check').at(-1);
    expect(last).toEqual({
      sessionId: null,
      session: {
        schemeId: 's-1',
        tukId: 't-1',
        code: null,
        titleId: null,
        date: '2027-03-10',
        startTime: '09:00',
        durationMinutes: 240,
        mode: 'room_server',
        assessorIds: ['as-1'],
        candidates: [{ candidateId: 'c-1', assessorId: 'as-1' }],
      },
    });
  });

  it('checks nothing while the plan is incomplete, and says what is missing', async () => {
    const { fake } = openPlanner();
    fireEvent.change(await screen.findByTestId('field-schemeId'), { target: { value: 's-1' } });
    expect(screen.getByTestId('planner-check').textContent).toBe(id.schedulingScreens.conflicts.incomplete);
    expect((screen.getByTestId('planner-save') as HTMLButtonElement).disabled).toBe(true);
    await screen.findAllByTestId('assessor-add');
    expect(argsOf(fake.calls, 'sessions/check')).toEqual([]);
  });

  it('gives the scheme and the TUK selects a row of their own, so their long names show whole (1366×768)', async () => {
    openPlanner();
    const scheme = await screen.findByTestId('field-schemeId');
    const grid = scheme.closest('.registry-form__grid')!;
    // The grid's direct cells holding each select span the whole row (registry-form__wide: grid-column 1 / -1).
    const cellOf = (el: Element) => [...grid.children].find((c) => c.contains(el))!;
    expect(cellOf(scheme).classList).toContain('registry-form__wide');
    expect(cellOf(screen.getByTestId('field-tukId')).classList).toContain('registry-form__wide');
    expect(cellOf(screen.getByTestId('field-date')).classList).not.toContain('registry-form__wide');
  });

  it('offers the ways of running the exam as choices whose whole text shows, and checks the plan with the one chosen', async () => {
    const { fake } = openPlanner();
    await fillPlan();
    const modes = within(await screen.findByTestId('field-mode')).getAllByRole('radio');
    expect(modes.map((m) => m.closest('label')!.textContent!.trim())).toEqual([
      id.schedulingScreens.mode.room_server,
      id.schedulingScreens.mode.single_station,
      id.schedulingScreens.mode.standalone,
    ]);
    expect((screen.getByTestId('field-mode-room_server') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId('field-mode-standalone'));
    await waitFor(() => expect((argsOf(fake.calls, 'sessions/check').at(-1) as { session: SessionPlanInput }).session.mode).toBe('standalone'));
  });

  it("a saved new session's page says it was saved", async () => {
    const created = {
      id: 'ses-9',
      code: 'JDW-20270310-009',
      titleId: 'Junior Web Programmer',
      titleEn: null,
      date: '2027-03-10',
      startTime: '09:00',
      durationMinutes: 240,
      endDate: '2027-03-10',
      endTime: '13:00',
      mode: 'room_server' as const,
      status: 'upcoming' as const,
      scheme: SCHEME,
      tuk: { id: 't-1', code: 'TUK-01', name: 'TUK SMK Negeri 1', type: 'sewaktu' as const },
      assessorCount: 1,
      candidateCount: 0,
      assessors: [],
      candidates: [],
      editable: false,
      conflicts: [],
      changedAt: null,
      exportedAt: null,
      changedSinceExport: false,
      passwords: { count: 0, lastIssuedAt: null, forSession: null },
    };
    const { fake } = openPlanner('id', { 'sessions/create': () => ok(created), 'sessions/get': () => ok(created) });
    await fillPlan();
    fireEvent.click(screen.getByTestId('planner-save'));
    expect((await screen.findByTestId('session-created')).textContent).toBe(id.schedulingScreens.planner.created);
    expect(window.location.hash).toBe('#/sessions/ses-9');
    expect(argsOf(fake.calls, 'sessions/get')).toEqual([{ sessionId: 'ses-9' }]);
  });

  it("a refused save shows the core's refusal and checks again", async () => {
    const { fake } = openPlanner();
    await fillPlan();
    await screen.findByTestId('conflict-candidates.0.assessorId');
    const checksBefore = argsOf(fake.calls, 'sessions/check').length;
    fireEvent.click(screen.getByTestId('planner-save'));
    const error = await screen.findByTestId('error-message');
    expect(error.getAttribute('data-error-code')).toBe('SCHEDULE_ASSESSOR_OVERLAP');
    expect(argsOf(fake.calls, 'sessions/create')).toHaveLength(1);
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/check').length).toBe(checksBefore + 1));
    expect(screen.getByTestId('conflict-candidates.0.assessorId')).toBeTruthy();
  });

  it('moves a candidate to another assessor of the session and checks that plan', async () => {
    const { fake } = openPlanner();
    await fillPlan();
    fireEvent.click((await screen.findAllByTestId('assessor-add'))[0]);
    await waitFor(() => expect(screen.getAllByTestId('planner-assessor')).toHaveLength(2));
    fireEvent.change(screen.getByTestId('candidate-0-assessor'), { target: { value: 'as-2' } });
    await waitFor(() =>
      expect((argsOf(fake.calls, 'sessions/check').at(-1) as { session: SessionPlanInput }).session.candidates).toEqual([{ candidateId: 'c-1', assessorId: 'as-2' }]),
    );
    expect((argsOf(fake.calls, 'sessions/check').at(-1) as { session: SessionPlanInput }).session.assessorIds).toEqual(['as-1', 'as-2']);
  });

  it('speaks English: the conflict and its mark', async () => {
    openPlanner('en');
    await fillPlan();
    const refused = await screen.findByTestId('conflict-candidates.0.assessorId');
    expect(refused.textContent).toBe(
      `${en.schedulingScreens.conflicts.refusedMark} ` +
        en.errors.SCHEDULE_ASSESSOR_OVERLAP.replace(/\{\{(\w+)\}\}/g, (_, k: keyof typeof OVERLAP_EN) => OVERLAP_EN[k]),
    );
    expect(screen.getByTestId('conflict-tukId').textContent).toContain('TUK SMK Negeri 1: this TUK has not been verified as fit for this session.');
  });
});

describe('the days in a rule', () => {
  const expired = () => ({
    conflicts: [
      {
        code: 'SCHEDULE_ASSESSOR_MET_EXPIRED' as const,
        severity: 'refused' as const,
        field: 'assessorIds.0',
        params: { assessor: 'Rina Marlina', metNumber: 'MET.000.009', expiresOn: '2024-01-01', date: '2026-12-15' },
      },
    ],
    refused: 1,
    pending: 0,
  });

  it.each([
    ['id' as const, 'Registrasi MET asesor Rina Marlina (MET.000.009) berlaku sampai 1 Jan 2024, sudah habis pada tanggal sesi 15 Des 2026. Pilih asesor lain, atau perbarui masa berlaku MET di data asesornya bila sudah diperpanjang.'],
    ['en' as const, 'Assessor Rina Marlina (MET.000.009): MET registration valid until 1 Jan 2024, expired by the session date, 15 Dec 2026. Choose another assessor, or update the MET validity on their record once it is renewed.'],
  ])('are written as the rest of the UI writes them (%s)', async (language, text) => {
    openPlanner(language, { 'sessions/check': () => ok(expired()) });
    await fillPlan();
    expect((await screen.findByTestId('conflict-assessorIds.0')).textContent).toContain(text);
  });
});

describe('a TUK Mandiri never verified', () => {
  const never = () => ({ conflicts: [{ code: 'SCHEDULE_TUK_NEVER_VERIFIED' as const, severity: 'refused' as const, field: 'tukId', params: { tuk: 'TUK Mandiri Baru', months: 12 } }], refused: 1, pending: 0 });

  it.each([
    ['id' as const, 'TUK Mandiri Baru: TUK Mandiri ini belum pernah diverifikasi. Catat verifikasinya (berlaku 12 bulan) sebelum menjadwalkan sesi di sini.'],
    ['en' as const, 'TUK Mandiri Baru: this TUK Mandiri has never been verified. Record its verification (valid for 12 months) before scheduling a session here.'],
  ])('says so in words of its own, with no date left to fill in (%s)', async (language, text) => {
    openPlanner(language, { 'sessions/check': () => ok(never()) });
    await fillPlan();
    const note = await screen.findByTestId('conflict-tukId');
    expect(note.textContent).toContain(text);
    expect(note.textContent).not.toMatch(/ - |\(sampai -\)|\(until -\)/);
  });
});

describe("the planner's assessor picker", () => {
  const rina = { ...assessor(2), name: 'Rina Marlina', metNumber: 'MET.000.009', metExpiresOn: '2024-01-01' };
  const fit = (args: unknown) => {
    const { assessorIds, date } = args as { assessorIds: string[]; date: string | null };
    return assessorIds.map((assessorId) => ({
      assessorId,
      conflicts:
        assessorId === rina.id
          ? [
              // As the core says it: on the session date once there is one, else as of today with no date named.
              date === null
                ? { code: 'SCHEDULE_ASSESSOR_MET_LAPSED' as const, severity: 'refused' as const, field: 'assessorIds', params: { assessor: rina.name, metNumber: rina.metNumber, expiresOn: '2024-01-01' } }
                : { code: 'SCHEDULE_ASSESSOR_MET_EXPIRED' as const, severity: 'refused' as const, field: 'assessorIds', params: { assessor: rina.name, metNumber: rina.metNumber, expiresOn: '2024-01-01', date } },
              { code: 'SCHEDULE_ASSESSOR_NOT_COMPETENT' as const, severity: 'refused' as const, field: 'assessorIds', params: { assessor: rina.name, metNumber: rina.metNumber, scheme: 'SKM-JWP' } },
            ]
          : [],
    }));
  };

  it.each([
    ['id' as const, 'Rencana sesi ini akan menolak asesor ini:', 'berlaku sampai 1 Jan 2024', 'tidak terdaftar untuk menguji skema SKM-JWP'],
    ['en' as const, 'This session plan would refuse this assessor:', 'valid until 1 Jan 2024', 'SKM-JWP'],
  ])('says beside an assessor, before adding them, why the plan would refuse them (%s)', async (language, lead, met, scheme) => {
    const { fake } = openPlanner(language, { 'assessors/list': () => ok(page([assessor(1), rina])), 'sessions/assessorFit': (args) => ok(fit(args)) });
    fireEvent.change(await screen.findByTestId('field-schemeId'), { target: { value: 's-1' } });
    fireEvent.change(screen.getByTestId('field-date'), { target: { value: '2027-03-10' } });
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/assessorFit').at(-1)).toEqual({ schemeId: 's-1', date: '2027-03-10', assessorIds: ['as-1', rina.id] }));
    const note = await screen.findByTestId('assessor-would-refuse');
    expect(note.textContent).toContain(lead);
    expect(note.textContent).toContain(met);
    expect(note.textContent).toContain(scheme);
    // Only beside her, and she may still be added (the LSP may have switched the rules off; the check then decides).
    const items = screen.getAllByTestId('assessor-add').map((b) => b.closest('li')!);
    expect(items.map((li) => li.querySelector('[data-testid="assessor-would-refuse"]') !== null)).toEqual([false, true]);
    fireEvent.click(screen.getAllByTestId('assessor-add')[1]);
    expect(within(screen.getByTestId('planner-assessors')).getByTestId('planner-assessor').textContent).toContain('Rina Marlina');
  });

  it.each([
    ['id' as const, 'sudah habis, sehingga', 'tanggal sesi'],
    // "Has already expired", not "expired today": it may have lapsed any day before this one.
    ['en' as const, 'has already expired, so', 'session date'],
  ])('says a lapse as of today while the date is empty, naming no session date (%s)', async (language, today, sessionDate) => {
    const { fake } = openPlanner(language, { 'assessors/list': () => ok(page([assessor(1), rina])), 'sessions/assessorFit': (args) => ok(fit(args)) });
    fireEvent.change(await screen.findByTestId('field-schemeId'), { target: { value: 's-1' } });
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/assessorFit').at(-1)).toEqual({ schemeId: 's-1', date: null, assessorIds: ['as-1', rina.id] }));
    const note = await screen.findByTestId('assessor-would-refuse');
    expect(note.textContent).toContain(today);
    expect(note.textContent).not.toContain(sessionDate);
    expect(note.textContent).not.toMatch(/expired today|habis hari ini/);
    expect(note.querySelector('[data-code]')?.getAttribute('data-code')).toBe('SCHEDULE_ASSESSOR_MET_LAPSED');
  });
});

describe("the planner's summary of the check", () => {
  it('counts each kind of conflict in the singular or plural English needs', async () => {
    openPlanner('en');
    await fillPlan();
    await waitFor(() =>
      expect(screen.getByTestId('planner-conflicts').textContent).toBe('2 broken rules (to fix before saving), 1 point to settle before the exam day.'),
    );
  });

  it('names only the kinds there are: no "0 pelanggaran aturan" beside a point to settle', async () => {
    const pendingOnly = (): SessionCheck => ({ conflicts: [{ code: 'SCHEDULE_TUK_NOT_VERIFIED', severity: 'pending', field: 'tukId', params: TUK_PARAMS }], refused: 0, pending: 1 });
    openPlanner('id', { 'sessions/check': () => ok(pendingOnly()) });
    await fillPlan();
    await waitFor(() => expect(screen.getByTestId('planner-conflicts').textContent).toBe('1 hal yang harus diselesaikan sebelum hari uji.'));
    expect(screen.getByTestId('planner-conflicts').className).toContain('notice--warning');
  });

  it('and no "0 points to settle" beside a broken rule', async () => {
    const refusedOnly = (): SessionCheck => ({ conflicts: [{ code: 'SCHEDULE_TUK_INACTIVE', severity: 'refused', field: 'tukId', params: TUK_PARAMS }], refused: 1, pending: 0 });
    openPlanner('en', { 'sessions/check': () => ok(refusedOnly()) });
    await fillPlan();
    await waitFor(() => expect(screen.getByTestId('planner-conflicts').textContent).toBe('1 broken rule (to fix before saving).'));
  });
});

describe("the planner's candidate picker", () => {
  it('offers any active candidate when the LSP has switched the APL rule off', async () => {
    const { fake } = openPlanner('id', {
      'sessions/settings': () => ok({ ...RULES, aplGate: false }),
      'candidates/list': () => ok(page([{ id: 'c-9', participantNo: 'P-0009', name: 'Peserta Tanpa APL', nik: '3273011708950009', institution: null, provinceCode: null, active: true }])),
    });
    fireEvent.change(await screen.findByTestId('field-schemeId'), { target: { value: 's-1' } });
    fireEvent.click((await screen.findAllByTestId('assessor-add'))[0]);
    expect(await screen.findByText(id.schedulingScreens.planner.anyCandidate)).toBeTruthy();
    fireEvent.click(await screen.findByTestId('candidate-add'));
    expect(within(screen.getByTestId('planner-candidate')).getByText('Peserta Tanpa APL')).toBeTruthy();
    expect(argsOf(fake.calls, 'apl/list')).toEqual([]);
    expect(argsOf(fake.calls, 'candidates/list')[0]).toEqual({ search: undefined, active: true, cursor: null, limit: 10 });
    expect(screen.queryByTestId('candidate-none-schedulable')).toBeNull();
  });

  it.each([
    ['id' as const, ' · sudah bersertifikat skema ini, berlaku s.d. 20 Nov 2029'],
    ['en' as const, ' · already certified in this scheme, valid until 20 Nov 2029'],
  ])('says beside a candidate who already holds a certificate of the scheme until when, and still offers them (%s)', async (language, text) => {
    openPlanner(language, { 'apl/list': () => ok(page([{ ...aplSummary(1), certifiedUntil: '2029-11-20' }, aplSummary(2)])) });
    fireEvent.change(await screen.findByTestId('field-schemeId'), { target: { value: 's-1' } });
    fireEvent.click((await screen.findAllByTestId('assessor-add'))[0]);
    const offered = await screen.findAllByTestId('candidate-add');
    expect(offered).toHaveLength(2);
    expect(screen.getAllByTestId('candidate-certified').map((n) => n.textContent)).toEqual([text]);
  });

  it('says a lapsed certificate lapsed, where it read as "already certified"', async () => {
    openPlanner('id', { 'apl/list': () => ok(page([{ ...aplSummary(1), certifiedUntil: '2025-11-20', certifiedExpired: true }])) });
    fireEvent.change(await screen.findByTestId('field-schemeId'), { target: { value: 's-1' } });
    fireEvent.click((await screen.findAllByTestId('assessor-add'))[0]);
    expect((await screen.findByTestId('candidate-certified')).textContent).toBe(' · pernah bersertifikat skema ini, berlaku s.d. 20 Nov 2025 (sudah habis)');
  });

  it.each([
    // On that session's TUK's clock, named: a TUK in Makassar.
    ['id' as const, ' · sudah terjadwal untuk skema ini di sesi JDW-20270310-001 (10 Mar 2027, 08.00 WITA): keluarkan dulu dari sesi itu'],
    ['en' as const, ' · already scheduled for this scheme in session JDW-20270310-001 (10 Mar 2027, 08:00 WITA): remove them from that session first'],
  ])('names the upcoming session of the scheme a candidate already sits, instead of offering them to a plan that would refuse them (%s)', async (language, text) => {
    const booked = { ...aplSummary(1), bookedIn: { code: 'JDW-20270310-001', date: '2027-03-10', startTime: '08:00', timeZone: 'WITA' as const } };
    const { fake } = openPlanner(language, { 'apl/list': () => ok(page([booked, aplSummary(2), aplSummary(3)])) });
    fireEvent.change(await screen.findByTestId('field-schemeId'), { target: { value: 's-1' } });
    fireEvent.click((await screen.findAllByTestId('assessor-add'))[0]);
    const offered = await screen.findAllByTestId('candidate-add');
    expect(offered.map((b) => (b as HTMLButtonElement).disabled)).toEqual([true, false, false]);
    const mark = screen.getByTestId('candidate-booked');
    expect(mark.textContent).toBe(text);
    expect(offered[0].getAttribute('aria-describedby')).toBe(mark.id);
    // "Add all" adds the two who are free, not the booked one; a new plan has no session of its own to leave out.
    expect(screen.getByTestId('candidate-add-all').textContent).toContain('2');
    // The picker's page (the other call, of one row, counts those the APL rule hides).
    expect(argsOf(fake.calls, 'apl/list').find((a) => (a as { limit: number }).limit === 10)).toMatchObject({ schemeId: 's-1', state: 'schedulable', exceptSessionId: undefined });
  });

  it('with the APL rule on offers only active candidates, as with it off: the plan would refuse an inactive one', async () => {
    // The core's apl/list: Peserta 2 is schedulable but inactive, left out only when asked for active ones.
    const { fake } = openPlanner('id', {
      'apl/list': (args) => ok(page((args as { activeOnly?: boolean }).activeOnly ? [aplSummary(1)] : [aplSummary(1), aplSummary(2)])),
    });
    fireEvent.change(await screen.findByTestId('field-schemeId'), { target: { value: 's-1' } });
    fireEvent.click((await screen.findAllByTestId('assessor-add'))[0]);
    await waitFor(() => expect(screen.getAllByTestId('candidate-add').map((b) => b.textContent)).toEqual(['Tambah Peserta 1']));
    expect(argsOf(fake.calls, 'apl/list').find((a) => (a as { limit: number }).limit === 10)).toMatchObject({ state: 'schedulable', activeOnly: true });
  });

  it('once the first ten are added, offers the next ones instead of saying nobody is schedulable', async () => {
    // 12 schedulable candidates, 10 a page (the picker's limit), as the core pages apl/list.
    const all = Array.from({ length: 12 }, (_, i) => aplSummary(i + 1));
    const { fake } = openPlanner('id', {
      'apl/list': (args) => {
        const from = Number((args as { cursor: string | null }).cursor ?? 0);
        const rows = all.slice(from, from + 10);
        return ok({ rows, total: all.length, totalAtLeast: null, nextCursor: from + 10 < all.length ? String(from + 10) : null });
      },
    });
    fireEvent.change(await screen.findByTestId('field-schemeId'), { target: { value: 's-1' } });
    fireEvent.click((await screen.findAllByTestId('assessor-add'))[0]);
    fireEvent.click(await screen.findByTestId('candidate-add-all'));
    await waitFor(() => expect(screen.getAllByTestId('candidate-add').map((b) => b.textContent)).toEqual(['Tambah Peserta 11', 'Tambah Peserta 12']));
    expect(screen.queryByTestId('candidate-none-schedulable')).toBeNull();
    expect(screen.queryByText(id.schedulingScreens.planner.noneFound)).toBeNull();
    expect(argsOf(fake.calls, 'apl/list').map((a) => (a as { cursor: string | null }).cursor)).toContain('10');
    // All twelve in: the picker says they are all in this session, not that nothing matches or nobody is ready
    // (which sent the planner to the applications for a reason that was not there).
    fireEvent.click(screen.getByTestId('candidate-add-all'));
    expect((await screen.findByTestId('candidate-all-added')).textContent).toBe(id.schedulingScreens.planner.allAdded);
    expect(screen.queryByTestId('candidate-none-schedulable')).toBeNull();
    expect(screen.queryByText(id.schedulingScreens.planner.noneFound)).toBeNull();
  });

  it('offers to read on when a page of them is still to add', async () => {
    const all = Array.from({ length: 12 }, (_, i) => aplSummary(i + 1));
    openPlanner('id', {
      'apl/list': (args) => {
        const from = Number((args as { cursor: string | null }).cursor ?? 0);
        return ok({ rows: all.slice(from, from + 10), total: all.length, totalAtLeast: null, nextCursor: from + 10 < all.length ? String(from + 10) : null });
      },
    });
    fireEvent.change(await screen.findByTestId('field-schemeId'), { target: { value: 's-1' } });
    fireEvent.click((await screen.findAllByTestId('assessor-add'))[0]);
    expect(await screen.findAllByTestId('candidate-add')).toHaveLength(10);
    fireEvent.click(screen.getByTestId('candidate-more'));
    await waitFor(() => expect(screen.getAllByTestId('candidate-add')).toHaveLength(12));
    expect(screen.queryByTestId('candidate-more')).toBeNull();
  });

  it('with no one schedulable, says what readies a candidate and links to the applications', async () => {
    openPlanner('id', { 'apl/list': () => ok(page([])) });
    fireEvent.change(await screen.findByTestId('field-schemeId'), { target: { value: 's-1' } });
    fireEvent.click((await screen.findAllByTestId('assessor-add'))[0]);
    const note = await screen.findByTestId('candidate-none-schedulable');
    expect(note.textContent).toContain(id.schedulingScreens.planner.noneSchedulable);
    expect(screen.getByText(id.schedulingScreens.planner.noneFound)).toBeTruthy();
    expect(screen.queryByTestId('candidate-all-added')).toBeNull();
    expect(within(note).getByRole('link', { name: id.schedulingScreens.planner.noneSchedulableLink }).getAttribute('href')).toBe('#/apl');
  });
});

describe("the planner under the LSP's APL rule", () => {
  const anyone = { id: 'c-9', participantNo: 'P-0009', name: 'Peserta Tanpa APL', nik: '3273011708950009', institution: null, provinceCode: null, active: true };

  it.each([
    ['id', id, '3 asesi terdaftar tidak ditampilkan karena aturan FR.APL'],
    ['en', en, '3 registered candidates are not shown because of the FR.APL rule'],
  ] as const)('says how many registered candidates it hides and why, and opens the rules over the plan, which stays (%s)', async (language, texts, start) => {
    const { fake } = openPlanner(language, {
      'apl/list': () => ok(page([])),
      // The core counts them (sessions/aplHidden): active candidates the picker offers with the rule off that it hides.
      'sessions/aplHidden': (args) => ok((args as { schemeId: string }).schemeId === 's-1' ? 3 : null),
      'candidates/list': () => ok(page([anyone])),
      'sessions/setSettings': (args) => ok((args as { settings: typeof RULES }).settings),
    });
    fireEvent.change(await screen.findByTestId('field-schemeId'), { target: { value: 's-1' } });
    fireEvent.change(screen.getByTestId('field-date'), { target: { value: '2027-03-10' } });
    fireEvent.click((await screen.findAllByTestId('assessor-add'))[0]);
    const note = await screen.findByTestId('candidate-apl-hidden');
    expect(note.textContent?.startsWith(start)).toBe(true);
    expect(note.textContent).toContain(language === 'id' ? 'Aturan penjadwalan LSP' : 'LSP scheduling rules');
    expect(within(note).getByRole('link', { name: texts.schedulingScreens.planner.noneSchedulableLink }).getAttribute('href')).toBe('#/apl');
    fireEvent.click(within(note).getByRole('button', { name: texts.schedulingScreens.planner.openRules }));
    const dialog = await screen.findByTestId('planner-rules-dialog');
    fireEvent.click(within(dialog).getByTestId('setting-aplGate'));
    fireEvent.click(within(dialog).getByRole('button', { name: texts.registryScreens.record.save }));
    await waitFor(() => expect(screen.queryByTestId('planner-rules-dialog')).toBeNull());
    expect(argsOf(fake.calls, 'sessions/setSettings')).toEqual([{ settings: { ...RULES, aplGate: false } }]);
    // The plan as it was, and the picker now offers any active candidate.
    expect((screen.getByTestId('field-schemeId') as HTMLSelectElement).value).toBe('s-1');
    expect((screen.getByTestId('field-date') as HTMLInputElement).value).toBe('2027-03-10');
    expect(screen.getAllByTestId('planner-assessor')).toHaveLength(1);
    expect(await screen.findByText(texts.schedulingScreens.planner.anyCandidate)).toBeTruthy();
    expect(screen.queryByTestId('candidate-apl-hidden')).toBeNull();
    fireEvent.click(await screen.findByTestId('candidate-add'));
    expect(within(screen.getByTestId('planner-candidate')).getByText('Peserta Tanpa APL')).toBeTruthy();
  });

  it("from the day-limit refusal opens the rules over the plan: the limit raised, the plan stays and is checked again", async () => {
    const limit = { assessor: 'Asesor 1', metNumber: 'MET.000.001', date: '2027-03-10', load: 11, limit: 10 };
    let max = 10;
    const { fake } = openPlanner('id', {
      'sessions/check': (args) => {
        const over = (args as { session: SessionPlanInput }).session.candidates.length > 0 && max < 11;
        const conflicts: SessionCheck['conflicts'] = over ? [{ code: 'SCHEDULE_ASSESSOR_DAY_LIMIT', severity: 'refused', field: 'assessorIds.0', params: limit }] : [];
        return ok({ conflicts, refused: conflicts.length, pending: 0 });
      },
      'sessions/setSettings': (args) => {
        max = (args as { settings: typeof RULES }).settings.maxCandidatesPerAssessorPerDay;
        return ok((args as { settings: typeof RULES }).settings);
      },
    });
    await fillPlan();
    fireEvent.click(await screen.findByTestId('planner-day-limit-rules'));
    const dialog = await screen.findByTestId('planner-rules-dialog');
    fireEvent.change(within(dialog).getByRole('spinbutton'), { target: { value: '20' } });
    fireEvent.click(within(dialog).getByRole('button', { name: id.registryScreens.record.save }));
    await waitFor(() => expect(screen.queryByTestId('planner-rules-dialog')).toBeNull());
    expect(argsOf(fake.calls, 'sessions/setSettings')).toEqual([{ settings: { ...RULES, maxCandidatesPerAssessorPerDay: 20 } }]);
    expect(screen.getAllByTestId('planner-candidate')).toHaveLength(1);
    expect(await screen.findByTestId('planner-ok')).toBeTruthy();
    expect(screen.queryByTestId('planner-day-limit-rules')).toBeNull();
  });
});

describe('the planner of an LSP that has registered nothing yet', () => {
  const empty = { 'schemes/list': () => ok(page([])), 'tuks/list': () => ok(page([])), 'assessors/list': () => ok(page([])) } as const;

  it('says there is no active scheme, TUK or assessor, each with the page that adds one (id)', async () => {
    openPlanner('id', empty);
    expect((await screen.findByTestId('planner-no-schemes')).textContent).toBe(`${id.schedulingScreens.planner.noSchemes} ${id.schedulingScreens.planner.addScheme}`);
    expect(within(screen.getByTestId('planner-no-schemes')).getByRole('link').getAttribute('href')).toBe('#/schemes/new');
    expect(within(screen.getByTestId('planner-no-tuks')).getByRole('link').getAttribute('href')).toBe('#/tuks/new');
    const none = await screen.findByTestId('assessor-none-found');
    expect(none.textContent).toBe(`${id.schedulingScreens.planner.noAssessors} ${id.schedulingScreens.planner.addAssessor}`);
    expect(within(none).getByRole('link').getAttribute('href')).toBe('#/assessors/new');
  });

  it('says so in English', async () => {
    openPlanner('en', empty);
    expect((await screen.findByTestId('planner-no-tuks')).textContent).toBe(`${en.schedulingScreens.planner.noTuks} ${en.schedulingScreens.planner.addTuk}`);
    expect((await screen.findByTestId('assessor-none-found')).textContent).toBe(`${en.schedulingScreens.planner.noAssessors} ${en.schedulingScreens.planner.addAssessor}`);
  });

  it('an assessor search that finds no one says so, and offers nothing to add while some are registered', async () => {
    openPlanner('id', { 'assessors/list': (args) => ok(page((args as { search?: string }).search ? [] : [assessor(1)])) });
    expect(await screen.findAllByTestId('assessor-add')).toHaveLength(1);
    expect(screen.queryByTestId('planner-no-schemes')).toBeNull();
    expect(screen.queryByTestId('assessor-none-found')).toBeNull();
    fireEvent.change(screen.getByTestId('assessor-search'), { target: { value: 'zzz' } });
    expect((await screen.findByTestId('assessor-none-found')).textContent).toBe(id.schedulingScreens.planner.noneFound);
  });
});

describe('the start of a session at a TUK in another zone', () => {
  const describedBy = (input: HTMLElement) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((hint) => document.getElementById(hint)?.textContent ?? '')
      .join(' ');

  for (const [language, T] of [['id', id], ['en', en]] as const) {
    it(`says the start is on the chosen TUK's clock, naming its zone (${language})`, async () => {
      openPlanner(language, { 'tuks/list': () => ok(page([{ ...TUK, timeZone: 'WITA' }])) });
      const start = await screen.findByTestId('field-startTime');
      // Before a TUK is chosen: whose clock, without a zone it cannot know yet.
      expect(describedBy(start)).toBe(T.schedulingScreens.planner.startTimeHint);
      fireEvent.change(screen.getByTestId('field-tukId'), { target: { value: 't-1' } });
      // An office in WIB planning for Makassar reads 08.00 as WITA, as the core stores it and the TUK prints it.
      expect(describedBy(start)).toBe(T.schedulingScreens.planner.startTimeZoneHint.replace('{{zone}}', T.tukZones.WITA));
    });
  }
});
