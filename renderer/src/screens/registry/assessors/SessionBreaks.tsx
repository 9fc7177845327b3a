import { useTranslation } from 'react-i18next';
import type { AssessorSessionBreak } from '../../../../../electron/shared/scheduling';
import { ConflictText } from '../../scheduling/sessions/ConflictNote';
import { formatDate } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';

/**
 * The upcoming sessions whose rules this assessor's record breaks (a MET date set into the past): the
 * registry saved the facts, so the page says what they break before the export refuses it.
 */
export function SessionBreaks({ breaks }: { breaks: readonly AssessorSessionBreak[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (breaks.length === 0) return null;
  return (
    <div className="notice notice--warn" role="status" data-testid="assessor-session-breaks">
      <div>
        <p className="notice__text">{t('registryScreens.assessors.sessionBreaks', { count: breaks.length })}</p>
        <ul>
          {breaks.map((b) => (
            <li key={b.sessionId} data-testid={`session-break-${b.sessionId}`}>
              <a href={`#/sessions/${encodeURIComponent(b.sessionId)}`}>{b.code}</a> ({formatDate(b.date, language)}):{' '}
              {b.conflicts.map((c, i) => (
                <span key={`${c.code}-${i}`} data-code={c.code}>
                  <ConflictText conflict={c} />{' '}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
