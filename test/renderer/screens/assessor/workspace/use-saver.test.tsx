import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError } from '../../../../../electron/shared/errors';
import { CallError, clientError } from '../../../../../renderer/src/api/client-errors';
import { useSaver } from '../../../../../renderer/src/screens/assessor/workspace/use-saver';

afterEach(() => {
  vi.useRealTimers();
  cleanup();
});

/** A text field as the workspace's: shown as typed, saved when it is left. */
function Note({ send }: { send: (seq: number) => Promise<unknown> }) {
  const saver = useSaver(0);
  const [text, setText] = useState('');
  return <input aria-label="note" value={text} onChange={(e) => setText(e.target.value)} onBlur={() => void saver.save(send)} />;
}

const leave = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
};

describe('useSaver (the assessor’s no-loss saves)', () => {
  it('numbers each save after the stored last sequence number', async () => {
    const { result } = renderHook(() => useSaver(41));
    const seqs: number[] = [];
    await act(async () => {
      await result.current.save(async (seq) => seqs.push(seq));
      await result.current.save(async (seq) => seqs.push(seq));
    });
    expect(seqs).toEqual([42, 43]);
    expect(result.current.status.state).toBe('saved');
  });

  it('sends the same save again by itself when the link fails, with the same number', async () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useSaver(0));
    const seqs: number[] = [];
    const send = vi.fn(async (seq: number) => {
      seqs.push(seq);
      if (seqs.length < 3) throw new CallError(clientError('NETWORK'));
    });
    let done: Promise<boolean> = Promise.resolve(false);
    act(() => {
      done = result.current.save(send);
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3_000);
    });
    expect(await done).toBe(true);
    expect(seqs).toEqual([1, 1, 1]);
    expect(result.current.status.state).toBe('saved');
  });

  it('shows a refusal with a retry that keeps the number, so a newer save of the record still wins', async () => {
    const { result } = renderHook(() => useSaver(5));
    const seqs: number[] = [];
    let refuse = true;
    await act(async () => {
      await result.current.save(async (seq) => {
        seqs.push(seq);
        if (refuse) throw new CallError(apiError('RECORD_LOCKED', { form: 'FR.AK.02' }));
      });
    });
    const status = result.current.status;
    expect(status.state).toBe('error');
    if (status.state !== 'error') return;
    expect(status.error.code).toBe('RECORD_LOCKED');
    refuse = false;
    await act(async () => {
      status.retry();
      await Promise.resolve();
    });
    expect(seqs).toEqual([6, 6]);
    expect(result.current.status.state).toBe('saved');
  });

  it('a reload while typing saves the field being typed in and asks first (the text was lost without a word)', () => {
    const sent: number[] = [];
    // The save stays on its way, as over a slow link.
    render(<Note send={(seq) => new Promise(() => sent.push(seq))} />);
    const field = screen.getByLabelText('note');
    field.focus();
    fireEvent.change(field, { target: { value: 'Langkah tidak disebutkan' } });
    expect(sent).toEqual([]);
    const event = leave();
    expect(sent).toEqual([1]);
    expect(event.defaultPrevented).toBe(true);
  });

  it.each(['popstate', 'hashchange'])("the browser's Back while typing saves the field before the view goes (the text was lost: no blur on the way out): %s", (type) => {
    const sent: number[] = [];
    render(<Note send={async (seq) => sent.push(seq)} />);
    const field = screen.getByLabelText('note');
    field.focus();
    fireEvent.change(field, { target: { value: 'Komentar lalu kembali' } });
    window.dispatchEvent(new Event(type));
    expect(sent).toEqual([1]);
  });

  it('lets the page go without asking when nothing is typed or on its way', () => {
    render(<Note send={async () => undefined} />);
    expect(leave().defaultPrevented).toBe(false);
  });
});
