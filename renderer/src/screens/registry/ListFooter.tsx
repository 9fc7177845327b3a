import type { ReactNode } from 'react';
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
      <p className="muted small" data-testid="list-count" role="status">
        {list.total !== null
          ? t('registryScreens.list.shown', { count: list.total, shown, total: f.number(list.total) })
          : list.totalAtLeast !== null
            ? t('registryScreens.list.shownAtLeast', { shown, total: f.number(list.totalAtLeast) })
            : t('registryScreens.list.shownSome', { count: list.rows.length, shown })}
      </p>
      {list.hasMore && (
        <button type="button" className="button button--secondary" data-testid="list-more" disabled={list.loadingMore} onClick={list.more}>
          {list.loadingMore ? t('registryScreens.list.loadingMore') : t('registryScreens.list.loadMore')}
        </button>
      )}
    </div>
  );
}
