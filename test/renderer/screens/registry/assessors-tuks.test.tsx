import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { LIST_LIMIT_MAX, type AssessorDetail, type AssessorSummary, type Page, type SchemeSummary, type TukDetail } from '../../../../electron/shared/registry';
import { formatDateTime } from '../../../../electron/shared/i18n/format';
import { fail, ok } from '../../fake-transport';
import { plannedSession } from '../scheduling/fixtures';
import { argsOf, invalid, openAt } from './support';

afterEach(() => {
  window.location.hash = '';
});

const onePage = <T,>(rows: T[]): Page<T> => ({ rows, total: rows.length, totalAtLeast: null, nextCursor: null });

const assessor = (name: string, metState: AssessorSummary['metState'], techCertState: AssessorSummary['techCertState']): AssessorSummary => ({
  id: `as-${name}`,
  name,
  nik: null,
  metNumber: `MET.000.00${name.length}`,
  metExpiresOn: '2027-01-31',
  metState,
  techCertExpiresOn: null,
  techCertState,
  homeLsp: null,
  active: true,
  accountId: null,
});

const schemeSummary: SchemeSummary = {
  id: 'sch-1',
  code: 'SKM-JWP',
  version: 1,
  kind: 'kkni',
  level: 2,
  skkni: 'SKKNI 282/2016',
  titleId: 'Junior Web Programmer',
  titleEn: null,
  approvedOn: null,
  active: true,
  frozen: false,
  latest: true,
  unitCount: 8,
};

/** One assessor's record as assessors/get gives it, its optional fields empty: a test sets what it is about. */
const assessorDetail = (overrides: Partial<AssessorDetail> = {}): AssessorDetail => ({
  ...assessor('Sri', 'valid', 'valid'),
  birthPlace: null, birthDate: null, sex: null, address: null, city: null, province: null, phone: null, email: null,
  techCertNumber: null, loanLetterNo: null, loanLetterDate: null,
  schemeCodes: ['SKM-JWP'],
  revision: 'rev-1',
  sessionBreaks: [],
  ...overrides,
});

