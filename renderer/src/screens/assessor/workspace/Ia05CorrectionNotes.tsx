import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../../../electron/shared/assessment';
import { useFormat } from '../../../i18n/use-format';

/**
 * Each correction of the key of a question this candidate had: which question (their number), what was done,
 * by whom, when and why. It states what happened, nothing more: FR.IA.05 on screen and on paper.
 */
export function Ia05CorrectionNotes({ corrections }: { corrections: Workspace['multipleChoice']['corrections'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ul data-testid="ia05-corrections">
      {corrections.map((c) => (
        <li key={`${c.itemId}-${c.action}-${c.option ?? ''}`} data-testid="ia05-correction">
          {c.action === 'annul'
            ? t('ia05Corrections.annul', { number: c.number, ref: c.ref, by: c.by, at: f.dateTime(c.at), reason: c.reason })
            : t('ia05Corrections.accept', { number: c.number, ref: c.ref, by: c.by, at: f.dateTime(c.at), option: c.option ?? '?', reason: c.reason })}
        </li>
      ))}
    </ul>
  );
}
