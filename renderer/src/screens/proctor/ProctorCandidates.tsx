import { useTranslation } from 'react-i18next';
import type { ProctorCandidate } from '../../../../electron/shared/types';
import { StatusBadge } from '../../components/StatusBadge';
import { LockedBadge } from './LockedBadge';
import type { Unlockable } from './UnlockForm';

type Props = {
  candidates: ProctorCandidate[];
  /** The candidate whose unlock form is open, so its button reads as pressed. */
  selectedAccountId: string | null;
  onUnlock: (candidate: Unlockable) => void;
};

export function ProctorCandidates({ candidates, selectedAccountId, onUnlock }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="proctor-candidates">
        <thead>
          <tr>
            <th scope="col">{t('columns.participantNo')}</th>
            <th scope="col">{t('columns.name')}</th>
            {/* Status and its unlock right after the name: at 1366×768 and at 200% zoom a last column
                scrolls out of sight, and the unlock is this table's one action. */}
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">{t('columns.nik')}</th>
            <th scope="col">{t('columns.seat')}</th>
            <th scope="col">{t('columns.assessor')}</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c) => (
            <tr key={c.candidateId} data-testid="proctor-candidate" data-participant={c.participantNo} data-locked={c.locked}>
              <th scope="row" className="mono nowrap">
                {c.participantNo}
              </th>
              <td>{c.name}</td>
              <td className="nowrap">
                {c.accountId === null ? (
                  <StatusBadge tone="warning">{t('proctor.noPasswordBadge')}</StatusBadge>
                ) : c.locked ? (
                  <LockedBadge text={t('proctor.locked')} lockedUntil={c.lockedUntil} />
                ) : (
                  <StatusBadge tone="success">{t('proctor.active')}</StatusBadge>
                )}
                {c.locked && c.accountId !== null && (
                  <>
                    {' '}
                    <UnlockButton who={{ accountId: c.accountId, name: c.name }} pressed={selectedAccountId === c.accountId} onUnlock={onUnlock} />
                  </>
                )}
              </td>
              <td className="mono nowrap">{c.nik}</td>
              <td className="nowrap">{c.seat ?? <span className="muted">{t('common.notSet')}</span>}</td>
              <td>{c.assessorName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UnlockButton({ who, pressed, onUnlock }: { who: Unlockable; pressed: boolean; onUnlock: (who: Unlockable) => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      data-testid="unlock-open"
      aria-label={t('proctor.unlockTitle', { name: who.name })}
      aria-expanded={pressed}
      onClick={() => onUnlock(who)}
    >
      {t('proctor.unlock')}
    </button>
  );
}