describe('assessors', () => {
  it('flags an expired MET and an expiring technical certificate with badges, and filters on expiry', async () => {
    const { fake } = openAt('assessors', {
      'assessors/list': () => ok(onePage([assessor('Budi', 'expired', 'none'), assessor('Sri', 'valid', 'soon'), assessor('Ani', 'valid', 'valid')])),
      'schemes/list': () => ok(onePage([schemeSummary])),
    });
    await waitFor(() => expect(screen.getAllByTestId('assessor-row')).toHaveLength(3));
    const badges = screen.getAllByTestId('expiry-badges').map((b) => b.textContent);
    expect(badges).toEqual([id.registryScreens.assessors.metExpired, id.registryScreens.assessors.techSoon, '']);
    fireEvent.change(screen.getByTestId('filter-expiry'), { target: { value: 'expired' } });
    await waitFor(() => expect(argsOf(fake.calls, 'assessors/list')).toHaveLength(2));
    expect(argsOf(fake.calls, 'assessors/list')[1]).toMatchObject({ expiry: 'expired', active: true, cursor: null });
    // Who may assess one scheme.
    await waitFor(() => expect(screen.getByTestId('filter-scheme').querySelectorAll('option')).toHaveLength(2));
    fireEvent.change(screen.getByTestId('filter-scheme'), { target: { value: 'SKM-JWP' } });
    await waitFor(() => expect(argsOf(fake.calls, 'assessors/list')).toHaveLength(3));
    expect(argsOf(fake.calls, 'assessors/list')[2]).toMatchObject({ expiry: 'expired', schemeCode: 'SKM-JWP', cursor: null });
  });

  it('opens with the expiry filter a link chose (the home\'s count of expired registrations)', async () => {
    const { fake } = openAt('assessors?expiry=expired', { 'assessors/list': () => ok(onePage([assessor('Budi', 'expired', 'none')])), 'schemes/list': () => ok(onePage([schemeSummary])) });
    await screen.findByTestId('assessor-row');
    expect(argsOf(fake.calls, 'assessors/list')[0]).toMatchObject({ expiry: 'expired', active: true });
    expect((screen.getByTestId('filter-expiry') as HTMLSelectElement).value).toBe('expired');
  });

  it("the 'soon' setting is changed beside the list, which is read again with it", async () => {
    let settings = { expirySoonDays: 90, mandiriVerificationMonths: 12 };
    const { fake } = openAt('assessors', {
      'assessors/list': () => ok(onePage([assessor('Sri', 'valid', 'soon')])),
      'registry/settings': () => ok(settings),
      'registry/setSettings': (args) => {
        settings = (args as { settings: typeof settings }).settings;
        return ok(settings);
      },
    });
    const form = await screen.findByTestId('setting-expirySoonDays');
    expect((within(form).getByTestId('field-expirySoonDays') as HTMLInputElement).value).toBe('90');
    await waitFor(() => expect(argsOf(fake.calls, 'assessors/list')).toHaveLength(1));
    fireEvent.change(within(form).getByTestId('field-expirySoonDays'), { target: { value: '30' } });
    fireEvent.click(within(form).getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'assessors/list')).toHaveLength(2));
    expect(argsOf(fake.calls, 'registry/setSettings')).toEqual([{ settings: { expirySoonDays: 30, mandiriVerificationMonths: 12 } }]);
  });

  it('a borrowed assessor needs the loan letter: the core refuses it beside the fields, in English too; the schemes are checkboxes', async () => {
    const { fake } = openAt(
      'assessors/new',
      {
        'schemes/list': () => ok(onePage([schemeSummary])),
        'assessors/create': () => invalid([{ field: 'loanLetterNo', reason: 'loan_letter_incomplete' }, { field: 'metExpiresOn', reason: 'date_format' }]),
      },
      'en',
    );
    fireEvent.change(await screen.findByTestId('field-name'), { target: { value: 'Dra. Sri Wahyuningsih' } });
    fireEvent.change(screen.getByTestId('field-metNumber'), { target: { value: 'MET.000.012345.2019' } });
    expect(screen.queryByTestId('field-homeLsp')).toBeNull();
    fireEvent.click(screen.getByTestId('field-loaned'));
    fireEvent.change(screen.getByTestId('field-homeLsp'), { target: { value: 'LSP Informatika' } });
    fireEvent.click(await screen.findByTestId('scheme-choice-SKM-JWP'));
    fireEvent.click(screen.getByTestId('record-save'));
    expect((await screen.findByTestId('problem-loanLetterNo')).textContent).toBe(en.registry.reasons.loan_letter_incomplete);
    expect(screen.getByTestId('problem-metExpiresOn').textContent).toBe(en.registry.reasons.date_format);
    expect(argsOf(fake.calls, 'assessors/create')[0]).toMatchObject({
      assessor: { name: 'Dra. Sri Wahyuningsih', homeLsp: 'LSP Informatika', loanLetterNo: null, loanLetterDate: null, schemeCodes: ['SKM-JWP'], nik: null },
    });
  });

  it("sends the revision it opened, and keeps what was typed when another admin changed the record meanwhile", async () => {
    const detail = assessorDetail();
    const { fake } = openAt('assessors/as-Sri', { 'assessors/get': () => ok(detail), 'schemes/list': () => ok(onePage([schemeSummary])), 'assessors/update': () => fail('RECORD_CHANGED', { by: 'Dewi Lestari', at: '2026-11-20T02:07:00.000Z' }) });
    fireEvent.change(await screen.findByTestId('field-phone'), { target: { value: '081234567890' } });
    fireEvent.click(screen.getByTestId('record-save'));
    expect(await screen.findByText(id.errors.RECORD_CHANGED.replace('{{by}}', 'Dewi Lestari').replace('{{at}}', formatDateTime('2026-11-20T02:07:00.000Z', 'id')))).toBeTruthy();
    expect(argsOf(fake.calls, 'assessors/update')[0]).toMatchObject({ assessorId: 'as-Sri', revision: 'rev-1' });
    expect((screen.getByTestId('field-phone') as HTMLInputElement).value).toBe('081234567890');
  });

  it('without a sign-in account, the page says how the accounts screen finds this assessor (name or MET number, not an id) and links to it', async () => {
    const detail = assessorDetail();
    openAt('assessors/as-Sri', { 'assessors/get': () => ok(detail), 'schemes/list': () => ok(onePage([schemeSummary])) });
    const account = await screen.findByTestId('assessor-account');
    expect(account.textContent).toContain(id.registryScreens.assessors.accountNone.replace('{{metNumber}}', 'MET.000.003'));
    expect(account.textContent).not.toContain('as-Sri');
    expect(within(account).getByRole('link').getAttribute('href')).toBe('#/accounts');
    expect(((await screen.findByTestId('scheme-choice-SKM-JWP')) as HTMLInputElement).checked).toBe(true);
  });

  it.each([
    { language: 'en' as const, head: "This assessor's record breaks the rules of 1 upcoming session", met: 'expired by the session date, 10 Dec 2026' },
    { language: 'id' as const, head: 'Data asesor ini melanggar aturan 1 sesi mendatang', met: 'sudah habis pada tanggal sesi 10 Des 2026' },
  ])('names the upcoming sessions whose rules the record breaks, each linked with the rule in words ($language)', async ({ language, head, met }) => {
    const detail = assessorDetail({
      ...assessor('Sri', 'expired', 'valid'),
      sessionBreaks: [
        {
          sessionId: 'ses-1',
          code: 'JDW-20261210-001',
          date: '2026-12-10',
          conflicts: [
            { code: 'SCHEDULE_ASSESSOR_MET_EXPIRED', severity: 'refused', field: 'assessorIds', params: { assessor: 'Sri', metNumber: 'MET.000.003', expiresOn: '2026-11-30', date: '2026-12-10' } },
          ],
        },
      ],
    });
    openAt('assessors/as-Sri', { 'assessors/get': () => ok(detail), 'schemes/list': () => ok(onePage([schemeSummary])) }, language);
    const breaks = await screen.findByTestId('assessor-session-breaks');
    expect(breaks.textContent).toContain(head);
    const item = within(breaks).getByTestId('session-break-ses-1');
    expect(within(item).getByRole('link', { name: 'JDW-20261210-001' }).getAttribute('href')).toBe('#/sessions/ses-1');
    expect(item.textContent).toContain(met);
  });

  it.each([
    { language: 'id' as const, expired: id.registryScreens.assessors.metExpired, status: id.registryScreens.status.active },
    { language: 'en' as const, expired: en.registryScreens.assessors.metExpired, status: en.registryScreens.status.active },
  ])("shows the MET badges beside the record's status, and no empty line for them where there are none ($language)", async ({ language, expired, status }) => {
    const detail = (metState: AssessorSummary['metState']) => assessorDetail(assessor('Sri', metState, 'valid'));
    // An empty badges span on a line of its own left a gap between the links under the title and the status (1024 and 1366 px).
    const valid = openAt('assessors/as-Sri', { 'assessors/get': () => ok(detail('valid')), 'schemes/list': () => ok(onePage([schemeSummary])) }, language);
    expect((await screen.findByTestId('record-status')).textContent).toBe(status);
    expect(screen.queryByTestId('expiry-badges')).toBeNull();
    valid.unmount();
    window.location.hash = '';
    openAt('assessors/as-Sri', { 'assessors/get': () => ok(detail('expired')), 'schemes/list': () => ok(onePage([schemeSummary])) }, language);
    const row = await screen.findByTestId('record-active');
    expect(within(row).getByTestId('expiry-badges').textContent).toBe(expired);
    expect(screen.getAllByTestId('expiry-badges')).toHaveLength(1);
  });

  it('counts the schemes as a set for unsaved edits: one ticked off and on again leaves the form clean, one ticked off asks before leaving', async () => {
    // A code no active scheme has any more stays listed (and ticked) after the active ones.
    const detail = assessorDetail({ schemeCodes: ['SKM-JWP', 'SKM-OLD'] });
    openAt('assessors/as-Sri', { 'assessors/get': () => ok(detail), 'schemes/list': () => ok(onePage([schemeSummary])), 'tuks/list': () => ok(onePage([])) });
    const jwp = await screen.findByTestId('scheme-choice-SKM-JWP');
    fireEvent.click(jwp);
    fireEvent.click(jwp);
    fireEvent.click(screen.getByTestId('registry-nav-tuks'));
    expect(screen.queryByTestId('unsaved-dialog')).toBeNull();
    await screen.findByTestId('tuks-screen');

    window.location.hash = '#/assessors/as-Sri';
    fireEvent.click(await screen.findByTestId('scheme-choice-SKM-JWP'));
    fireEvent.click(screen.getByTestId('back-to-list'));
    expect(screen.getByTestId('unsaved-dialog')).toBeTruthy();
    expect(window.location.hash).toBe('#/assessors/as-Sri');
  });
});

