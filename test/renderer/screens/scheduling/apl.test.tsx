import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { AplDetail } from '../../../../electron/shared/scheduling';
import { TOKEN, principal } from '../../fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';
import { argsOf, invalid, openAt } from '../registry/support';
import { aplDetail, aplWithApl01 } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

const ROUTE = 'apl/c-1~s-1';

describe('FR.APL.01', () => {
  it('says what is missing in words, saves purpose and evidence rows, and then offers a scan per saved row', async () => {
    let saved: AplDetail = aplDetail();
    const { fake } = openAt(ROUTE, {
      'apl/get': () => ok(saved),
      'apl/saveApplication': () => {
        saved = aplWithApl01;
        return ok(saved);
      },
    });
    const gate = await screen.findByTestId('gate-missing');
    expect(within(gate).getByTestId('gate-apl01_missing').textContent).toBe(id.schedulingScreens.gate.apl01_missing);
    expect(within(gate).getByTestId('gate-apl02_missing').textContent).toBe(id.schedulingScreens.gate.apl02_missing);
    // FR.APL.02 waits for FR.APL.01; a new row has no scan until it is saved.
    expect(screen.getByTestId('apl02-needs-apl01')).toBeTruthy();
    expect(screen.queryByTestId('evidence-file')).toBeNull();

    fireEvent.change(screen.getByTestId('field-purpose'), { target: { value: 'lainnya' } });
    fireEvent.change(screen.getByTestId('field-purposeNote'), { target: { value: 'Magang' } });
    fireEvent.change(screen.getByTestId('evidence-0-description'), { target: { value: 'Ijazah SMK' } });
    fireEvent.click(screen.getByTestId('evidence-add-administrative'));
    fireEvent.change(screen.getByTestId('evidence-1-description'), { target: { value: 'KTP' } });
    fireEvent.change(screen.getByTestId('evidence-1-status'), { target: { value: 'tidak_ada' } });
    fireEvent.click(within(screen.getByTestId('apl01-form')).getByTestId('record-save'));

    await waitFor(() => expect(argsOf(fake.calls, 'apl/saveApplication')).toHaveLength(1));
    expect(argsOf(fake.calls, 'apl/saveApplication')[0]).toEqual({
      candidateId: 'c-1',
      schemeId: 's-1',
      purpose: 'lainnya',
      purposeNote: 'Magang',
      evidence: [
        { kind: 'basic', description: 'Ijazah SMK', status: 'memenuhi' },
        { kind: 'administrative', description: 'KTP', status: 'tidak_ada' },
      ],
    });
    // The saved row now has its id: a scan may be attached, and the verification appears.
    expect(await screen.findByTestId('evidence-file')).toBeTruthy();
    expect(await screen.findByTestId('apl01-verify')).toBeTruthy();
    expect(screen.getByTestId('gate-apl01_unverified').textContent).toBe(id.schedulingScreens.gate.apl01_unverified);
  });

  it("marks a refused evidence row beside itself with the core's reason", async () => {
    openAt(ROUTE, { 'apl/get': () => ok(aplDetail()), 'apl/saveApplication': () => invalid([{ field: 'evidence.0.description', reason: 'required' }]) });
    fireEvent.click(within(await screen.findByTestId('apl01-form')).getByTestId('record-save'));
    expect((await screen.findByTestId('problem-evidence.0.description')).textContent).toBe(id.registry.reasons.required);
    expect(screen.getByTestId('evidence-0-description').getAttribute('aria-invalid')).toBe('true');
  });

  it('verifies: accepted or rejected with a note', async () => {
    const { fake } = openAt(ROUTE, { 'apl/get': () => ok(aplWithApl01), 'apl/verifyApplication': () => ok(aplWithApl01) });
    const form = await screen.findByTestId('apl01-verify');
    fireEvent.change(within(form).getByTestId('field-result'), { target: { value: 'rejected' } });
    fireEvent.change(within(form).getByTestId('field-note'), { target: { value: 'Ijazah tidak terbaca' } });
    fireEvent.click(within(form).getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'apl/verifyApplication')).toEqual([{ candidateId: 'c-1', schemeId: 's-1', round: 1, result: 'rejected', note: 'Ijazah tidak terbaca' }]));
  });
});

