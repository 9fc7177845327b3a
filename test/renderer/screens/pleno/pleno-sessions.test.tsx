import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../../electron/shared/i18n/en';
import { id } from '../../../../electron/shared/i18n/id';
import { ok } from '../../fake-transport';
import { assessor, page } from '../scheduling/fixtures';
import { argsOf, openAt } from '../registry/support';
import { detail, SUMMARY } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

const open = (language: 'id' | 'en') =>
  openAt(
    'pleno/new',
    {
      'results/sessions': () => ok([SUMMARY]),
      'accounts/list': () => ok([]),
      'assessors/list': () => ok(page([assessor(1)])),
      'pleno/create': () => ok(detail()),
      'pleno/get': () => ok(detail()),
    },
    language,
  );

/** The date and a chair, but no session ticked. */
async function fillAllButSessions() {
  const form = await screen.findByTestId('pleno-form');
  fireEvent.change(within(form).getByTestId('field-heldOn'), { target: { value: '2027-03-15' } });
  const add = within(form).getByTestId('member-add');
  await waitFor(() => expect(add.querySelectorAll('option').length).toBeGreaterThan(1));
  fireEvent.change(add, { target: { value: 'assessor:as-1' } });
  return form;
}

describe('a new pleno without a session', () => {
  it('asks for a session at the sessions, sends nothing, and saves once one is ticked', async () => {
    const { fake } = open('id');
    const form = await fillAllButSessions();
    fireEvent.click(within(form).getByTestId('record-save'));
    const sessions = within(form).getByTestId('pleno-sessions');
    expect(within(sessions).getByTestId('pleno-sessions-missing').textContent).toBe(id.plenoScreens.pleno.form.sessionsMissing);
    expect(form.querySelector('[data-testid="error-message"]')).toBeNull();
    expect(argsOf(fake.calls, 'pleno/create')).toEqual([]);
    fireEvent.click(within(form).getByTestId(`pleno-session-${SUMMARY.code}`));
    expect(within(sessions).queryByTestId('pleno-sessions-missing')).toBeNull();
    fireEvent.click(within(form).getByTestId('record-save'));
    await waitFor(() => expect(window.location.hash).toBe('#/pleno/pl-1'));
    expect(argsOf(fake.calls, 'pleno/create')).toHaveLength(1);
  });

  it('says it in English too', async () => {
    const { fake } = open('en');
    const form = await fillAllButSessions();
    fireEvent.click(within(form).getByTestId('record-save'));
    expect(within(form).getByTestId('pleno-sessions-missing').textContent).toBe(en.plenoScreens.pleno.form.sessionsMissing);
    expect(argsOf(fake.calls, 'pleno/create')).toEqual([]);
  });
});
