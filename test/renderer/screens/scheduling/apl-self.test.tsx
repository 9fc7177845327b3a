import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AplSelf, IssuedAplAccess } from '../../../../electron/shared/apl-self';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import type { Principal } from '../../../../electron/shared/roles';
import { appInfo, TOKEN } from '../../fixtures';
import { fail, fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';
import { argsOf, openAt } from '../registry/support';
import { aplDetail } from './fixtures';

afterEach(() => {
  window.location.hash = '';
  localStorage.removeItem(`ruang-uji.apl02-draft.${APL_PRINCIPAL.accountId}`);
});

const APL_PRINCIPAL: Principal = { accountId: 'acc-apl', role: 'candidate', username: 'apl-k7m3qx', displayName: 'Peserta 1', lspId: 'lsp-1', assessorId: null, candidateId: 'c-1' };

const rows = aplDetail().apl02.rows;
const mine = (over: Partial<AplSelf> = {}): AplSelf => ({
  candidateName: 'Peserta 1',
  scheme: { code: 'SKM-JWP', version: 2, titleId: 'Pemrogram Web Muda', titleEn: 'Junior Web Programmer' },
  rows,
  complete: false,
  savedAt: null,
  enteredBy: null,
  status: 'open',
  expiresAt: '2026-12-04T02:00:00.000Z',
  ...over,
});

/** The candidate signed in with their APL.02 sign-in (a token in the tab, whoami answering the APL account). */
function openAsCandidate(handlers: Parameters<typeof fakeTransport>[0], language: 'id' | 'en' = 'id') {
  sessionStorage.setItem('ruang-uji.token', TOKEN);
  localStorage.setItem('ruang-uji.language', language);
  const fake = fakeTransport({ 'auth/whoami': () => ok(APL_PRINCIPAL), ...handlers });
  return { fake, ...renderApp(fake.transport) };
}

describe('the FR.APL.02 sign-in tab', () => {
  it('asks for the APL.02 username and password, no token, signs in with auth/aplSignIn and opens the form', async () => {
    const { transport, calls } = fakeTransport({
      'app/info': () => ok(appInfo(false)),
      'auth/aplSignIn': () => ok({ token: TOKEN, expiresAt: '2099-01-01T00:00:00.000Z', principal: APL_PRINCIPAL }),
      'apl/mySelfAssessment': () => ok(mine()),
    });
    renderApp(transport);
    fireEvent.click(screen.getByTestId('signin-mode-apl'));
    expect(screen.getByTestId('signin-mode-apl').textContent).toBe(id.aplSelf.signIn.mode);
    expect(screen.getByLabelText(id.aplSelf.signIn.username)).toBe(screen.getByTestId('signin-username'));
    expect(screen.queryByTestId('signin-token')).toBeNull();
    fireEvent.change(screen.getByTestId('signin-username'), { target: { value: 'apl-k7m3qx' } });
    fireEvent.change(screen.getByTestId('signin-password'), { target: { value: 'ABCD-EFGH-JKMN' } });
    fireEvent.click(screen.getByTestId('signin-submit'));
    expect(await screen.findByTestId('apl-self-screen')).toBeTruthy();
    expect(argsOf(calls, 'auth/aplSignIn')).toEqual([{ username: 'apl-k7m3qx', password: 'ABCD-EFGH-JKMN' }]);
    expect(calls.some((c) => c.method === 'cbt/state')).toBe(false);
  });
});

describe("the candidate's FR.APL.02 screen", () => {
  it('saves K / BK and the evidence per element as the candidate, then submits only when complete, after a confirmation, and shows it locked', async () => {
    let current = mine();
    const { fake } = openAsCandidate({
      'apl/mySelfAssessment': () => ok(current),
      'apl/saveMySelfAssessment': (args) => {
        const answers = (args as { answers: { elementId: string; answer: 'K' | 'BK' | null; evidence: string | null }[] }).answers;
        current = mine({ rows: rows.map((r, i) => ({ ...r, answer: answers[i].answer, evidence: answers[i].evidence })), complete: answers.every((a) => a.answer !== null), savedAt: '2026-11-20T02:00:00.000Z', enteredBy: 'candidate' });
        return ok(current);
      },
      'apl/submitMySelfAssessment': () => {
        current = { ...current, status: 'submitted' };
        return ok(current);
      },
    });
    expect((await screen.findByTestId('apl-self-scheme')).textContent).toContain('Pemrogram Web Muda');
    expect(screen.getByTestId('apl-self-submit').hasAttribute('disabled')).toBe(true);
    // Nothing saved yet, still a plain "Simpan": the candidate saves answers, not "data baru".
    expect(within(screen.getByTestId('apl02-form')).getByTestId('record-save').textContent).toBe(id.registryScreens.record.save);

    fireEvent.click(screen.getByTestId('apl02-0-K'));
    fireEvent.change(screen.getByTestId('apl02-0-evidence'), { target: { value: 'Sertifikat pelatihan' } });
    fireEvent.click(screen.getByTestId('apl02-1-BK'));
    fireEvent.click(screen.getByTestId('apl02-2-K'));
    fireEvent.click(within(screen.getByTestId('apl02-form')).getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'apl/saveMySelfAssessment')).toHaveLength(1));
    expect(argsOf(fake.calls, 'apl/saveMySelfAssessment')[0]).toEqual({
      answers: [
        { elementId: 'e-1-1', answer: 'K', evidence: 'Sertifikat pelatihan' },
        { elementId: 'e-1-2', answer: 'BK', evidence: null },
        { elementId: 'e-2-1', answer: 'K', evidence: null },
      ],
    });

    await waitFor(() => expect(screen.getByTestId('apl-self-submit').hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByTestId('apl-self-submit'));
    expect(screen.getByTestId('apl-self-confirm-text').textContent).toBe(id.aplSelf.screen.confirm);
    expect(argsOf(fake.calls, 'apl/submitMySelfAssessment')).toHaveLength(0);
    // The button pressed is gone: the focus goes to the safe answer, not to the page (a keyboard user
    // had to Tab through every element of the form again); the question stands above the buttons' row,
    // which on a phone squeezed it into a word per line.
    expect(document.activeElement).toBe(screen.getByTestId('apl-self-cancel'));
    expect(screen.getByTestId('apl-self-cancel').parentElement!.contains(screen.getByTestId('apl-self-confirm-text'))).toBe(false);
    fireEvent.click(screen.getByTestId('apl-self-cancel'));
    expect(document.activeElement).toBe(screen.getByTestId('apl-self-submit'));
    fireEvent.click(screen.getByTestId('apl-self-submit'));
    fireEvent.click(screen.getByTestId('apl-self-confirm'));
    await waitFor(() => expect(screen.getByTestId('apl-self-status').textContent).toBe(id.aplSelf.screen.submitted));
    expect(document.activeElement).toBe(screen.getByTestId('apl-self-status'));
    expect(argsOf(fake.calls, 'apl/submitMySelfAssessment')).toEqual([{ confirm: true }]);
    expect((screen.getByTestId('apl02-0-K') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByTestId('record-save')).toBeNull();
    expect(screen.queryByTestId('apl-self-submit')).toBeNull();
  });

  it('offers no "Coba lagi" once the assessor has reviewed the form, and says whom to ask next', async () => {
    // A retry could only be refused again: the candidate was left pressing it (walk-through).
    openAsCandidate({ 'apl/mySelfAssessment': () => fail('APL_SELF_REVIEWED') });
    const error = await screen.findByTestId('error-message');
    expect(error.textContent).toBe(id.errors.APL_SELF_REVIEWED);
    expect(id.errors.APL_SELF_REVIEWED).toContain('LSP');
    expect(within(error).queryByRole('button')).toBeNull();
  });

  it('keeps unsaved answers on this computer when the sign-in ends under them, offers them back, and drops them once saved', async () => {
    // The sign-in ended (issued again, or timed out) while 25 answers were typed: they were gone (walk-through).
    const draftKey = `ruang-uji.apl02-draft.${APL_PRINCIPAL.accountId}`;
    const first = openAsCandidate({ 'apl/mySelfAssessment': () => ok(mine()) });
    fireEvent.click(await screen.findByTestId('apl02-0-K'));
    fireEvent.change(screen.getByTestId('apl02-0-evidence'), { target: { value: 'Sertifikat pelatihan' } });
    expect(screen.queryByTestId('apl02-draft-restored')).toBeNull();
    first.unmount();

    let current = mine();
    const again = openAsCandidate({
      'apl/mySelfAssessment': () => ok(current),
      'apl/saveMySelfAssessment': () => {
        current = mine({ savedAt: '2026-11-20T02:00:00.000Z', enteredBy: 'candidate' });
        return ok(current);
      },
    });
    expect((await screen.findByTestId('apl02-draft-restored')).textContent).toBe(id.aplSelf.screen.draftRestored);
    expect((screen.getByTestId('apl02-0-K') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('apl02-0-evidence') as HTMLInputElement).value).toBe('Sertifikat pelatihan');
    fireEvent.click(within(screen.getByTestId('apl02-form')).getByTestId('record-save'));
    await waitFor(() => expect(argsOf(again.fake.calls, 'apl/saveMySelfAssessment')).toHaveLength(1));
    expect(argsOf(again.fake.calls, 'apl/saveMySelfAssessment')[0]).toMatchObject({ answers: [{ elementId: 'e-1-1', answer: 'K', evidence: 'Sertifikat pelatihan' }, {}, {}] });
    await waitFor(() => expect(localStorage.getItem(draftKey)).toBeNull());
    again.unmount();
  });

  it('drops a kept draft once the form was saved since (the staff from the paper form)', async () => {
    const draftKey = `ruang-uji.apl02-draft.${APL_PRINCIPAL.accountId}`;
    localStorage.setItem(draftKey, JSON.stringify({ base: null, answers: { 'e-1-1': { answer: 'BK', evidence: 'lama' } } }));
    openAsCandidate({ 'apl/mySelfAssessment': () => ok(mine({ savedAt: '2026-11-21T02:00:00.000Z', enteredBy: 'staff' })) });
    await screen.findByTestId('apl02-form');
    expect(screen.queryByTestId('apl02-draft-restored')).toBeNull();
    expect((screen.getByTestId('apl02-0-BK') as HTMLInputElement).checked).toBe(false);
    expect(localStorage.getItem(draftKey)).toBeNull();
  });

  it('reads in English, with the scheme title in English', async () => {
    openAsCandidate({ 'apl/mySelfAssessment': () => ok(mine({ status: 'submitted' })) }, 'en');
    expect((await screen.findByTestId('apl-self-status')).textContent).toBe(en.aplSelf.screen.submitted);
    expect(screen.getByTestId('apl-self-scheme').textContent).toContain('Junior Web Programmer');
  });
});

describe("the admin's APL.02 sign-in panel", () => {
  const issued: IssuedAplAccess = {
    username: 'apl-k7m3qx',
    password: 'ABCD-EFGH-JKMN',
    candidateName: 'Peserta 1',
    schemeCode: 'SKM-JWP',
    schemeTitleId: 'Pemrogram Web Muda',
    schemeTitleEn: null,
    issuedAt: '2026-11-20T02:00:00.000Z',
    expiresAt: '2026-12-04T02:00:00.000Z',
  };
  const withApl01 = aplDetail({
    apl01: { id: 'a-1', purpose: 'sertifikasi', purposeNote: null, evidence: [], savedAt: '2026-11-20T01:00:00.000Z', verification: null },
  });

  it('issues the sign-in for the application and shows the password once, on a slip to copy or print; then offers to issue it again', async () => {
    let state: { username: string; expiresAt: string; submittedAt: string | null } | null = null;
    const { fake } = openAt('apl/c-1~s-1', {
      'apl/get': () => ok(withApl01),
      'apl/selfAccess': () => ok(state),
      'apl/issueSelfAccess': () => {
        state = { username: issued.username, expiresAt: issued.expiresAt, submittedAt: null };
        return ok(issued);
      },
    });
    expect((await screen.findByTestId('apl-self-access-none')).textContent).toBe(id.aplSelf.access.none);
    expect(screen.getByTestId('apl-self-access-issue').textContent).toBe(id.aplSelf.access.issue);
    fireEvent.click(screen.getByTestId('apl-self-access-issue'));
    expect((await screen.findByTestId('apl-self-password')).textContent).toBe('ABCD-EFGH-JKMN');
    expect(screen.getByTestId('apl-self-username').textContent).toBe('apl-k7m3qx');
    expect(argsOf(fake.calls, 'apl/issueSelfAccess')).toEqual([{ candidateId: 'c-1', schemeId: 's-1' }]);
    await waitFor(() => expect(screen.getByTestId('apl-self-access-issue').textContent).toBe(id.aplSelf.access.reissue));
    expect(screen.getByTestId('apl-self-access-current').textContent).toContain('apl-k7m3qx');
  });
});
