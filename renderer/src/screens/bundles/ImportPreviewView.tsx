import { useTranslation } from 'react-i18next';
import { isTableName } from '../../../../electron/shared/tables';
import type { BundleSessionPlan, ImportPreview } from '../../../../electron/shared/types';
import { BilingualText } from '../../components/BilingualText';
import { FactList } from '../../components/FactList';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormat } from '../../i18n/use-format';
import { BUNDLE_KIND_LABEL, CONFLICT_LABEL, SIGNER_LABEL } from './labels';
import { TABLE_LABEL } from './table-labels';

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const localClock = (iso: string) => {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** What an import will do, before it does it: who signed, for what, and the counts per table. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const f = useFormat();
  // A bundle from a newer version may carry a table this one has no words for: it shows its SQL name.
  const tableText = (name: string) => (isTableName(name) ? t(TABLE_LABEL[name]) : <span className="mono">{name}</span>);
  const plan = preview.sessionPlan;
  const binds = preview.bindsStation;
  // The day as the proctor's home writes it; a moved start (or a changed duration) names the one it replaces.
  const startText = (p: BundleSessionPlan) => {
    const when = `${f.date(p.date)} ${f.time(p.startTime)}`;
    const before = p.before ? `${f.date(p.before.date)} ${f.time(p.before.startTime)}` : when;
    return before === when ? when : t('bundles.preview.sessionStartMoved', { when, before });
  };
  const durationText = (p: BundleSessionPlan) => {
    const now = t('common.minutes', { minutes: p.durationMinutes });
    return p.before && p.before.durationMinutes !== p.durationMinutes ? t('bundles.preview.sessionStartMoved', { when: now, before: t('common.minutes', { minutes: p.before.durationMinutes }) }) : now;
  };
  const signerTone = preview.signer.status === 'pinned' || preview.signer.status === 'self' ? 'success' : preview.signer.status === 'new' ? 'warning' : 'danger';
  return (
    <div className="bundle-preview" data-testid="bundle-preview">
      <FactList
        facts={[
          { key: 'kind', label: t('bundles.preview.kind'), value: t(BUNDLE_KIND_LABEL[preview.kind]) },
          { key: 'created', label: t('bundles.preview.created'), value: `${f.date(localDay(preview.createdAt))} ${f.time(localClock(preview.createdAt))}` },
          { key: 'signer', label: t('bundles.preview.signer'), value: preview.signer.label },
          {
            key: 'status',
            label: t('bundles.preview.signerStatus'),
            value: <StatusBadge tone={signerTone}>{t(SIGNER_LABEL[preview.signer.status])}</StatusBadge>,
          },
          {
            key: 'session',
            label: t('bundles.preview.session'),
            // The title in the screen's language where this computer has it; the manifest's one name otherwise.
            value: preview.session ? (
              <span data-testid="preview-session">
                {preview.sessionTitle ? <BilingualText value={preview.sessionTitle} /> : preview.session.name} ({preview.session.code})
              </span>
            ) : (
              '—'
            ),
          },
          { key: 'tuk', label: t('bundles.preview.tuk'), value: preview.tuk?.name ?? '—' },
          ...(plan ? [{ key: 'start', label: t('bundles.preview.sessionStart'), value: <span data-testid="preview-session-start">{startText(plan)}</span> }] : []),
          ...(plan ? [{ key: 'duration', label: t('bundles.preview.sessionDuration'), value: <span data-testid="preview-session-duration">{durationText(plan)}</span> }] : []),
          ...(preview.partial ? [{ key: 'partial', label: t('bundles.preview.partial'), value: preview.partial.station }] : []),
        ]}
      />
      <p className="bundle-fingerprint">
        <span className="muted small">{t('bundles.preview.fingerprint')}</span>{' '}
        <span className="mono" data-testid="preview-fingerprint">{preview.signer.fingerprint}</span>
      </p>
      {binds && (
        <p className="notice notice--warning" data-testid="preview-binds-station">
          {binds.setUpAs && binds.setUpAs !== binds.tuk
            ? t('bundles.preview.bindsStationRenamed', { tuk: binds.tuk, setUpAs: binds.setUpAs })
            : t('bundles.preview.bindsStation', { tuk: binds.tuk })}
        </p>
      )}
      {plan?.cancelled && !plan.before?.cancelled && (
        <p className="notice notice--error" data-testid="preview-session-cancels">
          {plan.cancelled.reason
            ? t('bundles.preview.sessionCancels', { at: f.dateTime(plan.cancelled.at), reason: plan.cancelled.reason })
            : t('bundles.preview.sessionCancelsNoReason', { at: f.dateTime(plan.cancelled.at) })}
        </p>
      )}
      {plan && plan.leaving.length > 0 && (
        <div className="notice notice--warning" data-testid="preview-session-leaving">
          <p className="notice__text">{t('bundles.preview.sessionLeaving', { count: plan.leaving.length })}</p>
          <ul className="notice__reasons">
            {plan.leaving.map((c) => (
              <li key={c.participantNo}>
                <span className="mono">{c.participantNo}</span> {c.name}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.answersNotAsSaved.length > 0 && (
        <div className="notice notice--error" role="alert" data-testid="preview-answers-not-as-saved">
          <p className="notice__text">{t('bundles.preview.answersNotAsSaved', { count: preview.answersNotAsSaved.length })}</p>
          <ul className="notice__reasons">
            {preview.answersNotAsSaved.map((a) => (
              <li key={a.participantNo}>{t('bundles.preview.answersNotAsSavedRow', { participantNo: a.participantNo, name: a.name, count: a.answers })}</li>
            ))}
          </ul>
        </div>
      )}
      {preview.accountsMade.length > 0 && (
        <CandidatesNotice tone="info" testId="preview-accounts-made" text={t('bundles.preview.accountsMade', { count: preview.accountsMade.length })} people={preview.accountsMade} />
      )}
      {preview.seatsRestored.length > 0 && (
        <CandidatesNotice tone="warning" testId="preview-seats-restored" text={t('bundles.preview.seatsRestored', { count: preview.seatsRestored.length })} people={preview.seatsRestored} />
      )}
      {preview.signer.pinnedFingerprint && preview.signer.status === 'rekeyed' && (
        <p className="notice notice--error">{t('bundles.preview.rekeyed', { pinned: preview.signer.pinnedFingerprint })}</p>
      )}
      {preview.alreadyImported ? (
        <p className="notice notice--success" data-testid="already-imported">{t('bundles.preview.alreadyImported')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact" data-testid="preview-tables">
            <thead>
              <tr>
                <th scope="col">{t('bundles.preview.table')}</th>
                <th scope="col">{t('bundles.preview.added')}</th>
                <th scope="col">{t('bundles.preview.updated')}</th>
                <th scope="col">{t('bundles.preview.unchanged')}</th>
                <th scope="col">{t('bundles.preview.conflicts')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.tables.map((row) => (
                <tr key={row.table} data-table={row.table}>
                  <td>{tableText(row.table)}</td>
                  <td>{f.number(row.added)}</td>
                  <td>{f.number(row.updated)}</td>
                  <td>{f.number(row.unchanged)}</td>
                  <td>{f.number(row.conflicts)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.conflictCount > 0 && (
        <div data-testid="preview-conflicts">
          <p className="subheading">{t('bundles.preview.conflictList', { count: preview.conflictCount })}</p>
          <ul className="plain-list small">
            {preview.conflicts.map((c) => (
              <li key={`${c.table}/${c.key}`}>
                {tableText(c.table)} <span className="mono">{c.key}</span> — {t(CONFLICT_LABEL[c.reason])}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** A notice naming candidates by participant number and name, under what the import does to them. */
function CandidatesNotice({ tone, testId, text, people }: { tone: 'info' | 'warning'; testId: string; text: string; people: readonly { participantNo: string; name: string }[] }) {
  return (
    <div className={`notice notice--${tone}`} data-testid={testId}>
      <p className="notice__text">{text}</p>
      <ul className="notice__reasons">
        {people.map((c) => (
          <li key={c.participantNo}>
            <span className="mono">{c.participantNo}</span> {c.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
