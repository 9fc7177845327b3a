import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionCheck, SessionPlanInput } from '../../../../electron/shared/scheduling';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { SCHEME, TUK, aplSummary, assessor, page } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

const RULES = { maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true };
const NONE: SessionCheck = { conflicts: [], refused: 0, pending: 0 };

function openPlanner(language: 'id' | 'en') {
  return openAt(
    'sessions/new',
    {
      'schemes/list': () => ok(page([SCHEME])),
      'tuks/list': () => ok(page([TUK])),
      'assessors/list': () => ok(page([assessor(1), assessor(2)])),
      'apl/list': () => ok(page([1, 2, 3, 4, 5].map(aplSummary))),
      'sessions/check': () => ok(NONE),
      'sessions/settings': () => ok(RULES),
      'sessions/assessorFit': (args) => ok((args as { assessorIds: string[] }).assessorIds.map((assessorId) => ({ assessorId, conflicts: [] }))),
    },
    language,
  );
}

/** Five candidates added while the plan had one assessor (all on them), then a second assessor. */
async function fiveOnOne() {
  fireEvent.change(await screen.findByTestId('field-schemeId'), { target: { value: 's-1' } });
  fireEvent.change(screen.getByTestId('field-tukId'), { target: { value: 't-1' } });
  fireEvent.change(screen.getByTestId('field-date'), { target: { value: '2027-03-10' } });
  fireEvent.click((await screen.findAllByTestId('assessor-add'))[0]);
  fireEvent.click(await screen.findByTestId('candidate-add-all'));
  await waitFor(() => expect(screen.getAllByTestId('planner-candidate')).toHaveLength(5));
  fireEvent.click((await screen.findAllByTestId('assessor-add'))[0]);
  await waitFor(() => expect(screen.getAllByTestId('planner-assessor')).toHaveLength(2));
}

const lastChecked = (calls: Parameters<typeof argsOf>[0]) => (argsOf(calls, 'sessions/check').at(-1) as { session: SessionPlanInput } | undefined)?.session.candidates.map((c) => c.assessorId);

describe("the planner's candidates, several at once", () => {
  it('gives the ticked candidates one assessor, and the plan is checked with them (Indonesian)', async () => {
    const { fake } = openPlanner('id');
    await fiveOnOne();
    await waitFor(() => expect(lastChecked(fake.calls)).toEqual(['as-1', 'as-1', 'as-1', 'as-1', 'as-1']));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pilih Peserta 2' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pilih Peserta 4' }));
    expect(screen.getByTestId('planner-selected').textContent).toBe('2 asesi dipilih');
    fireEvent.change(screen.getByLabelText('Asesor untuk yang dipilih'), { target: { value: 'as-2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tetapkan ke 2 asesi terpilih' }));
    await waitFor(() => expect(lastChecked(fake.calls)).toEqual(['as-1', 'as-2', 'as-1', 'as-2', 'as-1']));
    // Done: the ticks are cleared, so the next selection starts afresh.
    expect(screen.getByTestId('planner-selected').textContent).toBe('0 asesi dipilih');
    expect(screen.getByTestId('planner-shares').textContent).toBe('Asesor 1: 3 asesi · Asesor 2: 2 asesi');
  });

  it('ticks every candidate in the table from the header, half-ticked while only some are', async () => {
    const { fake } = openPlanner('id');
    await fiveOnOne();
    const all = screen.getByRole('checkbox', { name: 'Pilih semua asesi di tabel' }) as HTMLInputElement;
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pilih Peserta 1' }));
    expect(all.indeterminate).toBe(true);
    fireEvent.click(all);
    expect(all.checked).toBe(true);
    expect(screen.getByTestId('planner-selected').textContent).toBe('5 asesi dipilih');
    fireEvent.change(screen.getByTestId('planner-bulk-assessor'), { target: { value: 'as-2' } });
    fireEvent.click(screen.getByTestId('planner-bulk-assign'));
    await waitFor(() => expect(lastChecked(fake.calls)).toEqual(['as-2', 'as-2', 'as-2', 'as-2', 'as-2']));
    expect((screen.getByTestId('planner-bulk-assign') as HTMLButtonElement).disabled).toBe(true);
  });

  it('spreads every candidate evenly across the assessors, moving as few as it can (English)', async () => {
    const { fake } = openPlanner('en');
    await fiveOnOne();
    fireEvent.click(screen.getByRole('button', { name: 'Spread evenly across the assessors' }));
    await waitFor(() => expect(lastChecked(fake.calls)).toEqual(['as-1', 'as-1', 'as-1', 'as-2', 'as-2']));
    expect(screen.getByTestId('planner-shares').textContent).toBe('Asesor 1: 3 candidates · Asesor 2: 2 candidates');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Peserta 5' }));
    expect(screen.getByTestId('planner-selected').textContent).toBe('1 candidate selected');
    expect(screen.getByRole('button', { name: 'Assign to the 1 selected' })).toBeTruthy();
    expect(screen.getByLabelText('Assessor for the selected')).toBeTruthy();
  });
});
