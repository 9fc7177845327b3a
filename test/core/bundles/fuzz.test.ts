import { describe, expect, it } from 'vitest';
import { fixture, runCases } from '../../fuzz/bundle-mutations';
import { forgeryFixture, runForgeries } from '../../fuzz/manifest-forgeries';

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

  it('60 manifest-level forgeries (keys, ids, owners), confirmed as shown: each refused with a fitting code, nothing changed or left decrypted', async () => {
    const f = await forgeryFixture();
    try {
      const { outcomes, dbChanged, stagingLeft } = await runForgeries(f, 20260521, 60);
      expect(dbChanged).toBe(false);
      expect(stagingLeft).toBe(0);
      const wrong = outcomes.filter((o) => !o.ok);
      expect(wrong, JSON.stringify(wrong.slice(0, 5))).toEqual([]);
      expect(new Set(outcomes.map((o) => o.kind))).toEqual(
        new Set(['keys-copied-fingerprint', 'keys-claimed-not-held', 'keys-same-lsp', 'ids-new-lsp-foreign-rows', 'ids-new-lsp-rows-moved', 'owners-reparented']),
      );
    } finally {
      f.close();
    }
  });
});
