import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { id } from '../../../electron/shared/i18n/id';
import { ConsoleDialog } from '../../../renderer/src/components/ConsoleDialog';
import { createI18n } from '../../../renderer/src/i18n/setup';

afterEach(cleanup);

const dialog = (busy: boolean, onSubmit: () => void, onCancel: () => void) => (
  <I18nextProvider i18n={createI18n('id')}>
    <ConsoleDialog title="Perpanjang waktu" confirmLabel="Perpanjang" busy={busy} error={null} onSubmit={onSubmit} onCancel={onCancel}>
      <input aria-label="Alasan" />
    </ConsoleDialog>
  </I18nextProvider>
);

describe('a console dialog while its call runs', () => {
  it('keeps its buttons focusable (a disabled one drops the focus behind the modal) and acts on neither', () => {
    const onSubmit = vi.fn();
    const onCancel = vi.fn();
    const { rerender } = render(dialog(false, onSubmit, onCancel));
    const confirm = screen.getByTestId<HTMLButtonElement>('action-confirm');
    const cancel = screen.getByTestId<HTMLButtonElement>('action-cancel');
    confirm.focus();
    rerender(dialog(true, onSubmit, onCancel));
    // Chromium blurs a focused button that becomes disabled: the focus would land on <body>, out of the trap.
    expect(confirm.disabled).toBe(false);
    expect(cancel.disabled).toBe(false);
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    expect(cancel.getAttribute('aria-disabled')).toBe('true');
    expect(confirm.textContent).toBe(id.examDay.actions.working);
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);
    fireEvent.click(cancel);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
    rerender(dialog(false, onSubmit, onCancel));
    expect(confirm.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(confirm);
    fireEvent.click(cancel);
    expect(onSubmit).toHaveBeenCalledOnce();
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
