import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StaffAccount } from '../../../../electron/shared/accounts';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { fail, ok } from '../../fake-transport';
import { assessor, page } from '../scheduling/fixtures';
import { argsOf, openAt } from '../registry/support';
import { candidate, detail, REVIEW, SIGNED, SUMMARY } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

const account = (n: number, name: string): StaffAccount => ({
  id: `acc-${n}`,
  role: 'lsp_admin',
  username: name.split(' ')[0].toLowerCase(),
  displayName: name,
  assessorId: null,
  disabled: false,
  disabledNote: null,
  locked: false,
  mustChangePassword: false,
  createdAt: '2027-01-01T00:00:00.000Z',
});

const CLEAN_REVIEW = { ...REVIEW, candidates: [candidate(1), candidate(2, { recommendation: 'BK' as const }), REVIEW.candidates[2]] };

describe('rapat pleno', () => {
  it('creates a draft from the sessions with results and members picked from accounts and assessors; a conflict shows under that member', async () => {
    let refuse = true;
    const { fake } = openAt('pleno/new', {
      'results/sessions': () => ok([SUMMARY]),
      'accounts/list': () => ok([account(9, 'Budi Santoso'), account(8, 'Sari Dewi')]),
      'assessors/list': () => ok(page([assessor(1)])),
      'pleno/create': () => (refuse ? fail('PLENO_MEMBER_CONFLICT', { member: 'Asesor 1', assessor: 'Asesor 1', session: SUMMARY.code }) : ok(detail())),
      'pleno/get': () => ok(detail()),
      'results/review': () => ok(CLEAN_REVIEW),
    });
    const form = await screen.findByTestId('pleno-form');
    fireEvent.change(within(form).getByTestId('field-heldOn'), { target: { value: '2027-03-15' } });
    fireEvent.click(await within(form).findByTestId(`pleno-session-${SUMMARY.code}`));
    const add = within(form).getByTestId('member-add');
    await waitFor(() => expect(add.querySelectorAll('option')).toHaveLength(4));
    fireEvent.change(add, { target: { value: 'account:acc-9' } });
    fireEvent.change(add, { target: { value: 'account:acc-8' } });
    fireEvent.change(add, { target: { value: 'assessor:as-1' } });
    const members = within(form).getAllByTestId('pleno-member');
    // The first one chairs; the others sit as members.
    expect(members.map((m) => (within(m).getByTestId('member-role') as HTMLSelectElement).value)).toEqual(['chair', 'member', 'member']);
    fireEvent.click(within(form).getByTestId('record-save'));
    await waitFor(() => expect(within(members[2]).getByTestId('error-message').getAttribute('data-error-code')).toBe('PLENO_MEMBER_CONFLICT'));
    expect(argsOf(fake.calls, 'pleno/create')[0]).toEqual({
      pleno: {
        heldOn: '2027-03-15',
        place: null,
        sessionIds: ['ses-1'],
        members: [
          { role: 'chair', name: 'Budi Santoso', accountId: 'acc-9', assessorId: null },
          { role: 'member', name: 'Sari Dewi', accountId: 'acc-8', assessorId: null },
          { role: 'member', name: 'Asesor 1', accountId: null, assessorId: 'as-1' },
        ],
      },
    });
    // Removed, the rules pass: the draft opens.
    refuse = false;
    fireEvent.click(within(members[2]).getByTestId('member-remove'));
    fireEvent.click(within(form).getByTestId('record-save'));
    await waitFor(() => expect(window.location.hash).toBe('#/pleno/pl-1'));
  });

  it('a person listed once is not offered again, under the account or the assessor record it is linked to', async () => {
    openAt('pleno/new', {
      'results/sessions': () => ok([SUMMARY]),
      'accounts/list': () => ok([{ ...account(7, 'Citra Lestari'), role: 'assessor' as const, assessorId: 'as-1' }, account(9, 'Budi Santoso')]),
      'assessors/list': () => ok(page([assessor(1), assessor(2)])),
    });
    const form = await screen.findByTestId('pleno-form');
    const add = within(form).getByTestId('member-add');
    const offered = () => [...add.querySelectorAll('option')].map((o) => o.getAttribute('value')).filter(Boolean);
    await waitFor(() => expect(offered()).toEqual(['account:acc-7', 'account:acc-9', 'assessor:as-1', 'assessor:as-2']));
    fireEvent.change(add, { target: { value: 'account:acc-7' } });
    expect(offered()).toEqual(['account:acc-9', 'assessor:as-2']);
    fireEvent.click(within(within(form).getByTestId('pleno-member')).getByTestId('member-remove'));
    fireEvent.change(add, { target: { value: 'assessor:as-1' } });
    expect(offered()).toEqual(['account:acc-9', 'assessor:as-2']);
    // The MET number carries its own "MET." prefix: the link does not say it twice.
    expect(within(form).getByTestId('pleno-member').textContent).toContain(id.plenoScreens.pleno.form.linkedAssessor.replace('{{met}}', 'MET.000.001'));
    expect(within(form).getByTestId('pleno-member').textContent).not.toContain('MET MET');
  });

  it('decides by the recommendation unless changed; a departure asks for its reason', async () => {
    const { fake } = openAt('pleno/pl-1', {
      'pleno/get': () => ok(detail()),
      'results/sessions': () => ok([SUMMARY]),
      'accounts/list': () => ok([]),
      'assessors/list': () => ok(page([])),
      'results/review': () => ok(CLEAN_REVIEW),
      'pleno/decide': () => ok(detail({ status: 'decided', decidedAt: '2027-03-15T02:00:00.000Z' })),
    });
    const editor = await screen.findByTestId('decisions-editor');
    const rows = await within(editor).findAllByTestId('decision-row');
    expect(rows).toHaveLength(3);
    const selects = within(editor).getAllByTestId('decision-select') as HTMLSelectElement[];
    expect(selects.map((s) => s.value)).toEqual(['K', 'BK']);
    expect(rows[2].textContent).toContain(id.plenoScreens.pleno.decisions.absent);
    expect(within(rows[2]).getByTestId('decision-recommendation').textContent).toBe('—');
    expect(within(editor).queryByTestId('decision-reason')).toBeNull();
    fireEvent.change(selects[1], { target: { value: 'K' } });
    expect(rows[1].textContent).toContain(id.plenoScreens.pleno.decisions.departs);
    fireEvent.change(within(rows[1]).getByTestId('decision-reason'), { target: { value: 'Bukti portofolio tambahan diterima' } });
    fireEvent.click(within(editor).getByTestId('pleno-decide'));
    await waitFor(() => expect(argsOf(fake.calls, 'pleno/decide')).toHaveLength(1));
    expect(argsOf(fake.calls, 'pleno/decide')[0]).toEqual({
      plenoId: 'pl-1',
      decisions: [
        { sessionId: 'ses-1', candidateId: 'c-1', decision: 'K', reason: null },
        { sessionId: 'ses-1', candidateId: 'c-2', decision: 'K', reason: 'Bukti portofolio tambahan diterima' },
      ],
      // The decisions as the screen opened them: another admin's decision since is refused, not replaced.
      revision: 'rev-1',
    });
  });

  it('marks a candidate whose appeal is still open on the decisions table, though it blocks nothing', async () => {
    openAt('pleno/pl-1', {
      'pleno/get': () => ok(detail()),
      'results/sessions': () => ok([SUMMARY]),
      'accounts/list': () => ok([]),
      'assessors/list': () => ok(page([])),
      'results/review': () => ok({ ...REVIEW, candidates: [candidate(1, { flags: ['appealOpen'] }), candidate(2)] }),
    });
    const rows = await within(await screen.findByTestId('decisions-editor')).findAllByTestId('decision-row');
    expect(rows[0].textContent).toContain(id.plenoScreens.flag.appealOpen);
    expect(rows[1].textContent).not.toContain(id.plenoScreens.flag.appealOpen);
    expect(screen.queryByTestId('decisions-blocking')).toBeNull();
  });

  it('warns of a scheme without the KBLI code the certificate numbers need, with a link to fill it in', async () => {
    openAt('pleno/pl-1', {
      'pleno/get': () => ok(detail({ schemesWithoutKbli: [{ schemeId: 's-1', code: 'SKM-JWP' }] })),
      'results/sessions': () => ok([SUMMARY]),
      'accounts/list': () => ok([]),
      'assessors/list': () => ok(page([])),
      'results/review': () => ok(REVIEW),
    });
    const warning = await screen.findByTestId('pleno-kbli-missing');
    expect(warning.textContent).toContain(id.plenoScreens.pleno.kbliMissing.replace('{{scheme}}', 'SKM-JWP'));
    const link = within(warning).getByTestId('pleno-set-kbli');
    expect(link.getAttribute('href')).toBe('#/schemes/s-1/kbli');
    expect(link.textContent).toBe(id.plenoScreens.pleno.setKbli.replace('{{scheme}}', 'SKM-JWP'));
  });

  it("shows the refusal beside the candidate it names, and a blocked candidate's reason in words", async () => {
    openAt('pleno/pl-1', {
      'pleno/get': () => ok(detail()),
      'results/sessions': () => ok([SUMMARY]),
      'accounts/list': () => ok([]),
      'assessors/list': () => ok(page([])),
      'results/review': () => ok(REVIEW),
      'pleno/decide': () => fail('PLENO_BLOCKED', { count: 1, candidates: 'Peserta 2' }),
    });
    const editor = await screen.findByTestId('decisions-editor');
    const rows = await within(editor).findAllByTestId('decision-row');
    expect(screen.getByTestId('decisions-blocking')).toBeTruthy();
    expect(rows[1].textContent).toContain(id.plenoScreens.flag.unsigned);
    fireEvent.click(within(editor).getByTestId('pleno-decide'));
    expect((await within(editor).findByTestId('error-message')).getAttribute('data-error-code')).toBe('PLENO_BLOCKED');
  });

  it("signs with the SK number, its date and the chair's password; a wrong password is said in the dialog", async () => {
    let wrong = true;
    const decided = detail({ status: 'decided', decidedAt: '2027-03-15T02:00:00.000Z' });
    const { fake } = openAt('pleno/pl-1', {
      'pleno/get': () => ok(wrong ? decided : SIGNED),
      'results/review': () => ok(CLEAN_REVIEW),
      'pleno/sign': () => (wrong ? fail('WRONG_PASSWORD') : ok(SIGNED)),
    });
    fireEvent.click(await screen.findByTestId('pleno-sign'));
    const dialog = screen.getByTestId('sign-dialog');
    expect(dialog.textContent).toContain('budi');
    fireEvent.change(within(dialog).getByTestId('sign-sk-number'), { target: { value: 'SK/001/LSP/2027' } });
    fireEvent.change(within(dialog).getByTestId('sign-sk-date'), { target: { value: '2027-03-16' } });
    fireEvent.change(within(dialog).getByTestId('sign-password'), { target: { value: 'salah-sandi' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    expect((await within(dialog).findByTestId('error-message')).getAttribute('data-error-code')).toBe('WRONG_PASSWORD');
    wrong = false;
    fireEvent.change(within(dialog).getByTestId('sign-password'), { target: { value: 'sandi-ketua-benar' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    await screen.findByTestId('pleno-locked');
    expect(argsOf(fake.calls, 'pleno/sign')[1]).toEqual({ plenoId: 'pl-1', skNumber: 'SK/001/LSP/2027', skDate: '2027-03-16', password: 'sandi-ketua-benar' });
    expect(screen.queryByTestId('sign-dialog')).toBeNull();
  });

  it('a decided pleno not yet signed keeps its form, says saving makes it a draft to decide again, and saves a corrected place', async () => {
    // Helper Q's walk: a wrong date or member found after deciding could only be signed as it was.
    const decided = detail({ status: 'decided', decidedAt: '2027-03-15T02:00:00.000Z' });
    const { fake } = openAt(
      'pleno/pl-1',
      { 'pleno/get': () => ok(decided), 'results/review': () => ok(CLEAN_REVIEW), 'accounts/list': () => ok([]), 'assessors/list': () => ok(page([])), 'pleno/update': () => ok(detail({})) },
      'en',
    );
    expect((await screen.findByTestId('pleno-form-reopens')).textContent).toBe(en.plenoScreens.pleno.form.reopens);
    fireEvent.change(screen.getByTestId('field-place'), { target: { value: 'Ruang rapat 2' } });
    fireEvent.click(screen.getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'pleno/update')).toEqual([expect.objectContaining({ plenoId: 'pl-1', pleno: expect.objectContaining({ place: 'Ruang rapat 2' }) })]));
  });

  it('a signed pleno is read-only; Correct takes a reason and opens the new draft', async () => {
    const { fake } = openAt('pleno/pl-1', {
      'pleno/get': (args) => ok((args as { plenoId: string }).plenoId === 'pl-2' ? detail({ plenoId: 'pl-2', correctsId: 'pl-1', correctionReason: 'Nama salah ketik' }) : SIGNED),
      'results/sessions': () => ok([SUMMARY]),
      'accounts/list': () => ok([]),
      'assessors/list': () => ok(page([])),
      'results/review': () => ok(CLEAN_REVIEW),
      'pleno/correct': () => ok(detail({ plenoId: 'pl-2', correctsId: 'pl-1' })),
    });
    await screen.findByTestId('pleno-locked');
    expect(screen.queryByTestId('decisions-editor')).toBeNull();
    expect(screen.getAllByTestId('decision-value').map((c) => c.textContent)).toEqual([id.plenoScreens.decision.K, id.plenoScreens.decision.K]);
    expect(screen.getByTestId('decisions-table').textContent).toContain('Bukti portofolio tambahan diterima');
    fireEvent.click(screen.getByTestId('pleno-correct'));
    fireEvent.change(screen.getByTestId('correct-reason'), { target: { value: 'Nama salah ketik' } });
    fireEvent.click(within(screen.getByTestId('correct-dialog')).getByTestId('action-confirm'));
    await waitFor(() => expect(window.location.hash).toBe('#/pleno/pl-2'));
    expect(argsOf(fake.calls, 'pleno/correct')).toEqual([{ plenoId: 'pl-1', reason: 'Nama salah ketik' }]);
    expect((await screen.findByTestId('pleno-corrects')).textContent).toContain('Nama salah ketik');
  });

  it('a signed pleno’s table says what became of each candidate’s appeal, in both languages', async () => {
    const [first, second] = SIGNED.decisions;
    const signed = { ...SIGNED, decisions: [{ ...first, appeal: { status: 'accepted' as const, reassessmentCode: 'UJK-ULANG-1', reassessmentCancelled: false } }, { ...second, appeal: { status: 'rejected' as const, reassessmentCode: null, reassessmentCancelled: false } }] };
    const handlers = { 'pleno/get': () => ok(signed), 'results/review': () => ok(CLEAN_REVIEW) };
    openAt('pleno/pl-1', handlers);
    await screen.findByTestId('pleno-locked');
    expect(screen.getAllByTestId('decision-appeal').map((m) => m.textContent)).toEqual(['Banding diterima: asesmen ulang UJK-ULANG-1', id.plenoScreens.pleno.decisions.appealRejected]);
    cleanup();
    openAt('pleno/pl-1', handlers, 'en');
    await screen.findByTestId('pleno-locked');
    expect(screen.getAllByTestId('decision-appeal').map((m) => m.textContent)).toEqual(['Appeal accepted: re-assessment UJK-ULANG-1', 'Appeal rejected']);
  });

  it('a signed pleno’s table says an accepted appeal’s re-assessment session was cancelled, in both languages, where it named it as if still to come', async () => {
    const [first] = SIGNED.decisions;
    const signed = { ...SIGNED, decisions: [{ ...first, appeal: { status: 'accepted' as const, reassessmentCode: 'UJK-ULANG-1', reassessmentCancelled: true } }] };
    const handlers = { 'pleno/get': () => ok(signed), 'results/review': () => ok(CLEAN_REVIEW) };
    openAt('pleno/pl-1', handlers);
    await screen.findByTestId('pleno-locked');
    expect(screen.getAllByTestId('decision-appeal').map((m) => m.textContent)).toEqual(['Banding diterima: asesmen ulang UJK-ULANG-1 dibatalkan']);
    cleanup();
    openAt('pleno/pl-1', handlers, 'en');
    await screen.findByTestId('pleno-locked');
    expect(screen.getAllByTestId('decision-appeal').map((m) => m.textContent)).toEqual(['Appeal accepted: re-assessment UJK-ULANG-1 cancelled']);
  });

  it("a signed correction's BK row names the certificate the candidate still holds and links it, to be revoked, in both languages", async () => {
    const [first, second] = SIGNED.decisions;
    const held = { ...first, decision: 'BK' as const, departs: true, reason: 'Koreksi', heldCertificate: { certificateId: 'ct-1', number: '62019 0000001 2026' } };
    const handlers = { 'pleno/get': () => ok({ ...SIGNED, decisions: [held, second] }), 'results/review': () => ok(CLEAN_REVIEW) };
    openAt('pleno/pl-1', handlers);
    await screen.findByTestId('pleno-locked');
    const [mark] = screen.getAllByTestId('decision-certificate-held');
    expect(mark.textContent).toBe('Masih memegang sertifikat 62019 0000001 2026: cabut di halamannya');
    expect(within(mark).getByRole('link').getAttribute('href')).toBe('#/certificates/ct-1');
    cleanup();
    openAt('pleno/pl-1', handlers, 'en');
    await screen.findByTestId('pleno-locked');
    expect(screen.getAllByTestId('decision-certificate-held').map((m) => m.textContent)).toEqual(['Still holds certificate 62019 0000001 2026: revoke it on its page']);
  });

  it("marks a decision whose FR.AK.02 the assessor changed or reopened after the pleno, in both languages", async () => {
    const [first, second] = SIGNED.decisions;
    const decisions = [
      { ...first, recordNow: { recommendation: 'BK' as const, signed: true } },
      { ...second, recordNow: { recommendation: 'K' as const, signed: false } },
    ];
    const handlers = { 'pleno/get': () => ok({ ...SIGNED, decisions }), 'results/review': () => ok(CLEAN_REVIEW) };
    openAt('pleno/pl-1', handlers);
    await screen.findByTestId('pleno-locked');
    expect(screen.getAllByTestId('decision-record-changed').map((m) => m.textContent)).toEqual([
      'FR.AK.02 diubah asesor setelah pleno ini memutuskan: kini Belum kompeten (BK). Sertifikat tidak terbit sampai koreksi pleno memutuskan ulang',
      id.plenoScreens.pleno.decisions.recordUnsigned,
    ]);
    cleanup();
    openAt('pleno/pl-1', handlers, 'en');
    await screen.findByTestId('pleno-locked');
    expect(screen.getAllByTestId('decision-record-changed')[1].textContent).toBe(en.plenoScreens.pleno.decisions.recordUnsigned);
  });

  it('lists plenos with their state and saves the member rules, in English', async () => {
    const { fake } = openAt(
      'pleno',
      {
        'pleno/list': () =>
          ok([{ plenoId: 'pl-1', status: 'signed', heldOn: '2027-03-15', place: null, skNumber: 'SK/001', skDate: '2027-03-16', sessions: [{ sessionId: 'ses-1', code: SUMMARY.code }], members: 3, decided: 2, competent: 2, notCompetent: 0, correctsId: null, supersededBy: null }]),
        'pleno/settings': () => ok({ minMembers: 3, excludeSessionAssessors: true }),
        'pleno/setSettings': (args) => ok((args as { settings: unknown }).settings),
      },
      'en',
    );
    const row = await screen.findByTestId('pleno-row');
    expect(row.textContent).toContain(en.plenoScreens.status.signed);
    // A list of meetings, headed as the navigation names it.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Plenary meetings');
    expect(row.querySelector('a')?.getAttribute('href')).toBe('#/pleno/pl-1');
    const form = await screen.findByTestId('pleno-settings');
    fireEvent.change(within(form).getByTestId('field-minMembers'), { target: { value: '5' } });
    fireEvent.click(within(form).getByTestId('setting-excludeSessionAssessors'));
    fireEvent.click(within(form).getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'pleno/setSettings')).toEqual([{ settings: { minMembers: 5, excludeSessionAssessors: false } }]));
  });
});
