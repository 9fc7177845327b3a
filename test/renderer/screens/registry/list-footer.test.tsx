import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { SCHEME, page, plannedSession } from '../scheduling/fixtures';
import { openAt } from './support';

afterEach(() => {
  window.location.hash = '';
});

const settings = { maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true };

// An empty list that is no registry list says what it will hold and how it fills, not "impor dari Excel".
describe('the empty-list line of lists that are not registry lists', () => {
  it('sessions: planned with "Rencanakan sesi"', async () => {
    openAt('sessions', { 'sessions/list': () => ok(page([])), 'sessions/settings': () => ok(settings) });
    const empty = await screen.findByTestId('list-empty');
    expect(empty.textContent).toBe(id.schedulingScreens.sessions.empty);
    expect(empty.textContent).toContain(id.schedulingScreens.sessions.new);
  });

  it("applications: arrive when a candidate's FR.APL.01 is saved, with a link to the candidates", async () => {
    openAt('apl', { 'schemes/list': () => ok(page([SCHEME])), 'apl/list': () => ok(page([])) }, 'en');
    const empty = await screen.findByTestId('list-empty');
    expect(empty.textContent).toContain(en.schedulingScreens.aplList.empty);
    expect(empty.textContent).not.toContain(en.registryScreens.list.empty);
    expect(screen.getByTestId('apl-empty-candidates').getAttribute('href')).toBe('#/candidates');
  });

  it('certificates: issued from a signed pleno, with a link to the pleno list', async () => {
    openAt('certificates', { 'certificates/list': () => ok(page([])) });
    const empty = await screen.findByTestId('list-empty');
    expect(empty.textContent).toContain(id.certificateScreens.register.empty);
    expect(screen.getByTestId('register-empty-pleno').getAttribute('href')).toBe('#/pleno');
  });

  it('a registry list keeps its own line', async () => {
    openAt('candidates', { 'candidates/list': () => ok(page([])) });
    expect((await screen.findByTestId('list-empty')).textContent).toBe(id.registryScreens.list.empty);
  });
});

describe('the count line under a list', () => {
  const one = (total: number | null) => ok({ rows: [plannedSession(1)], total, totalAtLeast: null, nextCursor: null });

  it.each([
    ['en' as const, null, 'Showing 1 record.'],
    ['en' as const, 1, 'Showing 1 of 1 record.'],
    ['id' as const, null, 'Menampilkan 1 data.'],
  ])('counts one record in the singular (%s, total %s)', async (language, total, text) => {
    openAt('sessions', { 'sessions/list': () => one(total), 'sessions/settings': () => ok(settings) }, language);
    await waitFor(() => expect(screen.getByTestId('list-count').textContent).toBe(text));
  });

  it('and more than one in the plural', async () => {
    openAt('sessions', { 'sessions/list': () => ok({ rows: [plannedSession(1), plannedSession(2)], total: null, totalAtLeast: null, nextCursor: null }), 'sessions/settings': () => ok(settings) }, 'en');
    await waitFor(() => expect(screen.getByTestId('list-count').textContent).toBe('Showing 2 records.'));
  });
});
