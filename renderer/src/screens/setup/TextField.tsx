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
};

/** One labelled input of the set-up and account forms. */
export const TextField = forwardRef<HTMLInputElement, Props>(function TextField({ label, testId, value, onChange, secret = false, autoComplete, problem = null }, ref) {
  const id = useId();
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
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p className="field__problem" id={`${id}-problem`} data-testid={`problem-${testId}`}>
          {problem}
        </p>
      )}
    </div>
  );
});
