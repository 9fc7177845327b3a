import { useId, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../i18n/keys';
import type { Language } from '../i18n/languages';
import { useLanguage } from '../i18n/use-language';
import { dayFirst } from '../../../electron/shared/day-first';
import { dayTextProblem, isoOfDayText } from '../../../electron/shared/day-text';
import { clockOfText, clockTextOf } from './day-text';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'defaultValue'> & {
  /** ISO (`2026-08-17` / `08:00`), '' when empty, or the text as typed while it is not a date (or time) yet. */
  value: string;
  onChange: (value: string) => void;
  /** The form says what is wrong with the value itself (the registry's field messages): no message of this input's own. */
  quiet?: boolean;
  /** Hand on only a complete value or '' (a filter: a half-typed date must not query). */
  completeOnly?: boolean;
  'data-testid'?: string;
};

type Kind = {
  parse: (text: string) => string | null;
  show: (value: string, language: Language) => string;
  placeholder: TranslationKey;
  /** What to say of a text that does not read. */
  problem: (text: string) => TranslationKey;
};

const DAY: Kind = {
  parse: isoOfDayText,
  show: dayFirst,
  placeholder: 'common.dayInput.placeholder',
  // 31/02/1995 is written day/month/year already: saying so again would send the person looking for a wrong format.
  problem: (text) => (dayTextProblem(text) === 'calendar' ? 'common.dayInput.notACalendarDay' : 'common.dayInput.problem'),
};
const CLOCK: Kind = {
  parse: clockOfText,
  show: (value, language) => clockTextOf(value, language === 'id' ? '.' : ':'),
  placeholder: 'common.clockInput.placeholder',
  problem: () => 'common.clockInput.problem',
};

/**
 * A text input for a day (DD/MM/YYYY) or a time (24 hours) in place of the native ones, which follow the
 * browser's locale (see day-text.ts). The form keeps ISO; what is typed stays as typed, and a text that is
 * not a date yet is handed on as it is, so the form refuses it rather than reading it as empty.
 */
function TypedInput({ kind, value, onChange, quiet = false, completeOnly = false, onBlur, className, 'data-testid': testId, ...rest }: Props & { kind: Kind }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const problemId = useId();
  // The text as typed, the form's value it was last shown with, and what this input last handed on: a value the
  // form sets itself (a record loaded, a reset) is shown anew; the one it got from here keeps the text as typed.
  const [shown, setShown] = useState(() => ({ prop: value, text: kind.show(value, language), handedOn: value }));
  const [left, setLeft] = useState(false);
  let text = shown.text;
  if (shown.prop !== value) {
    if (value !== shown.handedOn) text = kind.show(value, language);
    setShown({ ...shown, prop: value, text });
  }
  const wrong = left && text.trim() !== '' && kind.parse(text) === null;
  const describedBy = [rest['aria-describedby'], wrong && !quiet ? problemId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        {...rest}
        data-testid={testId}
        className={className ?? 'field__input'}
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder={t(kind.placeholder)}
        value={text}
        aria-invalid={wrong || rest['aria-invalid'] ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          const typed = event.target.value;
          const complete = typed.trim() === '' ? '' : kind.parse(typed);
          const next = complete ?? typed;
          setShown((s) => ({ ...s, text: typed, handedOn: next }));
          if (complete !== null || !completeOnly) onChange(next);
        }}
        onBlur={(event) => {
          setLeft(true);
          // A whole value is written out the usual way once left: 5/8/2026 reads 05/08/2026, 2026-08-05 too.
          const complete = kind.parse(text);
          if (complete !== null) setShown((s) => ({ ...s, text: kind.show(complete, language) }));
          onBlur?.(event);
        }}
      />
      {wrong && !quiet && (
        <p className="field__problem" id={problemId} data-testid={testId ? `${testId}-problem` : undefined}>
          {t(kind.problem(text))}
        </p>
      )}
    </>
  );
}

export const DayInput = (props: Props) => <TypedInput kind={DAY} {...props} />;
export const ClockInput = (props: Props) => <TypedInput kind={CLOCK} {...props} />;
