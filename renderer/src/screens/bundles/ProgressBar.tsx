import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventPayload } from '../../../../electron/shared/contract';
import { useServerEvent } from '../../api/use-load';
import { useFormat } from '../../i18n/use-format';
import { PHASE_LABEL } from './labels';

type Progress = EventPayload<'bundles/progress'>;

/** Follows the core's progress pushes for one operation: bytes and entries, as a native progress bar. */
export function ProgressBar({ operationId }: { operationId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [p, setP] = useState<Progress | null>(null);
  useServerEvent('bundles/progress', ({ payload }) => {
    if (payload.operationId === operationId) setP(payload);
  });
  const mb = (n: number) => f.number(Math.round((n / 1048576) * 10) / 10);
  return (
    <div className="bundle-progress" data-testid="bundle-progress" aria-live="polite">
      <progress max={p?.totalBytes ?? undefined} value={p?.totalBytes ? p.bytes : undefined} aria-label={t('bundles.progress')} />
      <p className="muted small">
        {p ? t(PHASE_LABEL[p.phase], { done: mb(p.bytes), total: p.totalBytes ? mb(p.totalBytes) : '?', count: p.entries }) : t('bundles.phase.collect')}
      </p>
    </div>
  );
}
