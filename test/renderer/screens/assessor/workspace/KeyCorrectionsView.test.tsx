import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssessmentOverview } from '../../../../../electron/shared/assessment';
import { id } from '../../../../../electron/shared/i18n/id';
import type { KeyCorrection, KeyCorrectionView } from '../../../../../electron/shared/key-corrections';
import { TOKEN, principal } from '../../../fixtures';
import { fail, fakeTransport, ok } from '../../../fake-transport';
import { renderApp } from '../../../render-app';
import { inTimeZone } from '../../../../support/time-zone';
import { assignedTo, HEADER, sessionOf } from './fixtures';

const SESSION = sessionOf(2);
const OVERVIEW: AssessmentOverview = { header: HEADER, rows: [], essays: [], reportSigned: false };
const question = (n: number, more: Partial<KeyCorrectionView['questions'][number]> = {}): KeyCorrectionView['questions'][number] => ({
  itemId: `pg-${n}`,
  ref: `PG-0${n}`,
  ordinal: n,
  prompt: { id: `Soal nomor ${n}`, en: null },
  options: [0, 1, 2, 3].map((o) => ({ id: `Opsi ${o}`, en: null })),
  correct: 1,
  annulled: false,
  accepted: [],
  signedBy: [],
  ...more,
});
const VIEW: KeyCorrectionView = { sessionId: HEADER.sessionId, tukZone: null, blocked: null, questions: [question(1), question(2, { signedBy: ['Siti Aminah'] })], corrections: [] };

const ANNULLED: KeyCorrection = { itemId: 'pg-1', ref: 'PG-01', action: 'annul', acceptedOption: null, reason: 'Salah soal', by: HEADER.assessorName, at: '2026-11-21T03:00:00Z', withdrawal: null };

async function openKeys(handlers: Parameters<typeof fakeTransport>[0]) {
  // The workspace keeps its address in the hash, which outlives a test: each starts at the home.
  window.location.hash = '#/';
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('assessor', HEADER.assessorName)),
    'assessor/assigned': () => ok(assignedTo(SESSION)),
    'assessment/overview': () => ok(OVERVIEW),
    ...handlers,
  });
  renderApp(fake.transport);
  fireEvent.click(await screen.findByTestId('open-workspace'));
  fireEvent.click(await screen.findByTestId('open-key-corrections'));
  await screen.findByTestId('key-corrections');
  return fake;
}

