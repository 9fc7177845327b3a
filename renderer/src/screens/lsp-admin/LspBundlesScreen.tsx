import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { LIST_LIMIT_MAX } from '../../../../electron/shared/registry';
import type { PlannedSession } from '../../../../electron/shared/scheduling';
import { useLoad } from '../../api/use-load';
import { LoadView } from '../../components/LoadView';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { useClient } from '../../session/SessionProvider';
import { BackupExportSection } from '../bundles/BackupExportSection';
import { ExportRunner } from '../bundles/ExportRunner';
import { ImportPanel } from '../bundles/ImportPanel';
import { KeySection } from '../bundles/KeySection';
import { routeQueryOf, useRoute } from '../../navigation/hash-route';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ConflictText } from '../scheduling/sessions/ConflictNote';

/** `#/bundles/keys`: the same page, opened at its key section (the home's key-backup warning links here). */
export function LspBundlesKeysScreen() {
  return <LspBundlesScreen focusKeys />;
}

/** LSP side of the file transfer: session bundles out, results in, and the key that makes it work. */
export function LspBundlesScreen({ focusKeys = false }: { focusKeys?: boolean }) {
  const { t } = useTranslation();
  // The latest sessions by start, a page of them (the order the whole list had): a session already under
  // way may need its bundle again (another station), and any session's own page exports it too.
  const upcoming = useLoad('sessions/list', { order: 'desc', limit: LIST_LIMIT_MAX });
  return (
    <div className="home" data-testid="lsp-bundles">
      <PageTitle eyebrow={t('lsp.eyebrow')} title={t('bundles.lspTitle')}>
        <a href="#/" data-testid="back-home">{t('bundles.backHome')}</a>
      </PageTitle>
      <Section title={t('bundles.export.sessionTitle')}>
        {/* The form stands in, disabled, while the sessions load: the sections below keep their place. */}
        <LoadView state={upcoming.state} onRetry={upcoming.reload} placeholder={<ExportSession key="loading" sessions={null} />}>
          {/* A cancelled session only while its TUK holds it as planned: sent again, its bundle carries the cancellation. */}
          {(page) => <ExportSession key="loaded" sessions={page.rows.filter((s) => s.status !== 'cancelled' || (s.exportedAt !== null && s.changedSinceExport))} />}
        </LoadView>
      </Section>
      <Section title={t('bundles.import.resultsTitle')}>
        <p className="muted small">{t('bundles.import.resultsHint')}</p>
        <ImportPanel kind="results" testId="import-results" next="results" />
      </Section>
      <BackupExportSection />
      <KeySection title={t('keys.title')} focus={focusKeys} />
    </div>
  );
}

/** `sessions` null while they load: the same form, disabled, its session list saying so. */
function ExportSession({ sessions }: { sessions: PlannedSession[] | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const id = useId();
  // Opened from a session's hand-over panel (`#/bundles?session=<id>`): that session is the one chosen.
  const asked = new URLSearchParams(routeQueryOf(useRoute())).get('session');
  const [sessionId, setSessionId] = useState(sessions?.find((s) => s.id === asked)?.id ?? sessions?.[0]?.id ?? '');
  const [mode, setMode] = useState<'passphrase' | 'keys'>('passphrase');
  const [keysText, setKeysText] = useState('');
  const recipients = keysText.split(/\s+/).filter(Boolean);
  // An empty session list and a disabled button said nothing of why: the first session is planned elsewhere.
  if (sessions?.length === 0) {
    return (
      <p className="empty" data-testid="export-no-sessions">
        {t('schedulingScreens.sessions.noneToExport')}{' '}
        <a href="#/sessions/new" data-testid="export-plan-session">
          {t('schedulingScreens.sessions.new')}
        </a>
      </p>
    );
  }
  return (
    <div className="bundle-form">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-session`}>{t('bundles.export.session')}</label>
        {sessions === null ? (
          <select id={`${id}-session`} className="field__input" disabled aria-busy="true" data-testid="export-session-select-loading">
            <option>{t('common.loading')}</option>
          </select>
        ) : (
          <select id={`${id}-session`} className="field__input" value={sessionId} onChange={(e) => setSessionId(e.target.value)} data-testid="export-session-select">
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {/* Day, time and TUK too: the USB stick goes to one venue, and two sessions may share a title. */}
                {t(s.cancellation ? 'bundles.export.sessionOptionCancelled' : 'bundles.export.sessionOption', {
                  code: s.code,
                  title: f.title(s),
                  date: f.date(s.date),
                  time: f.time(s.startTime),
                  // The start is on the TUK's clock: its zone, for an office that keeps another.
                  zone: s.tuk.timeZone,
                  tuk: s.tuk.name,
                })}
              </option>
            ))}
          </select>
        )}
      </div>
      <fieldset className="field" disabled={sessions === null}>
        <legend className="field__label">{t('bundles.export.recipients')}</legend>
        {/* When to choose which: a first-time admin sees two ways to lock the bundle and nothing about either. */}
        <p className="muted small" data-testid="export-recipients-hint">{t('bundles.export.recipientsHint')}</p>
        <label className="checkbox">
          <input type="radio" name={`${id}-mode`} checked={mode === 'passphrase'} onChange={() => setMode('passphrase')} /> {t('bundles.export.generated')}
        </label>
        <label className="checkbox">
          <input type="radio" name={`${id}-mode`} checked={mode === 'keys'} onChange={() => setMode('keys')} data-testid="export-mode-keys" /> {t('bundles.export.toKeys')}
        </label>
        {mode === 'keys' && (
          <textarea className="field__input mono" rows={3} value={keysText} onChange={(e) => setKeysText(e.target.value)} aria-label={t('bundles.export.keysLabel')} data-testid="export-keys" />
        )}
      </fieldset>
      {sessions !== null && sessionId && <ExportWarnings key={sessionId} sessionId={sessionId} />}
      <ExportRunner
        testId={sessions === null ? 'export-session-loading' : 'export-session'}
        label={t('bundles.export.start')}
        fingerprintHint={t('bundles.export.sessionFingerprintHint')}
        disabled={sessions === null || !sessionId || (mode === 'keys' && recipients.length === 0)}
        start={(operationId) =>
          client.call('bundles/exportSession', { sessionId, operationId, to: mode === 'passphrase' ? { generatePassphrase: true } : { recipients } })
        }
      />
    </div>
  );
}

/**
 * What the export would warn of, before the file is written: the TUK cannot run the day until these are settled
 * (an assessor without a sign-in account, candidates without a password). They came only with the written
 * file, whose warning asked to do before exporting what was already exported. The admin may still export.
 */
function ExportWarnings({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { state } = useLoad('bundles/exportSessionCheck', { sessionId });
  // A plan the export would refuse says so here too, before the export is tried.
  if (state.status === 'error') return <ErrorMessage error={state.error} />;
  if (state.status !== 'ready' || state.data.length === 0) return null;
  return (
    <div className="notice notice--warning" data-testid="export-warnings">
      <p className="notice__text">{t('bundles.export.warningsHead', { count: state.data.length })}</p>
      <ul className="conflicts">
        {state.data.map((c, i) => (
          <li key={`${c.code}-${i}`} className="conflict conflict--pending" data-code={c.code}>
            <ConflictText conflict={c} />
          </li>
        ))}
      </ul>
    </div>
  );
}
