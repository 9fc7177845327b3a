import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import { appInfo } from '../../fixtures';
import { fail, fakeTransport, ok } from '../../fake-transport';
import { renderApp } from '../../render-app';

function openSetup(create = () => fail('BAD_ARGS', { details: 'admin.username (invalid_format)' })) {
  sessionStorage.clear();
  window.location.hash = '';
  const fake = fakeTransport({ 'app/info': () => ok(appInfo(false)), 'setup/status': () => ok({ needed: true, kind: null }), 'setup/create': create });
  renderApp(fake.transport);
  return fake;
}

describe('set-up screen', () => {
  it('says beside each empty field that it is needed, and focuses the first, instead of sending the form', async () => {
    const fake = openSetup();
    await screen.findByTestId('setup-form');
    fireEvent.change(screen.getByTestId('setup-lsp-code'), { target: { value: 'LSP-TD' } });
    fireEvent.change(screen.getByTestId('setup-password'), { target: { value: 'Kantor-Kuat-2026' } });
    fireEvent.change(screen.getByTestId('setup-password-confirm'), { target: { value: 'Kantor-Kuat-2026' } });
    fireEvent.click(screen.getByTestId('setup-submit'));

    for (const testId of ['setup-lsp-name', 'setup-licence', 'setup-admin-name', 'setup-admin-username']) {
      expect(screen.getByTestId(`problem-${testId}`).textContent).toBe(id.registry.reasons.required);
      expect(screen.getByTestId(testId).getAttribute('aria-invalid')).toBe('true');
    }
    expect(screen.queryByTestId('problem-setup-lsp-code')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('setup-lsp-name')));
    expect(fake.calls.some((c) => c.method === 'setup/create')).toBe(false);
  });

  it("shows the core's refusal beside the submit button, where the eye is after pressing it", async () => {
    const fake = openSetup();
    await screen.findByTestId('setup-form');
    const fill = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
    fill('setup-lsp-name', 'LSP Teknologi Digital');
    fill('setup-lsp-code', 'LSP-TD');
    fill('setup-licence', 'BNSP-LSP-123-ID');
    fill('setup-admin-name', 'Siti Rahma');
    fill('setup-admin-username', 'siti rahma');
    fill('setup-password', 'Kantor-Kuat-2026');
    fill('setup-password-confirm', 'Kantor-Kuat-2026');
    fireEvent.click(screen.getByTestId('setup-submit'));

    await waitFor(() => expect(fake.calls.some((c) => c.method === 'setup/create')).toBe(true));
    const error = await within(screen.getByTestId('setup-form')).findByTestId('error-message');
    expect(error.nextElementSibling).toBe(screen.getByTestId('setup-submit'));
  });
});
