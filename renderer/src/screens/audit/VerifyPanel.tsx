import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_FINDING_TEXT, AUDIT_SEVERITY_TEXT, auditFindingRange } from '../../../../electron/shared/audit-findings';
import type { AuditChainResult, AuditFinding, AuditVerifyResult } from '../../../../electron/shared/types';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Section } from '../../components/Section';
import { useFormat } from '../../i18n/use-format';
import { useClient } from '../../session/SessionProvider';

/**
 * The log's integrity on demand (audit/verify, as `ruang-uji audit verify` from the terminal): the hash chain
 * of every row and the signed heads, this installation's and each log received from a TUK. Each finding in
 * the words the command line prints.
 */
export function VerifyPanel() {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [result, setResult] = useState<AuditVerifyResult | null>(null);
  const check = () => run(async () => setResult(await client.call('audit/verify', {})));
  return (
    <Section
      title={t('audit.verifyTitle')}
      actions={
        <button type="button" className="button button--secondary" data-testid="audit-verify" aria-disabled={busy || undefined} onClick={() => !busy && void check()}>
          {busy ? t('audit.verifyRunning') : t('audit.verifyRun')}
        </button>
      }
    >
      <p className="muted">{t('audit.verifyIntro')}</p>
      {error && <ErrorMessage error={error} onRetry={() => void check()} />}
      <div role="status" data-testid="audit-verify-result">
        {result && (
          <>
            <Chain result={result} text={t(result.ok ? 'audit.verifyOk' : 'audit.verifyNotOk', { rows: result.rows })} />
            {result.remote.map((r) => (
              <Chain key={r.installationId} result={r} text={t(r.ok ? 'audit.remoteOk' : 'audit.remoteNotOk', { rows: r.rows, installation: r.installationId })} />
            ))}
          </>
        )}
      </div>
    </Section>
  );
}

function Chain({ result, text }: { result: AuditChainResult; text: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className={`notice ${result.ok ? 'notice--success' : 'notice--error'}`} data-testid="audit-chain" data-ok={result.ok}>
      <p>
        <strong>{text}</strong>{' '}
        {result.head ? t('audit.verifyHead', { n: result.head.n, seq: f.number(result.head.seq), signedAt: f.dateTime(result.head.signedAt) }) : t('audit.verifyNoHead')}
      </p>
      {result.findings.length > 0 && (
        <ul>
          {result.findings.map((finding, i) => (
            <li key={i} data-kind={finding.kind} data-severity={finding.severity}>
              <Finding finding={finding} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One finding in the words `audit verify` prints (also the homes' integrity warning). */
export function Finding({ finding }: { finding: AuditFinding }) {
  const { t } = useTranslation();
  const f = useFormat();
  const params = { from: finding.fromSeq ?? '', to: finding.toSeq ?? '', at: finding.at ? f.dateTime(finding.at) : '' };
  const range = t(auditFindingRange(finding), params);
  return (
    <>
      <strong>{t(AUDIT_SEVERITY_TEXT[finding.severity])}:</strong> {t(AUDIT_FINDING_TEXT[finding.kind], { ...params, range })}
    </>
  );
}
