import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../fake-transport';
import { argsOf, openAt } from '../registry/support';
import { SCHEME, page } from './fixtures';

afterEach(() => {
  window.location.hash = '';
});

describe('the FR.APL list', () => {
  it("opens with the state the home's link chose (applications awaiting verification), and a state it does not know is no filter", async () => {
    const { fake } = openAt('apl?state=awaiting_verification', { 'schemes/list': () => ok(page([SCHEME])), 'apl/list': () => ok(page([])) });
    await waitFor(() => expect(argsOf(fake.calls, 'apl/list')).toHaveLength(1));
    expect(argsOf(fake.calls, 'apl/list')[0]).toMatchObject({ schemeId: SCHEME.id, state: 'awaiting_verification' });
    expect((screen.getByTestId('apl-state') as HTMLSelectElement).value).toBe('awaiting_verification');
    window.location.hash = '#/apl?state=nope';
    await waitFor(() => expect((screen.getByTestId('apl-state') as HTMLSelectElement).value).toBe(''));
  });
});

describe('the FR.APL list opened for one scheme', () => {
  it("shows the scheme the home's line named, not the first; a scheme it does not hold is no choice", async () => {
    const other = { ...SCHEME, id: 'scheme-2', code: 'SS.ADS/LSPP/007/2023' };
    const { fake } = openAt('apl?state=awaiting_verification&scheme=scheme-2', { 'schemes/list': () => ok(page([SCHEME, other])), 'apl/list': () => ok(page([])) });
    await waitFor(() => expect(argsOf(fake.calls, 'apl/list')).toHaveLength(1));
    expect(argsOf(fake.calls, 'apl/list')[0]).toMatchObject({ schemeId: 'scheme-2', state: 'awaiting_verification' });
    expect((screen.getByTestId('apl-scheme') as HTMLSelectElement).value).toBe('scheme-2');
    window.location.hash = '#/apl?state=awaiting_verification&scheme=gone';
    await waitFor(() => expect((screen.getByTestId('apl-scheme') as HTMLSelectElement).value).toBe(SCHEME.id));
  });
});
