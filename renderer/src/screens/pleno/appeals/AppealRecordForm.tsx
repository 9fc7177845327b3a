import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../../api/use-load';
import { useRun } from '../../../api/use-run';
import { BilingualText } from '../../../components/BilingualText';
import { useClient } from '../../../session/SessionProvider';
import type { TranslationKey } from '../../../i18n/keys';
import { NO_FIELD_ERRORS, type FieldErrors } from '../../registry/field-errors';
import { RecordForm } from '../../registry/RecordForm';
import { RegistryField } from '../../registry/RegistryField';

/** An appeal lodged at the LSP: the session, the candidate, the date, the reasons and the units appealed. */
export function AppealRecordForm({ onRecorded }: { onRecorded: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const ids = { session: useId(), candidate: useId() };
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);
  const [sessionId, setSessionId] = useState('');
  const [candidateId, setCandidateId] = useState('');
  const [lodgedOn, setLodgedOn] = useState('');
  const [reasons, setReasons] = useState('');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [problems, setProblems] = useState<FieldErrors>(NO_FIELD_ERRORS);
  // A field's problem goes once it is changed: "choose the session" stayed red under a chosen session until the next save.
  const edited = (field: string) =>
    setProblems((prev) => {
      if (!prev.has(field)) return prev;
      const next = new Map(prev);
      next.delete(field);
      return next;
    });
  const sessions = useLoad('results/sessions', { limit: 500 });
  const sessionRows = sessions.state.status === 'ready' ? sessions.state.data : [];
  if (sessions.state.status === 'ready' && sessionRows.length === 0) {
    // Nothing to choose: the form would only end in a refusal.
    return (
      <p className="notice" data-testid="appeal-record-none">
        {t('plenoScreens.appeals.recordNoSessions')}
      </p>
    );
  }
  const candidates = sessionId ? (
    <CandidateChoice
      sessionId={sessionId}
      candidateId={candidateId}
      unitIds={unitIds}
      onCandidate={(id) => {
        setCandidateId(id);
        edited('candidateId');
      }}
      onUnits={setUnitIds}
      selectId={ids.candidate}
      problem={problems.get('candidateId')}
    />
  ) : null;
  const submit = () => {
    setSaved(false);
    // What the form can see for itself is named at its field, before the core is asked.
    const missing = new Map<string, TranslationKey>();
    if (!sessionId) missing.set('sessionId', 'plenoScreens.appeals.missingSession');
    else if (!candidateId) missing.set('candidateId', 'plenoScreens.appeals.missingCandidate');
    if (!lodgedOn) missing.set('lodgedOn', 'plenoScreens.appeals.missingLodgedOn');
    if (reasons.trim().length < 3) missing.set('reasons', 'plenoScreens.appeals.missingReasons');
    setProblems(missing);
    if (missing.size > 0) return;
    void run(async () => {
      await client.call('appeals/record', { sessionId, candidateId, lodgedOn, reasons: reasons.trim(), unitIds });
      setSaved(true);
      setReasons('');
      onRecorded();
    });
  };
  return (
    <RecordForm isNew busy={busy} error={error} saved={saved} onSubmit={submit} testId="appeal-record" submitLabel={t('plenoScreens.appeals.confirmRecord')}>
      <div className="field">
        <label className="field__label" htmlFor={ids.session}>
          {t('plenoScreens.appeals.recordSession')}
        </label>
        <select
          id={ids.session}
          className="field__input"
          data-testid="appeal-record-session"
          value={sessionId}
          aria-invalid={problems.has('sessionId') ? true : undefined}
          aria-describedby={problems.has('sessionId') ? `${ids.session}-problem` : undefined}
          onChange={(event) => {
            setSessionId(event.target.value);
            edited('sessionId');
            setCandidateId('');
            setUnitIds([]);
          }}
        >
          <option value="">{t('plenoScreens.appeals.choose')}</option>
          {sessionRows.map((s) => (
            <option key={s.sessionId} value={s.sessionId}>
              {s.code}
            </option>
          ))}
        </select>
        <FieldProblem id={`${ids.session}-problem`} problem={problems.get('sessionId')} />
      </div>
      {candidates}
      <RegistryField
        name="lodgedOn"
        label={t('plenoScreens.appeals.lodgedOn')}
        type="date"
        value={lodgedOn}
        onChange={(value) => {
          setLodgedOn(value);
          edited('lodgedOn');
        }}
        errors={problems}
      />
      <div className="field registry-form__wide">
        <label className="field__label" htmlFor={`${ids.session}-reasons`}>
          {t('plenoScreens.appeals.reasons')}
        </label>
        <textarea
          id={`${ids.session}-reasons`}
          className="field__input"
          rows={3}
          data-testid="appeal-record-reasons"
          value={reasons}
          aria-invalid={problems.has('reasons') ? true : undefined}
          aria-describedby={problems.has('reasons') ? `${ids.session}-reasons-problem` : undefined}
          onChange={(event) => {
            setReasons(event.target.value);
            edited('reasons');
          }}
        />
        <FieldProblem id={`${ids.session}-reasons-problem`} problem={problems.get('reasons')} />
      </div>
    </RecordForm>
  );
}

function FieldProblem({ id, problem }: { id: string; problem: TranslationKey | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <p className="field__problem" id={id} data-testid="appeal-record-problem">
      {t(problem)}
    </p>
  );
}

type ChoiceProps = {
  sessionId: string;
  candidateId: string;
  unitIds: string[];
  onCandidate: (id: string) => void;
  onUnits: (ids: string[]) => void;
  selectId: string;
  problem: TranslationKey | undefined;
};

/** The session's candidates who came, and the units of the chosen one's record. */
function CandidateChoice({ sessionId, candidateId, unitIds, onCandidate, onUnits, selectId, problem }: ChoiceProps) {
  const { t } = useTranslation();
  const review = useLoad('results/review', { sessionId });
  const rows = review.state.status === 'ready' ? review.state.data.candidates : [];
  const chosen = rows.find((c) => c.candidateId === candidateId);
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t('plenoScreens.appeals.recordCandidate')}
        </label>
        <select
          id={selectId}
          className="field__input"
          data-testid="appeal-record-candidate"
          value={candidateId}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${selectId}-problem` : undefined}
          onChange={(event) => onCandidate(event.target.value)}
        >
          <option value="">{t('plenoScreens.appeals.choose')}</option>
          {rows.map((c) => (
            <option key={c.candidateId} value={c.candidateId}>
              {c.name} ({c.participantNo})
            </option>
          ))}
        </select>
        <FieldProblem id={`${selectId}-problem`} problem={problem} />
      </div>
      {chosen && chosen.units.length > 0 && (
        <fieldset className="registry-form__wide" data-testid="appeal-record-units">
          <legend>{t('plenoScreens.appeals.recordUnits')}</legend>
          {chosen.units.map((u) => (
            <label key={u.unitId} className="registry-choice">
              <input
                type="checkbox"
                checked={unitIds.includes(u.unitId)}
                onChange={(event) => onUnits(event.target.checked ? [...unitIds, u.unitId] : unitIds.filter((id) => id !== u.unitId))}
              />{' '}
              {/* The title beside the code: eight codes alone did not tell the admin which unit was appealed. */}
              <span className="mono">{u.unitCode}</span> <BilingualText value={u.title} />
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
