import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BankItem, BankStamp } from '../../../../electron/shared/bank';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FactList, type Fact } from '../../components/FactList';
import { useFormat } from '../../i18n/use-format';
import { useClient } from '../../session/SessionProvider';
import { parsePosition, positionLabel } from '../bank-import/problem-text';
import { BankStatusBadge } from './BankStatusBadge';
import { mayLoseSessions, SessionsLosing } from './SessionsLosing';

type Props = { item: BankItem; onChanged: (item: BankItem) => void };

/** An entry's status and who wrote, changed, approved or retired it; approve, and retire after a confirmation. */
export function ItemStatus({ item, onChanged }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [asking, setAsking] = useState(false);
  const [approved, setApproved] = useState(false);
  const stamp = (s: BankStamp | null) => (s?.at ? t('bankScreens.item.stamp', { name: s.name ?? t('bankScreens.item.unknown'), at: f.dateTime(s.at) }) : null);
  const facts: Fact[] = [
    { key: 'status', label: t('bankScreens.item.statusLabel'), value: <BankStatusBadge status={item.status} /> },
    ...[
      { key: 'created', label: t('bankScreens.item.created'), value: stamp(item.created) },
      { key: 'updated', label: t('bankScreens.item.updated'), value: stamp(item.updated) },
      { key: 'approved', label: t('bankScreens.item.approvedBy'), value: stamp(item.approved) },
      { key: 'retired', label: t('bankScreens.item.retiredBy'), value: stamp(item.retired) },
    ]
      .filter((fact) => fact.value !== null)
      .map((fact) => ({ ...fact, value: <span data-testid={`stamp-${fact.key}`}>{fact.value}</span> })),
  ];
  const approve = () =>
    void run(async () => {
      onChanged(await client.call('bank/approve', { itemId: item.id }));
      setApproved(true);
    });
  const retire = () =>
    void run(async () => {
      onChanged(await client.call('bank/retire', { itemId: item.id }));
      setAsking(false);
    });
  return (
    <div className="bank-status" data-testid="bank-item-status">
      <FactList facts={facts} />
      {item.source && (
        <p className="muted small" data-testid="bank-item-source">
          {t('bankScreens.item.source', { position: sourcePosition(t, item.source.position) })}
        </p>
      )}
      {item.used && item.status !== 'retired' && <p className="muted small">{t('bankScreens.item.used')}</p>}
      {item.replacesId && (
        <p className="small">
          {/* Once approved, the replacement is no draft, and the question it replaced is retired. */}
          {item.status === 'draft' ? t('bankScreens.item.replaces') : t('bankScreens.item.replacedOld')}{' '}
          <a href={`#/bank-item/${encodeURIComponent(item.replacesId)}`} data-testid="open-replaced">
            {t('bankScreens.item.openReplaced')}
          </a>
        </p>
      )}
      {item.replacedById && (
        <p className="small">
          {/* Retired: approving the replacement retired it (or the admin did, the replacement still a draft); not retired, the replacement is a draft. */}
          {item.status === 'retired' ? t('bankScreens.item.replacedByApproved') : t('bankScreens.item.replacedBy')}{' '}
          <a href={`#/bank-item/${encodeURIComponent(item.replacedById)}`} data-testid="open-replacement">
            {item.status === 'retired' ? t('bankScreens.item.openReplacementApproved') : t('bankScreens.item.openReplacement')}
          </a>
        </p>
      )}
      {item.status === 'retired' && (
        <p className="notice" role="status" data-testid="bank-retired">
          {t('bankScreens.item.retiredNotice')}
        </p>
      )}
      {approved && item.status === 'approved' && (
        <p className="notice notice--success" role="status" data-testid="bank-approved">
          {t('bankScreens.item.approvedNotice')}
        </p>
      )}
      {/* Read again once the status changes: an approved replacement, or a retired question, loses nobody anything more. */}
      {mayLoseSessions(item) && <SessionsLosing key={`${item.id}:${item.status}`} item={item} />}
      {item.status !== 'retired' && !asking && (
        <div className="bank-status__actions">
          {item.status === 'draft' && (
            <button type="button" className="button button--primary" data-testid="bank-approve" disabled={busy} onClick={approve}>
              {busy ? t('bankScreens.item.approving') : t('bankScreens.item.approve')}
            </button>
          )}
          <button type="button" className="button button--secondary" data-testid="bank-retire" disabled={busy} onClick={() => setAsking(true)}>
            {t('bankScreens.item.retire')}
          </button>
        </div>
      )}
      {asking && (
        <div className="registry-active__confirm" role="group" aria-labelledby="bank-retire-title" data-testid="bank-retire-confirm">
          <p id="bank-retire-title">
            <strong>{t('bankScreens.item.retireTitle', { ref: item.ref })}</strong>
          </p>
          <p>{t('bankScreens.item.retireText')}</p>
          <button type="button" className="button button--primary button--small" data-testid="bank-retire-yes" disabled={busy} onClick={retire}>
            {t('bankScreens.item.retireConfirm')}
          </button>{' '}
          <button type="button" className="button button--secondary button--small" onClick={() => setAsking(false)}>
            {t('bankScreens.item.cancel')}
          </button>
        </div>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}

/**
 * Where an imported question stood in its file, in the screen's language (stored as the core wrote it). The
 * question keeps its file's hash, not its type: a row reads as a row, true of an Excel sheet and a Word table.
 */
function sourcePosition(t: TFunction, stored: string): string {
  const position = parsePosition(stored);
  return position ? positionLabel(t, position, null) : stored;
}
