import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { fail, ok } from '../../fake-transport';
import { assessor, page } from '../scheduling/fixtures';
import { argsOf, openAt } from '../registry/support';
import { detail, REVIEW, SUMMARY } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

const texts = { id, en };

const openNew = (language: 'id' | 'en', create = () => ok(detail())) =>
  openAt(
    'pleno/new',
    {
      'results/sessions': () => ok([SUMMARY]),
      'accounts/list': () => ok([]),
      'assessors/list': () => ok(page([assessor(1), assessor(2)])),
      'pleno/create': create,
      'pleno/get': () => ok(detail()),
    },
    language,
  );

const save = (form: HTMLElement) => fireEvent.click(within(form).getByTestId('record-save'));
const problemText = (form: HTMLElement, testId: string) => within(form).queryByTestId(testId)?.textContent ?? null;

describe.each(['id', 'en'] as const)('a pleno draft saved with required fields missing (%s)', (language) => {
  const form = texts[language].plenoScreens.pleno.form;

  it('says at the date, the sessions, the members and an unnamed member what is missing, sends nothing, and saves once all is there', async () => {
    const { fake } = openNew(language);
    const pleno = await screen.findByTestId('pleno-form');
    // The sessions to pick load after the form: on a loaded machine, later than the form itself.
    await within(pleno).findByTestId(`pleno-session-${SUMMARY.code}`);
    save(pleno);
    expect(problemText(pleno, 'problem-heldOn')).toBe(form.heldOnMissing);
    expect(within(pleno).getByTestId('field-heldOn').getAttribute('aria-invalid')).toBe('true');
    expect(problemText(pleno, 'pleno-sessions-missing')).toBe(form.sessionsMissing);
    expect(problemText(pleno, 'pleno-members-missing')).toBe(form.membersMissing);
    // No contract message (BAD_ARGS and its zod paths) anywhere.
    expect(pleno.querySelector('[data-testid="error-message"]')).toBeNull();

    // A date that is not in the calendar, and a member added by name whose name is still empty.
    fireEvent.change(within(pleno).getByTestId('field-heldOn'), { target: { value: '31/02/2027' } });
    fireEvent.click(within(pleno).getByTestId('member-add-name'));
    save(pleno);
    expect(problemText(pleno, 'problem-heldOn')).toBe(texts[language].common.dayInput.notACalendarDay);
    expect(problemText(pleno, 'pleno-members-missing')).toBeNull();
    expect(problemText(within(pleno).getByTestId('pleno-member'), 'member-name-problem')).toBe(form.memberNameMissing);
    expect(within(pleno).getByTestId('member-name').getAttribute('aria-invalid')).toBe('true');
    expect(argsOf(fake.calls, 'pleno/create')).toEqual([]);

    // Each message goes as its field is put right.
    fireEvent.change(within(pleno).getByTestId('field-heldOn'), { target: { value: '2027-03-15' } });
    expect(problemText(pleno, 'problem-heldOn')).toBeNull();
    fireEvent.change(within(pleno).getByTestId('member-name'), { target: { value: 'Dewi Lestari' } });
    expect(problemText(pleno, 'member-name-problem')).toBeNull();
    fireEvent.click(within(pleno).getByTestId(`pleno-session-${SUMMARY.code}`));
    save(pleno);
    await waitFor(() => expect(window.location.hash).toBe('#/pleno/pl-1'));
    expect(argsOf(fake.calls, 'pleno/create')).toEqual([
      { pleno: { heldOn: '2027-03-15', place: null, sessionIds: [SUMMARY.sessionId], members: [{ role: 'chair', name: 'Dewi Lestari', accountId: null, assessorId: null }] } },
    ]);
  });

  it("shows the core's refusal of fewer members than the LSP's rule at the members, in words", async () => {
    openNew(language, () => fail('PLENO_MEMBERS_TOO_FEW', { min: 3, count: 1 }));
    const pleno = await screen.findByTestId('pleno-form');
    fireEvent.change(within(pleno).getByTestId('field-heldOn'), { target: { value: '2027-03-15' } });
    fireEvent.click(await within(pleno).findByTestId(`pleno-session-${SUMMARY.code}`));
    const add = within(pleno).getByTestId('member-add');
    await waitFor(() => expect(add.querySelectorAll('option').length).toBeGreaterThan(1));
    fireEvent.change(add, { target: { value: 'assessor:as-1' } });
    save(pleno);
    const members = within(pleno).getByTestId('pleno-members');
    const message = await within(members).findByTestId('error-message');
    expect(message.textContent).toBe(texts[language].errors.PLENO_MEMBERS_TOO_FEW.replace('{{min}}', '3').replace('{{count}}', '1'));
  });

  it('signing says at the SK number, the SK date and the password what is missing, and sends nothing', async () => {
    const { fake } = openAt(
      'pleno/pl-1',
      {
        'pleno/get': () => ok(detail({ status: 'decided', decidedAt: '2027-03-15T02:00:00.000Z' })),
        'results/review': () => ok({ ...REVIEW, candidates: [] }),
        'pleno/sign': () => ok(detail()),
      },
      language,
    );
    fireEvent.click(await screen.findByTestId('pleno-sign'));
    const dialog = screen.getByTestId('sign-dialog');
    fireEvent.change(within(dialog).getByTestId('sign-sk-date'), { target: { value: '' } });
    fireEvent.click(within(dialog).getByTestId('action-confirm'));
    const sign = texts[language].plenoScreens.pleno.sign;
    expect(problemText(dialog, 'sign-problem-number')).toBe(sign.skNumberMissing);
    expect(problemText(dialog, 'sign-problem-date')).toBe(sign.skDateMissing);
    expect(problemText(dialog, 'sign-problem-password')).toBe(sign.passwordMissing);
    expect(within(dialog).getByTestId('sign-password').getAttribute('aria-invalid')).toBe('true');
    expect(dialog.querySelector('[data-testid="error-message"]')).toBeNull();
    expect(argsOf(fake.calls, 'pleno/sign')).toEqual([]);
    fireEvent.change(within(dialog).getByTestId('sign-sk-number'), { target: { value: 'SK/001/LSP/2027' } });
    expect(problemText(dialog, 'sign-problem-number')).toBeNull();
  });
});

