import { useTranslation } from 'react-i18next';
import type { AssessmentReport, SessionSheet } from '../../../../electron/shared/assessment';
import { FormFrame, SignatureBlock } from './FormFrame';
import { REPORT_FIELDS } from '../../i18n/assessment-labels';
import { useFormat } from '../../i18n/use-format';
import { useAk05Remark } from './ak05-remark';

/** FR.AK.05: No | Nama asesi | K/BK | Keterangan (the BK units), then the aspects, rejections and suggestions. */
export function Ak05Print({ report }: { report: AssessmentReport }) {
  const { t } = useTranslation();
  const remark = useAk05Remark();
  return (
    <FormFrame form="ak05" header={report.header}>
      <table className="print-table">
        <thead>
          <tr>
            <th>{t('forms.number')}</th>
            <th>{t('forms.candidate')}</th>
            <th>{t('assess.verdict.k')}</th>
            <th>{t('assess.verdict.bk')}</th>
            <th>{t('assess.ak05.remarks')}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row, i) => (
            <tr key={row.candidate.candidateId} data-participant={row.candidate.participantNo}>
              <td>{i + 1}</td>
              <td>
                {row.candidate.name} <span className="print-nowrap">({row.candidate.participantNo})</span>
              </td>
              <td>{row.signed && row.recommendation === 'K' ? 'K' : ''}</td>
              <td>{row.signed && row.recommendation === 'BK' ? 'BK' : ''}</td>
              <td>{remark(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="print-table print-fields">
        <tbody>
          {REPORT_FIELDS.map(({ field: k, label }) => (
            <tr key={k}>
              <th>{t(label)}</th>
              <td className="print-pre">{report.report?.[k] ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SignatureBlock
        candidate={null}
        assessor={{
          name: report.header.assessorName,
          met: report.header.assessorMet,
          mark: report.signature ? { at: report.signature.signedAt, how: 'signed' } : null,
        }}
      />
    </FormFrame>
  );
}

/** Kartu peserta: one card per candidate with the participant number and, where known, the password. */
export function CardPrint({ sheet }: { sheet: SessionSheet }) {
  const { t } = useTranslation();
  const f = useFormat();
  // Each card is cut out and handed over alone, without the form's header: it carries its own day and start.
  const startsAt = `${f.date(sheet.header.date)} ${f.time(sheet.header.startTime)}`;
  return (
    <FormFrame form="card" header={sheet.header}>
      <div className="print-cards">
        {sheet.rows.map((row) => (
          <div className="print-card" key={row.candidateId} data-participant={row.participantNo}>
            <p className="print-card__name">{row.name}</p>
            <dl>
              <dt>{t('forms.card.participantNo')}</dt>
              <dd className="mono">{row.participantNo}</dd>
              <dt>{t('forms.card.startsAt')}</dt>
              <dd data-testid="card-starts-at">{startsAt}</dd>
              <dt>{t('forms.card.password')}</dt>
              <dd className="mono">{row.cardPassword ?? t('forms.card.passwordSeparately')}</dd>
              <dt>{t('forms.card.seat')}</dt>
              <dd>{row.seat ?? ''}</dd>
              <dt>{t('forms.assessor')}</dt>
              <dd>{row.assessorName}</dd>
            </dl>
            <p className="print-card__note">{t('forms.card.note')}</p>
          </div>
        ))}
      </div>
    </FormFrame>
  );
}

/** Daftar hadir: everyone registered, whether they attended, a column to sign. */
export function AttendancePrint({ sheet }: { sheet: SessionSheet }) {
  const { t } = useTranslation();
  return (
    <FormFrame
      form="attendance"
      header={{ ...sheet.header, assessorName: sheet.header.assessorNames.join(', ') }}
      session={{ code: sheet.header.sessionCode, startTime: sheet.header.startTime }}
    >
      <table className="print-table">
        <thead>
          <tr>
            <th>{t('forms.number')}</th>
            <th>{t('forms.card.participantNo')}</th>
            <th>{t('forms.name')}</th>
            <th>{t('forms.attendance.nik')}</th>
            <th>{t('forms.attendance.institution')}</th>
            <th>{t('forms.attendance.present')}</th>
            <th>{t('forms.attendance.signature')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row, i) => (
            <tr key={row.candidateId} data-participant={row.participantNo}>
              <td>{i + 1}</td>
              <td className="mono print-nowrap">{row.participantNo}</td>
              <td>{row.name}</td>
              <td className="mono">{row.nik}</td>
              <td>{row.institution ?? ''}</td>
              <td>{row.attendance === 'present' ? '✓' : row.attendance === 'absent' ? '✗' : ''}</td>
              <td className="print-sign-cell" />
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="attendance-totals">{t('forms.attendance.totals', sheet.attendance)}</p>
      {/* Each assessor's MET number beside their name, in the same order, as FR.AK.01 prints it. */}
      <SignatureBlock
        candidate={null}
        assessor={sheet.header.assessors.map((a) => ({ name: a.name, met: a.metNumber, mark: null }))}
      />
    </FormFrame>
  );
}
