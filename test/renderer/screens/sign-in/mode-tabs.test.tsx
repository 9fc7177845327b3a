import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { appInfo } from '../../fixtures';
import { fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';

const selected = () => screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true')?.dataset.testid;

describe('the sign-in modes as a tab list', () => {
  it('← goes back and → forward round the three modes, Home and End to the ends, the focus with the chosen tab', () => {
    renderApp(fakeTransport({ 'app/info': () => ok(appInfo(false)) }).transport);
    const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });
    screen.getByTestId('signin-mode-staff').focus();
    press('ArrowLeft');
    expect(selected()).toBe('signin-mode-apl');
    expect(document.activeElement).toBe(screen.getByTestId('signin-mode-apl'));
    press('ArrowLeft');
    expect(selected()).toBe('signin-mode-candidate');
    press('ArrowRight');
    expect(selected()).toBe('signin-mode-apl');
    press('ArrowRight');
    expect(selected()).toBe('signin-mode-staff');
    press('End');
    expect(selected()).toBe('signin-mode-apl');
    press('Home');
    expect(selected()).toBe('signin-mode-staff');
    expect(document.activeElement).toBe(screen.getByTestId('signin-mode-staff'));
  });
});
