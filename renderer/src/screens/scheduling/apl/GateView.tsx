import { useTranslation } from 'react-i18next';
import type { AplGate } from '../../../../../electron/shared/scheduling';
import { StatusBadge } from '../../../components/StatusBadge';
import { GATE_MISSING_LABEL } from '../labels';

/** Schedulable, or what is still missing in words, in the order it is done. */
export function GateView({ gate, compact = false }: { gate: AplGate; compact?: boolean }) {
  const { t } = useTranslation();
  if (gate.schedulable) {
    return (
      <span data-testid="gate-schedulable">
        <StatusBadge tone="success">{t('schedulingScreens.gate.schedulable')}</StatusBadge>
      </span>
    );
  }
  if (compact) {
    return (
      <span data-testid="gate-missing">
        <StatusBadge tone="warning">{t(GATE_MISSING_LABEL[gate.missing[0] ?? 'apl01_missing'])}</StatusBadge>
      </span>
    );
  }
  return (
    <div className="notice notice--warning notice--list" data-testid="gate-missing">
      <p className="notice__text">{t('schedulingScreens.gate.notYet')}</p>
      <ul>
        {gate.missing.map((missing) => (
          <li key={missing} data-testid={`gate-${missing}`}>
            {t(GATE_MISSING_LABEL[missing])}
          </li>
        ))}
      </ul>
    </div>
  );
}
