import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Apl02, SelfAnswerInput, SelfAnswerRow } from '../../../../../electron/shared/scheduling';
import { useRun } from '../../../api/use-run';
import { useUnsavedChanges } from '../../../navigation/use-unsaved-changes';
import type { TranslationKey } from '../../../i18n/keys';
import { useLanguage } from '../../../i18n/use-language';
import { fieldErrorsOf } from '../../registry/field-errors';
import { RecordForm } from '../../registry/RecordForm';
import type { AplDraft, DraftAnswer } from '../../apl-self/apl-draft';

type Answer = DraftAnswer;
const NO_ANSWER: Answer = { answer: null, evidence: '' };
type Props = {
  apl02: Pick<Apl02, 'rows' | 'enteredBy' | 'savedAt'>;
  readOnly: boolean;
  /** Staff save with apl/saveSelfAssessment, the candidate with apl/saveMySelfAssessment. */
  save: (answers: SelfAnswerInput[]) => Promise<unknown>;
  onSaved: () => void;
  /** The candidate's own form: unsaved answers kept on this computer and offered back (apl-self/apl-draft.ts). */
  draft?: AplDraft;
};

/**
 * FR.APL.02 per unit and element, with the element's KUK as the paper lists them: K or BK and the
 * evidence the candidate points to. LSP staff enter it from the paper form, the candidate on their own
 * sign-in (AplSelfScreen); the assessor reads it.
 */
export function Apl02Form({ apl02, readOnly, save, onSaved, draft }: Props) {
  const { t } = useTranslation();
  const { busy, error, run } = useRun();
  const [saved, setSaved] = useState(false);
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(apl02.rows.map((r) => [r.elementId, { answer: r.answer, evidence: r.evidence ?? '' }])),
  );
  // Also on the candidate's own FR.APL.02 sign-in, where signing out would drop the answers.
  const unsaved = useUnsavedChanges(answers);
  const draftRef = useRef(draft);
  const [restored, setRestored] = useState(false);
  useEffect(() => {
    // Once, after the saved answers became the baseline: the draft's then count as unsaved, and are guarded.
    const kept = draftRef.current?.restore();
    if (kept) {
      setAnswers((prev) => ({ ...prev, ...kept }));
      setRestored(true);
    }
  }, []);
  useEffect(() => {
    if (unsaved.dirty) draftRef.current?.keep(answers);
  }, [answers, unsaved.dirty]);
  const errors = fieldErrorsOf(error);
  const units = groupByUnit(apl02.rows);
  const set = (elementId: string, patch: Partial<Answer>) => setAnswers((prev) => ({ ...prev, [elementId]: { ...(prev[elementId] ?? NO_ANSWER), ...patch } }));
  const answered = Object.values(answers).filter((a) => a.answer !== null).length;

  const submit = () => {
    setSaved(false);
    const sent = answers;
    void run(async () => {
      await save(apl02.rows.map((r) => ({ elementId: r.elementId, answer: answers[r.elementId]?.answer ?? null, evidence: answers[r.elementId]?.evidence.trim() || null })));
      unsaved.markSaved(sent);
      draftRef.current?.clear();
      setRestored(false);
      setSaved(true);
      onSaved();
    });
  };

  const tree = (
    <div className="registry-form__wide apl02" data-testid="apl02-elements">
      <p className="muted small" data-testid="apl02-count" role="status">
        {t('schedulingScreens.apl02.answered', { answered, total: apl02.rows.length })}
        {apl02.enteredBy === 'staff' ? ` · ${t('schedulingScreens.apl02.enteredByStaff')}` : ''}
        {apl02.enteredBy === 'candidate' ? ` · ${t('schedulingScreens.apl02.enteredByCandidate')}` : ''}
      </p>
      {restored && (
        <p className="notice notice--warning" role="status" data-testid="apl02-draft-restored">
          {t('aplSelf.screen.draftRestored')}
        </p>
      )}
      {!readOnly && (
        <button
          type="button"
          className="button button--secondary button--small"
          data-testid="apl02-all-k"
          onClick={() => setAnswers((prev) => Object.fromEntries(apl02.rows.map((r) => [r.elementId, { ...(prev[r.elementId] ?? NO_ANSWER), answer: 'K' }])))}
        >
          {t('schedulingScreens.apl02.allK')}
        </button>
      )}
      {units.map((unit) => (
        <UnitBlock key={unit.unitId} rows={unit.rows} answers={answers} readOnly={readOnly} errorAt={(i) => errors.get(`answers.${i}.evidence`)} onChange={set} all={apl02.rows} />
      ))}
    </div>
  );
  if (readOnly) return tree;
  return (
    // Answers to a form, not a new registry record: "Simpan" from the first save ("Simpan data baru" read odd to a candidate).
    <RecordForm isNew={false} busy={busy} error={error} saved={saved} onSubmit={submit} testId="apl02-form">
      {tree}
    </RecordForm>
  );
}

