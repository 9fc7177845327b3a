import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { apiError } from '../../../../electron/shared/errors';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { CandidateDetail, CandidateSession } from '../../../../electron/shared/registry';
import { ok } from '../../fake-transport';
import { openAt } from './support';

const detail: CandidateDetail = {
  id: 'c-7',
  participantNo: '2025-0000007',
  name: 'Siti Aminah',
  nik: '3273015708950007',
  institution: 'SMK Negeri 1 Bandung',
  provinceCode: '32',
  active: true,
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

const scheme = { code: 'SKM-JWP', version: 2, titleId: 'Junior Web Programmer', titleEn: 'Junior Web Programmer' };
const tuk = { code: 'TUK-01', name: 'TUK SMK 1 Bandung' };
const none = { attendance: null, recommendation: null, pleno: null, certificate: null } as const;

/** Newest first, as the core sends them: planned again, certified a year before, absent the year before that. */
const sessions: CandidateSession[] = [
  { sessionId: 's-3', code: 'JDW-20261201-001', date: '2026-12-01', startTime: '08:00', status: 'upcoming', scheme, tuk, ...none },
  {
    sessionId: 's-2',
    code: 'JDW-20251110-001',
    date: '2025-11-10',
    startTime: '13:30',
    status: 'certified',
    scheme: { ...scheme, version: 1 },
    tuk,
    attendance: 'present',
    recommendation: 'K',
    pleno: { plenoId: 'p-1', decision: 'K', signed: true, skNumber: 'SK/012/2025' },
    certificate: { certificateId: 'cert-1', number: '62019 0000012 2025', validUntil: '2028-11-12', revoked: false },
  },
  { sessionId: 's-1', code: 'JDW-20240502-002', date: '2024-05-02', startTime: '08:00', status: 'decided', scheme: { ...scheme, version: 1 }, tuk, ...none, attendance: 'absent' },
];

afterEach(() => {
  window.location.hash = '';
});

describe("a candidate's sessions on their page", () => {
  it('lists each session newest first with its scheme, TUK, status and what came of it, linking the session and the certificate', async () => {
    const { fake } = openAt('candidates/c-7', { 'candidates/get': () => ok(detail), 'candidates/sessions': () => ok({ sessions }) });
    const rows = await screen.findAllByTestId('candidate-session-row');
    expect(fake.calls.filter((c) => c.method === 'candidates/sessions').map((c) => c.args)).toEqual([{ candidateId: 'c-7' }]);
    expect(rows.map((r) => within(r).getAllByRole('link')[0].textContent)).toEqual(['JDW-20261201-001', 'JDW-20251110-001', 'JDW-20240502-002']);
    expect(within(rows[0]).getByRole('link', { name: 'JDW-20261201-001' }).getAttribute('href')).toBe('#/sessions/s-3');
    expect(rows[0].textContent).toContain('1 Des 2026 08.00');
    expect(rows[0].textContent).toContain('SKM-JWP v2 · Junior Web Programmer');
    expect(rows[0].textContent).toContain('TUK SMK 1 Bandung');
    expect(rows[0].textContent).toContain(id.schedulingScreens.status.upcoming);
    expect(within(rows[0]).getByTestId('candidate-session-outcome').textContent).toBe('—');

    const outcome = within(rows[1]).getByTestId('candidate-session-outcome');
    const s = id.registryScreens.candidates.sessions;
    expect(within(outcome).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      s.present,
      s.recommendation.replace('{{decision}}', s.competent),
      s.plenoSigned.replace('{{decision}}', s.competent).replace('{{sk}}', 'SK/012/2025'),
      `${s.certificate.replace('{{number}}', '62019 0000012 2025')} ${s.validUntil.replace('{{date}}', '12 Nov 2028')}`,
    ]);
    expect(within(outcome).getByTestId('candidate-session-certificate').getAttribute('href')).toBe('#/certificates/cert-1');
    expect(rows[1].textContent).toContain(id.schedulingScreens.status.certified);
    expect(within(rows[2]).getByTestId('candidate-session-outcome').textContent).toBe(s.absent);
  });

  it('says so when the candidate was never planned, and speaks English', async () => {
    openAt('candidates/c-7', { 'candidates/get': () => ok(detail), 'candidates/sessions': () => ok({ sessions: [] }) }, 'en');
    expect((await screen.findByTestId('candidate-sessions-none')).textContent).toBe(en.registryScreens.candidates.sessions.none);
  });

  it('in English, a revoked certificate and a pleno not yet signed', async () => {
    const held = { ...sessions[1], status: 'pleno_decided' as const, pleno: { plenoId: 'p-2', decision: 'BK' as const, signed: false, skNumber: null } };
    openAt('candidates/c-7', {
      'candidates/get': () => ok(detail),
      'candidates/sessions': () => ok({ sessions: [{ ...held, certificate: { ...sessions[1].certificate!, revoked: true } }] }),
    }, 'en');
    const outcome = await screen.findByTestId('candidate-session-outcome');
    const s = en.registryScreens.candidates.sessions;
    expect(outcome.textContent).toContain(s.plenoDecided.replace('{{decision}}', s.notYetCompetent));
    expect(outcome.textContent).toContain(s.revoked);
    expect(outcome.textContent).not.toContain('valid until');
  });

  it('names the unfinished sessions when the core refuses to deactivate the candidate, each a link to its page', async () => {
    const params = { candidate: 'Siti Aminah', session: 'JDW-20261201-001', date: '2026-12-01', startTime: '08:00', sessionId: 's-3', sessionCount: 2 };
    const reasons = [
      { code: 'CANDIDATE_SEATED_IN' as const, params: { session: 'JDW-20261201-001', date: '2026-12-01', startTime: '08:00', sessionId: 's-3' } },
      { code: 'CANDIDATE_SEATED_IN' as const, params: { session: 'JDW-20261208-003', date: '2026-12-08', startTime: '13:00', sessionId: 's 4' } },
    ];
    openAt('candidates/c-7', {
      'candidates/get': () => ok(detail),
      'candidates/sessions': () => ok({ sessions }),
      'candidates/setActive': () => ({ ok: false, error: { ...apiError('CANDIDATE_IN_UNFINISHED_SESSION', params), reasons } }),
    });
    fireEvent.click(await screen.findByTestId('record-toggle'));
    fireEvent.click(screen.getByTestId('record-toggle-confirm'));
    const alert = await within(screen.getByTestId('record-active')).findByTestId('error-message');
    expect(alert.querySelector('.notice__text')?.textContent).toBe(
      'Asesi Siti Aminah tidak dapat dinonaktifkan: masih terjadwal di sesi JDW-20261201-001 (1 Des 2026, 08.00) yang belum selesai. Keluarkan asesi dari sesi itu, atau batalkan sesinya, lalu nonaktifkan datanya.',
    );
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Sesi JDW-20261201-001, 1 Des 2026 pukul 08.00', 'Sesi JDW-20261208-003, 8 Des 2026 pukul 13.00']);
    // Each opens its session's page, as the history table's session column does.
    expect(within(alert).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Sesi JDW-20261201-001, 1 Des 2026 pukul 08.00', '#/sessions/s-3'],
      ['Sesi JDW-20261208-003, 8 Des 2026 pukul 13.00', '#/sessions/s%204'],
    ]);
    await waitFor(() => expect(screen.getByTestId('record-status').textContent).toBe(id.registryScreens.status.active));
  });

  it('links the one unfinished session the refusal names in its sentence alone, in English too', async () => {
    const params = { candidate: 'Siti Aminah', session: 'JDW-20261201-001', date: '2026-12-01', startTime: '08:00', sessionId: 's-3', sessionCount: 1 };
    openAt(
      'candidates/c-7',
      {
        'candidates/get': () => ok(detail),
        'candidates/sessions': () => ok({ sessions }),
        'candidates/setActive': () => ({ ok: false, error: apiError('CANDIDATE_IN_UNFINISHED_SESSION', params) }),
      },
      'en',
    );
    fireEvent.click(await screen.findByTestId('record-toggle'));
    fireEvent.click(screen.getByTestId('record-toggle-confirm'));
    const alert = await within(screen.getByTestId('record-active')).findByTestId('error-message');
    expect(alert.querySelector('.notice__text')?.textContent).toContain('still planned in session JDW-20261201-001');
    expect(within(alert).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['Session JDW-20261201-001, 1 Dec 2026 at 08:00', '#/sessions/s-3']]);
  });
});
