import { useTranslation } from 'react-i18next';
import type { BankStatus } from '../../../../electron/shared/bank';
import { StatusBadge } from '../../components/StatusBadge';
import { BANK_STATUS_LABEL, BANK_STATUS_TONE } from './labels';

export function BankStatusBadge({ status }: { status: BankStatus }) {
  const { t } = useTranslation();
  return (
    <span data-testid="bank-status" data-status={status}>
      <StatusBadge tone={BANK_STATUS_TONE[status]}>{t(BANK_STATUS_LABEL[status])}</StatusBadge>
    </span>
  );
}
