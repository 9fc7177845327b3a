import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { ProctorToday } from '../../../../electron/shared/types';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useClient } from '../../session/SessionProvider';
import { ExportRunner } from '../bundles/ExportRunner';
import { ImportPanel } from '../bundles/ImportPanel';
import { KeySection } from '../bundles/KeySection';

/** TUK side: the session bundle in, results (or a lab PC's partial results) out, partials merged. */
export function ProctorBundlesScreen() {
  const { t } = useTranslation();
  const today = useLoad('proctor/today', {});
  return (
    <div className="home" data-testid="proctor-bundles">
      <PageTitle eyebrow={t('proctor.eyebrow')} title={t('bundles.tukTitle')}>
        <a href="#/" data-testid="back-home">{t('bundles.backHome')}</a>
      </PageTitle>
      <Section title={t('bundles.import.sessionTitle')}>
        <p className="muted small">{t('bundles.import.sessionHint')}</p>
        <ImportPanel kind="session" testId="import-session" onApplied={today.reload} next="today" />
      </Section>
      <Section title={t('bundles.export.resultsTitle')}>
        <LoadView state={today.state} onRetry={today.reload}>
          {(data) => <ExportResults today={data} />}
        </LoadView>
      </Section>
      <Section title={t('bundles.import.partialsTitle')}>
        <p className="muted small">{t('bundles.import.partialsHint')}</p>
        <ImportPanel kind="results" testId="import-partials" />
      </Section>
      <KeySection title={t('keys.stationTitle')} />
    </div>
  );
}

/**
 * The session whose results are most likely wanted: the one closed last here. With two sessions in a day the
 * first in the list is often the one already sent, and a proctor exporting after the second one closed sent
 * its results again.
 */
function resultsDefault(today: ProctorToday): string {
  const closed = today.sessions.filter((s) => s.run?.endedAt).sort((a, b) => (b.run?.endedAt ?? '').localeCompare(a.run?.endedAt ?? ''));
  return (closed[0] ?? today.sessions[0])?.session.id ?? '';
}

function ExportResults({ today }: { today: ProctorToday }) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const id = useId();
  const [sessionId, setSessionId] = useState(() => resultsDefault(today));
  const [station, setStation] = useState('');
  const [stationKey, setStationKey] = useState('');
  if (today.sessions.length === 0) return <p className="empty">{t('proctor.empty')}</p>;
  return (
    <div className="bundle-form">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-session`}>{t('bundles.export.session')}</label>
        <select id={`${id}-session`} className="field__input" value={sessionId} onChange={(e) => setSessionId(e.target.value)} data-testid="results-session-select">
          {today.sessions.map(({ session }) => (
            <option key={session.id} value={session.id}>
              {session.code} — {f.bilingual(session.title)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-station`}>{t('bundles.export.station')}</label>
        <input id={`${id}-station`} className="field__input" value={station} maxLength={100} onChange={(e) => setStation(e.target.value)} aria-describedby={`${id}-station-hint`} data-testid="results-station" />
        <p className="field__hint" id={`${id}-station-hint`}>{t('bundles.export.stationHint')}</p>
      </div>
      {station.trim() && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-key`}>{t('bundles.export.stationKey')}</label>
          <input id={`${id}-key`} className="field__input mono" value={stationKey} onChange={(e) => setStationKey(e.target.value)} data-testid="results-station-key" />
        </div>
      )}
      <p className="muted small">{t('bundles.export.resultsHint')}</p>
      <ExportRunner
        testId="export-results"
        fingerprintHint={station.trim() ? undefined : t('bundles.export.resultsFingerprintHint')}
        label={station.trim() ? t('bundles.export.startPartial') : t('bundles.export.startResults')}
        disabled={!sessionId}
        start={(operationId) =>
          client.call('bundles/exportResults', {
            sessionId,
            operationId,
            partialStation: station.trim() || undefined,
            recipients: station.trim() && stationKey.trim() ? [stationKey.trim()] : undefined,
          })
        }
      />
    </div>
  );
}