describe("the assessor's key corrections", () => {
  it('annuls a question with its reason, lists it and says who did it and why; its address is workspace/<session>/keys', async () => {
    let view = VIEW;
    const fake = await openKeys({
      'assessment/keyCorrections': () => ok(view),
      'assessment/correctKey': (args) => {
        const a = args as { itemId: string; action: 'annul'; reason: string };
        view = {
          ...view,
          questions: view.questions.map((q) => (q.itemId === a.itemId ? { ...q, annulled: true } : q)),
          corrections: [{ itemId: a.itemId, ref: 'PG-01', action: a.action, acceptedOption: null, reason: a.reason, by: HEADER.assessorName, at: '2026-11-21T03:00:00Z', withdrawal: null }],
        };
        return ok(view);
      },
    });
    expect(window.location.hash).toBe(`#/workspace/${encodeURIComponent(HEADER.sessionId)}/keys`);
    const [first, second] = screen.getAllByTestId('key-correction-row');
    expect(second.textContent).toContain('Siti Aminah');
    fireEvent.click(within(first).getByTestId('key-correction-open'));
    const dialog = await screen.findByTestId('key-correction-dialog');
    fireEvent.click(within(dialog).getByTestId('key-correction-annul'));
    expect(within(dialog).queryByTestId('key-correction-option')).toBeNull();
    fireEvent.change(within(dialog).getByTestId('key-correction-reason'), { target: { value: '  Soal tidak sesuai SKKNI  ' } });
    fireEvent.submit(dialog.querySelector('form')!);
    expect(await screen.findByTestId('key-correction-saved')).toHaveProperty('textContent', id.keyCorrection.saved.replace('{{question}}', 'PG-01'));
    expect(fake.calls.find((c) => c.method === 'assessment/correctKey')?.args).toEqual({ sessionId: HEADER.sessionId, itemId: 'pg-1', action: 'annul', option: null, reason: 'Soal tidak sesuai SKKNI' });
    await waitFor(() => expect(screen.getByTestId('key-correction-history').textContent).toContain('Soal PG-01 dianulir'));
    expect(screen.getByTestId('key-correction-history').textContent).toContain('Soal tidak sesuai SKKNI');
    const [annulled] = screen.getAllByTestId('key-correction-row');
    expect(annulled.textContent).toContain(id.keyCorrection.annulled);
    expect(within(annulled).queryByTestId('key-correction-open')).toBeNull();
  });

  it('accepts another option: offers only the options not yet correct, and shows a refusal in words', async () => {
    const fake = await openKeys({
      'assessment/keyCorrections': () => ok({ ...VIEW, questions: [question(1, { accepted: [3] })] }),
      'assessment/correctKey': () => fail('KEY_CORRECTION_SIGNED', { question: 'PG-01', count: 1, candidates: 'Siti Aminah' }),
    });
    fireEvent.click(screen.getByTestId('key-correction-open'));
    const dialog = await screen.findByTestId('key-correction-dialog');
    const select = within(dialog).getByTestId('key-correction-option') as HTMLSelectElement;
    // The key (B) and the option accepted already (D) are not offered.
    expect([...select.options].map((o) => o.textContent)).toEqual([id.keyCorrection.choose, 'A. Opsi 0', 'C. Opsi 2']);
    fireEvent.change(select, { target: { value: '2' } });
    fireEvent.change(within(dialog).getByTestId('key-correction-reason'), { target: { value: 'Opsi C juga benar' } });
    fireEvent.submit(dialog.querySelector('form')!);
    await waitFor(() => expect(dialog.textContent).toContain('Siti Aminah'));
    expect(dialog.textContent).toContain('Buka kunci');
    expect(fake.calls.find((c) => c.method === 'assessment/correctKey')?.args).toMatchObject({ action: 'accept', option: 2 });
  });

  it('says why nothing can be corrected here, and offers no correction', async () => {
    await openKeys({ 'assessment/keyCorrections': () => ok({ ...VIEW, blocked: 'KEY_CORRECTION_NOT_HERE', corrections: [ANNULLED] }) });
    expect(screen.getByTestId('key-correction-blocked').textContent).toBe(id.keyCorrection.notHere);
    expect(screen.queryByTestId('key-correction-open')).toBeNull();
    // Nor a withdrawal of what was corrected at the TUK.
    expect(screen.getByTestId('key-correction-history').textContent).toContain('Soal PG-01 dianulir');
    expect(screen.queryByTestId('key-correction-withdraw')).toBeNull();
  });

  it('withdraws a correction made by mistake: names it, asks the reason, confirms, then lists it as withdrawn with who and why', async () => {
    const accepted: KeyCorrection = { ...ANNULLED, itemId: 'pg-2', ref: 'PG-02', action: 'accept', acceptedOption: 3, reason: 'Opsi D juga benar' };
    let view: KeyCorrectionView = { ...VIEW, questions: [question(1, { annulled: true }), question(2, { accepted: [3] })], corrections: [ANNULLED, accepted] };
    const fake = await openKeys({
      'assessment/keyCorrections': () => ok(view),
      'assessment/withdrawKeyCorrection': (args) => {
        const a = args as { itemId: string; reason: string };
        view = {
          ...view,
          questions: view.questions.map((q) => (q.itemId === a.itemId ? { ...q, accepted: [] } : q)),
          corrections: view.corrections.map((c) => (c.itemId === a.itemId ? { ...c, withdrawal: { by: HEADER.assessorName, at: '2026-11-21T04:00:00Z', reason: a.reason } } : c)),
        };
        return ok(view);
      },
    });
    const entries = screen.getAllByTestId('key-correction-entry');
    expect(entries.map((e) => within(e).getByTestId('key-correction-withdraw').getAttribute('aria-label'))).toEqual([
      id.keyCorrection.withdrawLabel.replace('{{question}}', 'PG-01'),
      id.keyCorrection.withdrawLabel.replace('{{question}}', 'PG-02'),
    ]);
    fireEvent.click(within(entries[1]).getByTestId('key-correction-withdraw'));
    const dialog = await screen.findByTestId('key-withdrawal-dialog');
    expect(dialog.textContent).toContain(id.keyCorrection.withdrawWhat.replace('{{correction}}', 'Soal PG-02: opsi D juga diterima benar'));
    expect(dialog.textContent).toContain(id.keyCorrection.withdrawEffect);
    // Cancel changes nothing; the confirm button is the act.
    fireEvent.click(within(dialog).getByRole('button', { name: id.common.cancel }));
    await waitFor(() => expect(screen.queryByTestId('key-withdrawal-dialog')).toBeNull());
    expect(fake.calls.some((c) => c.method === 'assessment/withdrawKeyCorrection')).toBe(false);

    fireEvent.click(within(screen.getAllByTestId('key-correction-entry')[1]).getByTestId('key-correction-withdraw'));
    const again = await screen.findByTestId('key-withdrawal-dialog');
    fireEvent.change(within(again).getByTestId('key-withdrawal-reason'), { target: { value: '  Opsi D tetap salah  ' } });
    fireEvent.click(within(again).getByRole('button', { name: id.keyCorrection.withdrawConfirm }));
    expect(await screen.findByTestId('key-correction-saved')).toHaveProperty('textContent', id.keyCorrection.withdrawnSaved.replace('{{question}}', 'PG-02'));
    expect(fake.calls.find((c) => c.method === 'assessment/withdrawKeyCorrection')?.args).toEqual({
      sessionId: HEADER.sessionId,
      itemId: 'pg-2',
      action: 'accept',
      option: 3,
      reason: 'Opsi D tetap salah',
    });
    await waitFor(() => expect(screen.getAllByTestId('key-correction-withdrawn')).toHaveLength(1));
    const [annulled, withdrawn] = screen.getAllByTestId('key-correction-entry');
    expect(withdrawn.textContent).toContain(id.keyCorrection.withdrawn);
    expect(withdrawn.textContent).toContain('Opsi D tetap salah');
    expect(withdrawn.querySelector('s')?.textContent).toBe('Soal PG-02: opsi D juga diterima benar');
    expect(within(withdrawn).queryByTestId('key-correction-withdraw')).toBeNull();
    expect(within(annulled).getByTestId('key-correction-withdraw')).toBeTruthy();
    expect(screen.getAllByTestId('key-correction-row')[1].textContent).toContain(id.keyCorrection.asKeyed);
  });

  it('shows a refused withdrawal in words and keeps the dialog open', async () => {
    await openKeys({
      'assessment/keyCorrections': () => ok({ ...VIEW, corrections: [ANNULLED] }),
      'assessment/withdrawKeyCorrection': () => fail('KEY_WITHDRAWAL_SIGNED', { question: 'PG-01', count: 1, candidates: 'Siti Aminah' }),
    });
    fireEvent.click(screen.getByTestId('key-correction-withdraw'));
    const dialog = await screen.findByTestId('key-withdrawal-dialog');
    fireEvent.change(within(dialog).getByTestId('key-withdrawal-reason'), { target: { value: 'Salah soal' } });
    fireEvent.submit(dialog.querySelector('form')!);
    await waitFor(() => expect(dialog.textContent).toContain('Siti Aminah'));
    expect(dialog.textContent).toContain('belum dapat ditarik');
    expect(screen.getByTestId('key-withdrawal-dialog')).toBe(dialog);
  });

  describe("a WITA TUK's session on this WIB computer", () => {
    inTimeZone('Asia/Jakarta');

    it("states a correction and its withdrawal on the TUK's clock, the zone named, as the workspace's other views", async () => {
      const withdrawn: KeyCorrection = { ...ANNULLED, withdrawal: { by: HEADER.assessorName, at: '2026-11-21T04:15:00Z', reason: 'Salah pilih soal' } };
      await openKeys({ 'assessment/keyCorrections': () => ok({ ...VIEW, tukZone: 'WITA', corrections: [withdrawn] }) });
      const entry = screen.getByTestId('key-correction-entry');
      // 03.00Z is 10.00 at a WIB office and 11.00 in Makassar; the withdrawal 11.15 WIB, 12.15 WITA.
      expect(entry.textContent).toContain('21 Nov 2026, 11.00 WITA');
      expect(within(entry).getByTestId('key-correction-withdrawn').textContent).toContain('21 Nov 2026, 12.15 WITA');
      expect(entry.textContent).not.toContain('10.00');
    });
  });
});