function groupByUnit(rows: SelfAnswerRow[]): { unitId: string; rows: SelfAnswerRow[] }[] {
  const out: { unitId: string; rows: SelfAnswerRow[] }[] = [];
  for (const row of rows) {
    const last = out.at(-1);
    if (last && last.unitId === row.unitId) last.rows.push(row);
    else out.push({ unitId: row.unitId, rows: [row] });
  }
  return out;
}

type UnitProps = {
  rows: SelfAnswerRow[];
  all: SelfAnswerRow[];
  answers: Record<string, Answer>;
  readOnly: boolean;
  errorAt: (index: number) => TranslationKey | undefined;
  onChange: (elementId: string, patch: Partial<Answer>) => void;
};

function UnitBlock({ rows, all, answers, readOnly, errorAt, onChange }: UnitProps) {
  const { language } = useLanguage();
  const first = rows[0];
  if (!first) return null;
  return (
    <div className="apl02__unit" data-testid="apl02-unit">
      <h3 className="subheading">
        <span className="mono">{first.unitCode}</span> {language === 'en' && first.unitTitleEn ? first.unitTitleEn : first.unitTitleId}
      </h3>
      {rows.map((row) => (
        <ElementRow key={row.elementId} row={row} index={all.indexOf(row)} answer={answers[row.elementId]} readOnly={readOnly} problem={errorAt(all.indexOf(row))} onChange={(patch) => onChange(row.elementId, patch)} />
      ))}
    </div>
  );
}

type ElementProps = { row: SelfAnswerRow; index: number; answer: Answer | undefined; readOnly: boolean; problem: TranslationKey | undefined; onChange: (patch: Partial<Answer>) => void };

function ElementRow({ row, index, answer, readOnly, problem, onChange }: ElementProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const title = language === 'en' && row.elementTitleEn ? row.elementTitleEn : row.elementTitleId;
  const value = answer?.answer ?? null;
  return (
    <fieldset className="apl02__element" data-testid="apl02-element">
      <legend>
        {row.elementNo}. {title}
      </legend>
      <ul className="apl02__kuk small">
        {row.kuk.map((k) => (
          <li key={k.number}>
            <span className="mono">{k.number}</span> {language === 'en' && k.textEn ? k.textEn : k.textId}
          </li>
        ))}
      </ul>
      <div className="apl02__answer">
        {(['K', 'BK'] as const).map((choice) => (
          <label key={choice} className="registry-choice">
            <input
              type="radio"
              name={`${id}-answer`}
              value={choice}
              data-testid={`apl02-${index}-${choice}`}
              checked={value === choice}
              disabled={readOnly}
              onChange={() => onChange({ answer: choice })}
            />{' '}
            {choice === 'K' ? t('schedulingScreens.apl02.k') : t('schedulingScreens.apl02.bk')}
          </label>
        ))}
        <label className="field__label" htmlFor={`${id}-evidence`}>
          {t('schedulingScreens.apl02.evidence')}
        </label>
        <input
          id={`${id}-evidence`}
          className="field__input"
          data-testid={`apl02-${index}-evidence`}
          value={answer?.evidence ?? ''}
          readOnly={readOnly}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          onChange={(event) => onChange({ evidence: event.target.value })}
        />
        {problem && <p className="field__problem">{t(problem)}</p>}
      </div>
    </fieldset>
  );
}