const tuk = (verifications: TukDetail['verifications']): TukDetail => ({
  id: 'tuk-1',
  code: 'TUK-01',
  name: 'TUK SMK Negeri 1',
  type: 'sewaktu',
  address: null,
  capacity: 30,
  contactName: null,
  contactPhone: null,
  timeZone: 'WIB',
  active: true,
  lastVerifiedOn: verifications[0]?.verifiedOn ?? null,
  verificationState: 'per_session',
  verifications,
});

/** The sessions at this TUK, as sessions/list gives them (the form asks for this TUK's only). */
const atThisTuk = onePage([{ ...plannedSession(1), id: 'ses-1', code: 'JWP-0112', date: '2026-12-01', startTime: '08:00' }]);

describe('TUK verification records', () => {
  it('adds a record for one of the sessions at this TUK and lists it', async () => {
    let verifications: TukDetail['verifications'] = [];
    const { fake } = openAt('tuks/tuk-1', {
      'tuks/get': () => ok(tuk(verifications)),
      'sessions/list': () => ok(atThisTuk),
      'tuks/addVerification': () => {
        verifications = [
          {
            id: 'v-1',
            verifiedOn: '2026-11-28',
            verifier: 'Hendra',
            result: 'fit',
            note: null,
            sessionId: 'ses-1',
            sessionCode: 'JWP-0112',
            sessionDate: '2026-12-01',
            recordedAt: '2026-11-28T03:00:00.000Z',
          },
        ];
        return ok(tuk(verifications));
      },
    });
    const form = await screen.findByTestId('verification-form');
    expect(screen.getByTestId('tuk-screen').textContent).toContain(id.registryScreens.tuks.noVerifications);
    fireEvent.change(within(form).getByTestId('field-verifiedOn'), { target: { value: '2026-11-28' } });
    fireEvent.change(within(form).getByTestId('field-verifier'), { target: { value: 'Hendra' } });
    await waitFor(() => expect(within(form).getByTestId('field-sessionId').querySelectorAll('option')).toHaveLength(2));
    // The session's day as the rest of the UI writes it, not ISO.
    expect(within(form).getByTestId('field-sessionId').querySelectorAll('option')[1].textContent).toBe('JWP-0112 · 1 Des 2026 08.00');
    fireEvent.change(within(form).getByTestId('field-sessionId'), { target: { value: 'ses-1' } });
    fireEvent.click(within(form).getByTestId('record-save'));
    await waitFor(() => expect(screen.getAllByTestId('verification-row')).toHaveLength(1));
    expect(screen.getByTestId('verification-row').textContent).toContain(id.registryScreens.tuks.results.fit);
    // The record names the session it was made for, and leads to it.
    expect(screen.getByTestId('verification-session').textContent).toBe('JWP-0112 · 1 Des 2026');
    expect(within(screen.getByTestId('verification-session')).getByRole('link').getAttribute('href')).toBe('#/sessions/ses-1');
    expect(argsOf(fake.calls, 'sessions/list')).toEqual([{ tukId: 'tuk-1', order: 'desc', limit: LIST_LIMIT_MAX }]);
    expect(argsOf(fake.calls, 'tuks/addVerification')).toEqual([
      { tukId: 'tuk-1', verification: { verifiedOn: '2026-11-28', verifier: 'Hendra', result: 'fit', note: null, sessionId: 'ses-1' } },
    ]);
  });
});

