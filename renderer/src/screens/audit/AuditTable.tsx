import { useTranslation } from 'react-i18next';
import { auditActionText, auditObjectText } from '../../../../electron/shared/audit-labels';
import { SUBMITTED_ACTION, type AuditEntryView } from '../../../../electron/shared/audit-log';
import { ROLES } from '../../../../electron/shared/roles';
import { useFormat } from '../../i18n/use-format';
import { useOnTukStation, useRoleLabel } from '../../session/tuk-station';
import { bankCreationAsEdit, bankValueText } from './bank-values';
import { auditFieldLabel, auditValueLabel } from './field-labels';
import { pictureValueText } from './picture-values';
import { sessionSeatsAsChanges, sessionValueText } from './session-values';

/** The office's screens for the records an entry can name; a TUK station has none of them. */
const RECORD_ROUTE: Readonly<Record<string, (id: string) => string | undefined>> = {
  candidate: (id) => `#/candidates/${encodeURIComponent(id)}`,
  assessor: (id) => `#/assessors/${encodeURIComponent(id)}`,
  scheme: (id) => `#/schemes/${encodeURIComponent(id)}`,
  tuk: (id) => `#/tuks/${encodeURIComponent(id)}`,
  session: (id) => `#/sessions/${encodeURIComponent(id)}`,
  pleno: (id) => `#/pleno/${encodeURIComponent(id)}`,
  certificate: (id) => `#/certificates/${encodeURIComponent(id)}`,
  account: () => '#/accounts',
  // Its screen is addressed by the candidate and scheme (entityRef), not by the application's id.
  apl_application: (ref) => (ref.includes('~') ? `#/apl/${ref}` : undefined),
};

function parsed(details: string): unknown {
  try {
    return JSON.parse(details);
  } catch {
    // Cut by the core at AUDIT_DETAILS_SHOWN characters: shown as written.
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
type Names = Readonly<Record<string, string>>;
const nameOf = (value: unknown, names: Names): unknown => (typeof value === 'string' && Object.hasOwn(names, value) ? names[value] : value);
const isScalar = (value: unknown): boolean => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * A changed value as the admin reads it: a record's id by what the core says it is called (the entry's
 * `names`: an assessor's name, a scheme's code), a list of plain values one after another, anything else
 * as written with its ids named. The whole entry below keeps the ids.
 */
function shown(value: unknown, names: Names): string {
  if (value === undefined || value === null) return '–';
  if (typeof value === 'string') return String(nameOf(value, names));
  if (Array.isArray(value) && value.every(isScalar)) return value.length === 0 ? '–' : value.map((v) => shown(v, names)).join(', ');
  return JSON.stringify(value, (_key, v: unknown) => nameOf(v, names));
}

/**
 * What an edit changed, where its entry has the `{ before, after }` most edits write: the fields whose
 * values differ, so "who changed this phone number" reads at a glance; the whole entry stays below. Only
 * the fields the edit wrote (those of `after`): a verification's `before` also holds the time and person the
 * core stamps beside it, which `after` leaves out, and listing them read "at: – → –". A field empty on both
 * sides (null before, absent or null after) changed nothing either.
 */
export function changesOf(details: unknown, names: Names = {}, words: (field: string, value: unknown) => string | undefined = () => undefined): { field: string; before: string; after: string }[] {
  if (!isRecord(details) || !isRecord(details.before) || !isRecord(details.after)) return [];
  const { before, after } = details;
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return Object.keys(after)
    .filter((k) => !same(before[k], after[k]))
    .map((field) => ({ field, before: words(field, before[field]) ?? shown(before[field], names), after: words(field, after[field]) ?? shown(after[field], names) }));
}

/**
 * A changed field by its form's label where the record's kind has one, by the record it is where it is an id
 * (FR.APL.02's answers are keyed by element), else its stored name.
 */
function FieldName({ entity, field, names }: { entity: string | null; field: string; names: Names }) {
  const { t } = useTranslation();
  const label = auditFieldLabel(entity, field);
  if (label) return <>{t(label)}</>;
  return Object.hasOwn(names, field) ? <>{names[field]}</> : <code>{field}</code>;
}

export function AuditTable({ rows }: { rows: readonly AuditEntryView[] }) {
  const { t } = useTranslation();
  return (
    <table className="table audit-table" data-testid="audit-table">
      <thead>
        <tr>
          <th scope="col">{t('audit.colAt')}</th>
          <th scope="col">{t('audit.colActor')}</th>
          <th scope="col">{t('audit.colAction')}</th>
          <th scope="col">{t('audit.colObject')}</th>
          <th scope="col">{t('audit.colDetails')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <AuditRow key={row.seq} row={row} />
        ))}
      </tbody>
    </table>
  );
}

