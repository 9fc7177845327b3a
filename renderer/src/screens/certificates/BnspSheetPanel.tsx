import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BNSP_COLUMNS, type BnspLeftOut, type BnspProblem } from '../../../../electron/shared/certificates';
import { downloadExport } from '../../api/files';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../i18n/use-format';
import { useLanguage } from '../../i18n/use-language';
import { useClient } from '../../session/SessionProvider';
import { useToken } from '../../session/use-token';
import type { TranslationKey } from '../../i18n/keys';

// Columns are named as BNSP's template spells them, in both languages: that is what the person finds in the file.
const HEADER = new Map<string, string>(BNSP_COLUMNS.map((c) => [c.key, c.header]));

const LEFT_OUT_REASON = {
  appeal_open: 'certificateScreens.bnsp.leftOutReason.appeal_open',
  appeal_accepted: 'certificateScreens.bnsp.leftOutReason.appeal_accepted',
} as const satisfies Record<BnspLeftOut['reason'], TranslationKey>;

/** The BNSP upload sheet of a decided pleno; when rows lack values, the list of rows and fields to fill instead. */
export function BnspSheetPanel({ plenoId }: { plenoId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const token = useToken();
  const { language } = useLanguage();
  const { busy, error, run } = useRun();
  const [written, setWritten] = useState<number | null>(null);
  const [problems, setProblems] = useState<BnspProblem[]>([]);
  const [leftOut, setLeftOut] = useState<BnspLeftOut[]>([]);
  const download = () =>
    void run(async () => {
      setWritten(null);
      setLeftOut([]);
      const sheet = await client.call('certificates/bnspSheet', { plenoId, language });
      if (!sheet.ok) {
        setProblems(sheet.problems);
        return;
      }
      setProblems([]);
      await downloadExport(sheet.fileName, token);
      setWritten(sheet.rows);
      setLeftOut(sheet.leftOut);
    });
  return (
    <div data-testid="bnsp-panel">
      <p className="muted small">{t('certificateScreens.bnsp.intro')}</p>
      <button type="button" className="button button--primary" disabled={busy} data-testid="bnsp-download" onClick={download}>
        {t('certificateScreens.bnsp.download')}
      </button>
      {error && <ErrorMessage error={error} />}
      {written !== null && (
        <p className="notice notice--success" role="status" data-testid="bnsp-written">{t('certificateScreens.bnsp.written', { rows: f.number(written) })}</p>
      )}
      {leftOut.length > 0 && (
        <div className="notice notice--warning" data-testid="bnsp-left-out">
          <p>{t('certificateScreens.bnsp.leftOut', { count: leftOut.length })}</p>
          <ul>
            {leftOut.map((l) => (
              <li key={`${l.sessionId}-${l.candidateId}`} data-testid="bnsp-left-out-row">
                {l.name} (<span className="mono">{l.sessionCode}</span>): {t(LEFT_OUT_REASON[l.reason])}
              </li>
            ))}
          </ul>
        </div>
      )}
      {problems.length > 0 && (
        <>
          <p className="notice notice--error" role="alert" data-testid="bnsp-problems">{t('certificateScreens.bnsp.problems', { count: problems.length })}</p>
          <div className="table-wrap">
            <table className="table table--compact" data-testid="bnsp-problems-table">
              <thead>
                <tr>
                  <th scope="col">{t('certificateScreens.bnsp.row')}</th>
                  <th scope="col">{t('certificateScreens.detail.session')}</th>
                  <th scope="col">{t('certificateScreens.bnsp.fields')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p) => (
                  <tr key={`${p.sessionId}-${p.candidateId}`} data-testid="bnsp-problem-row">
                    <th scope="row">
                      {/* The candidate's own fields are fixed in the registry; the session's codes in the form above. */}
                      <a href={`#/candidates/${encodeURIComponent(p.candidateId)}`}>{p.name}</a>
                    </th>
                    <td className="mono">{p.sessionCode}</td>
                    <td>{p.fields.map((k) => HEADER.get(k) ?? k).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
