import type { TFunction } from 'i18next';
import { BLANKO_REASONS, type BlankoReason, type BlankoRow } from '../../../../electron/shared/certificates';
import type { ImportProblem, PreviewRow } from '../../../../electron/shared/registry-import';
import { problemText } from '../registry/import/problem-text';
import { BLANKO_REASON_LABEL } from './labels';

/** The cell a blanko refusal points at; a SHEET_* code of a cell comes without its column. */
const REASON_KEY = {
  nik_unknown: 'nik',
  nik_ambiguous: 'nik',
  number_mismatch: 'certificateNumber',
  blanko_taken: 'blankoNumber',
  blanko_twice_in_file: 'blankoNumber',
  blanko_already_set: 'blankoNumber',
} as const satisfies Record<BlankoReason, string>;

const asReason = (code: string): BlankoReason | undefined => BLANKO_REASONS.find((known) => known === code);

/**
 * A blanko row in the registry import's preview shape, so its tables show it: a number to set is an
 * update of the certificate (its blanko number changes), one already set is unchanged.
 */
export function toPreviewRow(row: BlankoRow, header: ReadonlyMap<string, string>): PreviewRow {
  const problems: ImportProblem[] = row.reasons.map((code) => {
    const reason = asReason(code);
    const key = reason ? REASON_KEY[reason] : null;
    return { code, key, column: key ? (header.get(key) ?? null) : null, params: {} };
  });
  return {
    row: row.row,
    outcome: row.outcome === 'set' ? 'update' : row.outcome,
    values: { nik: row.nik, blankoNumber: row.blankoNumber, certificateNumber: row.certificateNumber ?? '' },
    problems,
    changes: row.outcome === 'set' ? ['blankoNumber'] : undefined,
  };
}

/** A blanko reason in words, or a cell's SHEET_* problem as the registry import says it. */
export function blankoProblemText(t: TFunction, problem: ImportProblem): string {
  const reason = asReason(problem.code);
  return reason ? t(BLANKO_REASON_LABEL[reason]) : problemText(t, problem);
}
