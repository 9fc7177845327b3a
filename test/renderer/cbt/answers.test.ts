import { describe, expect, it } from 'vitest';
import { answerCounts, markOf, wordCount } from '../../../renderer/src/cbt/answers';
import { applyDisplayPrefs, readDisplayPrefs, storeDisplayPrefs } from '../../../renderer/src/cbt/display-prefs';
import { latestOnly } from '../../../renderer/src/cbt/latest-only';
import { memoryPendingStore } from '../../../renderer/src/cbt/pending-store';
import { ITEMS } from '../cbt-fixtures';
import { pending } from './pending-fixtures';

describe('answers', () => {
  it('mark a question ragu-ragu before answered, and blank text as unanswered', () => {
    expect(markOf(undefined)).toBe('unanswered');
    expect(markOf({ itemId: 'a', choice: 0, text: null, doubtful: false })).toBe('answered');
    expect(markOf({ itemId: 'a', choice: 0, text: null, doubtful: true })).toBe('doubtful');
    expect(markOf({ itemId: 'a', choice: null, text: '   \n', doubtful: false })).toBe('unanswered');
    expect(markOf({ itemId: 'a', choice: null, text: 'x', doubtful: false })).toBe('answered');
  });

  it('count unanswered and ragu-ragu questions for the submit confirmation', () => {
    const answers = new Map([
      ['mc-1', { itemId: 'mc-1', choice: 2, text: null, doubtful: true }],
      ['mc-2', { itemId: 'mc-2', choice: null, text: null, doubtful: true }],
    ]);
    expect(answerCounts(ITEMS, answers)).toEqual({ total: 3, unanswered: 2, doubtful: 2 });
  });

  it('count words as runs of non-space characters', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  \n ')).toBe(0);
    expect(wordCount('GET  mengambil\tdata,\nPOST mengirim.')).toBe(5);
  });
});

describe('pending store', () => {
  it('keeps the newest save per question, in sequence order, and removes only the acknowledged one', () => {
    const store = memoryPendingStore();
    store.put(pending({ itemId: 'a', choice: 0, seq: 1 }));
    store.put(pending({ itemId: 'b', choice: 1, seq: 2 }));
    store.put(pending({ itemId: 'a', choice: 2, seq: 3 }));
    // An older save arriving late never replaces a newer one.
    store.put(pending({ itemId: 'b', choice: 4, seq: 1 }));
    expect(store.list().map((s) => [s.itemId, s.seq])).toEqual([
      ['b', 2],
      ['a', 3],
    ]);
    store.remove('a', 1);
    expect(store.list()).toHaveLength(2);
    store.remove('a', 3);
    expect(store.list().map((s) => s.itemId)).toEqual(['b']);
  });
});

describe('display preferences', () => {
  it('persist size and contrast, ignore junk, and apply to <html>', () => {
    expect(readDisplayPrefs(localStorage)).toEqual({ fontSize: 'normal', highContrast: false });
    storeDisplayPrefs({ fontSize: 'xlarge', highContrast: true }, localStorage);
    expect(readDisplayPrefs(localStorage)).toEqual({ fontSize: 'xlarge', highContrast: true });
    localStorage.setItem('ruang-uji.display', '{"fontSize":"huge","highContrast":"yes"}');
    expect(readDisplayPrefs(localStorage)).toEqual({ fontSize: 'normal', highContrast: false });
    localStorage.setItem('ruang-uji.display', 'not json');
    expect(readDisplayPrefs(localStorage)).toEqual({ fontSize: 'normal', highContrast: false });

    const undo = applyDisplayPrefs({ fontSize: 'large', highContrast: true });
    expect(document.documentElement.dataset.fontSize).toBe('large');
    expect(document.documentElement.dataset.contrast).toBe('high');
    undo();
    expect(document.documentElement.dataset.fontSize).toBeUndefined();
    localStorage.clear();
  });
});

describe('latestOnly', () => {
  it('sends the newest value after the one in flight, skipping those in between', async () => {
    const sent: number[] = [];
    const done: (() => void)[] = [];
    const send = latestOnly((n: number) => {
      sent.push(n);
      return new Promise<void>((resolve) => done.push(resolve));
    });
    send(1);
    send(2);
    send(3);
    send(4);
    expect(sent).toEqual([1]);
    done.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual([1, 4]);
  });
});