describe.each(['id', 'en'] as const)("a pleno member's row (%s)", (language) => {
  const form = texts[language].plenoScreens.pleno.form;

  it('labels its role and name fields on screen, and says the linked account is the sign-in account', async () => {
    openAt(
      'pleno/new',
      {
        'results/sessions': () => ok([SUMMARY]),
        'accounts/list': () =>
          ok([{ id: 'acc-1', role: 'lsp_admin', username: 'admin', displayName: 'Rina Kartikasari', assessorId: null, disabled: false, disabledNote: null, locked: false, mustChangePassword: false, createdAt: '2027-01-01T00:00:00.000Z' }]),
        'assessors/list': () => ok(page([])),
      },
      language,
    );
    const pleno = await screen.findByTestId('pleno-form');
    const add = within(pleno).getByTestId('member-add');
    await waitFor(() => expect(add.querySelector('option[value="account:acc-1"]')).not.toBeNull());
    fireEvent.change(add, { target: { value: 'account:acc-1' } });
    const row = within(pleno).getByTestId('pleno-member');
    // A visible label over each field (its accessible name, "Nama anggota 1", begins with the same word).
    const labelOf = (testId: string) => within(row).getByTestId(testId).closest('label')?.querySelector('.field__label')?.textContent;
    expect(labelOf('member-role')).toBe(form.roleLabel);
    expect(labelOf('member-name')).toBe(form.nameLabel);
    expect(within(row).getByTestId('member-name').getAttribute('aria-label')?.startsWith(form.nameLabel)).toBe(true);
    expect(within(row).getByTestId('member-link').textContent).toBe(language === 'id' ? 'akun masuk: admin' : 'sign-in account: admin');
  });
});
