import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import type { PlannedSessionDetail, WrittenTestPreview } from '../../../../electron/shared/scheduling';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { SCHEME, SEATED_ASSESSOR, SEATED_CANDIDATE, TUK, assessor, page, plannedSessionDetail } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

const dialog = () => screen.queryByTestId('unsaved-dialog');
const stay = () => fireEvent.click(within(dialog()!).getByTestId('action-cancel'));
const startTime = () => (screen.getByTestId('field-startTime') as HTMLInputElement).value;

const detail: PlannedSessionDetail = plannedSessionDetail({
  candidateCount: 1,
  assessors: [SEATED_ASSESSOR],
  candidates: [SEATED_CANDIDATE],
  changedAt: '2027-03-01T02:00:00.000Z',
});

const handlers = (current: () => PlannedSessionDetail, update: (startTime: string) => void) => ({
  'sessions/get': () => ok(current()),
  'schemes/list': () => ok(page([SCHEME])),
  'tuks/list': () => ok(page([TUK])),
  'assessors/list': () => ok(page([assessor(1)])),
  'apl/list': () => ok(page([])),
  'sessions/check': () => ok({ conflicts: [], refused: 0, pending: 0 }),
  'sessions/update': (args: unknown) => {
    update((args as { session: { startTime: string } }).session.startTime);
    return ok(current());
  },
  'sessions/settings': () =>
    ok({ maxCandidatesPerAssessorPerDay: 10, assessorOverlap: true, assessorCredentials: true, assessorScheme: true, loanLetter: true, tukVerification: true, tukCapacity: true, candidateOverlap: true, candidateSameScheme: true, aplGate: true }),
  'sessions/writtenTest': () => ok({ spec: { mode: 'all' }, assembledAt: null, units: [], candidates: [], warnings: [], dropped: [] } satisfies WrittenTestPreview),
});

describe('leaving an edited session plan', () => {
  it('asks before a nav link or the way back to the list drops a changed plan; "stay" keeps it, and once saved the link goes at once', async () => {
    let current = detail;
    const { fake } = openAt(
      'sessions/ses-1',
      handlers(
        () => current,
        (time) => {
          current = { ...detail, startTime: time, changedAt: '2027-03-02T02:00:00.000Z' };
        },
      ),
    );
    await screen.findByTestId('planner-ok');
    fireEvent.change(screen.getByTestId('field-startTime'), { target: { value: '23:00' } });

    fireEvent.click(screen.getByTestId('scheduling-nav-apl'));
    expect(within(dialog()!).getByRole('heading').textContent).toBe(id.common.unsaved.title);
    stay();
    expect(dialog()).toBeNull();
    expect(window.location.hash).toBe('#/sessions/ses-1');
    expect(startTime()).toBe('23:00');
    fireEvent.click(screen.getByTestId('back-to-list'));
    expect(dialog()).toBeTruthy();
    stay();
    expect(startTime()).toBe('23:00');

    fireEvent.click(screen.getByTestId('planner-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'sessions/update')).toHaveLength(1));
    await screen.findByTestId('planner-saved');
    fireEvent.click(screen.getByTestId('scheduling-nav-apl'));
    expect(dialog()).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/apl'));
  });

  it('asks nothing of a plan changed and changed back', async () => {
    openAt(
      'sessions/ses-1',
      handlers(
        () => detail,
        () => undefined,
      ),
    );
    await screen.findByTestId('planner-ok');
    fireEvent.change(screen.getByTestId('field-code'), { target: { value: 'JDW-LAIN' } });
    fireEvent.change(screen.getByTestId('field-code'), { target: { value: 'JDW-20270310-001' } });
    fireEvent.click(screen.getByTestId('back-to-list'));
    expect(dialog()).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/sessions'));
  });

  it('asks about a new session typed in', async () => {
    openAt(
      'sessions/new',
      handlers(
        () => detail,
        () => undefined,
      ),
    );
    fireEvent.change(await screen.findByTestId('field-titleId'), { target: { value: 'Uji kompetensi gelombang 2' } });
    fireEvent.click(screen.getByTestId('scheduling-nav-apl'));
    expect(dialog()).toBeTruthy();
    stay();
    expect(window.location.hash).toBe('#/sessions/new');
    expect((screen.getByTestId('field-titleId') as HTMLInputElement).value).toBe('Uji kompetensi gelombang 2');
  });
});
