import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICE_BACKUP_DEFAULTS, type BackupStatus } from '../../../../electron/shared/backup';
import { toUiError, type UiError } from '../../api/client-errors';
import { useLoad } from '../../api/use-load';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { useFormat } from '../../i18n/use-format';
import { useClient } from '../../session/SessionProvider';
import { RestoreDialog } from './RestoreDialog';
import { formatBytes } from './time-format';

/** Where the panel stands: the proctor's console (exam day), or the LSP admin's data backups page (the office). */
export type BackupPlace = 'examDay' | 'office';

/** Rolling backups to a folder the proctor or the LSP admin picks (a USB stick, another disk), and restoring one. */
export function BackupPanel({ place = 'examDay' }: { place?: BackupPlace }) {
  const { t } = useTranslation();
  const { state, reload } = useLoad('backups/status', {});
  const [fresh, setFresh] = useState<BackupStatus | null>(null);
  return (
    <Section title={t('examDay.backups.title')}>
      <p className="muted console-intro">{place === 'office' ? t('examDay.backups.officeIntro') : t('examDay.backups.intro')}</p>
      <LoadView state={state} onRetry={reload}>
        {(loaded) => <BackupBody status={fresh ?? loaded} onStatus={setFresh} place={place} />}
      </LoadView>
    </Section>
  );
}

const wholeIn = (text: string, min: number, max: number) => {
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max;
};

type Notice = 'saved' | 'taken' | { restored: string } | null;

function BackupBody({ status, onStatus, place }: { status: BackupStatus; onStatus: (status: BackupStatus) => void; place: BackupPlace }) {
  const { t } = useTranslation();
  const f = useFormat();
  const client = useClient();
  const id = useId();
  const [folder, setFolder] = useState(status.folder ?? '');
  // The core's defaults are the exam day's (every 5 minutes, 12 kept): an office proposes its own until saved.
  const proposed = place === 'office' && !status.configured ? OFFICE_BACKUP_DEFAULTS : status;
  const [every, setEvery] = useState(String(proposed.everyMinutes));
  const [keep, setKeep] = useState(String(proposed.keep));
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState<'save' | 'take' | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [restoring, setRestoring] = useState<BackupStatus['files'][number] | null>(null);

  const numbersOk = wholeIn(every, 1, 240) && wholeIn(keep, 1, 1000);
  const run = (which: 'save' | 'take', call: () => Promise<BackupStatus>, done: Notice) => {
    setBusy(which);
    setError(null);
    setNotice(null);
    call().then(
      (next) => {
        onStatus(next);
        setBusy(null);
        setNotice(done);
      },
      (err: unknown) => {
        setError(toUiError(err));
        setBusy(null);
      },
    );
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChecked(true);
    if (!folder.trim() || !numbersOk) return;
    run('save', () => client.call('backups/configure', { folder: folder.trim(), everyMinutes: Number(every), keep: Number(keep) }), 'saved');
  };

  const state = !status.configured
    ? t('examDay.backups.notConfigured')
    : status.activeSessions > 0
      ? t('examDay.backups.active', { count: status.everyMinutes, keep: status.keep })
      : t('examDay.backups.idle', { count: status.everyMinutes, keep: status.keep });

  return (
    <div className="backups" data-testid="backups" data-configured={status.configured}>
      <p className={`notice ${status.configured ? 'notice--info' : 'notice--warn'}`} data-testid="backup-state">
        {state}
      </p>
      {status.lastError && (
        <p className="notice notice--error" role="alert" data-testid="backup-last-error">
          {t('examDay.backups.lastError', { detail: status.lastError })}
        </p>
      )}

      <form className="console-form" onSubmit={save} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-folder`}>
            {t('examDay.backups.folder')}
          </label>
          <input
            id={`${id}-folder`}
            className="field__input mono"
            data-testid="backup-folder"
            value={folder}
            maxLength={1000}
            spellCheck={false}
            aria-invalid={checked && !folder.trim()}
            aria-describedby={`${id}-folder-hint`}
            onChange={(e) => setFolder(e.target.value)}
          />
          <p className="field__hint" id={`${id}-folder-hint`}>
            {place === 'office' ? t('examDay.backups.officeFolderHint') : t('examDay.backups.folderHint')}
          </p>
        </div>
        <div className="console-form__row">
          <div className="field field--short">
            <label className="field__label" htmlFor={`${id}-every`}>
              {t('examDay.backups.everyMinutes')}
            </label>
            <input id={`${id}-every`} className="field__input" data-testid="backup-every" type="number" min={1} max={240} value={every} onChange={(e) => setEvery(e.target.value)} />
          </div>
          <div className="field field--short">
            <label className="field__label" htmlFor={`${id}-keep`}>
              {t('examDay.backups.keep')}
            </label>
            <input id={`${id}-keep`} className="field__input" data-testid="backup-keep" type="number" min={1} max={1000} value={keep} onChange={(e) => setKeep(e.target.value)} />
          </div>
        </div>
        {checked && !numbersOk && (
          <p className="field__problem" role="alert">
            {t('examDay.backups.numbersInvalid')}
          </p>
        )}
        <div className="console-form__row">
          <button type="submit" className="button button--primary" data-testid="backup-save" disabled={busy !== null}>
            {busy === 'save' ? t('examDay.backups.saving') : t('examDay.backups.save')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            data-testid="backup-now"
            disabled={busy !== null || !status.configured}
            onClick={() => run('take', () => client.call('backups/takeNow', {}), 'taken')}
          >
            {busy === 'take' ? t('examDay.backups.taking') : t('examDay.backups.takeNow')}
          </button>
        </div>
      </form>

      {error && <ErrorMessage error={error} />}
      <div role="status" className="status-slot">
        {notice && (
          <p className="notice notice--success" data-testid="backup-notice">
            {notice === 'saved'
              ? t('examDay.backups.saved')
              : notice === 'taken'
                ? t('examDay.backups.taken')
                : t('examDay.backups.restored', { name: notice.restored })}
          </p>
        )}
      </div>

      <p className="backups__last">
        <span className="field__label">{t('examDay.backups.lastAt')}: </span>
        <span data-testid="backup-last">{status.lastBackupAt ? f.dateTime(status.lastBackupAt) : t('examDay.backups.never')}</span>
      </p>

      <h3 className="subheading">{t('examDay.backups.files', { total: status.files.length })}</h3>
      {status.files.length === 0 ? (
        <p className="empty">{t('examDay.backups.noFiles')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--compact" data-testid="backup-files">
            <thead>
              <tr>
                <th scope="col">{t('examDay.backups.file')}</th>
                <th scope="col">{t('examDay.backups.at')}</th>
                <th scope="col" className="num">
                  {t('examDay.backups.size')}
                </th>
                <th scope="col" className="actions">
                  <span className="visually-hidden">{t('columns.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {status.files.map((file) => (
                <tr key={file.name} data-testid="backup-file" data-name={file.name}>
                  <th scope="row" className="mono">
                    {file.name}
                  </th>
                  <td className="nowrap">{f.dateTime(file.at)}</td>
                  <td className="num nowrap">{formatBytes(file.bytes, f.language)}</td>
                  <td className="actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      data-testid="backup-restore"
                      aria-label={t('examDay.backups.restoreFor', { name: file.name })}
                      onClick={() => setRestoring(file)}
                    >
                      {t('examDay.backups.restore')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {restoring && (
        <RestoreDialog
          file={restoring}
          onRestored={(next) => {
            onStatus(next);
            setNotice({ restored: restoring.name });
            setRestoring(null);
          }}
          onCancel={() => setRestoring(null)}
        />
      )}
    </div>
  );
}
