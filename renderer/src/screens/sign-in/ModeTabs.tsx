import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tabForKey } from '../../components/tab-keys';
import { SIGN_IN_MODES, type SignInMode } from './sign-in-mode';

type Props = { mode: SignInMode; onChange: (mode: SignInMode) => void; panelId: string; idPrefix: string };

export function tabId(idPrefix: string, mode: SignInMode): string {
  return `${idPrefix}-tab-${mode}`;
}

/** ARIA tabs: arrow keys (and Home, End) move between the modes, as screen-reader users expect of a tab list. */
export function ModeTabs({ mode, onChange, panelId, idPrefix }: Props) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const next = tabForKey(SIGN_IN_MODES, mode, event.key);
    if (!next) return;
    event.preventDefault();
    onChange(next);
    document.getElementById(tabId(idPrefix, next))?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('signIn.modes')}>
      {SIGN_IN_MODES.map((m) => (
        <button
          key={m}
          type="button"
          role="tab"
          id={tabId(idPrefix, m)}
          className="tabs__tab"
          aria-selected={mode === m}
          aria-controls={panelId}
          tabIndex={mode === m ? 0 : -1}
          data-testid={`signin-mode-${m}`}
          onClick={() => onChange(m)}
          onKeyDown={onKeyDown}
        >
          {m === 'staff' ? t('signIn.modeStaff') : m === 'candidate' ? t('signIn.modeCandidate') : t('aplSelf.signIn.mode')}
        </button>
      ))}
    </div>
  );
}
