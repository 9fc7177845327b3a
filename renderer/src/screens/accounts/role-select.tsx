import { useTranslation } from 'react-i18next';
import { STAFF_ROLES, type StaffRole } from '../../../../electron/shared/roles';
import { ROLE_LABEL } from '../../i18n/domain-labels';

type Props = { value: StaffRole; onChange: (role: StaffRole) => void; testId: string; label: string };

export function RoleSelect({ value, onChange, testId, label }: Props) {
  const { t } = useTranslation();
  return (
    <select className="field__input" aria-label={label} data-testid={testId} value={value} onChange={(e) => onChange(STAFF_ROLES.find((r) => r === e.target.value) ?? 'proctor')}>
      {STAFF_ROLES.map((role) => (
        <option key={role} value={role}>
          {t(ROLE_LABEL[role])}
        </option>
      ))}
    </select>
  );
}
