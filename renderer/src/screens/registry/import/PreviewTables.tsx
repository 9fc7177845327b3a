import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportProblem, PreviewOutcome, PreviewRow, RegistryImportPreview, RowNoteCode } from '../../../../../electron/shared/registry-import';
import { StatusBadge } from '../../../components/StatusBadge';
import { useFormat } from '../../../i18n/use-format';
import type { TranslationKey } from '../../../i18n/keys';
import { problemText } from './problem-text';

const OUTCOME_LABEL = {
  add: 'registryScreens.import.outcomes.add',
  update: 'registryScreens.import.outcomes.update',
  unchanged: 'registryScreens.import.outcomes.unchanged',
  refused: 'registryScreens.import.outcomes.refused',
} as const satisfies Record<PreviewOutcome, TranslationKey>;

const NOTE_TEXT = {
  met_expired: 'registryScreens.import.notes.met_expired',
  tech_cert_expired: 'registryScreens.import.notes.tech_cert_expired',
  likely_duplicate_record: 'registryScreens.import.notes.likely_duplicate_record',
  likely_duplicate_row: 'registryScreens.import.notes.likely_duplicate_row',
} as const satisfies Record<RowNoteCode, TranslationKey>;

/** Every name the notes' texts interpolate (each note sets its own), the day in words. */
function noteParams(params: Readonly<Record<string, string>>, date: (iso: string) => string) {
  const { name = '', nik = '', participantNo = '', row = '' } = params;
  return { name, nik, participantNo, row, date: params.date ? date(params.date) : '' };
}

const OUTCOME_TONE = { add: 'success', update: 'info', unchanged: 'neutral', refused: 'danger' } as const satisfies Record<PreviewOutcome, 'success' | 'info' | 'neutral' | 'danger'>;

type Columns = RegistryImportPreview['header']['columns'];
type Letters = ReadonlyMap<string, string>;
/** A problem in words; another import (the certificates' blanko numbers) has reasons of its own. */
type Describe = (t: TFunction, problem: ImportProblem) => string;

/**
 * Refused rows: one line per problem, with the row number, the column (by the file's own header and
 * letter), the reason in words, and the row's own values, so the person finds the cell without the file.
 */
export function RefusedTable({ rows, columns, letters, describe = problemText }: { rows: PreviewRow[]; columns: Columns; letters: Letters; describe?: Describe }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table--compact import-table import-table--fit" data-testid="import-refused">
        <thead>
          <tr>
            <th scope="col">{t('registryScreens.import.row')}</th>
            <th scope="col">{t('registryScreens.import.column')}</th>
            <th scope="col">{t('registryScreens.import.reason')}</th>
            {columns.map((c) => (
              <th scope="col" key={c.key}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((row) =>
            row.problems.map((problem, i) => (
              <tr key={`${row.row}-${i}`} data-testid="import-refused-row" data-row={problem.row ?? row.row}>
                <td className="num">{problem.row ?? row.row}</td>
                <td>
                  {problem.column ?? t('registryScreens.import.wholeRow')}
                  {problem.key && letters.has(problem.key) && <span className="cell-sub mono">{letters.get(problem.key)}</span>}
                  {/* The cell's own value beside its reason, so it is read without scrolling along the row. */}
                  {problem.key && row.values[problem.key] && <span className="cell-sub mono import-table__value">{row.values[problem.key]}</span>}
                </td>
                <td className="import-table__reason" data-testid="import-reason">{describe(t, problem)}</td>
                {columns.map((c) => (
                  <td key={c.key} className={problem.key === c.key ? 'import-table__cell--bad' : undefined}>
                    {/* As the other rows show a date read ("17 Agu 1999"); one that could not be read has no day, and shows as written. */}
                    <DateOrText iso={row.dates?.[c.key]} text={row.values[c.key] ?? ''} />
                  </td>
                ))}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A date cell as it will be saved, its month in words ("5 Jun 1995"), with the file's own text under it:
 * 05/06/1995 is read day first, and only the month's name shows a list typed month first.
 */
function DateOrText({ iso, text }: { iso: string | undefined; text: string }) {
  const format = useFormat();
  if (iso === undefined) return <>{text}</>;
  const day = format.date(iso);
  return (
    <span className="import-table__date" data-testid="import-date" data-iso={iso}>
      {day}
      {text !== day && <span className="cell-sub">{text}</span>}
    </span>
  );
}

/** The rows that would be added, updated or left as they are, with what changes in an update. */
export function OtherRowsTable({ rows, columns }: { rows: PreviewRow[]; columns: Columns }) {
  const { t } = useTranslation();
  const format = useFormat();
  const header = new Map(columns.map((c) => [c.key, c.header]));
  return (
    <div className="table-wrap">
      <table className="table table--compact import-table import-table--fit" data-testid="import-others">
        <thead>
          <tr>
            <th scope="col">{t('registryScreens.import.row')}</th>
            <th scope="col">{t('registryScreens.import.outcome')}</th>
            {columns.map((c) => (
              <th scope="col" key={c.key}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row} data-testid="import-other-row" data-outcome={row.outcome}>
              <td className="num">{row.row}</td>
              <td>
                <StatusBadge tone={OUTCOME_TONE[row.outcome]}>{t(OUTCOME_LABEL[row.outcome])}</StatusBadge>
                {row.changes && row.changes.length > 0 && (
                  <span className="cell-sub">{t('registryScreens.import.changes', { fields: row.changes.map((k) => header.get(k) ?? k).join(', ') })}</span>
                )}
                {row.notes?.map((note) => (
                  <span key={note.code} className="cell-sub import-table__note" data-testid="import-note" data-code={note.code}>
                    {t(NOTE_TEXT[note.code], noteParams(note.params, format.date))}
                  </span>
                ))}
              </td>
              {columns.map((c) => (
                <td key={c.key} className={row.changes?.includes(c.key) ? 'import-table__cell--changed' : undefined}>
                  <DateOrText iso={row.dates?.[c.key]} text={row.values[c.key] ?? ''} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
