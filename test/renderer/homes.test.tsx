import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../electron/shared/i18n/en';
import { id } from '../../electron/shared/i18n/id';
import type { Role } from '../../electron/shared/roles';
import { LSP_TASKS, type LspOverview, type LspTasks, type ProctorToday, type SessionSummary } from '../../electron/shared/types';
import { plannedSession } from './screens/scheduling/fixtures';
import { TOKEN, principal } from './fixtures';
import { formatDateTime } from '../../electron/shared/i18n/format';
import { fakeTransport, ok, type Call } from './fake-transport';
import { renderApp } from './render-app';
import type { TransportReply } from '../../renderer/src/api/transport';

const SESSION: SessionSummary = {
  id: 's1',
  code: 'JWP-DEMO-01',
  title: { id: 'Uji Kompetensi Junior Web Programmer', en: null },
  date: '2026-11-21',
  startTime: '08:00',
  durationMinutes: 120,
  schemeTitle: { id: 'Pemrogram Web Muda', en: 'Junior Web Programmer' },
  schemeCode: 'SS.JWP/LSPP/005/2022',
  tukName: 'TUK Sewaktu Lab Komputer Demo',
  tukType: 'sewaktu',
  tukZone: null,
  candidateCount: 12,
  assessorNames: ['Dra. Sri Wahyuningsih, M.Kom.'],
  cancellation: null,
  startedWithOtherDuration: [],
};

const OVERVIEW: LspOverview = {
  lsp: { id: 'lsp-1', code: 'LSP-DEMO', name: 'LSP Demo Teknologi Informasi' },
  schemes: [
    {
      id: 'sc1',
      code: 'SS.JWP/LSPP/005/2022',
      version: 2,
      title: { id: 'Pemrogram Web Muda', en: null },
      kind: 'okupasi',
      skkni: 'SKKNI No. 282 Tahun 2016',
      unitCount: 8,
      elementCount: 25,
      kukCount: 70,
      items: { multiple_choice: 24, essay: 4, oral: 8, supporting: 8, observation: 70 },
    },
  ],
  upcoming: [{ ...plannedSession(1), code: 'JWP-DEMO-01', date: '2026-11-21', endDate: '2026-11-21', startTime: '08:00', endTime: '10:00' }],
  upcomingTotal: 1,
  sessionCount: 40,
  tukCount: 3,
  assessorCount: 2,
  candidateCount: 12,
  staffAccounts: { proctors: 1, assessors: 2 },
  aplToVerifyBySchemes: [{ schemeId: 'sc1', count: 4 }],
  sessionsNotReady: [],
  sessionsNotReadyTotal: 0,
  tasks: { ...Object.fromEntries(LSP_TASKS.map((task) => [task, 0])), aplToVerify: 4, sessionsToSend: 2, sessionsBreakingRules: 1, sessionsAwaitingResults: 1, sessionsToDecide: 2, plenosToDecide: 1, plenosToSign: 1, certificatesToIssue: 11, certificatesExpiringSoon: 3, certificatesSurveillanceDue: 4, certificatesAwaitingDecision: 1, certificatesCorrectedToBk: 2, tuksToVerify: 2 } as LspTasks,
};

function signedInAs(role: Role, name: string, handlers: Parameters<typeof fakeTransport>[0]) {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  return fakeTransport({ 'auth/whoami': () => ok(principal(role, name)), ...handlers });
}

function intlDate(locale: string, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(locale, options).format(new Date(2026, 10, 21));
}

