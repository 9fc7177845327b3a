import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { SchedulingSettings } from '../../../../../electron/shared/scheduling';
import { useRun } from '../../../api/use-run';
import { ConsoleDialog } from '../../../components/ConsoleDialog';
import { useClient } from '../../../session/SessionProvider';
import { RulesFields } from './SchedulingSettingsPanel';

type Props = { rules: SchedulingSettings; onSaved: (rules: SchedulingSettings) => void; onClose: () => void };

/**
 * The LSP's scheduling rules opened from the planner, over it: the sessions list's panel was the only place
 * to change them, and going there left the plan being made (twenty seats typed in) behind. Portalled to the
 * body, as the planner is a form and a form may not hold another.
 */
export function RulesDialog({ rules, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const { busy, error, run } = useRun();
  const [limit, setLimit] = useState(String(rules.maxCandidatesPerAssessorPerDay));
  const [switches, setSwitches] = useState(rules);
  const submit = () =>
    void run(async () => {
      const saved = await client.call('sessions/setSettings', { settings: { ...switches, maxCandidatesPerAssessorPerDay: Number(limit) } });
      onSaved(saved);
    });
  return createPortal(
    <ConsoleDialog
      title={t('schedulingScreens.settings.title')}
      confirmLabel={t('registryScreens.record.save')}
      busy={busy}
      error={error}
      onSubmit={submit}
      onCancel={onClose}
      testId="planner-rules-dialog"
    >
      <p className="field__hint">{t('schedulingScreens.planner.rulesDialogHint')}</p>
      <RulesFields limit={limit} onLimit={setLimit} switches={switches} onSwitches={setSwitches} error={error} />
    </ConsoleDialog>,
    document.body,
  );
}
