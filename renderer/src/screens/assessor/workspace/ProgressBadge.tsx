import { useTranslation } from 'react-i18next';
import type { Progress } from '../../../../../electron/shared/assessment';
import { StatusBadge } from '../../../components/StatusBadge';
import { PROGRESS_LABEL } from './labels';

const TONE = {
  not_started: 'neutral',
  in_progress: 'warning',
  scored: 'info',
  decided: 'success',
  signed: 'success',
} as const satisfies Record<Progress, 'neutral' | 'warning' | 'info' | 'success'>;

export function ProgressBadge({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONE[progress]}>{t(PROGRESS_LABEL[progress])}</StatusBadge>;
}