describe('LSP admin home', () => {
  it('shows a new office where to begin: each part of the registry a session needs, done or a link to its import', async () => {
    const empty: LspOverview = { ...OVERVIEW, schemes: [OVERVIEW.schemes[0]], upcoming: [], upcomingTotal: 0, sessionCount: 0, tukCount: 0, assessorCount: 3, candidateCount: 0, staffAccounts: { proctors: 0, assessors: 0 }, aplToVerifyBySchemes: [], tasks: { ...OVERVIEW.tasks, ...Object.fromEntries(LSP_TASKS.map((task) => [task, 0])) } as LspTasks };
    renderApp(signedInAs('lsp_admin', 'Siti Rahma', { 'lsp/overview': () => ok(empty) }).transport);
    const steps = await screen.findByTestId('first-steps');
    expect([...steps.querySelectorAll('li')].map((li) => [li.textContent, li.querySelector('a')?.getAttribute('href') ?? null])).toEqual([
      ['✓ Impor skema dari lembar FR.APL.02 atau templat', null],
      ['✓ Impor bank soal (perangkat asesmen) skema dari Excel, Word, Aiken, GIFT, Moodle XML atau QTI', null],
      ['✓ Impor daftar asesor', null],
      ['Tambahkan TUK tempat uji', '#/tuks/new'],
      ['Impor daftar asesi', '#/candidates/import'],
      ['Buat akun staf: proktor, dan asesor yang ditautkan ke data asesornya', '#/accounts'],
    ]);
  });

  it('counts the question bank as a first step until a scheme has an instrument', async () => {
    const bare = { ...OVERVIEW.schemes[0], items: { multiple_choice: 0, essay: 0, oral: 0, supporting: 0, observation: 0 } };
    renderApp(signedInAs('lsp_admin', 'Siti Rahma', { 'lsp/overview': () => ok({ ...OVERVIEW, schemes: [bare], sessionCount: 0, tukCount: 0 }) }).transport);
    const step = await screen.findByTestId('first-step-bank');
    expect(step.querySelector('a')?.getAttribute('href')).toBe('#/bank');
  });

  it('keeps the first steps once a session is planned while a step is left, each done or not from the data (id)', async () => {
    // Everything registered and a session planned, but no proctor account yet.
    renderApp(signedInAs('lsp_admin', 'Rina Kartikasari', { 'lsp/overview': () => ok({ ...OVERVIEW, staffAccounts: { proctors: 0, assessors: 2 } }) }).transport);
    const steps = await screen.findByTestId('first-steps');
    expect([...steps.querySelectorAll('li')].map((li) => [li.dataset.testid, li.dataset.done ?? null, li.querySelector('a')?.getAttribute('href') ?? null])).toEqual([
      ['first-step-schemes', 'true', null],
      ['first-step-bank', 'true', null],
      ['first-step-assessors', 'true', null],
      ['first-step-tuks', 'true', null],
      ['first-step-candidates', 'true', null],
      ['first-step-accounts', null, '#/accounts'],
    ]);
    expect(screen.getByTestId('first-step-accounts').textContent).toBe(id.lsp.firstSteps.accounts);
  });

  it('marks the staff accounts done with a proctor and an assessor who can sign in, and leaves the first steps out once every step is done', async () => {
    renderApp(signedInAs('lsp_admin', 'Rina Kartikasari', { 'lsp/overview': () => ok({ ...OVERVIEW, sessionCount: 0, upcoming: [], upcomingTotal: 0 }) }).transport);
    await screen.findByTestId('tasks');
    expect(screen.queryByTestId('first-steps')).toBeNull();
  });

  it('says the staff accounts step is done in English too, while another step is left', async () => {
    localStorage.setItem('ruang-uji.language', 'en');
    renderApp(signedInAs('lsp_admin', 'Rina Kartikasari', { 'lsp/overview': () => ok({ ...OVERVIEW, tukCount: 0 }) }).transport);
    const accounts = await screen.findByTestId('first-step-accounts');
    expect(accounts.textContent).toBe(`✓ ${en.lsp.firstSteps.accounts}`);
    expect(screen.getByTestId('first-step-tuks').querySelector('a')?.getAttribute('href')).toBe('#/tuks/new');
    localStorage.removeItem('ruang-uji.language');
  });

  it('shows what waits, the sessions from today on, the counts and the schemes, in Indonesian then English', async () => {
    const fake = signedInAs('lsp_admin', 'Rina Kartikasari', { 'lsp/overview': () => ok(OVERVIEW) });
    renderApp(fake.transport);
    const home = await screen.findByTestId('home-lsp_admin');
    await within(home).findByText('LSP Demo Teknologi Informasi');
    expect(home.textContent).toContain('SS.JWP/LSPP/005/2022');
    expect(home.textContent).toContain(id.itemKinds.multiple_choice);
    expect(home.textContent).toContain(id.schemeKinds.okupasi);
    // Only what waits, each a link to the list that holds it, with that list's filter.
    const tasks = within(screen.getByTestId('tasks')).getAllByRole('link');
    expect(tasks.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['4 permohonan sertifikasi (FR.APL.01) menunggu verifikasi', '#/apl?state=awaiting_verification&scheme=sc1'],
      // Upcoming sessions whose TUK does not hold the plan as it stands: the sessions list so filtered.
      ['2 jadwal uji mendatang belum dikirim ke TUK: paket sesinya belum diekspor, atau rencananya berubah sesudah ekspor', '#/sessions?status=upcoming&unsent=1'],
      // Upcoming sessions whose plan now breaks a rule, found after their bundle went out: the sessions list so filtered.
      ['1 jadwal mendatang kini melanggar aturan penjadwalan yang dipenuhinya saat disimpan (mis. registrasi MET asesor habis, verifikasi TUK Mandiri kedaluwarsa, asesi dinonaktifkan): perbaiki sebelum hari uji', '#/sessions?rules=1'],
      ['1 jadwal uji sudah lewat, hasilnya belum diimpor dari TUK', '#/sessions?status=awaiting_results'],
      // Results in and no pleno holding them yet, whatever the assessors signed: the results list so filtered.
      ['2 jadwal uji sudah ada hasilnya, belum masuk rapat pleno', '#/results?pleno=none'],
      // Each pleno line opens the list with that status chosen; issuing is done from a signed pleno.
      ['1 rapat pleno belum diputuskan', '#/pleno?status=draft'],
      ['1 rapat pleno sudah diputuskan, belum ditandatangani', '#/pleno?status=decided'],
      ['11 asesi kompeten belum diterbitkan sertifikatnya', '#/pleno?status=signed&toIssue=1'],
      // Certificates in force that lapse within 90 days: the register's expiring list over the same days.
      ['3 sertifikat habis masa berlakunya dalam 90 hari: rencanakan sertifikasi ulang para pemegangnya', '#/certificates?expiring=90'],
      // Due for surveillance by the LSP's period, and last found not competent: the register under each filter.
      ['4 pemegang sertifikat sudah waktunya disurveilan', '#/certificates?surveillance=due'],
      ['1 sertifikat menunggu keputusan LSP: surveilan terakhir tidak mendapati pemegangnya kompeten', '#/certificates?surveillance=decision'],
      // Still in force while a correcting pleno decided the holder BK: the register so filtered, to revoke them.
      ['2 sertifikat masih berlaku padahal rapat pleno yang berlaku (koreksi) memutuskan pemegangnya BK: cabut bila keputusan itu benar', '#/certificates?correctedToBk=1'],
      // Mandiri TUKs never verified or past their period: the TUK list so filtered.
      ['2 TUK Mandiri perlu diverifikasi: belum pernah, atau verifikasi terakhirnya sudah lewat masa berlakunya', '#/tuks?verification=due'],
    ]);
    expect(within(screen.getByTestId('sessions-table')).getByText('JWP-DEMO-01').tagName).toBe('A');
    expect(screen.getByTestId('sessions-table').textContent).toContain(intlDate('id-ID', { day: 'numeric', month: 'short', year: 'numeric' }));
    expect(screen.queryByTestId('upcoming-shown')).toBeNull();
    expect(screen.getByTestId('upcoming-all').textContent).toBe('Semua jadwal uji (40)');
    // Each count opens its list.
    expect(within(screen.getByTestId('total-tuks')).getByRole('link', { name: '3' }).getAttribute('href')).toBe('#/tuks');
    expect(screen.getByTestId('total-candidates').textContent).toContain('12');
    // Indonesian UI: Indonesian text, no marker.
    expect(home.querySelector('.lang-marker')).toBeNull();

    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('task-sessionsAwaitingResults').textContent).toBe('1 session is over and its results have not been imported from the TUK'));
    expect(screen.getByTestId('task-certificatesToIssue').textContent).toBe('11 competent candidates without a certificate issued yet');
    expect(screen.getByTestId('task-certificatesExpiringSoon').textContent).toBe("3 certificates expire within 90 days: plan their holders' re-certification");
    // Surveillance: those due, and those last found not competent, each opening the register under its filter.
    expect(screen.getByTestId('task-certificatesSurveillanceDue').textContent).toBe('4 certificate holders are due for surveillance');
    expect(screen.getByTestId('task-certificatesSurveillanceDue').querySelector('a')?.getAttribute('href')).toBe('#/certificates?surveillance=due');
    expect(screen.getByTestId('task-certificatesAwaitingDecision').textContent).toBe("1 certificate awaits the LSP's decision: its last surveillance did not find the holder competent");
    expect(screen.getByTestId('task-certificatesAwaitingDecision').querySelector('a')?.getAttribute('href')).toBe('#/certificates?surveillance=decision');
    expect(screen.getByTestId('task-certificatesCorrectedToBk').textContent).toBe(
      '2 certificates are still in force while the plenary meeting in force (a correction) decided their holders BK: revoke them if that decision stands',
    );
    expect(screen.getByTestId('task-tuksToVerify').textContent).toBe('2 TUK Mandiri need verifying: never verified, or their last verification is past its period');
    expect(screen.getByTestId('task-sessionsToSend').textContent).toBe('2 upcoming sessions are not with their TUK yet: the bundle was never exported, or the plan changed after the export');
    expect(screen.getByTestId('task-sessionsBreakingRules').textContent).toBe(
      '1 upcoming session now breaks a scheduling rule it met when saved (an assessor’s MET registration lapsed, a TUK Mandiri’s verification expired, a candidate deactivated…): put it right before the test day',
    );
    expect(screen.getByTestId('task-sessionsToDecide').textContent).toBe('2 sessions have results not yet taken to a plenary meeting');
    const card = screen.getByTestId('scheme-card');
    // Called as the scheme form calls it.
    expect(card.textContent).toContain(`${en.registryScreens.schemes.kind}`);
    expect(card.textContent).not.toContain('Scheme type');
    // One card per scheme, saying which version it shows.
    expect(within(card).getByTestId('scheme-card-version').textContent).toBe(en.common.version.replace('{{version}}', '2'));
    // No English title was provided: the Indonesian one is shown, marked as such.
    expect(card.textContent).toContain('Pemrogram Web Muda');
    expect(within(card).getByTitle(en.common.inIndonesian).textContent).toBe(en.common.inIndonesianShort);
    expect(screen.getByTestId('sessions-table').textContent).toContain(intlDate('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }));
    expect(screen.getByTestId('app-header').textContent).toContain(en.roles.lsp_admin);
  });

  it("follows a session of today past the assessors' decisions: decided by the pleno, then certificates issued", async () => {
    const session = OVERVIEW.upcoming[0];
    const overview = (status: typeof session.status): LspOverview => ({ ...OVERVIEW, upcoming: [{ ...session, status }] });
    let current = overview('pleno_decided');
    const fake = signedInAs('lsp_admin', 'Rina Kartikasari', { 'lsp/overview': () => ok(current) });
    const view = renderApp(fake.transport);
    const table = await screen.findByTestId('sessions-table');
    expect(table.textContent).toContain(id.schedulingScreens.status.pleno_decided);
    expect(table.textContent).not.toContain(id.schedulingScreens.status.decided);
    current = overview('certified');
    view.unmount();
    renderApp(fake.transport);
    await waitFor(() => expect(screen.getByTestId('sessions-table').textContent).toContain(id.schedulingScreens.status.certified));
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('sessions-table').textContent).toContain(en.schedulingScreens.status.certified));
  });

  it('splits the applications to verify by scheme when several schemes have some: the applications list shows one scheme at a time', async () => {
    const second = { ...OVERVIEW.schemes[0], id: 'sc2', code: 'SS.ADS/LSPP/007/2023', version: 1 };
    const overview = { ...OVERVIEW, schemes: [...OVERVIEW.schemes, second], aplToVerifyBySchemes: [{ schemeId: 'sc2', count: 3 }, { schemeId: 'sc1', count: 1 }] };
    const fake = signedInAs('lsp_admin', 'Rina Kartikasari', { 'lsp/overview': () => ok(overview) });
    renderApp(fake.transport);
    await screen.findByTestId('tasks');
    const lines = screen.getAllByTestId('task-aplToVerify').map((li) => [li.textContent, within(li).getByRole('link').getAttribute('href')]);
    expect(lines).toEqual([
      ['3 permohonan sertifikasi (FR.APL.01) skema SS.ADS/LSPP/007/2023 v1 menunggu verifikasi', '#/apl?state=awaiting_verification&scheme=sc2'],
      ['1 permohonan sertifikasi (FR.APL.01) skema SS.JWP/LSPP/005/2022 v2 menunggu verifikasi', '#/apl?state=awaiting_verification&scheme=sc1'],
    ]);
  });

  it('lists a session of the coming days that could not run, with what it lacks and a link to its page, and never says nothing waits then', async () => {
    const notReady = [{ sessionId: 's 9', code: 'JDW-20261201-001', date: '2026-12-01', candidatesWithoutPassword: 20, assessorsWithoutAccount: ['Asesor 0950'] }];
    const none = Object.fromEntries(LSP_TASKS.map((task) => [task, 0])) as LspTasks;
    const fake = signedInAs('lsp_admin', 'Rina Kartikasari', { 'lsp/overview': () => ok({ ...OVERVIEW, tasks: none, sessionsNotReady: notReady, sessionsNotReadyTotal: 3 }) });
    renderApp(fake.transport);
    const line = await screen.findByTestId('task-sessionNotReady');
    expect(screen.queryByTestId('tasks-none')).toBeNull();
    expect(within(line).getByRole('link').getAttribute('href')).toBe('#/sessions/s%209');
    expect(line.textContent).toMatch(/^Sesi JDW-20261201-001 \(.+\) belum dapat berjalan: 20 asesi belum punya kata sandi ujian; asesor Asesor 0950 belum punya akun masuk$/);
    expect(screen.getByTestId('task-sessionsNotReadyMore').textContent).toBe('2 sesi lain dalam 14 hari ke depan juga belum dapat berjalan: lihat jadwal mendatang');
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('task-sessionNotReady').textContent).toMatch(/^Session JDW-20261201-001 \(.+\) cannot run yet: 20 candidates have no exam password yet; assessor Asesor 0950 has no sign-in account yet$/));
  });

  it('says nothing waits, how many of the sessions to come it lists, and a count past the lists\' cap as more than it', async () => {
    const none = Object.fromEntries(LSP_TASKS.map((task) => [task, 0])) as LspTasks;
    const upcoming = Array.from({ length: 8 }, (_, i) => plannedSession(i + 1));
    // 200,000 candidates are counted as their list counts them: up to 10,000, then "more than".
    const fake = signedInAs('lsp_admin', 'Rina Kartikasari', { 'lsp/overview': () => ok({ ...OVERVIEW, tasks: none, upcoming, upcomingTotal: 23, candidateCount: 10_001 }) });
    renderApp(fake.transport);
    expect((await screen.findByTestId('tasks-none')).textContent).toBe(id.lsp.tasks.none);
    expect(screen.getAllByTestId('session-row')).toHaveLength(8);
    expect(screen.getByTestId('upcoming-shown').textContent).toBe('Menampilkan 8 jadwal terdekat dari 23.');
    expect(within(screen.getByTestId('total-candidates')).getByRole('link').textContent).toBe('> 10.000');
  });
});

