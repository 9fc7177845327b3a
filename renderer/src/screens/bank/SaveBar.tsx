import { useTranslation } from 'react-i18next';
import type { BankItem, BankSaved } from '../../../../electron/shared/bank';
import type { UiError } from '../../api/client-errors';
import { ErrorMessage } from '../../components/ErrorMessage';

/** What a save did: in place; as a new draft replacing a used entry; or in place, taking an approved entry back to draft. */
export type SavedNotice = 'saved' | 'copied' | 'unapproved';

/**
 * The notice for a save of `before`: an approved entry no session used is saved in place and goes back to
 * draft (out of new papers until approved again), which the status badge at the top of the page alone
 * would leave unseen beside the button.
 */
export function savedNotice(before: BankItem | null, saved: BankSaved): SavedNotice {
  if (saved.copied) return 'copied';
  return before?.status === 'approved' && saved.item.status === 'draft' ? 'unapproved' : 'saved';
}

const NOTICE_KEY = {
  saved: 'bankScreens.item.saved',
  copied: 'bankScreens.item.copied',
  unapproved: 'bankScreens.item.unapproved',
} as const satisfies Record<SavedNotice, string>;

type Props = { isNew: boolean; busy: boolean; error: UiError | null; saved: SavedNotice | null; disabled: boolean };

/** Below an entry's form: how many fields to fix (each says why below itself) or the other failure, what the save did, and the button. */
export function SaveBar({ isNew, busy, error, saved, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {error?.code === 'BANK_INVALID' && 'fields' in error && error.fields && error.fields.length > 0 ? (
        <p className="notice notice--error" role="alert" data-testid="save-invalid">
          {t('bankScreens.item.invalid', { count: error.fields.length })}
        </p>
      ) : (
        error && <ErrorMessage error={error} />
      )}
      {saved && !error && (
        <p className="notice notice--success" role="status" data-testid="record-saved">
          {t(NOTICE_KEY[saved])}
        </p>
      )}
      <div className="registry-form__actions">
        {/* Busy is aria-disabled, not disabled: the browser blurs a focused button that becomes disabled, and a
            keyboard user who saved with Enter found the focus at the top of the page (the editors ignore a submit while busy). */}
        <button type="submit" className="button button--primary" disabled={disabled} aria-disabled={busy || undefined} data-testid="record-save">
          {busy ? t('bankScreens.item.saving') : isNew ? t('bankScreens.item.create') : t('bankScreens.item.save')}
        </button>
      </div>
    </>
  );
}
