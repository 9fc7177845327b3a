import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchemeSummary, TukSummary } from '../../../../../electron/shared/registry';
import { SESSION_MODES, type PlannedSessionDetail, type SchedulingSettings, type SessionConflict } from '../../../../../electron/shared/scheduling';
import { useRun } from '../../../api/use-run';
import { ClockInput, DayInput } from '../../../components/DayInputs';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useUnsavedChanges } from '../../../navigation/use-unsaved-changes';
import { useClient } from '../../../session/SessionProvider';
import { TUK_ZONE_LABEL } from '../../../i18n/domain-labels';
import { SESSION_MODE_LABEL } from '../labels';
import { SchemeSelect } from '../SchemeSelect';
import { ConflictNote, ConflictText } from './ConflictNote';
import { CandidatesTable } from './CandidatesTable';
import { AssessorPicker, CandidatePicker } from './PeoplePickers';
import { conflictsAt, placedFields, planInput, withCandidates, type PlanState } from './plan-state';
import { RulesDialog } from './RulesDialog';
import { usePlanCheck } from './use-plan-check';

/** The TUK's rules that a verification record on the TUK's page settles. */
const TUK_VERIFICATION_CODES: ReadonlySet<string> = new Set(['SCHEDULE_TUK_NOT_VERIFIED', 'SCHEDULE_TUK_NEVER_VERIFIED', 'SCHEDULE_TUK_VERIFICATION_DUE', 'SCHEDULE_TUK_UNFIT', 'SCHEDULE_TUK_UNFIT_NO_NOTE']);

type Props = {
  sessionId: string | null;
  /** The saved session's revision as loaded: sent with the save, so another admin's later change is not overwritten. */
  revision?: string | undefined;
  /** The LSP's scheduling rules (sessions/settings): the APL gate says which candidates the picker offers. */
  rules: SchedulingSettings;
  initial: PlanState;
  schemes: SchemeSummary[];
  tuks: TukSummary[];
  /** A change was saved just before this form started again from the saved session: it says so. */
  savedBefore?: boolean;
  onSaved: (saved: PlannedSessionDetail) => void;
};

/**
 * The session planner: scheme version, TUK, date, start, duration, mode, assessors and candidates (each
 * with their assessor). Every change is checked against the LSP's rules (sessions/check, debounced), and
 * each conflict stands beside the field it names; pending ones are warnings. Save is refused while a
 * refused conflict stands, and the core says why.
 */
