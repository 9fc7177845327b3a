import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes } from '../../../../electron/shared/exam-day';
import { useRun } from '../../api/use-run';
import { useLoad } from '../../api/use-load';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FactList } from '../../components/FactList';
import { LoadView } from '../../components/LoadView';
import { Section } from '../../components/Section';
import { useFormat } from '../../i18n/use-format';
import { useClient } from '../../session/SessionProvider';
import { SessionPrintLinks } from '../print/SessionPrintLinks';
import { MinutesActions } from './MinutesActions';
import { reasonOk } from './ReasonField';

type Props = { sessionId: string; running: boolean; started: boolean };

/** Berita acara as the core computes it, with the incidents and notes the proctor adds during the day and the actions the print lists. */
export function MinutesPanel({ sessionId, running, started }: Props) {
  const { t } = useTranslation();
  const { state, reload } = useLoad('exam/minutes', { sessionId });
  return (
    <Section title={t('examDay.minutes.title')}>
      <SessionPrintLinks sessionId={sessionId} backLabel={t('forms.back.console')} notYet={started ? {} : { minutes: t('examDay.minutes.printNeedsStart') }} />
      <LoadView state={state} onRetry={reload}>
        {(minutes) => <MinutesBody minutes={minutes} sessionId={sessionId} running={running} onChanged={reload} />}
      </LoadView>
    </Section>
  );
}

type BodyProps = { minutes: Minutes; sessionId: string; running: boolean; onChanged: () => void };

function MinutesBody({ minutes, sessionId, running, onChanged }: BodyProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const none = <span className="muted">{t('examDay.minutes.none')}</span>;
  const at = (iso: string | null) => (iso ? f.dateTime(iso) : none);
  const names = (list: readonly string[]) => (list.length ? list.join(', ') : none);
  return (
    <div className="minutes" data-testid="minutes">
      <h3 className="subheading">{t('examDay.minutes.facts')}</h3>
      <FactList
        facts={[
          { key: 'code', label: t('examDay.minutes.code'), value: <span className="mono">{minutes.sessionCode}</span> },
          { key: 'date', label: t('examDay.minutes.date'), value: f.longDate(minutes.date) },
          { key: 'started', label: t('examDay.minutes.startedAt'), value: at(minutes.startedAt) },
          { key: 'ended', label: t('examDay.minutes.endedAt'), value: at(minutes.endedAt) },
          { key: 'registered', label: t('examDay.minutes.registered'), value: <span data-testid="minutes-registered">{minutes.registered}</span> },
          { key: 'present', label: t('examDay.minutes.present'), value: <span data-testid="minutes-present">{minutes.present}</span> },
          { key: 'absent', label: t('examDay.minutes.absent'), value: <span data-testid="minutes-absent">{minutes.absent}</span> },
          {
            key: 'notRecorded',
            label: t('examDay.minutes.notRecordedCount'),
            value: <span data-testid="minutes-not-recorded">{minutes.notRecorded}</span>,
          },
          { key: 'submitted', label: t('examDay.minutes.submitted'), value: <span data-testid="minutes-submitted">{minutes.submitted}</span> },
          { key: 'proctors', label: t('examDay.minutes.proctors'), value: names(minutes.proctorNames) },
          { key: 'assessors', label: t('examDay.minutes.assessors'), value: names(minutes.assessorNames) },
        ]}
      />

      <h3 className="subheading">{t('examDay.minutes.incidents', { total: minutes.incidents.length })}</h3>
      {minutes.incidents.length === 0 ? (
        <p className="empty">{t('examDay.minutes.noIncidents')}</p>
      ) : (
        <ol className="incident-list" data-testid="minutes-incidents">
          {minutes.incidents.map((incident) => (
            <li key={incident.id} className="incident" data-testid="minutes-incident-item">
              <p className="incident__text">{incident.text}</p>
              <p className="incident__meta">{t('examDay.minutes.incidentBy', { time: f.timeOfDay(incident.at), by: incident.by })}</p>
            </li>
          ))}
        </ol>
      )}
      <IncidentForm sessionId={sessionId} onAdded={onChanged} />
      <MinutesActions actions={minutes.proctorActions} />
      <NotesForm sessionId={sessionId} saved={minutes.notes} canWrite={running || minutes.startedAt !== null} onSaved={onChanged} />
    </div>
  );
}

function IncidentForm({ sessionId, onAdded }: { sessionId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const [text, setText] = useState('');
  const [checked, setChecked] = useState(false);
  const { busy, error, run } = useRun();
  const problem = checked && !reasonOk(text);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setChecked(true);
    if (!reasonOk(text)) return;
    void run(async () => {
      await client.call('exam/addIncident', { sessionId, text: text.trim() });
      setText('');
      setChecked(false);
      onAdded();
    });
  };

  return (
    <form className="console-form" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('examDay.minutes.incidentLabel')}
        </label>
        <textarea
          id={id}
          className="field__input field__textarea"
          data-testid="minutes-incident"
          rows={2}
          maxLength={2000}
          value={text}
          aria-invalid={problem}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setText(event.target.value)}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {t('examDay.minutes.incidentHint')}
        </p>
        {problem && (
          <p className="field__problem" role="alert">
            {t('examDay.minutes.incidentTooShort')}
          </p>
        )}
      </div>
      {error && <ErrorMessage error={error} />}
      <div>
        {/* aria-disabled while it saves, not disabled: a focused button that becomes disabled drops the focus to the page's top. */}
        <button type="submit" className="button button--secondary" data-testid="minutes-incident-add" aria-disabled={busy || undefined}>
          {busy ? t('examDay.minutes.incidentAdding') : t('examDay.minutes.incidentAdd')}
        </button>
      </div>
    </form>
  );
}

type NotesProps = { sessionId: string; saved: string; canWrite: boolean; onSaved: () => void };

function NotesForm({ sessionId, saved, canWrite, onSaved }: NotesProps) {
  const { t } = useTranslation();
  const client = useClient();
  const id = useId();
  const [notes, setNotes] = useState(saved);
  const { busy, error, run } = useRun();
  const [done, setDone] = useState(false);
  // A reload after another change brings the stored notes; keep what the proctor is typing unless it was saved.
  useEffect(() => setNotes((current) => (current === '' ? saved : current)), [saved]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    void run(async () => {
      await client.call('exam/setNotes', { sessionId, notes });
      setDone(true);
      onSaved();
    });
  };

  return (
    <form className="console-form" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('examDay.minutes.notes')}
        </label>
        <textarea
          id={id}
          className="field__input field__textarea"
          data-testid="minutes-notes"
          rows={4}
          maxLength={10_000}
          value={notes}
          disabled={!canWrite}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setNotes(event.target.value);
            setDone(false);
          }}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {canWrite ? t('examDay.minutes.notesHint') : t('examDay.minutes.notesNeedStart')}
        </p>
      </div>
      {error && <ErrorMessage error={error} />}
      <div className="console-form__row">
        <button type="submit" className="button button--secondary" data-testid="minutes-notes-save" disabled={!canWrite} aria-disabled={busy || undefined}>
          {busy ? t('examDay.minutes.notesSaving') : t('examDay.minutes.notesSave')}
        </button>
        <p role="status" className="muted small">
          {done && t('examDay.minutes.notesSaved')}
        </p>
      </div>
    </form>
  );
}
