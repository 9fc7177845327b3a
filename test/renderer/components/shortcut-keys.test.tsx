import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useShortcutKeys } from '../../../renderer/src/components/shortcut-keys';

afterEach(cleanup);

function Screen({ heard, enabled = true, tag = '' }: { heard: string[]; enabled?: boolean; tag?: string }) {
  useShortcutKeys((event) => {
    if (event.key !== 'y') return false;
    heard.push(`${tag}${event.key}`);
    return true;
  }, enabled);
  return (
    <form>
      <input data-testid="text" />
      <input data-testid="box" type="checkbox" />
      <textarea data-testid="area" />
      <select data-testid="pick" />
      <div data-testid="editable" contentEditable />
      <button type="button" data-testid="button" />
    </form>
  );
}

describe('a screen’s single-key shortcuts', () => {
  it('act outside text fields and prevent the key’s default only when they acted', () => {
    const heard: string[] = [];
    const view = render(<Screen heard={heard} />);
    for (const id of ['text', 'area', 'pick', 'editable']) fireEvent.keyDown(view.getByTestId(id), { key: 'y' });
    expect(heard).toEqual([]);
    expect(fireEvent.keyDown(view.getByTestId('box'), { key: 'y' })).toBe(false);
    expect(fireEvent.keyDown(view.getByTestId('button'), { key: 'y' })).toBe(false);
    expect(fireEvent.keyDown(window, { key: 'q' })).toBe(true);
    expect(heard).toEqual(['y', 'y']);
  });

  it('leave keys with Ctrl, Alt or Meta, and keys a modal already handled, to whoever has them', () => {
    const heard: string[] = [];
    render(<Screen heard={heard} />);
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey']) fireEvent.keyDown(window, { key: 'y', [modifier]: true });
    const handled = new KeyboardEvent('keydown', { key: 'y', cancelable: true });
    handled.preventDefault();
    window.dispatchEvent(handled);
    expect(heard).toEqual([]);
  });

  it('use the newest handler after a render, and stop when disabled or gone', () => {
    const heard: string[] = [];
    const view = render(<Screen heard={heard} tag="first:" />);
    view.rerender(<Screen heard={heard} tag="second:" />);
    fireEvent.keyDown(window, { key: 'y' });
    view.rerender(<Screen heard={heard} tag="second:" enabled={false} />);
    fireEvent.keyDown(window, { key: 'y' });
    view.rerender(<Screen heard={heard} tag="third:" />);
    view.unmount();
    fireEvent.keyDown(window, { key: 'y' });
    expect(heard).toEqual(['second:y']);
  });
});
