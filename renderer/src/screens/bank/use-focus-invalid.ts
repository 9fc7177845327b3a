import { useEffect, type RefObject } from 'react';
import type { UiError } from '../../api/client-errors';

/** After a field refusal the first marked input takes the focus, so a screen reader reads its message at once. */
export function useFocusInvalid(form: RefObject<HTMLFormElement | null>, error: UiError | null) {
  useEffect(() => {
    if (error?.code === 'BANK_INVALID') form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, error]);
}
