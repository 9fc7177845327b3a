import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CandidateFeedback } from '../../../../../electron/shared/assessment';
import { id } from '../../../../../electron/shared/i18n/id';
import { submittedState } from '../../../cbt-fixtures';
import { TOKEN, principal } from '../../../fixtures';
import { fail, fakeTransport, ok } from '../../../fake-transport';
import { renderApp } from '../../../render-app';

const NAME = 'Muhammad Rizky Pratama';

function feedback(open: boolean): CandidateFeedback {
  return {
    header: {
      lspName: 'LSP Demo',
      lspLicenceNo: null,
      schemeCode: 'SS.JWP/LSPP/005/2022',
      schemeTitle: { id: 'Pemrogram Web Muda', en: null },
      sessionId: 's1',
      sessionCode: 'JWP-DEMO-01',
      sessionTitle: { id: 'Uji Kompetensi', en: null },
      tukName: 'TUK Demo',
      tukType: 'sewaktu',
      tukZone: null,
      date: '2026-11-21',
      startTime: '08:00',
      assessorName: 'Dra. Sri Wahyuningsih, M.Kom.',
      assessorMet: 'MET.000.004512 2019',
    },
    candidate: { candidateId: 'c-1', participantNo: 'JWP-2026-001', name: NAME, seat: null },
    open,
    feedback: null,
  };
}

const stored = (args: unknown) => ok({ seq: (args as { seq: number }).seq, stored: true, savedAt: '2026-11-21T12:00:00Z' });

function candidateHome(open: boolean, given: CandidateFeedback['feedback'] = null, submit: (args: unknown) => ReturnType<typeof ok> = stored) {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  const fake = fakeTransport({
    'auth/whoami': () => ok(principal('candidate', NAME)),
    'cbt/state': () => ok(submittedState()),
    'feedback/state': () => ok({ ...feedback(open), feedback: given }),
    'feedback/submit': submit,
  });
  renderApp(fake.transport);
  return fake;
}

