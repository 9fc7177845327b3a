import { useId } from 'react';

type Props = {
  label: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  secret?: boolean;
  autoComplete?: string;
};

/** One labelled input of the set-up and account forms. */
export function TextField({ label, testId, value, onChange, secret = false, autoComplete }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        data-testid={testId}
        type={secret ? 'password' : 'text'}
        autoComplete={secret ? 'new-password' : (autoComplete ?? 'off')}
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
