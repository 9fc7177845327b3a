import { STAFF_ROLES, type StaffRole } from '../../../../electron/shared/roles';
import { useRoleLabel } from '../../session/tuk-station';

type Props = { value: StaffRole; onChange: (role: StaffRole) => void; testId: string; label: string };

export function RoleSelect({ value, onChange, testId, label }: Props) {
  const roleLabel = useRoleLabel();
  return (
    <select className="field__input" aria-label={label} data-testid={testId} value={value} onChange={(e) => onChange(STAFF_ROLES.find((r) => r === e.target.value) ?? 'proctor')}>
      {STAFF_ROLES.map((role) => (
        <option key={role} value={role}>
          {roleLabel(role)}
        </option>
      ))}
    </select>
  );
}
