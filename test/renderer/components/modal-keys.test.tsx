import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { modalKeyHandler } from '../../../renderer/src/components/modal-keys';

function Modal({ busy, onCancel }: { busy: boolean; onCancel: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  return (
    <div ref={box} role="dialog" onKeyDown={modalKeyHandler(box, { busy, onCancel })}>
      <input aria-label="first" />
      <button type="button">middle</button>
      <button type="button">last</button>
    </div>
  );
}

afterEach(cleanup);

describe('modal keys', () => {
  it('keeps Tab inside the modal, both ways', () => {
    render(<Modal busy={false} onCancel={() => {}} />);
    const first = screen.getByLabelText('first');
    const last = screen.getByText('last');
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('cancels on Escape, but not while the call is running', () => {
    const onCancel = vi.fn();
    const { rerender } = render(<Modal busy onCancel={onCancel} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onCancel).not.toHaveBeenCalled();
    rerender(<Modal busy={false} onCancel={onCancel} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
