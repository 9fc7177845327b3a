import { useTranslation } from 'react-i18next';
import { apiError } from '../../../../../electron/shared/errors';
import type { SessionConflict } from '../../../../../electron/shared/scheduling';
import { useErrorText } from '../../../i18n/readable-params';

/** One broken rule in words: the rule and the conflicting record, refused or pending (a warning). */
export function ConflictText({ conflict }: { conflict: SessionConflict }) {
  const errorText = useErrorText();
  // A conflict is an error code with params, so its message is the one the core's refusal would carry.
  return <>{errorText(apiError(conflict.code, conflict.params))}</>;
}

/** The conflicts a field of the plan raises, right beside it; `id` lets the input point to them. */
export function ConflictNote({ conflicts, id }: { conflicts: readonly SessionConflict[]; id?: string }) {
  const { t } = useTranslation();
  if (conflicts.length === 0) return null;
  return (
    <ul className="conflicts" id={id}>
      {conflicts.map((c, i) => (
        <li
          key={`${c.code}-${i}`}
          className={c.severity === 'refused' ? 'field__problem conflict conflict--refused' : 'conflict conflict--pending'}
          data-testid={`conflict-${c.field}`}
          data-code={c.code}
          data-severity={c.severity}
        >
          <span className="visually-hidden">{c.severity === 'refused' ? t('schedulingScreens.conflicts.refusedMark') : t('schedulingScreens.conflicts.pendingMark')} </span>
          <ConflictText conflict={c} />
        </li>
      ))}
    </ul>
  );
}
