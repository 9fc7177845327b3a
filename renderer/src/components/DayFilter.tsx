import { useId } from 'react';
import { DayInput } from './DayInputs';

type Props = { label: string; testId: string; value: string; onChange: (value: string) => void };

/** A list's day filter: a labelled day input that hands on only a whole day or '' (a half-typed date must not query). */
export function DayFilter({ label, testId, value, onChange }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <DayInput id={id} data-testid={testId} value={value} onChange={onChange} completeOnly />
    </div>
  );
}
