import { useCallback, useState } from 'react';

/** A flat form of text values; `field(name)` is the onChange of one input. */
export function useFormState<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const field = useCallback((name: keyof T) => (value: string) => setValues((prev) => ({ ...prev, [name]: value })), []);
  return { values, field, setValues };
}