describe('FR.AK.03 on the candidate’s PC, from the receipt screen', () => {
  it('is not offered before the assessor has signed the decision', async () => {
    const fake = candidateHome(false);
    await screen.findByTestId('cbt-thanks');
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'feedback/state')).toBe(true));
    expect(screen.queryByTestId('feedback-open')).toBeNull();
  });

  it('says feedback sent on a decision since unlocked and signed again answered that earlier decision, and asks for it again', async () => {
    // It said "Umpan balik Anda sudah tersimpan" as if it answered the decision signed again.
    const answers = Array.from({ length: 10 }, () => ({ agree: true, comment: '' }));
    const given = { answers, comment: null, enteredBy: 'candidate' as const, seq: 1, savedAt: '2026-11-21T03:00:00.000Z' };
    candidateHome(true, { ...given, onEarlierDecision: true });
    const sent = await screen.findByTestId('feedback-sent');
    expect(sent.textContent).toMatch(/^Umpan balik yang Anda kirim pada .+ menanggapi keputusan asesor sebelumnya\. Asesor telah menandatangani ulang keputusannya: isilah umpan balik lagi atas keputusan ini\.$/);
    expect(screen.getByTestId('feedback-open')).toBeTruthy();
    cleanup();
    candidateHome(true, { ...given, onEarlierDecision: false });
    expect((await screen.findByTestId('feedback-sent')).textContent).toBe(id.assess.feedbackScreen.sent);
  });

  it("names each row's controls by their column, for the narrow layout that hides the header row", async () => {
    // At 200 % zoom (683 px) the comment column was cut off; stacked rows show these names instead (assessment.css).
    candidateHome(true);
    fireEvent.click(await screen.findByTestId('feedback-open'));
    await screen.findByTestId('feedback-form');
    for (const row of screen.getAllByTestId('feedback-item')) {
      expect([...row.querySelectorAll('td')].map((td) => td.dataset.label ?? null)).toEqual([null, null, id.assess.verdict.yes, id.assess.verdict.no, id.assess.ak03.comment]);
    }
    // Tabbing through them, each control says which statement it answers (ten radios named "Ya" did not).
    const third = screen.getAllByTestId('feedback-item')[2];
    expect([...third.querySelectorAll('input')].map((i) => i.getAttribute('aria-label'))).toEqual(['Ya, komponen 3', 'Tidak, komponen 3', 'Catatan/komentar asesi, komponen 3']);
    const css = readFileSync('renderer/src/styles/assessment.css', 'utf8');
    const narrow = /@media \(max-width: 48rem\) \{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
    expect(narrow).toMatch(/\.feedback-table thead \{\s*display: none;/);
    expect(narrow).toMatch(/\.feedback-table td\[data-label\]::before \{\s*content: attr\(data-label\);/);
  });

  it('takes the ten Ya/Tidak answers and a comment, then sends them whole', async () => {
    const fake = candidateHome(true);
    fireEvent.click(await screen.findByTestId('feedback-open'));
    const form = await screen.findByTestId('feedback-form');
    expect(screen.getAllByTestId('feedback-item')).toHaveLength(10);
    expect(form.textContent).toContain(id.assess.ak03.items.item1);
    const yes = form.querySelectorAll<HTMLInputElement>('input[data-agree="true"]');
    yes.forEach((input, i) => {
      if (i !== 9) fireEvent.click(input);
    });
    fireEvent.click(form.querySelectorAll<HTMLInputElement>('input[data-agree="false"]')[9]);
    fireEvent.change(screen.getByTestId('feedback-password'), { target: { value: 'kartu-123' } });
    fireEvent.click(screen.getByTestId('feedback-submit'));
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'feedback/submit')).toBe(true));
    const sent = fake.calls.find((c) => c.method === 'feedback/submit')?.args as { seq: number; answers: { agree: boolean | null }[] };
    expect(sent.seq).toBe(1);
    expect(sent.answers.map((a) => a.agree)).toEqual([...Array(9).fill(true), false]);
  });

  it('sends nothing while a statement has neither Ya nor Tidak, and names the ones left', async () => {
    const fake = candidateHome(true);
    fireEvent.click(await screen.findByTestId('feedback-open'));
    const form = await screen.findByTestId('feedback-form');
    fireEvent.change(screen.getByTestId('feedback-password'), { target: { value: 'kartu-123' } });
    fireEvent.click(screen.getByTestId('feedback-submit'));
    expect((await screen.findByTestId('feedback-missing')).textContent).toBe('Jawab Ya atau Tidak untuk pernyataan 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, lalu kirim.');
    const yes = form.querySelectorAll<HTMLInputElement>('input[data-agree="true"]');
    yes.forEach((input, i) => {
      if (i !== 3) fireEvent.click(input);
    });
    fireEvent.click(screen.getByTestId('feedback-submit'));
    await waitFor(() => expect(screen.getByTestId('feedback-missing').textContent).toBe('Jawab Ya atau Tidak untuk pernyataan 4, lalu kirim.'));
    expect(fake.calls.some((c) => c.method === 'feedback/submit')).toBe(false);
    fireEvent.click(yes[3]);
    fireEvent.click(screen.getByTestId('feedback-submit'));
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'feedback/submit')).toBe(true));
  });

  it("asks for the candidate's password to send it, says why, and empties the field when the password is refused", async () => {
    // The receipt screen stays signed in all day: whoever sat down at an unattended PC sent the candidate's FR.AK.03.
    let refuse = true;
    const fake = candidateHome(true, null, (args) => (refuse ? fail('WRONG_PASSWORD') : stored(args)));
    fireEvent.click(await screen.findByTestId('feedback-open'));
    const form = await screen.findByTestId('feedback-form');
    expect(form.textContent).toContain(id.assess.feedbackScreen.passwordHint);
    const password = screen.getByTestId<HTMLInputElement>('feedback-password');
    expect([password.type, password.required]).toEqual(['password', true]);
    form.querySelectorAll<HTMLInputElement>('input[data-agree="true"]').forEach((input) => fireEvent.click(input));
    fireEvent.change(password, { target: { value: 'bukan-sandinya' } });
    fireEvent.click(screen.getByTestId('feedback-submit'));
    expect((await screen.findByText(id.errors.WRONG_PASSWORD)).textContent).toBe(id.errors.WRONG_PASSWORD);
    expect(password.value).toBe('');
    expect(screen.queryByTestId('feedback-sent')).toBeNull();
    refuse = false;
    fireEvent.change(password, { target: { value: 'kartu-123' } });
    fireEvent.click(screen.getByTestId('feedback-submit'));
    await waitFor(() => expect(screen.queryByTestId('feedback-form')).toBeNull());
    const sent = fake.calls.filter((c) => c.method === 'feedback/submit').map((c) => (c.args as { password: string }).password);
    expect(sent).toEqual(['bukan-sandinya', 'kartu-123']);
  });
});
