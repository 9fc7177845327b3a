import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { CandidateDetail } from '../../../../electron/shared/registry';
import { SCHEME, aplSummary, page } from './fixtures';

const CANDIDATE: CandidateDetail = {
  id: 'c-7',
  participantNo: 'P-0007',
  name: 'Peserta 7',
  nik: '3273011708950007',
  institution: null,
  provinceCode: '32',
  active: true,
  birthPlace: null,
  birthDate: null,
  sex: null,
  address: null,
  regencyCode: null,
  phone: null,
  email: null,
  educationCode: null,
  occupationCode: null,
  photoSha256: null,
  revision: 'rev-1',
};

afterEach(() => {
  window.location.hash = '';
});

describe('the FR.APL list', () => {
  it("opens with the state the home's link chose (applications awaiting verification), and a state it does not know is no filter", async () => {
    const { fake } = openAt('apl?state=awaiting_verification', { 'schemes/list': () => ok(page([SCHEME])), 'apl/list': () => ok(page([])) });
    await waitFor(() => expect(argsOf(fake.calls, 'apl/list')).toHaveLength(1));
    expect(argsOf(fake.calls, 'apl/list')[0]).toMatchObject({ schemeId: SCHEME.id, state: 'awaiting_verification' });
    expect((screen.getByTestId('apl-state') as HTMLSelectElement).value).toBe('awaiting_verification');
    window.location.hash = '#/apl?state=nope';
    await waitFor(() => expect((screen.getByTestId('apl-state') as HTMLSelectElement).value).toBe(''));
  });
});

describe('the FR.APL list opened for one scheme', () => {
  it("shows the scheme the home's line named, not the first; a scheme it does not hold is no choice", async () => {
    const other = { ...SCHEME, id: 'scheme-2', code: 'SS.ADS/LSPP/007/2023' };
    const { fake } = openAt('apl?state=awaiting_verification&scheme=scheme-2', { 'schemes/list': () => ok(page([SCHEME, other])), 'apl/list': () => ok(page([])) });
    await waitFor(() => expect(argsOf(fake.calls, 'apl/list')).toHaveLength(1));
    expect(argsOf(fake.calls, 'apl/list')[0]).toMatchObject({ schemeId: 'scheme-2', state: 'awaiting_verification' });
    expect((screen.getByTestId('apl-scheme') as HTMLSelectElement).value).toBe('scheme-2');
    window.location.hash = '#/apl?state=awaiting_verification&scheme=gone';
    await waitFor(() => expect((screen.getByTestId('apl-scheme') as HTMLSelectElement).value).toBe(SCHEME.id));
  });
});

describe('after a scheme is revised', () => {
  // schemes/list holds every version oldest first: the superseded one came first and was the default.
  const v1 = { ...SCHEME, id: 'scheme-v1', version: 1, latest: false, frozen: true };
  const v2 = { ...SCHEME, id: 'scheme-v2', version: 2, latest: true };

  it("the FR.APL list opens on the scheme's newest version", async () => {
    const { fake } = openAt('apl', { 'schemes/list': () => ok(page([v1, v2])), 'apl/list': () => ok(page([])) });
    await waitFor(() => expect(argsOf(fake.calls, 'apl/list')).toHaveLength(1));
    expect(argsOf(fake.calls, 'apl/list')[0]).toMatchObject({ schemeId: 'scheme-v2' });
    expect((screen.getByTestId('apl-scheme') as HTMLSelectElement).value).toBe('scheme-v2');
  });

  it("a candidate's page opens their FR.APL for the newest version", async () => {
    openAt('candidates/c-7', { 'candidates/get': () => ok(CANDIDATE), 'schemes/list': () => ok(page([v1, v2])) });
    expect((await screen.findByTestId('candidate-apl-scheme') as HTMLSelectElement).value).toBe('scheme-v2');
    expect(screen.getByTestId('candidate-apl-open').getAttribute('href')).toContain('scheme-v2');
  });
});

describe('the FR.APL list a year on', () => {
  it('says beside "schedulable" which applicants already hold a certificate of the scheme, and until when (id)', async () => {
    openAt('apl', { 'schemes/list': () => ok(page([SCHEME])), 'apl/list': () => ok(page([{ ...aplSummary(1), certifiedUntil: '2026-12-20' }, aplSummary(2)])) });
    await waitFor(() => expect(screen.getAllByTestId('apl-row')).toHaveLength(2));
    const [certified, fresh] = screen.getAllByTestId('apl-row');
    expect(within(certified).getByTestId('apl-certified').textContent).toBe('Sudah bersertifikat skema ini, berlaku s.d. 20 Des 2026');
    expect(within(fresh).queryByTestId('apl-certified')).toBeNull();
  });

  it('in English', async () => {
    openAt('apl', { 'schemes/list': () => ok(page([SCHEME])), 'apl/list': () => ok(page([{ ...aplSummary(1), certifiedUntil: '2026-12-20' }])) }, 'en');
    expect((await screen.findByTestId('apl-certified')).textContent).toBe('Already certified in this scheme, valid until 20 Dec 2026');
  });

  it.each([
    ['id' as const, 'Pernah bersertifikat skema ini, berlaku s.d. 20 Des 2025 (sudah habis)'],
    ['en' as const, 'Was certified in this scheme, valid until 20 Dec 2025 (lapsed)'],
  ])('says when that certificate has lapsed, rather than "already certified" (%s)', async (language, text) => {
    openAt('apl', { 'schemes/list': () => ok(page([SCHEME])), 'apl/list': () => ok(page([{ ...aplSummary(1), certifiedUntil: '2025-12-20', certifiedExpired: true }])) }, language);
    expect((await screen.findByTestId('apl-certified')).textContent).toBe(text);
  });
});

describe('with no active scheme', () => {
  it('the FR.APL list says so and links to the page that adds one', async () => {
    openAt('apl', { 'schemes/list': () => ok(page([])) });
    const none = await screen.findByTestId('apl-no-schemes');
    expect(none.textContent).toBe(`${id.schedulingScreens.aplList.noSchemes} ${id.schedulingScreens.planner.addScheme}`);
    expect(within(none).getByRole('link').getAttribute('href')).toBe('#/schemes/new');
  });

  it("a candidate's page says so in English, with the same link", async () => {
    openAt('candidates/c-7', { 'candidates/get': () => ok(CANDIDATE), 'schemes/list': () => ok(page([])) }, 'en');
    const none = await screen.findByTestId('apl-no-schemes');
    expect(none.textContent).toBe(`${en.schedulingScreens.aplList.noSchemes} ${en.schedulingScreens.planner.addScheme}`);
    expect(within(none).getByRole('link').getAttribute('href')).toBe('#/schemes/new');
  });
});
