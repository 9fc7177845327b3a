import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPTION_LETTERS } from '../../../../../electron/shared/cbt';
import type { KeyCorrection, KeyCorrectionBlock, KeyCorrectionView } from '../../../../../electron/shared/key-corrections';
import { useLoad } from '../../../api/use-load';
import { TukZoneScope } from '../../../i18n/tuk-zone';
import { BilingualText } from '../../../components/BilingualText';
import { LoadView } from '../../../components/LoadView';
import { PageTitle } from '../../../components/PageTitle';
import { Section } from '../../../components/Section';
import { StatusBadge } from '../../../components/StatusBadge';
import { useDateTime } from '../use-date-time';
import { KeyCorrectionDialog } from './KeyCorrectionDialog';
import { KeyCorrectionLine } from './KeyCorrectionLine';
import { WithdrawKeyCorrectionDialog } from './WithdrawKeyCorrectionDialog';

const BLOCKED = { KEY_CORRECTION_NOT_HERE: 'keyCorrection.notHere', KEY_CORRECTION_NOT_ASSESSOR: 'keyCorrection.notAssessor' } as const satisfies Record<KeyCorrectionBlock, string>;
const letters = (ordinals: readonly number[]) => ordinals.map((o) => OPTION_LETTERS[o] ?? '?').join(', ');

/** The session's multiple-choice keys and their corrections (ralat kunci, soal dianulir): `workspace/<session>/keys`. */
export function KeyCorrectionsView({ sessionId }: { sessionId: string }) {
  const { state, reload } = useLoad('assessment/keyCorrections', { sessionId });
  return (
    <LoadView state={state} onRetry={reload}>
      {(view) => (
        // The corrections' times on the TUK's clock, the zone named, as the workspace's other views and the forms state them.
        <TukZoneScope zone={view.tukZone}>
          <Corrections view={view} reload={reload} />
        </TukZoneScope>
      )}
    </LoadView>
  );
}

function Corrections({ view, reload }: { view: KeyCorrectionView; reload: () => void }) {
  const { t } = useTranslation();
  const at = useDateTime();
  const [open, setOpen] = useState<KeyCorrectionView['questions'][number] | null>(null);
  const [withdrawing, setWithdrawing] = useState<KeyCorrection | null>(null);
  // What was just done, for the notice: a correction saved or withdrawn, of which question.
  const [saved, setSaved] = useState<{ question: string; withdrawn: boolean } | null>(null);
  return (
    <div data-testid="key-corrections">
      <PageTitle eyebrow={t('assess.workspace.title')} title={t('keyCorrection.title')} />
      <p className="muted">{t('keyCorrection.intro')}</p>
      {view.blocked && (
        <p className="notice notice--info" data-testid="key-correction-blocked">
          {t(BLOCKED[view.blocked])}
        </p>
      )}
      {saved && (
        <p className="notice notice--success" role="status" data-testid="key-correction-saved">
          {t(saved.withdrawn ? 'keyCorrection.withdrawnSaved' : 'keyCorrection.saved', { question: saved.question })}
        </p>
      )}
      <Section title={t('keyCorrection.questions')}>
        {view.questions.length === 0 ? (
          <p className="muted">{t('keyCorrection.none')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="key-correction-questions">
              <thead>
                <tr>
                  <th scope="col">{t('keyCorrection.question')}</th>
                  <th scope="col">{t('keyCorrection.key')}</th>
                  <th scope="col">{t('keyCorrection.state')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('keyCorrection.correct')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.questions.map((q) => (
                  <tr key={q.itemId} data-testid="key-correction-row" data-item={q.itemId}>
                    <td>
                      <strong>{q.ref}</strong> <BilingualText value={q.prompt} />
                    </td>
                    <td>{q.correct === null ? '?' : OPTION_LETTERS[q.correct]}</td>
                    <td>
                      {q.annulled ? (
                        <StatusBadge tone="warning">{t('keyCorrection.annulled')}</StatusBadge>
                      ) : q.accepted.length > 0 ? (
                        t('keyCorrection.acceptedToo', { options: letters(q.accepted) })
                      ) : (
                        t('keyCorrection.asKeyed')
                      )}
                      {!q.annulled && q.signedBy.length > 0 && <p className="muted small">{t('keyCorrection.signedBy', { candidates: q.signedBy.join(', ') })}</p>}
                    </td>
                    <td>
                      {!view.blocked && !q.annulled && (
                        <button type="button" className="button button--secondary button--small" data-testid="key-correction-open" onClick={() => setOpen(q)}>
                          {t('keyCorrection.correct')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section title={t('keyCorrection.history')}>
        {view.corrections.length === 0 ? (
          <p className="muted">{t('keyCorrection.historyNone')}</p>
        ) : (
          <ul data-testid="key-correction-history">
            {view.corrections.map((c) => (
              <li key={`${c.itemId}-${c.action}-${c.acceptedOption ?? ''}-${c.at}`} data-testid="key-correction-entry">
                <KeyCorrectionLine correction={c} dateTime={at} />
                {!view.blocked && !c.withdrawal && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t('keyCorrection.withdrawLabel', { question: c.ref })}
                      data-testid="key-correction-withdraw"
                      onClick={() => setWithdrawing(c)}
                    >
                      {t('keyCorrection.withdraw')}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {open && (
        <KeyCorrectionDialog
          sessionId={view.sessionId}
          question={open}
          onCancel={() => setOpen(null)}
          onSaved={() => {
            setSaved({ question: open.ref, withdrawn: false });
            setOpen(null);
            reload();
          }}
        />
      )}
      {withdrawing && (
        <WithdrawKeyCorrectionDialog
          sessionId={view.sessionId}
          correction={withdrawing}
          onCancel={() => setWithdrawing(null)}
          onSaved={() => {
            setSaved({ question: withdrawing.ref, withdrawn: true });
            setWithdrawing(null);
            reload();
          }}
        />
      )}
    </div>
  );
}
