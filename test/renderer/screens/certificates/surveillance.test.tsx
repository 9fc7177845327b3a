import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CertificateDetail } from '../../../../electron/shared/certificates';
import type { Surveillance } from '../../../../electron/shared/surveillance';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { fail, ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { detail } from './support';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.location.hash = '';
});

const record = (over: Partial<Surveillance>): Surveillance => ({
  id: 'sv-1',
  heldOn: '2027-02-10',
  method: 'interview',
  result: 'competent',
  note: 'Masih bekerja sebagai operator',
  recordedAt: '2027-02-10T03:00:00.000Z',
  recordedBy: 'Rina Kartikasari',
  ...over,
});

const s = id.certificateScreens.surveillance;

describe("a certificate holder's surveillance", () => {
  it('says when the next is due, records one from the page and lists the records newest first with who recorded them', async () => {
    let current: CertificateDetail = detail({ surveillance: { records: [], dueOn: '2027-03-02', due: true, needsDecision: false } });
    const { fake } = openAt('certificates/cert-1', {
      'certificates/get': () => ok(current),
      'certificates/recordSurveillance': (args) => {
        const a = args as { heldOn: string };
        if (a.heldOn === '2027-05-01') return fail('CERTIFICATE_SURVEILLANCE_IN_FUTURE', { date: '2027-03-05' });
        current = detail({
          surveillance: {
            records: [record({ id: 'sv-2', heldOn: '2027-03-04', method: 'workplace_visit', note: 'Dikunjungi di kantor' }), record({})],
            dueOn: '2028-03-04',
            due: false,
            needsDecision: false,
          },
        });
        return ok(current);
      },
    });
    const panel = await screen.findByTestId('certificate-surveillance');
    expect(within(panel).getByTestId('surveillance-due-on').textContent).toBe(`${s.dueOn.replace('{{date}}', '2 Mar 2027')} ${s.dueBadge}`);
    expect(screen.getByTestId('certificate-facts').textContent).toContain(`${s.nextDue}2 Mar 2027`);
    expect(within(panel).getByTestId('surveillance-none').textContent).toBe(s.none);

    const save = within(panel).getByTestId('surveillance-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(within(panel).getByTestId('surveillance-date'), { target: { value: '01/05/2027' } });
    fireEvent.click(save);
    expect((await within(panel).findByTestId('surveillance-date-problem')).textContent).toBe(id.errors.CERTIFICATE_SURVEILLANCE_IN_FUTURE.replace('{{date}}', '5 Mar 2027'));

    fireEvent.change(within(panel).getByTestId('surveillance-date'), { target: { value: '04/03/2027' } });
    fireEvent.change(within(panel).getByTestId('surveillance-method'), { target: { value: 'workplace_visit' } });
    fireEvent.change(within(panel).getByTestId('surveillance-note'), { target: { value: 'Dikunjungi di kantor' } });
    fireEvent.click(save);
    await waitFor(() => expect(screen.getAllByTestId('surveillance-row')).toHaveLength(2));
    expect(argsOf(fake.calls, 'certificates/recordSurveillance').at(-1)).toEqual({ certificateId: 'cert-1', heldOn: '2027-03-04', method: 'workplace_visit', result: 'competent', note: 'Dikunjungi di kantor' });
    const [newest, older] = screen.getAllByTestId('surveillance-row');
    expect(newest.textContent).toContain('4 Mar 2027');
    expect(newest.textContent).toContain(s.methods.workplace_visit);
    expect(newest.textContent).toContain(s.results.competent);
    expect(newest.textContent).toContain('Rina Kartikasari');
    expect(older.textContent).toContain('10 Feb 2027');
    expect(screen.getByTestId('surveillance-due-on').textContent).toBe(s.dueOn.replace('{{date}}', '4 Mar 2028'));
  });

  it('says a holder last found not competent waits for the LSP’s decision, the certificate not revoked, in English too', async () => {
    const state = { records: [record({ result: 'not_competent', note: 'Tidak lagi bekerja di bidangnya' })], dueOn: '2028-02-10', due: false, needsDecision: true };
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail({ surveillance: state })) });
    expect((await screen.findByTestId('surveillance-needs-decision')).textContent).toBe(s.needsDecision);
    expect(screen.getByTestId('surveillance-row').textContent).toContain(s.results.not_competent);
    expect(screen.getByTestId('certificate-revoke')).toBeTruthy();
    cleanup();
    openAt('certificates/cert-1', { 'certificates/get': () => ok(detail({ surveillance: state })) }, 'en');
    expect((await screen.findByTestId('surveillance-needs-decision')).textContent).toBe(en.certificateScreens.surveillance.needsDecision);
    // Chosen in the form, the result says beforehand that it does not revoke.
    fireEvent.change(screen.getByTestId('surveillance-result'), { target: { value: 'not_competent' } });
    expect(screen.getByTestId('surveillance-not-competent-hint').textContent).toBe(en.certificateScreens.surveillance.notCompetentHint);
  });

  it('offers no form on a certificate no longer in force', async () => {
    openAt('certificates/cert-1', {
      'certificates/get': () => ok(detail({ revoked: true, revokedAt: '2026-04-01T02:00:00.000Z', revokeReason: 'Dokumen palsu', surveillance: { records: [], dueOn: null, due: false, needsDecision: false } })),
    });
    expect((await screen.findByTestId('surveillance-not-in-force')).textContent).toBe(s.notInForce);
    expect(screen.queryByTestId('surveillance-form')).toBeNull();
  });
});

describe("the register's surveillance filter", () => {
  const schemesPage = () => ok({ rows: [], nextCursor: null, total: 0, totalAtLeast: null });
  const empty = () => ok({ rows: [], nextCursor: null, total: 0, totalAtLeast: null });
  it('asks for those due or awaiting a decision, which the address keeps (the LSP home opens it)', async () => {
    const { fake } = openAt('certificates', { 'schemes/list': schemesPage, 'certificates/list': empty });
    fireEvent.change(await screen.findByTestId('filter-surveillance'), { target: { value: 'due' } });
    expect(window.location.hash).toBe('#/certificates?surveillance=due');
    await waitFor(() => expect(argsOf(fake.calls, 'certificates/list').at(-1)).toEqual({ surveillance: 'due', cursor: null }));
    cleanup();
    const reloaded = openAt('certificates?surveillance=decision', { 'schemes/list': schemesPage, 'certificates/list': empty });
    await waitFor(() => expect(argsOf(reloaded.fake.calls, 'certificates/list')).toEqual([{ surveillance: 'decision', cursor: null }]));
    expect((screen.getByTestId('filter-surveillance') as HTMLSelectElement).value).toBe('decision');
  });
});
