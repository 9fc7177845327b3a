import type { Migration } from './types';

/**
 * A BNSP LSP watches over its certificate holders while their certificates are in force (surveilan) and keeps
 * the record: each surveillance is a row of its certificate, when it was held, how (interview, portfolio or
 * work evidence, a workplace visit, a questionnaire), what it found, a note and who recorded it. The last one
 * (or the issue date) sets when the next is due; a holder not found competent waits for the LSP's decision,
 * which the record does not take (revoking is the pleno's and the SK's).
 */
export const certificateSurveillance: Migration = {
  version: 29,
  name: 'certificates: surveillance of certificate holders while their certificates are in force',
  up(db) {
    db.exec(`
      CREATE TABLE certificate_surveillance (
        id TEXT PRIMARY KEY,
        lsp_id TEXT NOT NULL REFERENCES lsp(id),
        certificate_id TEXT NOT NULL REFERENCES certificate(id),
        held_on TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        method TEXT NOT NULL CHECK (method IN ('interview', 'portfolio', 'workplace_visit', 'questionnaire')),
        result TEXT NOT NULL CHECK (result IN ('competent', 'not_competent', 'unreachable')),
        note TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        recorded_by TEXT NOT NULL REFERENCES account(id)
      ) STRICT;
      CREATE INDEX certificate_surveillance_of ON certificate_surveillance(certificate_id, held_on, recorded_at);
    `);
  },
};