type TodaySession = ProctorToday['sessions'][number];

function proctorToday(locked: boolean, assessorLocked = false, run: TodaySession['run'] = null, resultsExport: TodaySession['resultsExport'] = null): ProctorToday {
  return {
    date: '2026-11-21',
    clockOff: null,
    tukClocksOff: [],
    sessions: [
      {
        session: SESSION,
        run,
        resultsExport,
        candidates: [
          {
            candidateId: 'c1',
            participantNo: 'JWP-2026-001',
            name: 'Muhammad Rizky Pratama',
            nik: '3276991403059001',
            seat: 'PC-01',
            assessorName: 'Dra. Sri Wahyuningsih, M.Kom.',
            accountId: 'acc-c1',
            locked,
            ...(locked ? { lockedUntil: LOCKED_UNTIL } : {}),
          },
          {
            candidateId: 'c2',
            participantNo: 'JWP-2026-002',
            name: 'Siti Aisyah Rahmawati',
            nik: '3276996207049002',
            seat: null,
            assessorName: 'Dra. Sri Wahyuningsih, M.Kom.',
            accountId: 'acc-c2',
            locked: false,
          },
        ],
        assessors: [
          { assessorId: 'as-1', name: 'Dra. Sri Wahyuningsih, M.Kom.', accountId: 'acc-a1', locked: assessorLocked },
          { assessorId: 'as-2', name: 'Ir. Bambang Hermawan, M.T.', accountId: 'acc-a2', locked: false },
        ],
      },
    ],
  };
}

