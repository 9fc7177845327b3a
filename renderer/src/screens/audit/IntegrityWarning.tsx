import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/use-load';
import { useFormat } from '../../i18n/use-format';
import { Finding } from './VerifyPanel';

/** While the whole log is still walked in the background (seconds on a log of a million rows): asked again this often. */
const RECHECK_MS = 5000;

/**
 * What this start of the app found broken in the audit log (audit/integrity, core/audit/integrity.ts): an
 * edit made to the database while the app was stopped would otherwise be seen only by someone who thinks
 * to run `audit verify`. On the admin's home and the proctor's (a TUK station's), naming each row, with
 * what to do; it never blocks the day. Nothing is shown while nothing is found, or when it cannot be read.
 */
export function IntegrityWarning({ role }: { role: 'admin' | 'proctor' }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { state, reload } = useLoad('audit/integrity', {});
  const running = state.status === 'ready' && state.data.full === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(reload, RECHECK_MS);
    return () => clearTimeout(timer);
  }, [running, state, reload]);
  if (state.status !== 'ready' || state.data.findings.length === 0) return null;
  const { data } = state;
  return (
    <div className="notice notice--error integrity-warning" role="alert" data-testid="audit-integrity-warning">
      <div className="notice__text">
        <p>
          <strong>{t('audit.integrity.title')}</strong>
        </p>
        <p>{t('audit.integrity.found', { checkedAt: f.dateTime(data.checkedAt) })}</p>
        <ul>
          {data.findings.map((finding, i) => (
            <li key={i} data-kind={finding.kind} data-from={finding.fromSeq ?? undefined}>
              <Finding finding={finding} />
            </li>
          ))}
        </ul>
        {data.full === 'running' && <p className="muted small">{t('audit.integrity.stillChecking')}</p>}
        <p>{t(role === 'admin' ? 'audit.integrity.admin' : 'audit.integrity.proctor')}</p>
        {role === 'admin' && (
          <a href="#/audit" data-testid="audit-integrity-open-log">
            {t('audit.integrity.openLog')}
          </a>
        )}
      </div>
    </div>
  );
}