function AuditRow({ row }: { row: AuditEntryView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const roleLabel = useRoleLabel();
  const office = !useOnTukStation();
  const role = ROLES.find((r) => r === row.actor?.role);
  const route = office && row.entity && row.entityId ? RECORD_ROUTE[row.entity]?.(row.entityRef ?? row.entityId) : undefined;
  const object = auditObjectText(row, t) ?? '';
  const details = row.details === '{}' ? '' : row.details;
  const json = parsed(row.details);
  const changes = changesOf(sessionSeatsAsChanges(row.entity, bankCreationAsEdit(row.entity, json)), row.names, (field, value) => {
    const key = auditValueLabel(row.entity, field, value);
    // A question's text and options, and a session's candidates, read as text, not as the JSON the entry keeps.
    if (key) return t(key);
    return (
      bankValueText(row.entity, value, (k, params) => t(k, params)) ??
      sessionValueText(row.entity, field, value, row.names, (k, params) => t(k, params)) ??
      pictureValueText(row.entity, field, value, (k, params) => t(k, params))
    );
  });
  // A disable, an unlock, a cancellation, a revocation…: why, at a glance, not folded away in the entry. A
  // submitted test's reason is a code (who or what submitted it), said by its action's words instead.
  const reason = row.action !== SUBMITTED_ACTION && isRecord(json) && typeof json.reason === 'string' && json.reason.trim() !== '' ? json.reason : null;
  return (
    <tr data-testid="audit-row" data-seq={row.seq} data-action={row.action}>
      <td>
        <span className="audit-at">{f.dateTime(row.at)}</span>
        <br />
        <span className="muted small">{t('audit.seq', { seq: f.number(row.seq) })}</span>
      </td>
      <td>
        {row.actor ? (
          <>
            {row.actor.name ?? t('audit.unknownAccount', { id: row.actor.accountId })}
            {role && (
              <>
                <br />
                <span className="muted small">{roleLabel(role)}</span>
              </>
            )}
          </>
        ) : (
          <span className="muted">{t('audit.byApp')}</span>
        )}
      </td>
      <td>
        {auditActionText(row, t)}
        <br />
        <code className="muted small">{row.action}</code>
      </td>
      <td>{route ? <a href={route}>{object}</a> : object}</td>
      <td>
        {changes.length > 0 && (
          <ul className="audit-changes" data-testid="audit-changes">
            {changes.map((c) => (
              <li key={c.field}>
                <FieldName entity={row.entity} field={c.field} names={row.names} />: {c.before} → {c.after}
              </li>
            ))}
          </ul>
        )}
        {reason !== null && (
          <p className="audit-reason" data-testid="audit-reason">
            {t('audit.reason', { reason })}
          </p>
        )}
        {details && (
          <details>
            <summary>{t('audit.showDetails')}</summary>
            <pre className="audit-details">{json === undefined ? details : JSON.stringify(json, null, 2)}</pre>
            {row.detailsLength > details.length && (
              <p className="muted small">{t('audit.detailsCut', { shown: f.number(details.length), total: f.number(row.detailsLength) })}</p>
            )}
          </details>
        )}
      </td>
    </tr>
  );
}
