import { useTranslation } from 'react-i18next';
import { apiError } from '../../../../../electron/shared/errors';
import type { SessionConflict } from '../../../../../electron/shared/scheduling';
import { readableParams } from '../../../i18n/readable-params';
import { useLanguage } from '../../../i18n/use-language';

/** One broken rule in words: the rule and the conflicting record, refused or pending (a warning). */
export function ConflictText({ conflict }: { conflict: SessionConflict }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  // A conflict is an error code with params, so its message is the one the core's refusal would carry.
  const error = apiError(conflict.code, conflict.params);
  // The core names the parameters at run time, so the default-value overload is the honest typing.
  return <>{t(error.messageKey, { ...readableParams(error.params, language), defaultValue: error.code })}</>;
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
