import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useFormat } from '../../i18n/use-format';
import type { PagedList } from './use-paged-list';

/**
 * How many rows are shown of how many, and "Muat lagi" while the core has another page. `empty` says
 * what an unfiltered empty list will hold and how it fills: the default is the registry lists' (added one
 * by one or imported from Excel), which is untrue of sessions, applications or certificates.
 */
export function ListFooter<T>({ list, filtered, empty }: { list: PagedList<T>; filtered: boolean; empty?: ReactNode }) {
  const { t } = useTranslation();
  const f = useFormat();
  const shown = f.number(list.rows.length);
  // "Muat lagi" pressed from the keyboard: when the last page lands the button goes, and the focus went
  // with it to the top of the page. It moves to the count line instead, right under the rows just added.
  // The rows shown when it was pressed: the page has landed once there are more (or the list ended or
  // failed). Not "loading has stopped": the list may start loading a render after the press (usePagedList
  // asks for another page through the address first).
  const count = useRef<HTMLParagraphElement>(null);
  const [pressedAt, setPressedAt] = useState<number | null>(null);
  useEffect(() => {
    if (pressedAt === null || list.loadingMore) return;
    if (list.rows.length === pressedAt && list.hasMore && list.error === null) return;
    setPressedAt(null);
    if (!list.hasMore) count.current?.focus();
  }, [pressedAt, list.loadingMore, list.rows.length, list.hasMore, list.error]);
  const more = (button: HTMLButtonElement) => {
    if (list.loadingMore) return;
    setPressedAt(document.activeElement === button ? list.rows.length : null);
    list.more();
  };
  if (!list.loading && !list.error && list.rows.length === 0) {
    return (
      <p className="empty" data-testid="list-empty">
        {filtered ? t('registryScreens.list.noMatch') : (empty ?? t('registryScreens.list.empty'))}
      </p>
    );
  }
  return (
    <div className="registry-list__footer">
      {list.error && <ErrorMessage error={list.error} onRetry={list.hasMore && list.rows.length > 0 ? list.more : list.reload} />}
      <p className="muted small" data-testid="list-count" role="status" ref={count} tabIndex={-1}>
        {list.total !== null
          ? t('registryScreens.list.shown', { count: list.total, shown, total: f.number(list.total) })
          : list.totalAtLeast !== null
            ? t('registryScreens.list.shownAtLeast', { shown, total: f.number(list.totalAtLeast) })
            : t('registryScreens.list.shownSome', { count: list.rows.length, shown })}
      </p>
      {list.hasMore && (
        // aria-disabled, not disabled, while the page loads: a disabled button drops the keyboard's focus.
        <button type="button" className="button button--secondary" data-testid="list-more" aria-disabled={list.loadingMore || undefined} onClick={(event) => more(event.currentTarget)}>
          {list.loadingMore ? t('registryScreens.list.loadingMore') : t('registryScreens.list.loadMore')}
        </button>
      )}
    </div>
  );
}
