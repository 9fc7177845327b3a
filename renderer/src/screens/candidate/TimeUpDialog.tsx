import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueSnapshot } from '../../cbt/save-queue';
import { isOffline } from './SaveState';

/**
 * At zero, while the answers are delivered and the test submitted: nothing to press. It takes the focus
 * itself, since what held it (an option, the essay box) is locked now; the focus stayed there or fell to
 * the page, and a Tab went on to the header behind the modal.
 */
export function TimeUpDialog({ snapshot }: { snapshot: QueueSnapshot }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="overlay">
      <div ref={box} className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="cbt-time-up-title" data-testid="cbt-time-up" tabIndex={-1}>
        <h2 className="dialog__title" id="cbt-time-up-title">
          {t('cbt.timeUp.title')}
        </h2>
        <p>{t('cbt.timeUp.text')}</p>
        {isOffline(snapshot) && (
          <p className="notice notice--offline" data-testid="cbt-time-up-offline" data-pending={snapshot.pending} role="status">
            {t('cbt.offline.timeUp', { pending: snapshot.pending })}
          </p>
        )}
      </div>
    </div>
  );
}
