import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardPassword } from '../../../../electron/shared/exam-day';
import { ConsoleDialog } from '../../components/ConsoleDialog';
import { rememberIssued } from '../print/issued-passwords';
import { SessionPrintLinks } from '../print/SessionPrintLinks';

/**
 * The new card's password, shown once: the core keeps only its hash. The card print reads it from this
 * window's memory (issued-passwords.ts), as the LSP's cards do, and prints only this candidate's card.
 */
export function NewCard({ card, onDone }: { card: CardPassword; onDone: () => void }) {
  const { t } = useTranslation();
  useEffect(() => rememberIssued({ sessionId: card.sessionId, issuedAt: card.issuedAt, passwords: [card] }), [card]);
  return (
    <ConsoleDialog
      title={t('examDay.card.title', { name: card.name })}
      confirmLabel={t('examDay.card.done')}
      cancelLabel={null}
      busy={false}
      error={null}
      onSubmit={onDone}
      onCancel={onDone}
      testId="new-card"
    >
      <dl className="new-card">
        <dt>{t('examDay.card.participantNo')}</dt>
        <dd className="mono" data-testid="new-card-participant">
          {card.participantNo}
        </dd>
        <dt>{t('examDay.card.password')}</dt>
        <dd className="mono new-card__password" data-testid="new-card-password">
          {card.password}
        </dd>
      </dl>
      <p className="notice notice--warning">{t(card.firstCard ? 'examDay.card.onceFirst' : 'examDay.card.once')}</p>
      {card.revokedSessions > 0 && <p>{t('examDay.card.signedOut')}</p>}
      {/* The password is the account's, not the session's: the LSP's card for a later session today stops working too. */}
      {card.alsoFor.length > 0 && (
        <p className="notice notice--warning" data-testid="new-card-also-for">
          {t('examDay.card.alsoFor', { count: card.alsoFor.length, sessions: card.alsoFor.join(', ') })}
        </p>
      )}
      <SessionPrintLinks sessionId={card.sessionId} candidateId={card.candidateId} forms={['card']} backLabel={t('forms.back.console')} />
    </ConsoleDialog>
  );
}
