import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { id } from '../../../../electron/shared/i18n/id';
import { createI18n } from '../../../../renderer/src/i18n/setup';
import { RecordForm } from '../../../../renderer/src/screens/registry/RecordForm';

afterEach(cleanup);

const form = (busy: boolean, onSubmit: () => void) => (
  <I18nextProvider i18n={createI18n('id')}>
    <RecordForm isNew={false} busy={busy} error={null} saved={false} onSubmit={onSubmit} testId="some-form">
      <input data-testid="field-name" />
    </RecordForm>
  </I18nextProvider>
);

describe('a registry record form while it saves', () => {
  it('keeps the save button focusable (a disabled button drops a keyboard user to the top of the page) and does not save twice', () => {
    const onSubmit = vi.fn();
    const { rerender } = render(form(false, onSubmit));
    const button = screen.getByTestId('record-save') as HTMLButtonElement;
    button.focus();
    rerender(form(true, onSubmit));
    // Chromium blurs a focused button that becomes disabled: focus then lands on <body>.
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.textContent).toBe(id.registryScreens.record.saving);
    expect(document.activeElement).toBe(button);
    fireEvent.submit(screen.getByTestId('some-form'));
    expect(onSubmit).not.toHaveBeenCalled();
    rerender(form(false, onSubmit));
    expect(button.getAttribute('aria-disabled')).toBeNull();
    fireEvent.submit(screen.getByTestId('some-form'));
    expect(onSubmit).toHaveBeenCalledOnce();
  });
});
