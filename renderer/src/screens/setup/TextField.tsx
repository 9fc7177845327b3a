import { forwardRef, useId } from 'react';

type Props = {
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  secret?: boolean;
  autoComplete?: string;
  /** Said under the input, which is marked invalid, when the form cannot be sent as it is. */
  problem?: string | null;
  /** What the input takes, said under it before anything goes wrong; a problem that says the same rule takes its place rather than repeating it. */
  hint?: string;
};

/** One labelled input of the set-up and account forms. */
export const TextField = forwardRef<HTMLInputElement, Props>(function TextField({ label, testId, value, onChange, secret = false, autoComplete, problem = null, hint }, ref) {
  const id = useId();
  const showHint = hint !== undefined && hint !== problem;
  const described = [showHint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        ref={ref}
        className="field__input"
        data-testid={testId}
        type={secret ? 'password' : 'text'}
        autoComplete={secret ? 'new-password' : (autoComplete ?? 'off')}
        spellCheck={false}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described}
        onChange={(event) => onChange(event.target.value)}
      />
      {showHint && (
        <p className="field__hint" id={`${id}-hint`} data-testid={`hint-${testId}`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field__problem" id={`${id}-problem`} data-testid={`problem-${testId}`}>
          {problem}
        </p>
      )}
    </div>
  );
});