export function PlannerForm({ sessionId, revision, rules: loadedRules, initial, schemes, tuks, savedBefore = false, onSaved }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const [plan, setPlan] = useState<PlanState>(initial);
  // Changed in the dialog over the planner: kept here, so the plan stays as it was filled in.
  const [rules, setRules] = useState(loadedRules);
  const [rulesOpen, setRulesOpen] = useState(false);
  const aplGate = rules.aplGate;
  // The plan as shown, people with their names: someone added and removed again leaves it clean.
  const unsaved = useUnsavedChanges(plan);
  const [round, setRound] = useState(0);
  const formId = useId();
  const input = planInput(plan);
  const { check, checking, error: checkError } = usePlanCheck(sessionId, input, round);
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(savedBefore);
  const conflicts = check?.conflicts ?? [];
  const at = (field: string) => conflictsAt(conflicts, field);
  const placed = placedFields(plan);
  const unplaced = conflicts.filter((c) => !placed.has(c.field));
  const zone = tuks.find((tuk) => tuk.id === plan.tukId)?.timeZone;
  const set = <K extends keyof PlanState>(key: K, value: PlanState[K]) => setPlan((prev) => ({ ...prev, [key]: value }));

  // A new session starts with the scheme's test duration (schemes/policy), where the LSP set one.
  const chooseScheme = (schemeId: string) => {
    setPlan((prev) => ({ ...prev, schemeId, candidates: schemeId === prev.schemeId ? prev.candidates : [] }));
    const code = schemes.find((s) => s.id === schemeId)?.code;
    if (sessionId !== null || !code) return;
    void client.call('schemes/policy', { schemeCode: code }).then(
      (policy) => {
        const minutes = policy.testDurationMinutes;
        if (minutes !== null) setPlan((prev) => (prev.schemeId === schemeId ? { ...prev, duration: String(minutes) } : prev));
      },
      // Without the policy the planner's own default stands; the duration field is there to change.
      () => undefined,
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!input) return;
    setSaved(false);
    const sent = plan;
    void run(async () => {
      try {
        const result = sessionId ? await client.call('sessions/update', { sessionId, session: input, revision }) : await client.call('sessions/create', { session: input });
        // Clean before onSaved opens the new session's page.
        unsaved.markSaved(sent);
        setSaved(sessionId !== null);
        onSaved(result);
      } finally {
        // A refused save checks again, so every conflict behind the refusal is on screen.
        setRound((n) => n + 1);
      }
    });
  };

  return (
    <form className="registry-form planner" data-testid="planner-form" onSubmit={submit} noValidate>
      <div className="registry-form__grid">
        {/* Scheme and TUK each on a row of their own: in a grid cell at 1366×768 their names were cut ("SKM-JWP v1 · Junior Web Progra"). */}
        <div className="registry-form__wide" data-testid="planner-scheme-cell">
          <SchemeSelect
            schemes={schemes}
            value={plan.schemeId}
            onChange={chooseScheme}
            testId="field-schemeId"
          />
          <ConflictNote conflicts={at('schemeId')} />
          {schemes.length === 0 && <Missing text={t('schedulingScreens.planner.noSchemes')} href="#/schemes/new" link={t('schedulingScreens.planner.addScheme')} testId="planner-no-schemes" />}
        </div>
        <PlanSelect label={t('schedulingScreens.tuk')} testId="field-tukId" value={plan.tukId} onChange={(v) => set('tukId', v)} conflicts={at('tukId')} wide>
          {plan.tukId === '' && <option value="">{t('schedulingScreens.choose')}</option>}
          {tuks.map((tuk) => (
            <option key={tuk.id} value={tuk.id}>
              {tuk.code} · {tuk.name}
            </option>
          ))}
        </PlanSelect>
        {tuks.length === 0 && <Missing text={t('schedulingScreens.planner.noTuks')} href="#/tuks/new" link={t('schedulingScreens.planner.addTuk')} testId="planner-no-tuks" />}
        {/* The verification is recorded on the TUK's page, against a saved session: say where, once there is one. */}
        {sessionId !== null && plan.tukId !== '' && at('tukId').some((c) => TUK_VERIFICATION_CODES.has(c.code)) && (
          <p className="field registry-form__wide">
            <a href={`#/tuks/${plan.tukId}`} data-testid="tuk-verification-link">
              {t('schedulingScreens.planner.recordTukVerification')}
            </a>
          </p>
        )}
        <PlanInput label={t('schedulingScreens.planner.date')} testId="field-date" type="date" value={plan.date} onChange={(v) => set('date', v)} conflicts={at('date')} />
        {/* The core keeps the start on the TUK's clock: an office in WIB planning for a TUK in WITA must not read it as its own. */}
        <PlanInput
          label={t('schedulingScreens.planner.startTime')}
          testId="field-startTime"
          type="time"
          value={plan.startTime}
          onChange={(v) => set('startTime', v)}
          conflicts={at('startTime')}
          hint={zone ? t('schedulingScreens.planner.startTimeZoneHint', { zone: t(TUK_ZONE_LABEL[zone]) }) : t('schedulingScreens.planner.startTimeHint')}
        />
        <PlanInput
          label={t('schedulingScreens.planner.duration')}
          testId="field-durationMinutes"
          type="number"
          value={plan.duration}
          onChange={(v) => set('duration', v)}
          conflicts={at('durationMinutes')}
        />
        <PlanInput label={t('schedulingScreens.planner.code')} testId="field-code" value={plan.code} onChange={(v) => set('code', v)} conflicts={at('code')} hint={t('schedulingScreens.planner.codeHint')} />
        <PlanInput label={t('schedulingScreens.planner.titleId')} testId="field-titleId" value={plan.titleId} onChange={(v) => setPlan((prev) => ({ ...prev, titleId: v, titleEn: null }))} conflicts={[]} hint={t('schedulingScreens.planner.titleHint')} />
        {/* Choices on a row of their own, each label wrapping: in a select of a grid cell the long one was cut ("…PC prol"). */}
        <fieldset className="field registry-form__wide" data-testid="field-mode">
          <legend className="field__label">{t('schedulingScreens.planner.mode')}</legend>
          <div className="registry-choice__list">
            {SESSION_MODES.map((m) => (
              <label key={m} className="registry-choice">
                <input type="radio" name={`${formId}-mode`} value={m} checked={plan.mode === m} data-testid={`field-mode-${m}`} onChange={() => set('mode', m)} />{' '}
                {t(SESSION_MODE_LABEL[m])}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <h3 className="subheading">{t('schedulingScreens.planner.assessors')}</h3>
      <ConflictNote conflicts={at('assessorIds')} />
      <ul className="planner__people" data-testid="planner-assessors">
        {plan.assessors.map((a, i) => (
          <li key={a.id} data-testid="planner-assessor">
            {a.name} <span className="mono small">{a.metNumber}</span>{' '}
            <button
              type="button"
              className="button button--secondary button--small"
              data-testid="assessor-remove"
              onClick={() =>
                setPlan((prev) => {
                  const assessors = prev.assessors.filter((x) => x.id !== a.id);
                  // Their candidates move to the first assessor left (the rules then say whether that fits).
                  const fallback = assessors[0]?.id ?? '';
                  return { ...prev, assessors, candidates: prev.candidates.map((c) => (c.assessorId === a.id ? { ...c, assessorId: fallback } : c)) };
                })
              }
            >
              {t('schedulingScreens.planner.remove', { name: a.name })}
            </button>
            <ConflictNote conflicts={at(`assessorIds.${i}`)} />
          </li>
        ))}
      </ul>
      {/* The refusal names the rules' limit: opened over the planner, changing it keeps the plan being made. */}
      {conflicts.some((c) => c.code === 'SCHEDULE_ASSESSOR_DAY_LIMIT') && (
        <p className="field__hint">
          <button type="button" className="button button--secondary button--small" data-testid="planner-day-limit-rules" onClick={() => setRulesOpen(true)}>
            {t('schedulingScreens.planner.dayLimitRules')}
          </button>
        </p>
      )}
      <AssessorPicker chosen={plan.assessors} schemeId={plan.schemeId} date={plan.date} onAdd={(a) => setPlan((prev) => ({ ...prev, assessors: [...prev.assessors, a] }))} />

      <h3 className="subheading">{t('schedulingScreens.planner.candidates', { count: plan.candidates.length })}</h3>
      <ConflictNote conflicts={at('candidates')} />
      {plan.candidates.length > 0 && <CandidatesTable plan={plan} setPlan={setPlan} at={at} />}
      {plan.schemeId && plan.assessors.length > 0 ? (
        <CandidatePicker
          schemeId={plan.schemeId}
          sessionId={sessionId}
          chosen={plan.candidates}
          defaultAssessorId={plan.assessors[0]?.id ?? ''}
          aplGate={aplGate}
          onAdd={(added) => setPlan((prev) => withCandidates(prev, added))}
          onOpenRules={() => setRulesOpen(true)}
        />
      ) : (
        <p className="muted small">{t('schedulingScreens.planner.schemeAndAssessorFirst')}</p>
      )}

      {rulesOpen && (
        <RulesDialog
          rules={rules}
          onClose={() => setRulesOpen(false)}
          onSaved={(saved) => {
            setRules(saved);
            setRulesOpen(false);
            // The plan is checked again under the rules as they now are.
            setRound((n) => n + 1);
          }}
        />
      )}
      <CheckSummary ready={input !== null} checking={checking} refused={check?.refused ?? 0} pending={check?.pending ?? 0} unplaced={unplaced} />
      {checkError && <ErrorMessage error={checkError} />}
      {error && <ErrorMessage error={error} />}
      {saved && !error && (
        <p className="notice notice--success" role="status" data-testid="planner-saved">
          {t('registryScreens.record.saved')}
        </p>
      )}
      <div className="registry-form__actions">
        <button type="submit" className="button button--primary" disabled={busy || input === null} data-testid="planner-save">
          {busy ? t('registryScreens.record.saving') : sessionId ? t('registryScreens.record.save') : t('schedulingScreens.planner.create')}
        </button>
      </div>
    </form>
  );
}

type SummaryProps = { ready: boolean; checking: boolean; refused: number; pending: number; unplaced: SessionConflict[] };

/** Where the plan stands against the rules, and any conflict with no field of its own on screen. */
function CheckSummary({ ready, checking, refused, pending, unplaced }: SummaryProps) {
  const { t } = useTranslation();
  return (
    <div className="planner__check" data-testid="planner-check" role="status">
      {!ready ? (
        <p className="muted small">{t('schedulingScreens.conflicts.incomplete')}</p>
      ) : checking ? (
        <p className="muted small">{t('schedulingScreens.conflicts.checking')}</p>
      ) : refused === 0 && pending === 0 ? (
        <p className="notice notice--success" data-testid="planner-ok">
          {t('schedulingScreens.conflicts.none')}
        </p>
      ) : (
        <p className={refused > 0 ? 'notice notice--error' : 'notice notice--warning'} data-testid="planner-conflicts">
          {/* Only the kinds there are: "0 pelanggaran aturan (harus diperbaiki …)" beside a warning read as an error. */}
          {refused > 0 && pending > 0
            ? t('schedulingScreens.conflicts.summary', { refused: t('schedulingScreens.conflicts.refused', { count: refused }), pending: t('schedulingScreens.conflicts.pending', { count: pending }) })
            : t('schedulingScreens.conflicts.summaryOnly', {
                part: refused > 0 ? t('schedulingScreens.conflicts.refused', { count: refused }) : t('schedulingScreens.conflicts.pending', { count: pending }),
              })}
        </p>
      )}
      {unplaced.length > 0 && (
        <ul className="conflicts" data-testid="planner-other-conflicts">
          {unplaced.map((c, i) => (
            <li key={`${c.code}-${i}`} data-testid={`conflict-${c.field}`} data-code={c.code} data-severity={c.severity}>
              <ConflictText conflict={c} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type FieldProps = { label: string; testId: string; value: string; onChange: (value: string) => void; conflicts: SessionConflict[]; hint?: string };

function PlanInput({ label, testId, value, onChange, conflicts, hint, type = 'text' }: FieldProps & { type?: 'text' | 'date' | 'time' | 'number' }) {
  const id = useId();
  const refused = conflicts.some((c) => c.severity === 'refused');
  const describedBy = [hint ? `${id}-hint` : '', conflicts.length > 0 ? `${id}-conflicts` : ''].filter(Boolean).join(' ') || undefined;
  const Typed = type === 'date' ? DayInput : type === 'time' ? ClockInput : null;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {Typed ? (
        <Typed id={id} data-testid={testId} value={value} onChange={onChange} aria-invalid={refused ? true : undefined} aria-describedby={describedBy} />
      ) : (
        <input
          id={id}
          className="field__input"
          type={type}
          data-testid={testId}
          value={value}
          autoComplete="off"
          aria-invalid={refused ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ConflictNote conflicts={conflicts} id={`${id}-conflicts`} />
    </div>
  );
}

function PlanSelect({ label, testId, value, onChange, conflicts, wide = false, children }: Omit<FieldProps, 'hint'> & { wide?: boolean; children: ReactNode }) {
  const id = useId();
  const refused = conflicts.some((c) => c.severity === 'refused');
  return (
    <div className={wide ? 'field registry-form__wide' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__input"
        data-testid={testId}
        value={value}
        aria-invalid={refused ? true : undefined}
        aria-describedby={conflicts.length > 0 ? `${id}-conflicts` : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
      <ConflictNote conflicts={conflicts} id={`${id}-conflicts`} />
    </div>
  );
}

/** What the LSP has not registered yet, and the page that adds it. */
function Missing({ text, href, link, testId }: { text: string; href: string; link: string; testId: string }) {
  return (
    <p className="field__hint registry-form__wide" data-testid={testId}>
      {text} <a href={href}>{link}</a>
    </p>
  );
}
