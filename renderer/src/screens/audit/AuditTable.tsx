import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../../electron/shared/audit-log';
import { ROLES } from '../../../../electron/shared/roles';
import { useFormat } from '../../i18n/use-format';
import { useOnTukStation, useRoleLabel } from '../../session/tuk-station';
import { ACTION_LABEL, ENTITY_LABEL } from './labels';

/** The office's screens for the records an entry can name; a TUK station has none of them. */
const RECORD_ROUTE: Readonly<Record<string, (id: string) => string>> = {
  candidate: (id) => `#/candidates/${encodeURIComponent(id)}`,
  assessor: (id) => `#/assessors/${encodeURIComponent(id)}`,
  scheme: (id) => `#/schemes/${encodeURIComponent(id)}`,
  tuk: (id) => `#/tuks/${encodeURIComponent(id)}`,
  session: (id) => `#/sessions/${encodeURIComponent(id)}`,
  pleno: (id) => `#/pleno/${encodeURIComponent(id)}`,
  certificate: (id) => `#/certificates/${encodeURIComponent(id)}`,
  account: () => '#/accounts',
};

const isKnownAction = (action: string): action is keyof typeof ACTION_LABEL => Object.hasOwn(ACTION_LABEL, action);

/** The details as written, indented when they read as JSON (the core cuts long ones, which then do not). */
function detailsText(details: string): string {
  try {
    return JSON.stringify(JSON.parse(details), null, 2);
  } catch {
    return details;
  }
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
  const entityLabel = row.entity ? ENTITY_LABEL[row.entity] : undefined;
  const route = office && row.entity && row.entityId ? RECORD_ROUTE[row.entity]?.(row.entityId) : undefined;
  const object = row.entity ? [entityLabel ? t(entityLabel) : row.entity, row.entityName ?? row.entityId].filter(Boolean).join(': ') : '';
  const details = row.details === '{}' ? '' : row.details;
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
        {isKnownAction(row.action) ? t(ACTION_LABEL[row.action]) : row.action}
        <br />
        <code className="muted small">{row.action}</code>
      </td>
      <td>{route ? <a href={route}>{object}</a> : object}</td>
      <td>
        {details && (
          <details>
            <summary>{t('audit.showDetails')}</summary>
            <pre className="audit-details">{detailsText(details)}</pre>
            {row.detailsLength > details.length && (
              <p className="muted small">{t('audit.detailsCut', { shown: f.number(details.length), total: f.number(row.detailsLength) })}</p>
            )}
          </details>
        )}
      </td>
    </tr>
  );
}
