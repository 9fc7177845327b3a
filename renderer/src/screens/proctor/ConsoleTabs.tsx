import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { tabForKey } from '../../components/tab-keys';
import { CONSOLE_TAB_LABEL } from './labels';

export const CONSOLE_TABS = ['session', 'board', 'attendance', 'minutes', 'room', 'backups'] as const;
export type ConsoleTab = (typeof CONSOLE_TABS)[number];

type Props = { current: ConsoleTab; onSelect: (tab: ConsoleTab) => void; panelId: string; alerts: Partial<Record<ConsoleTab, number>> };

/** The console's sections as a tab list; arrow keys (and Home, End) move between them, as screen-reader users expect. */
export function ConsoleTabs({ current, onSelect, panelId, alerts }: Props) {
  const { t } = useTranslation();
  const refs = useRef<Partial<Record<ConsoleTab, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabForKey(CONSOLE_TABS, current, event.key);
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    refs.current[next]?.focus();
  };

  return (
    <div className="console-tabs" role="tablist" aria-label={t('examDay.tabsLabel')} onKeyDown={onKeyDown}>
      {CONSOLE_TABS.map((tab) => {
        const alert = alerts[tab] ?? 0;
        return (
          <button
            key={tab}
            ref={(el) => {
              refs.current[tab] = el;
            }}
            type="button"
            role="tab"
            id={`${panelId}-${tab}`}
            className="console-tabs__tab"
            aria-selected={tab === current}
            aria-controls={panelId}
            tabIndex={tab === current ? 0 : -1}
            data-testid={`console-tab-${tab}`}
            onClick={() => onSelect(tab)}
          >
            {t(CONSOLE_TAB_LABEL[tab])}
            {alert > 0 && <span className="console-tabs__alert">{alert}</span>}
          </button>
        );
      })}
    </div>
  );
}
