import { forwardRef, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, type StaffRole } from '../../../../electron/shared/roles';
import { useRoleLabel } from '../../session/tuk-station';

/** No role chosen yet: only a new account's select offers it (see `unchosen`). */
export type RoleChoice = StaffRole | '';

type Props = {
  value: RoleChoice;
  onChange: (role: RoleChoice) => void;
  testId: string;
  label: string;
  /** A new account's select opens on no role, so an admin in a hurry does not create an admin by default. */
  unchosen?: boolean;
  /** Said under the select, which is marked invalid. */
  problem?: string | null;
};

export const RoleSelect = forwardRef<HTMLSelectElement, Props>(function RoleSelect({ value, onChange, testId, label, unchosen = false, problem = null }, ref) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const problemId = `${useId()}-problem`;
  return (
    <>
      <select
        ref={ref}
        className="field__input"
        aria-label={label}
        data-testid={testId}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        onChange={(e) => onChange(STAFF_ROLES.find((r) => r === e.target.value) ?? '')}
      >
        {unchosen && (
          <option value="">
            {t('accounts.roleNone')}
          </option>
        )}
        {STAFF_ROLES.map((role) => (
          <option key={role} value={role}>
            {roleLabel(role)}
          </option>
        ))}
      </select>
      {problem && (
        <p className="field__problem" id={problemId} data-testid={`problem-${testId}`}>
          {problem}
        </p>
      )}
    </>
  );
});
