import { useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { IssuedPasswordsState } from '../../../../../electron/shared/handover';
import { resultsIn, type PlannedSessionDetail } from '../../../../../electron/shared/scheduling';
import { useRun } from '../../../api/use-run';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Section } from '../../../components/Section';
import { useFormat } from '../../../i18n/use-format';
import { useClient } from '../../../session/SessionProvider';
import { FORM_TITLE } from '../../print/forms';
import { issuedCount, rememberIssued } from '../../print/issued-passwords';
import { PrintView } from '../../print/PrintView';
import { byName } from './candidate-order';
import { useReturnFocus } from '../../../components/return-focus';

type Open = { form: 'card' | 'attendance' } | { form: 'ak01'; candidateId: string };

/**
 * Handing the session over to the TUK: its export state, the candidates' passwords (shown once, on the
 * cards printed from this window's memory) and the prints made before the day: cards, the attendance
 * list and each candidate's FR.AK.01 filled in from the plan, unsigned.
 */
export function HandoverPanel({ detail, onChanged }: { detail: PlannedSessionDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [issued, setIssued] = useState(() => issuedCount(detail.id));
  const [confirming, setConfirming] = useState(false);
  const [open, setOpen] = useState<Open | null>(null);
  const returnTo = useReturnFocus(open?.form ?? null);
  // Picked by name, as a person looks for someone: the core sends them by participant number.
  const candidates = byName(detail.candidates);
  const [ak01For, setAk01For] = useState(candidates[0]?.candidateId ?? '');
  const selectId = useId();
  // Before the export: who could not sign in at the TUK yet (a warning; the bundle may still go).
  const passwordsMissing = detail.conflicts.find((c) => c.code === 'SCHEDULE_PASSWORDS_NOT_ISSUED');
  // Once its results are in there is nothing to hand over: new passwords would void the card of a candidate's next session.
  const over = resultsIn(detail.status);
  if (open)
    return createPortal(
      <main className="print-overlay">
        <PrintView
          sessionId={detail.id}
          form={open.form}
          candidateId={open.form === 'ak01' ? open.candidateId : null}
          onClose={() => setOpen(null)}
          backLabel={t('handover.backToSession')}
        />
      </main>,
      document.body,
    );
  // The server's state, not this window's memory: after a reload the cards printed before still hold these passwords.
  const issuedBefore = detail.passwords.count > 0 || issued > 0;
  const issue = () =>
    void run(async () => {
      setConfirming(false);
      const result = await client.call('sessions/issuePasswords', { sessionId: detail.id });
      rememberIssued(result);
      setIssued(issuedCount(detail.id));
      onChanged();
    });
  return (
    <Section title={t('handover.title')}>
      {over ? (
        <p data-testid="handover-over">{t('handover.over')}</p>
      ) : (
        <>
          <p data-testid="handover-export-state">
            {detail.exportedAt ? t('handover.exportedAt', { at: f.dateTime(detail.exportedAt) }) : t('handover.notExported')}{' '}
            {/* The export is on the bundles page: it said "never exported" here with no way there. */}
            <a href={`#/bundles?session=${encodeURIComponent(detail.id)}`} data-testid="handover-export">
              {t('handover.exportLink')}
            </a>
          </p>
          {detail.changedSinceExport ? (
            <p className="notice notice--warning" data-testid="handover-changed">
              {t('handover.changedSinceExport')}
            </p>
          ) : null}
          <p>{t('handover.passwordsHint')}</p>
          {passwordsMissing ? (
            <p className="notice notice--warning" data-testid="handover-passwords-missing">
              {/* Not the conflict's own text: that sends the reader to "the session's page", where they are. */}
              {t('handover.passwordsMissing', { count: Number(passwordsMissing.params.count), names: String(passwordsMissing.params.names) })}
            </p>
          ) : null}
          {detail.passwords.count > 0 ? (
            <p data-testid="handover-issued-before">
              {issuedBeforeText(t, f.dateTime, detail.passwords)}
            </p>
          ) : null}
          {issued > 0 ? (
            <p className="notice notice--info" data-testid="handover-issued">
              {t('handover.issued', { count: issued })}
            </p>
          ) : null}
          {error ? <ErrorMessage error={error} /> : null}
          {confirming ? (
            <ReissueConfirm
              // Issued in this window, they are this session's own: its cards are the ones that stop working.
              text={issued > 0 ? t('handover.reissueConfirm') : reissueText(t, detail.passwords)}
              busy={busy}
              onYes={issue}
              onCancel={() => setConfirming(false)}
            />
          ) : null}
        </>
      )}
      <div className="toolbar">
        {over ? null : (
          <button
            type="button"
            className="button button--primary button--small"
            disabled={busy || confirming || detail.candidates.length === 0}
            data-testid="handover-issue"
            onClick={issuedBefore ? () => setConfirming(true) : issue}
          >
            {issuedBefore ? t('handover.reissue') : t('handover.issue')}
          </button>
        )}
        {(['card', 'attendance'] as const).map((form) => (
          <button key={form} ref={returnTo(form)} type="button" className="button button--secondary button--small" data-testid={`handover-print-${form}`} onClick={() => setOpen({ form })}>
            {t('assess.workspace.print')}: {t(FORM_TITLE[form])}
          </button>
        ))}
      </div>
      {detail.candidates.length > 0 ? (
        <div className="toolbar">
          <label className="field field--inline" htmlFor={selectId}>
            <span className="field__label">{t('handover.ak01For')}</span>
          </label>
          <select id={selectId} className="field__input" value={ak01For} data-testid="handover-ak01-candidate" onChange={(e) => setAk01For(e.target.value)}>
            {candidates.map((c) => (
              <option key={c.candidateId} value={c.candidateId}>
                {c.name} · {c.participantNo}
              </option>
            ))}
          </select>
          <button ref={returnTo('ak01')} type="button" className="button button--secondary button--small" data-testid="handover-print-ak01" onClick={() => setOpen({ form: 'ak01', candidateId: ak01For })}>
            {t('assess.workspace.print')}: {t(FORM_TITLE.ak01)}
          </button>
        </div>
      ) : null}
    </Section>
  );
}

/** When and for which session: a re-sit's candidates may hold the passwords of an earlier session. */
function issuedBeforeText(t: TFunction, dateTime: (iso: string) => string, passwords: IssuedPasswordsState): string {
  const { count, lastIssuedAt, forSession } = passwords;
  if (!lastIssuedAt) return t('handover.issuedBeforeUnknown', { count });
  if (forSession) return t('handover.issuedForOther', { count, session: forSession, at: dateTime(lastIssuedAt) });
  return t('handover.issuedBefore', { count, at: dateTime(lastIssuedAt) });
}

/** Only cards printed for this session stop working when it issued them; otherwise those of the session that did. */
function reissueText(t: TFunction, passwords: IssuedPasswordsState): string {
  if (passwords.forSession) return t('handover.reissueConfirmOther', { session: passwords.forSession });
  return passwords.lastIssuedAt ? t('handover.reissueConfirm') : t('handover.reissueConfirmUnknown');
}

/** Issuing again voids every card already printed: asked first, in those words, before anything is replaced. */
function ReissueConfirm({ text, busy, onYes, onCancel }: { text: string; busy: boolean; onYes: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const textId = useId();
  return (
    <div className="notice notice--warning" role="alertdialog" aria-labelledby={textId} data-testid="handover-reissue-confirm">
      <p className="notice__text" id={textId}>
        {text}
      </p>
      <div className="toolbar">
        <button type="button" className="button button--danger button--small" disabled={busy} data-testid="handover-reissue-yes" onClick={onYes}>
          {t('handover.reissueYes')}
        </button>
        <button type="button" className="button button--secondary button--small" data-testid="handover-reissue-cancel" onClick={onCancel}>
          {t('handover.reissueCancel')}
        </button>
      </div>
    </div>
  );
}
