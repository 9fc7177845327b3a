/**
 * Sends a value, and when calls pile up sends only the newest one next: for "the candidate is on
 * question N", where an older position arriving last would resume them on the wrong question.
 */
export function latestOnly<T>(send: (value: T) => Promise<unknown>): (value: T) => void {
  let busy = false;
  let waiting: { value: T } | null = null;
  const run = async (value: T): Promise<void> => {
    busy = true;
    try {
      await send(value);
    } catch {
      // A lost position is a small inconvenience after a crash, never a lost answer: no retry needed.
    }
    busy = false;
    if (waiting) {
      const next = waiting.value;
      waiting = null;
      void run(next);
    }
  };
  return (value) => {
    if (busy) waiting = { value };
    else void run(value);
  };
}
