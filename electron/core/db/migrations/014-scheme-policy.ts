import type { Migration } from './types';

/**
 * Per-scheme settings of the LSP (issues 16 and 17): the written test's duration, the percentage shown
 * to the assessor as a pass hint (the assessor decides K/BK; the figure is only a hint), how many years a
 * certificate is valid, and the scheme's KBLI code for certificate numbers. Keyed by scheme code, not
 * scheme id, because a setting outlives a scheme's versions and changing one must not create a version.
 * A NULL column means the LSP-wide default applies.
 */
export const schemePolicy: Migration = {
  version: 14,
  name: 'scheme policy: per-scheme test duration, pass hint, certificate validity and KBLI code',
  up(db) {
    db.exec(`
      CREATE TABLE scheme_policy (
        lsp_id TEXT NOT NULL REFERENCES lsp(id),
        scheme_code TEXT NOT NULL,
        test_duration_minutes INTEGER CHECK (test_duration_minutes BETWEEN 1 AND 1440),
        pass_hint_percent INTEGER CHECK (pass_hint_percent BETWEEN 0 AND 100),
        certificate_validity_years INTEGER CHECK (certificate_validity_years BETWEEN 1 AND 10),
        kbli_code TEXT,
        PRIMARY KEY (lsp_id, scheme_code)
      ) STRICT;
    `);
  },
};
