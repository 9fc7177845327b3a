import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlenoDetail, ResultsSessionSummary } from '../../../../electron/shared/pleno';
import type { UiError } from '../../api/client-errors';
import { useLoad } from '../../api/use-load';
import { useRun } from '../../api/use-run';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadView } from '../../components/LoadView';
import { useFormat } from '../../i18n/use-format';
import { useUnsavedChanges } from '../../navigation/use-unsaved-changes';
import { useClient } from '../../session/SessionProvider';
import { NO_FIELD_ERRORS } from '../registry/field-errors';
import { RecordForm } from '../registry/RecordForm';
import { RegistryField } from '../registry/RegistryField';
import { draftProblems } from './draft-problems';
import { editedOf, toInput, type PlenoDraft } from './member-draft';
import { MembersEditor } from './MembersEditor';

type Props = { plenoId: string | null; initial: PlenoDraft; onSaved: (detail: PlenoDetail) => void };

/** Where a refusal of the member rules belongs: beside the member it names, the member list, the sessions, or the form. */
export function refusalPlace(error: UiError | null): 'sessions' | 'members' | { member: string } | 'form' | null {
  if (!error) return null;
  if (error.code === 'PLENO_SESSION_NO_RESULTS') return 'sessions';
  if (error.code === 'PLENO_MEMBERS_TOO_FEW' || error.code === 'PLENO_CHAIR_COUNT') return 'members';
  if ((error.code === 'PLENO_MEMBER_CONFLICT' || error.code === 'PLENO_MEMBER_UNKNOWN' || error.code === 'PLENO_MEMBER_TWICE') && typeof error.params.member === 'string') return { member: error.params.member };
  return 'form';
}

/** The pleno's date, place, sessions (those with results) and members; creates a draft or changes one. */
export function PlenoForm({ plenoId, initial, onSaved }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const sessions = useLoad('results/sessions', { limit: 500 });
  const { busy, error, run } = useRun();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(false);
  const edited = editedOf(draft);
  const unsaved = useUnsavedChanges(edited);
  const place = refusalPlace(error);
  // Asked here rather than sent (draft-problems.ts); once a save was tried, each message goes as its field is put right.
  const [checked, setChecked] = useState(false);
  const problems = checked ? draftProblems(draft) : NO_FIELD_ERRORS;
  const sessionsMissing = problems.get('sessionIds');
  const missingId = useId();
  const submit = () => {
    setSaved(false);
    setChecked(true);
    if (draftProblems(draft).size > 0) return;
    const sent = edited;
    void run(async () => {
      const pleno = toInput(draft);
      const detail = plenoId === null ? await client.call('pleno/create', { pleno }) : await client.call('pleno/update', { plenoId, pleno });
      // Clean before onSaved opens the new draft's page.
      unsaved.markSaved(sent);
      setSaved(true);
      onSaved(detail);
    });
  };
  return (
    <RecordForm
      isNew={plenoId === null}
      busy={busy}
      error={place === 'form' ? error : null}
      saved={saved}
      onSubmit={submit}
      testId="pleno-form"
      submitLabel={t('plenoScreens.pleno.form.save')}
      savedText={t('plenoScreens.pleno.form.saved')}
    >
      <RegistryField name="heldOn" label={t('plenoScreens.pleno.heldOn')} type="date" value={draft.heldOn} onChange={(heldOn) => setDraft({ ...draft, heldOn })} errors={problems} />
      <RegistryField name="place" label={t('plenoScreens.pleno.place')} optional value={draft.place} onChange={(p) => setDraft({ ...draft, place: p })} errors={problems} />
      <fieldset className="registry-form__wide" data-testid="pleno-sessions" aria-describedby={sessionsMissing ? missingId : undefined}>
        <legend>{t('plenoScreens.pleno.sessions')}</legend>
        <p className="field__hint">{t('plenoScreens.pleno.form.sessionsHint')}</p>
        <LoadView state={sessions.state} onRetry={sessions.reload}>
          {(rows) => <SessionChoice rows={rows} chosen={draft.sessionIds} onChange={(sessionIds) => setDraft({ ...draft, sessionIds })} />}
        </LoadView>
        {sessionsMissing && (
          <p className="field__problem" id={missingId} role="alert" data-testid="pleno-sessions-missing">
            {t(sessionsMissing)}
          </p>
        )}
        {place === 'sessions' && error && <ErrorMessage error={error} />}
      </fieldset>
      <MembersEditor
        members={draft.members}
        onChange={(members) => setDraft({ ...draft, members })}
        problems={problems}
        listError={place === 'members' ? error : null}
        memberError={typeof place === 'object' && place !== null && error ? { name: place.member, error } : null}
      />
    </RecordForm>
  );
}

function SessionChoice({ rows, chosen, onChange }: { rows: ResultsSessionSummary[]; chosen: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (rows.length === 0) return <p className="empty">{t('plenoScreens.pleno.form.noSessions')}</p>;
  return (
    <>
      {rows.map((s) => (
        <label key={s.sessionId} className="registry-choice">
          <input
            type="checkbox"
            data-testid={`pleno-session-${s.code}`}
            checked={chosen.includes(s.sessionId)}
            onChange={(event) => onChange(event.target.checked ? [...chosen, s.sessionId] : chosen.filter((id) => id !== s.sessionId))}
          />{' '}
          {t('plenoScreens.pleno.form.sessionLine', { code: s.code, date: f.date(s.date), candidates: f.number(s.candidates) })}
        </label>
      ))}
    </>
  );
}
