import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsoleDialog } from '../components/ConsoleDialog';
import { answer, openQuestion, subscribeQuestion } from './leave-guard';

/**
 * "Leave without saving?", whenever something would discard unsaved edits (leave-guard.ts). The focus
 * starts on "stay", the choice that loses nothing, and Escape means stay too; Enter on a button does
 * what it says.
 */
export function UnsavedChangesDialog() {
  const { t } = useTranslation();
  const question = useSyncExternalStore(subscribeQuestion, openQuestion);
  if (!question) return null;
  return (
    <ConsoleDialog
      role="alertdialog"
      title={t('common.unsaved.title')}
      cancelLabel={t('common.unsaved.stay')}
      confirmLabel={t('common.unsaved.leave')}
      tone="danger"
      busy={false}
      error={null}
      onCancel={() => answer('stay')}
      onSubmit={() => answer('leave')}
      testId="unsaved-dialog"
    >
      <p>{t('common.unsaved.text')}</p>
    </ConsoleDialog>
  );
}