describe('FR.APL.02', () => {
  it('staff enter K/BK and evidence per element, grouped by unit with the KUK listed', async () => {
    const { fake } = openAt(ROUTE, { 'apl/get': () => ok(aplWithApl01), 'apl/saveSelfAssessment': () => ok(aplWithApl01) }, 'en');
    await screen.findByTestId('apl02-form');
    expect(screen.getAllByTestId('apl02-unit')).toHaveLength(2);
    expect(screen.getAllByTestId('apl02-element')[0].textContent).toContain('KUK 1.1.1');
    fireEvent.click(screen.getByTestId('apl02-all-k'));
    fireEvent.click(screen.getByTestId('apl02-1-BK'));
    fireEvent.change(screen.getByTestId('apl02-0-evidence'), { target: { value: 'Portofolio situs' } });
    expect(screen.getByTestId('apl02-count').textContent).toBe(en.schedulingScreens.apl02.answered.replace('{{answered}}', '3').replace('{{total}}', '3'));
    fireEvent.click(within(screen.getByTestId('apl02-form')).getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'apl/saveSelfAssessment')).toHaveLength(1));
    expect(argsOf(fake.calls, 'apl/saveSelfAssessment')[0]).toEqual({
      candidateId: 'c-1',
      schemeId: 's-1',
      round: 1,
      answers: [
        { elementId: 'e-1-1', answer: 'K', evidence: 'Portofolio situs' },
        { elementId: 'e-1-2', answer: 'BK', evidence: null },
        { elementId: 'e-2-1', answer: 'K', evidence: null },
      ],
    });
    // Staff never review: that is the assessor's.
    expect(screen.queryByTestId('apl02-review-form')).toBeNull();
  });

  it("the assessor reads the forms and reviews APL.02: proceed or not, with a note", async () => {
    const complete: AplDetail = {
      ...aplWithApl01,
      apl02: { ...aplWithApl01.apl02, rows: aplWithApl01.apl02.rows.map((r) => ({ ...r, answer: 'K' })), complete: true, savedAt: '2027-03-02T02:00:00.000Z', enteredBy: 'staff' },
    };
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    localStorage.setItem('ruang-uji.language', 'id');
    window.location.hash = `#/${ROUTE}`;
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('assessor', 'Budi Santoso')),
      'apl/get': () => ok(complete),
      'apl/reviewSelfAssessment': () => ok(complete),
    });
    renderApp(fake.transport);
    const form = await screen.findByTestId('apl02-review-form');
    // Read only for the assessor: no APL.01 form, no APL.02 save.
    expect(screen.queryByTestId('apl01-form')).toBeNull();
    expect(screen.queryByTestId('apl02-form')).toBeNull();
    expect((screen.getByTestId('apl02-0-K') as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(within(form).getByTestId('field-recommendation'), { target: { value: 'not_proceed' } });
    fireEvent.change(within(form).getByTestId('field-note'), { target: { value: 'Unit 2 belum berpengalaman' } });
    fireEvent.click(within(form).getByTestId('record-save'));
    await waitFor(() =>
      expect(argsOf(fake.calls, 'apl/reviewSelfAssessment')).toEqual([{ candidateId: 'c-1', schemeId: 's-1', round: 1, recommendation: 'not_proceed', note: 'Unit 2 belum berpengalaman' }]),
    );
  });
});

describe("the assessor's review queue", () => {
  it('lists, per scheme version they may assess, the candidates whose FR.APL.02 waits, each a link to their forms', async () => {
    sessionStorage.setItem('ruang-uji.token', TOKEN);
    localStorage.setItem('ruang-uji.language', 'id');
    window.location.hash = '';
    const fake = fakeTransport({
      'auth/whoami': () => ok(principal('assessor', 'Budi Santoso')),
      'assessor/assigned': () => ok({ assessor: { id: 'as-1', name: 'Budi Santoso', metNumber: 'MET.000.001', metExpiresOn: '2030-01-01', metState: 'valid', techCertExpiresOn: null, techCertState: 'none' }, sessions: [] }),
      'apl/reviewSchemes': () => ok([{ id: 's-1', code: 'SKM-JWP', version: 2, titleId: 'Junior Web Programmer', titleEn: null, awaiting: 1 }]),
      'apl/list': () => ok({ rows: [{ ...aplSummaryWaiting }], total: 1, totalAtLeast: null, nextCursor: null }),
    });
    renderApp(fake.transport);
    const row = await screen.findByTestId('apl-review-row');
    expect(within(row).getByRole('link', { name: 'Peserta 1' }).getAttribute('href')).toBe('#/apl/c-1~s-1');
    expect(screen.getByTestId('apl-review-scheme').textContent).toContain('1 menunggu');
    expect(argsOf(fake.calls, 'apl/list')).toEqual([{ schemeId: 's-1', state: 'awaiting_review', cursor: null, limit: 20 }]);
  });
});

const aplSummaryWaiting = {
  candidateId: 'c-1',
  name: 'Peserta 1',
  nik: '3273011708950001',
  participantNo: 'P-0001',
  purpose: 'sertifikasi',
  apl01Result: 'accepted',
  apl02Recommendation: null,
  certifiedUntil: null,
  certifiedExpired: false,
  bookedIn: null,
  gate: { schedulable: false, missing: ['apl02_unreviewed'] },
};
