import { useTranslation } from 'react-i18next';
import type { ProctorAssessor } from '../../../../electron/shared/types';
import { StatusBadge } from '../../components/StatusBadge';
import { LockedBadge } from './LockedBadge';

type Props = {
  assessors: ProctorAssessor[];
  /** The assessor whose unlock form is open, so its button reads as pressed. */
  selectedAccountId: string | null;
  onUnlock: (assessor: ProctorAssessor) => void;
};

/** The session's assessors: one locked out on the exam day is unlocked here, not only at the LSP. */
export function ProctorAssessors({ assessors, selectedAccountId, onUnlock }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="proctor-assessors">
        <thead>
          <tr>
            <th scope="col">{t('columns.assessor')}</th>
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('columns.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {assessors.map((a) => (
            <tr key={a.assessorId} data-testid="proctor-assessor" data-locked={a.locked}>
              <th scope="row">{a.name}</th>
              <td>
                {a.locked ? (
                  <LockedBadge text={t('proctor.locked')} lockedUntil={a.lockedUntil} />
                ) : (
                  <StatusBadge tone="success">{t('proctor.active')}</StatusBadge>
                )}
              </td>
              <td className="actions">
                {a.locked && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    data-testid="unlock-assessor"
                    aria-label={t('proctor.unlockTitle', { name: a.name })}
                    aria-expanded={selectedAccountId === a.accountId}
                    onClick={() => onUnlock(a)}
                  >
                    {t('proctor.unlock')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
