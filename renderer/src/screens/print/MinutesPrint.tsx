import { useTranslation } from 'react-i18next';
import type { SessionSheet } from '../../../../electron/shared/assessment';
import type { Minutes } from '../../../../electron/shared/exam-day';
import type { AuditHeadSummary } from '../../../../electron/shared/types';
import { useFormat } from '../../i18n/use-format';
import { FormFrame } from './FormFrame';
import { ProctorActions } from './ProctorActions';

/** Berita acara: what happened in the session, from the core's record, signed by proctors and assessors. */
export function MinutesPrint({ sheet, minutes }: { sheet: SessionSheet; minutes: Minutes }) {
  const { t } = useTranslation();
  const f = useFormat();
  const when = (at: string | null) => (at ? f.dateTime(at) : t('forms.minutes.notRecorded'));
  const signers = [
    ...minutes.proctorNames.map((name) => ({ name, role: t('forms.minutes.proctor') })),
    ...minutes.assessorNames.map((name) => ({ name, role: t('forms.minutes.assessor') })),
  ];
  return (
    <FormFrame form="minutes" header={sheet.header}>
      {/* Printed before the start (the proctor's home offers it for today's session) it must not say the assessment took place. */}
      {minutes.startedAt ? (
        <p>{t('forms.minutes.intro')}</p>
      ) : (
        <p className="print-statement" data-testid="minutes-not-started">
          {t('forms.minutes.notStarted')}
        </p>
      )}
      <table className="print-table">
        <tbody>
          <tr>
            <th>{t('forms.minutes.session')}</th>
            <td>{minutes.sessionCode}</td>
          </tr>
          <tr>
            <th>{t('forms.minutes.started')}</th>
            <td>{when(minutes.startedAt)}</td>
          </tr>
          <tr>
            <th>{t('forms.minutes.ended')}</th>
            <td>{when(minutes.endedAt)}</td>
          </tr>
          <tr>
            <th>{t('forms.minutes.registered')}</th>
            <td data-testid="minutes-registered">{minutes.registered}</td>
          </tr>
          <tr>
            <th>{t('forms.minutes.present')}</th>
            <td data-testid="minutes-present">{minutes.present}</td>
          </tr>
          <tr>
            <th>{t('forms.minutes.absent')}</th>
            <td data-testid="minutes-absent">{minutes.absent}</td>
          </tr>
          {minutes.notRecorded > 0 && (
            <tr>
              <th>{t('forms.minutes.notRecordedCount')}</th>
              <td data-testid="minutes-not-recorded">{minutes.notRecorded}</td>
            </tr>
          )}
          <tr>
            <th>{t('forms.minutes.submitted')}</th>
            <td>{minutes.submitted}</td>
          </tr>
        </tbody>
      </table>
      <h2 className="print-form__section">{t('forms.minutes.incidents')}</h2>
      {minutes.incidents.length === 0 ? (
        <p>{t('forms.minutes.noIncidents')}</p>
      ) : (
        <ol>
          {minutes.incidents.map((i) => (
            <li key={i.id}>
              {f.dateTime(i.at)} — {i.text}
            </li>
          ))}
        </ol>
      )}
      <ProctorActions actions={minutes.proctorActions} />
      <h2 className="print-form__section">{t('forms.minutes.notes')}</h2>
      <p className="print-pre">{minutes.notes}</p>
      <AuditSeal head={minutes.auditHead} />
      <table className="print-table">
        <thead>
          <tr>
            <th>{t('forms.name')}</th>
            <th>{t('forms.minutes.proctor')} / {t('forms.minutes.assessor')}</th>
            <th>{t('forms.minutes.signature')}</th>
          </tr>
        </thead>
        <tbody>
          {signers.map((s) => (
            <tr key={`${s.role}-${s.name}`}>
              <td>{s.name}</td>
              <td>{s.role}</td>
              <td className="print-sign-cell" />
            </tr>
          ))}
        </tbody>
      </table>
    </FormFrame>
  );
}

/** A command name, the same in every language, so it is no translation. */
const VERIFY_COMMAND = 'ruang-uji audit verify';

/** The head of the audit log on paper: whoever later edits the database cannot change this copy. */
function AuditSeal({ head }: { head: AuditHeadSummary | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section data-testid="minutes-audit-head">
      <h2 className="print-form__section">{t('forms.minutes.auditHead')}</h2>
      {head ? (
        <>
          <p>{t('forms.minutes.auditHeadIntro')}</p>
          <p>
            <code className="print-mono" data-testid="minutes-audit-command">
              {VERIFY_COMMAND}
            </code>
          </p>
          <table className="print-table">
            <tbody>
              <tr>
                <th>{t('forms.minutes.auditHeadRow')}</th>
                <td data-testid="minutes-audit-seq">{head.seq}</td>
              </tr>
              <tr>
                <th>{t('forms.minutes.auditHeadHash')}</th>
                {/* In groups of eight, to be read aloud or compared by eye. */}
                <td data-testid="minutes-audit-hash" className="print-mono">{head.hash.match(/.{1,8}/g)?.join(' ')}</td>
              </tr>
              <tr>
                <th>{t('forms.minutes.auditHeadSignedAt')}</th>
                <td>{f.dateTime(head.signedAt)}</td>
              </tr>
              <tr>
                <th>{t('forms.minutes.auditHeadKey')}</th>
                <td>{head.fingerprint ?? '—'}</td>
              </tr>
            </tbody>
          </table>
        </>
      ) : (
        <p data-testid="minutes-audit-none">{t('forms.minutes.auditHeadNone')}</p>
      )}
    </section>
  );
}
