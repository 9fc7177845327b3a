import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../../../electron/shared/assessment';
import { StatusBadge } from '../../../components/StatusBadge';

/**
 * The LSP's pass percentage for the scheme (schemes/setPolicy) beside the candidate's multiple-choice score:
 * a hint, never a decision; nothing when the LSP set none or the paper had no multiple-choice question.
 */
export function PassHint({ ws }: { ws: Pick<Workspace, 'passHintPercent' | 'multipleChoice'> }) {
  const { t } = useTranslation();
  const hint = ws.passHintPercent;
  const total = ws.multipleChoice.items.length;
  if (hint === null || total === 0) return null;
  const achieved = ws.multipleChoice.items.filter((i) => i.achieved).length;
  const met = achieved * 100 >= hint * total;
  return (
    <p className="notice notice--info" data-testid="ia05-pass-hint" data-met={met}>
      <StatusBadge tone={met ? 'success' : 'warning'}>{t(met ? 'schemePolicy.hintMet' : 'schemePolicy.hintNotMet')}</StatusBadge>{' '}
      {t('schemePolicy.hint', { achieved, total, percent: Math.round((achieved * 100) / total), hint })}
    </p>
  );
}
