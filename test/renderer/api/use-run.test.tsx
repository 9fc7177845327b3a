import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CallError } from '../../../renderer/src/api/client-errors';
import { useRun } from '../../../renderer/src/api/use-run';
import { apiError } from '../../../electron/shared/errors';

describe('useRun', () => {
  it('is busy while the task runs, keeps a failure as a UiError, and clears it on the next run', async () => {
    const { result } = renderHook(() => useRun());
    let finish: () => void = () => {};
    let outcome: Promise<boolean> = Promise.resolve(false);
    act(() => {
      outcome = result.current.run(() => new Promise<void>((resolve) => (finish = resolve)));
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      finish();
      expect(await outcome).toBe(true);
    });
    expect(result.current).toMatchObject({ busy: false, error: null });

    await act(async () => {
      expect(await result.current.run(() => Promise.reject(new CallError(apiError('SESSION_ENDED'))))).toBe(false);
    });
    expect(result.current.busy).toBe(false);
    expect(result.current.error).toMatchObject({ code: 'SESSION_ENDED' });

    await act(async () => {
      await result.current.run(async () => {});
    });
    expect(result.current.error).toBeNull();
  });
});
