import { describe, expect, it } from 'vitest';
import { fixture, runCases } from '../../fuzz/bundle-mutations';

describe('fuzzed bundles', () => {
  it('300 mutated, truncated and header-edited bundles: each refused with a fitting code, database unchanged', async () => {
    const f = await fixture();
    try {
      const { outcomes, dbChanged } = await runCases(f, 20260521, 300);
      expect(dbChanged).toBe(false);
      const wrong = outcomes.filter((o) => !o.ok);
      expect(wrong, JSON.stringify(wrong.slice(0, 5))).toEqual([]);
      // The run really covered each kind of damage.
      expect(new Set(outcomes.map((o) => o.kind))).toEqual(new Set(['truncate', 'flip-header', 'flip-payload', 'edit-header', 'append']));
    } finally {
      f.close();
    }
  });
});
