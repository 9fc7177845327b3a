import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import type { AplDetail } from '../../../../electron/shared/scheduling';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { aplDetail, aplWithApl01 } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

const ROUTE = 'apl/c-1~s-1';
const dialog = () => screen.queryByTestId('unsaved-dialog');
const stay = () => fireEvent.click(within(dialog()!).getByTestId('action-cancel'));

describe('leaving an edited APL', () => {
  it('asks before a nav link drops a typed FR.APL.01; "stay" keeps it, and once saved (the new row with its id) the link goes at once', async () => {
    let saved: AplDetail = aplDetail();
    const { fake } = openAt(ROUTE, {
      'apl/get': () => ok(saved),
      'apl/saveApplication': () => {
        saved = aplWithApl01;
        return ok(saved);
      },
    });
    const form = await screen.findByTestId('apl01-form');
    fireEvent.change(screen.getByTestId('evidence-0-description'), { target: { value: 'Ijazah SMK' } });

    fireEvent.click(screen.getByTestId('scheduling-nav-sessions'));
    expect(within(dialog()!).getByRole('heading').textContent).toBe(id.common.unsaved.title);
    stay();
    expect(dialog()).toBeNull();
    expect(window.location.hash).toBe('#/apl/c-1~s-1');
    expect((screen.getByTestId('evidence-0-description') as HTMLInputElement).value).toBe('Ijazah SMK');
    fireEvent.click(screen.getByTestId('apl-candidate-link'));
    expect(dialog()).toBeTruthy();
    stay();

    fireEvent.click(within(form).getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'apl/saveApplication')).toHaveLength(1));
    await screen.findByTestId('apl01-verify');
    fireEvent.click(screen.getByTestId('scheduling-nav-sessions'));
    expect(dialog()).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/sessions'));
  });

  it('asks about FR.APL.02 answers and the FR.APL.01 verification until each is saved', async () => {
    const { fake } = openAt(ROUTE, {
      'apl/get': () => ok(aplWithApl01),
      'apl/saveSelfAssessment': () => ok(aplWithApl01),
      'apl/verifyApplication': () => ok(aplWithApl01),
    });
    await screen.findByTestId('apl02-form');
    fireEvent.click(screen.getByTestId('apl02-1-BK'));
    fireEvent.click(screen.getByTestId('scheduling-nav-sessions'));
    expect(dialog()).toBeTruthy();
    stay();
    expect((screen.getByTestId('apl02-1-BK') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(screen.getByTestId('apl02-form')).getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'apl/saveSelfAssessment')).toHaveLength(1));
    await within(screen.getByTestId('apl02-form')).findByTestId('record-saved');

    const verify = screen.getByTestId('apl01-verify');
    fireEvent.change(within(verify).getByTestId('field-note'), { target: { value: 'Ijazah dicocokkan dengan aslinya' } });
    fireEvent.click(screen.getByTestId('scheduling-nav-sessions'));
    expect(dialog()).toBeTruthy();
    stay();
    fireEvent.click(within(verify).getByTestId('record-save'));
    await waitFor(() => expect(argsOf(fake.calls, 'apl/verifyApplication')).toHaveLength(1));
    await within(verify).findByTestId('record-saved');
    fireEvent.click(screen.getByTestId('scheduling-nav-sessions'));
    expect(dialog()).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe('#/sessions'));
  });
});