/** When candidate c1's lock lifts by itself, as the core sends it. */
const LOCKED_UNTIL = '2026-11-21T02:15:00.000Z';
/** The time of day as the screen shows it, on this machine's clock face (the test sets no zone). */
const clockFace = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

const countCalls = (calls: Call[], method: string) => calls.filter((c) => c.method === method).length;

describe('proctor home', () => {
  it('lists today with NIK and lock state, unlocks with a reason, and refreshes on accounts/changed', async () => {
    let locked = true;
    const fake = signedInAs('proctor', 'Agus Setiawan', {
      'proctor/today': () => ok(proctorToday(locked)),
      'proctor/upcoming': () => ok({ date: '2026-11-21', sessions: [] }),
      'accounts/unlock': (): TransportReply => {
        locked = false;
        return ok({ accountId: 'acc-c1', unlocked: true });
      },
    });
    renderApp(fake.transport);
    const home = await screen.findByTestId('home-proctor');
    await within(home).findByText('3276991403059001');
    expect(screen.getByTestId('proctor-date').textContent).toBe(
      intlDate('id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    );
    expect(home.textContent).toContain(id.proctor.locked);
    // When the lock lifts by itself, so the proctor can tell the candidate to wait or unlock now.
    expect(within(home).getByTestId('locked-until').textContent).toBe(`terbuka sendiri pukul ${clockFace(LOCKED_UNTIL, 'id-ID')}`);
    expect(screen.getAllByTestId('unlock-open')).toHaveLength(1);

    fireEvent.click(screen.getByTestId('unlock-open'));
    fireEvent.change(screen.getByTestId('unlock-reason'), { target: { value: ' ab ' } });
    fireEvent.click(screen.getByTestId('unlock-confirm'));
    expect(screen.getByText(id.proctor.unlockReasonTooShort)).toBeTruthy();
    expect(countCalls(fake.calls, 'accounts/unlock')).toBe(0);

    fireEvent.change(screen.getByTestId('unlock-reason'), { target: { value: 'Identitas sudah diperiksa' } });
    fireEvent.click(screen.getByTestId('unlock-confirm'));
    await screen.findByTestId('unlock-done');
    expect(fake.calls.find((c) => c.method === 'accounts/unlock')).toEqual({
      method: 'accounts/unlock',
      args: { accountId: 'acc-c1', reason: 'Identitas sudah diperiksa' },
      token: TOKEN,
    });
    await waitFor(() => expect(screen.queryAllByTestId('unlock-open')).toHaveLength(0));

    // A push from the core (e.g. a lab PC locked an account) reloads the list without a click.
    locked = true;
    const before = countCalls(fake.calls, 'proctor/today');
    await waitFor(() => expect(fake.subscriberCount()).toBe(1));
    act(() => fake.push({ event: 'accounts/changed', payload: { accountId: 'acc-c1', locked: true } }));
    await waitFor(() => expect(countCalls(fake.calls, 'proctor/today')).toBe(before + 1));
    await waitFor(() => expect(screen.getAllByTestId('unlock-open')).toHaveLength(1));
  });

  it("says when this computer's clock is set to another zone than its TUK's, by how much and which to set (id and en)", async () => {
    const open = (clockOff: ProctorToday['clockOff']) => {
      const fake = signedInAs('proctor', 'Agus Setiawan', {
        'proctor/today': () => ok({ ...proctorToday(false), clockOff }),
        'proctor/upcoming': () => ok({ date: '2026-11-21', sessions: [] }),
      });
      return renderApp(fake.transport);
    };
    open({ tukZone: 'WITA', aheadMinutes: -60 });
    expect((await screen.findByTestId('clock-zone-warning')).textContent).toBe(id.proctor.clockBehind.replaceAll('{{duration}}', '1 jam').replaceAll('{{zone}}', 'WITA'));
    cleanup();
    localStorage.setItem('ruang-uji.language', 'en');
    open({ tukZone: 'WIB', aheadMinutes: 120 });
    expect((await screen.findByTestId('clock-zone-warning')).textContent).toBe(en.proctor.clockAhead.replaceAll('{{duration}}', '2 hours').replaceAll('{{zone}}', 'WIB'));
    cleanup();
    open(null);
    await screen.findByTestId('home-proctor');
    expect(screen.queryByTestId('clock-zone-warning')).toBeNull();
  });

  it("at an LSP office that runs a session itself: names each TUK whose zone its clock is not set to, with its sessions (id and en)", async () => {
    const open = (tukClocksOff: ProctorToday['tukClocksOff']) => {
      const fake = signedInAs('proctor', 'Agus Setiawan', {
        'proctor/today': () => ok({ ...proctorToday(false), tukClocksOff }),
        'proctor/upcoming': () => ok({ date: '2026-11-21', sessions: [] }),
      });
      return renderApp(fake.transport);
    };
    const makassar: ProctorToday['tukClocksOff'][number] = { tukName: 'TUK Sewaktu SMK 1 Makassar', tukZone: 'WITA', aheadMinutes: -60, sessionCodes: ['JWP-2026-11'] };
    open([makassar]);
    const [behind] = await screen.findAllByTestId('tuk-clock-zone-warning');
    expect(behind.textContent).toBe(
      id.proctor.tukClockBehind_other.replaceAll('{{duration}}', '1 jam').replaceAll('{{zone}}', 'WITA').replace('{{tuk}}', 'TUK Sewaktu SMK 1 Makassar').replace('{{sessions}}', 'JWP-2026-11'),
    );
    // The station's own check has nothing to say at an office.
    expect(screen.queryByTestId('clock-zone-warning')).toBeNull();
    cleanup();
    localStorage.setItem('ruang-uji.language', 'en');
    open([{ ...makassar, sessionCodes: ['JWP-2026-11', 'JWP-2026-12'] }, { tukName: 'TUK Jayapura', tukZone: 'WIT', aheadMinutes: -120, sessionCodes: ['JWP-2026-13'] }]);
    const lines = (await screen.findAllByTestId('tuk-clock-zone-warning')).map((w) => w.textContent);
    expect(lines).toEqual([
      en.proctor.tukClockBehind_other.replaceAll('{{duration}}', '1 hour').replaceAll('{{zone}}', 'WITA').replace('{{tuk}}', 'TUK Sewaktu SMK 1 Makassar').replace('{{sessions}}', 'JWP-2026-11, JWP-2026-12'),
      en.proctor.tukClockBehind_one.replaceAll('{{duration}}', '2 hours').replaceAll('{{zone}}', 'WIT').replace('{{tuk}}', 'TUK Jayapura').replace('{{sessions}}', 'JWP-2026-13'),
    ]);
    cleanup();
    open([]);
    await screen.findByTestId('home-proctor');
    expect(screen.queryByTestId('tuk-clock-zone-warning')).toBeNull();
  });

  it("unlocks a locked assessor of today's session with a reason, and says the assessor can sign in again", async () => {
    let locked = true;
    const fake = signedInAs('proctor', 'Agus Setiawan', {
      'proctor/today': () => ok(proctorToday(false, locked)),
      'proctor/upcoming': () => ok({ date: '2026-11-21', sessions: [] }),
      'accounts/unlock': (): TransportReply => {
        locked = false;
        return ok({ accountId: 'acc-a1', unlocked: true });
      },
    });
    renderApp(fake.transport);
    const table = await screen.findByTestId('proctor-assessors');
    expect(within(table).getAllByTestId('proctor-assessor').map((r) => r.dataset.locked)).toEqual(['true', 'false']);
    expect(screen.queryAllByTestId('unlock-open')).toHaveLength(0);
    expect(screen.getByText(id.proctor.lockedCount.replace('{{total}}', '1'))).toBeTruthy();

    fireEvent.click(within(table).getByTestId('unlock-assessor'));
    expect(screen.getByTestId('unlock-form').textContent).toContain(id.proctor.unlockTitle.replace('{{name}}', 'Dra. Sri Wahyuningsih, M.Kom.'));
    fireEvent.change(screen.getByTestId('unlock-reason'), { target: { value: 'Dikonfirmasi di meja proktor' } });
    fireEvent.click(screen.getByTestId('unlock-confirm'));
    const done = await screen.findByTestId('unlock-done');
    expect(done.textContent).toBe(id.proctor.unlockedAssessor.replace('{{name}}', 'Dra. Sri Wahyuningsih, M.Kom.'));
    expect(fake.calls.find((c) => c.method === 'accounts/unlock')?.args).toEqual({ accountId: 'acc-a1', reason: 'Dikonfirmasi di meja proktor' });
    await waitFor(() => expect(screen.queryAllByTestId('unlock-assessor')).toHaveLength(0));
  });

  it('lists a candidate without a password from the LSP, says so beside them and above the table, and offers no unlock', async () => {
    const today = proctorToday(false);
    today.sessions[0].candidates[1] = { ...today.sessions[0].candidates[1], accountId: null };
    const fake = signedInAs('proctor', 'Agus Setiawan', {
      'proctor/today': () => ok(today),
      'proctor/upcoming': () => ok({ date: '2026-11-21', sessions: [] }),
    });
    renderApp(fake.transport);
    const warning = await screen.findByTestId('proctor-no-password');
    expect(warning.textContent).toBe(id.proctor.noPassword_other.replace('{{count}}', '1'));
    // What to do about it at the TUK: the console's card action, by the names the console shows.
    expect(warning.textContent).toContain(`${id.examDay.board.columns.actions} → ${id.examDay.actions.names.issueCard}`);
    for (const text of [en.proctor.noPassword_one, en.proctor.noPassword_other]) expect(text).toContain(`${en.examDay.board.columns.actions} → ${en.examDay.actions.names.issueCard}`);
    expect(screen.getByText(id.proctor.candidatesTitle.replace('{{total}}', '2'))).toBeTruthy();
    const row = screen.getAllByTestId('proctor-candidate').find((r) => r.dataset.participant === 'JWP-2026-002')!;
    expect(row.textContent).toContain(id.proctor.noPasswordBadge);
    expect(row.textContent).not.toContain(id.proctor.active);
    expect(screen.queryAllByTestId('unlock-open')).toHaveLength(0);
  });

  it('says a session closed here is closed, with what the day still asks and the way to the results export', async () => {
    const fake = signedInAs('proctor', 'Agus Setiawan', {
      'proctor/today': () => ok(proctorToday(false, false, { startedAt: '2026-11-21T01:00:00.000Z', endedAt: '2026-11-21T03:00:00.000Z' })),
      'proctor/upcoming': () => ok({ date: '2026-11-21', sessions: [] }),
    });
    renderApp(fake.transport);
    expect((await screen.findByTestId('session-run-state')).textContent).toBe(id.examDay.status.ended);
    const next = screen.getByTestId('session-closed-next');
    expect(next.textContent).toBe(`${id.examDay.session.endedNext} ${id.bundles.link}.`);
    expect(within(next).getByRole('link').getAttribute('href')).toBe('#/bundles');
  });

  it('says a closed session whose results went out was exported, when, by whom and for which LSP, with exporting again secondary', async () => {
    const run = { startedAt: '2026-11-21T01:00:00.000Z', endedAt: '2026-11-21T03:00:00.000Z' };
    const exported = { at: '2026-11-21T03:30:00.000Z', by: 'Agus Setiawan', lspName: 'LSP Demo Teknologi Informasi' };
    const fake = signedInAs('proctor', 'Agus Setiawan', {
      'proctor/today': () => ok(proctorToday(false, false, run, exported)),
      'proctor/upcoming': () => ok({ date: '2026-11-21', sessions: [] }),
    });
    renderApp(fake.transport);
    const done = await screen.findByTestId('session-results-exported');
    expect(screen.queryByTestId('session-closed-next')).toBeNull();
    const at = formatDateTime(exported.at, 'id');
    expect(done.textContent).toContain(id.examDay.session.resultsExported.replace('{{lsp}}', exported.lspName).replace('{{at}}', at).replace('{{name}}', exported.by));
    expect(screen.getByText(id.examDay.session.resultsExportedBadge)).toBeTruthy();
    const again = screen.getByTestId('session-export-again');
    expect(again.textContent).toBe(`${id.examDay.session.exportAgainHint} ${id.bundles.link}.`);
    expect(within(again).getByRole('link').getAttribute('href')).toBe('#/bundles');
    // The way to export is a link in a line, not the card's call to action.
    expect(within(screen.getByTestId('home-proctor')).queryAllByRole('button').map((b) => b.textContent)).not.toContain(id.bundles.link);

    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('session-results-exported').textContent).toContain(
      en.examDay.session.resultsExported.replace('{{lsp}}', exported.lspName).replace('{{at}}', formatDateTime(exported.at, 'en')).replace('{{name}}', exported.by),
    ));
  });

  it('still asks for the export when the only one was made before the session closed', async () => {
    const run = { startedAt: '2026-11-21T01:00:00.000Z', endedAt: '2026-11-21T03:00:00.000Z' };
    const fake = signedInAs('proctor', 'Agus Setiawan', {
      'proctor/today': () => ok(proctorToday(false, false, run, { at: '2026-11-21T02:00:00.000Z', by: 'Agus Setiawan', lspName: 'LSP Demo' })),
      'proctor/upcoming': () => ok({ date: '2026-11-21', sessions: [] }),
    });
    renderApp(fake.transport);
    await screen.findByTestId('session-closed-next');
    expect(screen.queryByTestId('session-results-exported')).toBeNull();
  });

  it('says nothing of a run before the start, and "running" once started', async () => {
    let run: ProctorToday['sessions'][number]['run'] = null;
    const fake = signedInAs('proctor', 'Agus Setiawan', {
      'proctor/today': () => ok(proctorToday(false, false, run)),
      'proctor/upcoming': () => ok({ date: '2026-11-21', sessions: [] }),
    });
    const view = renderApp(fake.transport);
    await screen.findByTestId('session-open');
    expect(screen.queryByTestId('session-run-state')).toBeNull();
    expect(screen.queryByTestId('session-closed-next')).toBeNull();
    run = { startedAt: '2026-11-21T01:00:00.000Z', endedAt: null };
    view.unmount();
    renderApp(fake.transport);
    expect((await screen.findByTestId('session-run-state')).textContent).toBe(id.examDay.status.running);
  });

  it('offers the berita acara only once the session has started, saying why before, in both languages', async () => {
    // Before the start it was offered as ready, and printed that nothing was held yet.
    let run: ProctorToday['sessions'][number]['run'] = null;
    const fake = signedInAs('proctor', 'Agus Setiawan', {
      'proctor/today': () => ok(proctorToday(false, false, run)),
      'proctor/upcoming': () => ok({ date: '2026-11-21', sessions: [] }),
    });
    const view = renderApp(fake.transport);
    const minutes = (await screen.findByTestId('print-minutes-open')) as HTMLButtonElement;
    expect(minutes.disabled).toBe(true);
    const why = screen.getByTestId('print-minutes-not-yet');
    expect(why.textContent).toBe(id.examDay.minutes.printNeedsStart);
    expect(minutes.getAttribute('aria-describedby')).toBe(why.id);
    // The cards and the daftar hadir are for before the day: still offered.
    expect((screen.getByTestId('print-card-open') as HTMLButtonElement).disabled).toBe(false);
    expect((screen.getByTestId('print-attendance-open') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(screen.getByTestId('lang-en'));
    await waitFor(() => expect(screen.getByTestId('print-minutes-not-yet').textContent).toBe(en.examDay.minutes.printNeedsStart));
    fireEvent.click(screen.getByTestId('lang-id'));
    run = { startedAt: '2026-11-21T01:00:00.000Z', endedAt: null };
    view.unmount();
    renderApp(fake.transport);
    await screen.findByTestId('session-run-state');
    expect((screen.getByTestId('print-minutes-open') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByTestId('print-minutes-not-yet')).toBeNull();
  });

  it('shows a calm empty state when no session is today', async () => {
    const fake = signedInAs('proctor', 'Agus Setiawan', {
      'proctor/today': () => ok({ date: '2026-11-21', sessions: [], clockOff: null, tukClocksOff: [] }),
      'proctor/upcoming': () => ok({ date: '2026-11-21', sessions: [] }),
    });
    renderApp(fake.transport);
    const empty = await screen.findByTestId('proctor-empty');
    expect(empty.textContent).toContain(id.proctor.empty);
    expect(empty.textContent).toContain(id.proctor.emptyHint);
    expect(screen.queryByTestId('proctor-upcoming')).toBeNull();
    // A station with nothing imported: the import is offered right there.
    const importLink = within(empty).getByTestId('proctor-empty-import');
    expect(importLink.textContent).toBe(id.proctor.emptyImport);
    expect(importLink.getAttribute('href')).toBe('#/bundles');
  });

  it("at an LSP office, says its own sessions appear on their day and offers no bundle import, in both languages", async () => {
    const later = { ...SESSION, id: 's2', code: 'JDW-20261210-001', date: '2026-12-10', candidateCount: 3 };
    let upcoming: (typeof later)[] = [];
    const fake = signedInAs('proctor', 'Agus Setiawan', {
      'setup/status': () => ok({ needed: false, kind: 'lsp' }),
      'proctor/today': () => ok({ date: '2026-12-04', sessions: [], clockOff: null, tukClocksOff: [] }),
      'proctor/upcoming': () => ok({ date: '2026-12-04', sessions: upcoming }),
    });
    renderApp(fake.transport);
    const empty = await screen.findByTestId('proctor-empty');
    await waitFor(() => expect(empty.textContent).toContain(id.proctor.emptyHintOffice));
    expect(within(empty).queryByTestId('proctor-empty-import')).toBeNull();
    fireEvent.click(screen.getByTestId('lang-en'));
    expect(screen.getByTestId('proctor-empty').textContent).toContain(en.proctor.emptyHintOffice);
    upcoming = [later];
    fireEvent.click(screen.getByRole('button', { name: en.common.refresh }));
    await waitFor(() => expect(screen.getByTestId('proctor-empty').textContent).toContain(en.proctor.emptyHintUpcomingOffice));
    // Planned at this office, not imported: the list's note says so (helper P's walk: it said the bundles were imported).
    expect(screen.getByTestId('proctor-upcoming-note').textContent).toBe(en.proctor.upcomingNoteOffice);
  });

  it('lists the sessions imported here for later days apart from today, with no console button, and the empty state points to them', async () => {
    const later = { ...SESSION, id: 's2', code: 'JDW-20261210-001', date: '2026-12-10', candidateCount: 3 };
    const fake = signedInAs('proctor', 'Agus Setiawan', {
      'proctor/today': () => ok({ date: '2026-12-04', sessions: [], clockOff: null, tukClocksOff: [] }),
      'proctor/upcoming': () => ok({ date: '2026-12-04', sessions: [later] }),
    });
    renderApp(fake.transport);
    const table = await screen.findByTestId('proctor-upcoming');
    const row = within(table).getByTestId('proctor-upcoming-session');
    expect(row.dataset.session).toBe('s2');
    for (const text of ['10 Des 2026', '08.00', 'JDW-20261210-001', 'Pemrogram Web Muda', 'SS.JWP/LSPP/005/2022', '3']) expect(row.textContent).toContain(text);
    expect(screen.getByRole('heading', { name: id.proctor.upcomingTitle.replace('{{total}}', '1') })).toBeTruthy();
    expect(screen.getByText(id.proctor.upcomingNote)).toBeTruthy();
    expect(screen.queryByTestId('session-open')).toBeNull();
    const empty = screen.getByTestId('proctor-empty');
    expect(empty.textContent).toContain(id.proctor.emptyHintUpcoming);
    expect(empty.textContent).not.toContain(id.proctor.emptyHint);
    expect(within(empty).queryByTestId('proctor-empty-import')).toBeNull();
  });
});

describe('proctor home: a later session whose candidates have no password yet', () => {
  it('says how many beside its candidates, while the LSP can still issue them and send the bundle again', async () => {
    const later = { ...SESSION, id: 's2', code: 'JDW-20261210-001', date: '2026-12-10', candidateCount: 3 };
    const fake = signedInAs('proctor', 'Agus Setiawan', {
      'proctor/today': () => ok({ date: '2026-12-04', sessions: [], clockOff: null, tukClocksOff: [] }),
      'proctor/upcoming': () => ok({ date: '2026-12-04', sessions: [{ ...later, withoutPassword: 2 }, { ...later, id: 's3', code: 'JDW-20261211-001', withoutPassword: 0 }] }),
    });
    renderApp(fake.transport);
    const rows = within(await screen.findByTestId('proctor-upcoming')).getAllByTestId('proctor-upcoming-session');
    expect(within(rows[0]).getByTestId('upcoming-no-password').textContent).toBe(id.proctor.upcomingNoPassword_other.replace('{{count}}', '2'));
    expect(within(rows[1]).queryByTestId('upcoming-no-password')).toBeNull();
  });
});

describe('proctor home: a session the LSP cancelled', () => {
  const cancellation = { at: '2026-11-20T02:00:00.000Z', by: 'Dewi Admin', reason: 'Gedung TUK direnovasi', afterStart: false };
  afterEach(() => localStorage.removeItem('ruang-uji.language'));

  it.each([
    ['id' as const, /^Sesi ini dibatalkan oleh LSP pada 20 Nov 2026.* \(Dewi Admin\)\. Alasan: Gedung TUK direnovasi\. Ujian tidak dapat dimulai\.$/, 'Dibatalkan'],
    ['en' as const, /^This session was cancelled by the LSP on 20 Nov 2026.* \(Dewi Admin\)\. Reason: Gedung TUK direnovasi\. The exam cannot be started\.$/, 'Cancelled'],
  ])('says so on today\'s session and marks it among the later ones (%s)', async (language, text, badge) => {
    localStorage.setItem('ruang-uji.language', language);
    const later = { ...SESSION, id: 's2', code: 'JDW-20261210-001', date: '2026-12-10', cancellation };
    const fake = signedInAs('proctor', 'Agus Setiawan', {
      'proctor/today': () => ok({ date: '2026-11-21', sessions: [{ session: { ...SESSION, cancellation }, candidates: [], assessors: [] }], clockOff: null, tukClocksOff: [] }),
      'proctor/upcoming': () => ok({ date: '2026-11-21', sessions: [later] }),
    });
    renderApp(fake.transport);
    expect((await screen.findByTestId('session-cancelled-at-tuk')).textContent).toMatch(text);
    const row = within(await screen.findByTestId('proctor-upcoming')).getByTestId('proctor-upcoming-session');
    expect(row.querySelector('.badge--danger')?.textContent).toBe(badge);
  });
});

describe('assessor home', () => {
  afterEach(() => localStorage.removeItem('ruang-uji.language'));

  it('shows MET number, its expiry and the assessor’s own candidates', async () => {
    const fake = signedInAs('assessor', 'Dra. Sri Wahyuningsih, M.Kom.', {
      'assessor/assigned': () =>
        ok({
          assessor: { id: 'as-1', name: 'Dra. Sri Wahyuningsih, M.Kom.', metNumber: 'MET.000.004512 2019', metExpiresOn: '2026-11-21', metState: 'valid', techCertExpiresOn: null, techCertState: 'none' },
          sessions: [{ session: SESSION, candidates: [{ candidateId: 'c1', participantNo: 'JWP-2026-001', name: 'Muhammad Rizky Pratama', seat: 'PC-01' }] }],
        }),
    });
    renderApp(fake.transport);
    const home = await screen.findByTestId('home-assessor');
    await within(home).findByText('MET.000.004512 2019');
    expect(home.textContent).toContain(id.assessor.metExpires);
    expect(home.textContent).toContain(intlDate('id-ID', { day: 'numeric', month: 'short', year: 'numeric' }));
    expect(within(screen.getByTestId('assessor-candidates')).getByText('JWP-2026-001')).toBeTruthy();
    expect(screen.queryByTestId('credential-expired')).toBeNull();
    expect(screen.queryByTestId('credential-soon')).toBeNull();
  });

  it('tells the assessors themselves that their MET has expired, or their technical certificate ends soon, in their language', async () => {
    const assigned = {
      assessor: { id: 'as-1', name: 'Rina Marlina', metNumber: 'MET.000.005678.2019', metExpiresOn: '2024-06-30', metState: 'expired' as const, techCertExpiresOn: '2024-08-31', techCertState: 'soon' as const },
      sessions: [],
    };
    renderApp(signedInAs('assessor', 'Rina Marlina', { 'assessor/assigned': () => ok(assigned) }).transport);
    expect((await screen.findByTestId('credential-expired')).textContent).toBe(
      'MET Anda sudah berakhir pada 30 Jun 2024. Anda tidak dapat ditugaskan ke sesi uji sampai LSP mencatat MET yang diperpanjang: kirimkan bukti perpanjangannya ke LSP.',
    );
    expect(screen.getByTestId('credential-soon').textContent).toBe(
      'Sertifikat teknis Anda berakhir pada 31 Agu 2024. Perbarui sebelum itu dan kirimkan ke LSP, agar Anda tetap dapat ditugaskan.',
    );
    cleanup();
    localStorage.setItem('ruang-uji.language', 'en');
    renderApp(signedInAs('assessor', 'Rina Marlina', { 'assessor/assigned': () => ok(assigned) }).transport);
    expect((await screen.findByTestId('credential-expired')).textContent).toBe(
      'Your MET registration expired on 30 Jun 2024. You cannot be assigned to a session until the LSP records its renewal: send them proof of it.',
    );
  });
});
