import { useTranslation } from 'react-i18next';
import type { BankItem } from '../../../../electron/shared/bank';
import { useLoad } from '../../api/use-load';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../i18n/use-format';

/** Whether the entry's next step can take a question out of the approved bank: retiring or editing an approved one, approving a replacement. */
export const mayLoseSessions = (item: BankItem) => item.kind !== 'observation' && (item.status === 'approved' || (item.status === 'draft' && item.replacesId !== null));

/**
 * Said before the action, beside its buttons: the upcoming sessions whose assembled written test loses
 * the question (bank/sessionsLosing), each linked, and that their test must be assembled again. A paper
 * takes approved questions only, so the session page would otherwise be the first to tell, afterwards.
 * Nothing shows when no such session exists.
 */
export function SessionsLosing({ item }: { item: BankItem }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { state } = useLoad('bank/sessionsLosing', { itemId: item.id });
  if (state.status === 'error') return <ErrorMessage error={state.error} />;
  if (state.status !== 'ready' || state.data.ref === null || state.data.sessions.length === 0) return null;
  const { ref, sessions } = state.data;
  const count = sessions.length;
  return (
    // One block inside the notice (a flex row): the list under its sentence.
    <div className="notice notice--warning" role="note" data-testid="bank-sessions-losing">
      <div>
        <p>{item.status === 'approved' ? t('bankScreens.item.losingApproved', { count }) : t('bankScreens.item.losingReplacement', { count, ref })}</p>
        <ul>
          {sessions.map((s) => (
            <li key={s.sessionId}>
              <a href={`#/sessions/${encodeURIComponent(s.sessionId)}`} data-testid="bank-losing-session">
                {t('bankScreens.item.losingSession', { code: s.code, date: f.date(s.date), time: f.time(s.startTime) })}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
