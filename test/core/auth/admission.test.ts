import { describe, expect, it } from 'vitest';
import { Admission } from '../../../electron/core/auth/admission';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('admission a few per turn', () => {
  it('lets in at most perTurn callers each turn of the event loop, in the order they came, and other work runs between', async () => {
    const admission = new Admission(3);
    const order: string[] = [];
    const callers = Array.from({ length: 7 }, (_, i) => admission.next().then(() => order.push(`c${i}`)));
    // Work that arrives meanwhile (a save's group commit, say) is scheduled the same way and gets its turn.
    setImmediate(() => order.push('other'));
    await Promise.all(callers);
    expect(order).toEqual(['c0', 'c1', 'c2', 'other', 'c3', 'c4', 'c5', 'c6']);
  });

  it('admits a caller that comes after the queue emptied on the next turn', async () => {
    const admission = new Admission(2);
    await admission.next();
    let admitted = false;
    void admission.next().then(() => (admitted = true));
    expect(admitted).toBe(false);
    await turn();
    await Promise.resolve();
    expect(admitted).toBe(true);
  });
});
