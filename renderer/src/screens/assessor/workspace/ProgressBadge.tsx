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
} as const satisfies Record<Exclude<Progress, 'not_used'>, 'neutral' | 'warning' | 'info' | 'success'>;

export function ProgressBadge({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  // Plain muted text, not a badge: an instrument not used is no work, and must not look like "not started".
  if (progress === 'not_used') return <span className="muted">{t(PROGRESS_LABEL[progress])}</span>;
  return <StatusBadge tone={TONE[progress]}>{t(PROGRESS_LABEL[progress])}</StatusBadge>;
}