describe('TUK time zone', () => {
  it('the record shows it and an edit sends the one chosen; the list names each TUK\'s', async () => {
    const { fake } = openAt('tuks/tuk-1', {
      'tuks/get': () => ok(tuk([])),
      'sessions/list': () => ok(atThisTuk),
      'tuks/update': () => ok({ ...tuk([]), timeZone: 'WITA' }),
    });
    const form = await screen.findByTestId('tuk-form');
    const zone = within(form).getByTestId('field-timeZone') as HTMLSelectElement;
    expect(zone.value).toBe('WIB');
    expect([...zone.options].map((o) => o.textContent)).toEqual([id.tukZones.WIB, id.tukZones.WITA, id.tukZones.WIT]);
    expect(form.textContent).toContain(id.registryScreens.tuks.timeZoneHint);
    fireEvent.change(zone, { target: { value: 'WITA' } });
    fireEvent.click(within(form).getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'tuks/update')).toHaveLength(1));
    expect(argsOf(fake.calls, 'tuks/update')[0]).toMatchObject({ tukId: 'tuk-1', tuk: { timeZone: 'WITA' } });
  });

  it('the list names each TUK\'s zone', async () => {
    openAt('tuks', { 'tuks/list': () => ok(onePage([{ ...tuk([]), timeZone: 'WIT' }])) });
    expect((await screen.findByTestId('tuk-zone')).textContent).toBe('WIT');
  });
});

describe('TUK list', () => {
  it('when empty, says TUKs are added one by one, not imported (the registry lists that import say so)', async () => {
    openAt('tuks', {
      'tuks/list': () => ok(onePage([])),
    });
    expect((await screen.findByTestId('list-empty')).textContent).toBe(id.registryScreens.tuks.empty);
    expect(id.registryScreens.tuks.empty).not.toContain('Excel');
  });
});
