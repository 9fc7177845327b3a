import type { Migration } from './types';

/**
 * A multiple-choice question whose options keep their order for every candidate: one with an option that
 * names others ("A dan B benar", "Semua jawaban di atas benar") points at other options once they are
 * shuffled (core/cbt/shuffle.ts). `item.options_in_order` is the author's setting, carried to the TUK in the
 * session bundle.
 *
 * `attempt.options_in_order` lists the questions of the attempt's paper whose options it showed in their
 * order, fixed when the attempt starts (as its seed and question order are). Every displayed letter is read
 * through it: the candidate's save and screen, the assessor's FR.IA.05, the LSP's scores. It travels in the
 * results bundle, so the LSP reads the letters the candidate saw even when the TUK ran an app that did not know
 * the setting (its attempts carry no list: every question shuffled, as that TUK did), and even when the
 * question's setting changes after the test.
 */
export const optionsInOrder: Migration = {
  version: 34,
  name: 'multiple-choice options kept in their order, per question and as each attempt showed them',
  up(db) {
    db.exec(`
      ALTER TABLE item ADD COLUMN options_in_order INTEGER NOT NULL DEFAULT 0 CHECK (options_in_order IN (0, 1));
      ALTER TABLE attempt ADD COLUMN options_in_order TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(options_in_order));
    `);
  },
};
