import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_STATUSES, type SessionStatus } from '../../../../../electron/shared/scheduling';
import { DayFilter } from '../../../components/DayFilter';
import { Section } from '../../../components/Section';
import { useFormat } from '../../../i18n/use-format';
import { dayFilter, flagFilter, oneOfFilter, textFilter, useRouteFilters, useRoutePages } from '../../../navigation/use-route-filters';
import { useClient } from '../../../session/SessionProvider';
import { ListFooter } from '../../registry/ListFooter';
import { ListSearch } from '../../registry/ListSearch';
import { useDebounced, usePagedList } from '../../registry/use-paged-list';
import { SESSION_STATUS_LABEL } from '../labels';
import { SchedulingPage } from '../SchedulingPage';
import { SchedulingSettingsPanel } from './SchedulingSettingsPanel';
import { SessionsTable } from './SessionsTable';

/**
 * The list's filters, in the address (`#/sessions?status=upcoming&unsent=1&from=2026-12-01`): the home's
 * "what waits" links open it filtered, and a reload or Back from a session keeps what the admin chose.
 */
const FILTERS = {
  search: textFilter,
  status: oneOfFilter<SessionStatus, ''>(SESSION_STATUSES, ''),
  from: dayFilter,
  to: dayFilter,
  // The home's "not yet with the TUK": shown as a filter the admin sees and can clear.
  unsent: flagFilter,
  // The home's "breaking a rule": upcoming sessions whose plan the rules now refuse or flag.
  rules: flagFilter,
};

/** `#/sessions`: the LSP's sessions by status and dates, newest first, page by page. */
export function SessionsScreen() {
  const { t } = useTranslation();
  const client = useClient();
  const statusId = useId();
  const [{ search, status, from: dateFrom, to: dateTo, unsent, rules }, set] = useRouteFilters(FILTERS);
  const query = useDebounced({ search: search.trim(), status, dateFrom, dateTo, unsent, rules });
  const f = useFormat();
  // Both whole ISO days (the filters take nothing else), so text order is date order. No session can fall in a
  // reversed range: saying "no data" would hide the slip, so the list gives way to saying so.
  const reversed = dateFrom !== '' && dateTo !== '' && dateFrom > dateTo;
  // How many pages were open, in the address too: Back from a record reopens as many.
  const pages = useRoutePages();
  const list = usePagedList(query, (q, cursor) =>
    client.call('sessions/list', {
      search: q.search || undefined,
      status: q.status || undefined,
      dateFrom: q.dateFrom || undefined,
      dateTo: q.dateTo || undefined,
      unsent: q.unsent || undefined,
      ruleProblems: q.rules || undefined,
      cursor,
    }), pages);
  return (
    <SchedulingPage
      current="sessions"
      testId="sessions-screen"
      title={t('schedulingScreens.sessions.title')}
      actions={
        <a className="button button--primary" href="#/sessions/new" data-testid="sessions-new">
          {t('schedulingScreens.sessions.new')}
        </a>
      }
    >
      <Section title={t('schedulingScreens.sessions.title')}>
        <ListSearch value={search} onChange={(text) => set({ search: text })} hint={t('schedulingScreens.sessions.searchHint')}>
          <div className="field">
            <label className="field__label" htmlFor={statusId}>
              {t('schedulingScreens.sessions.status')}
            </label>
            <select id={statusId} className="field__input" data-testid="filter-status" value={status} onChange={(event) => set({ status: SESSION_STATUSES.find((s) => s === event.target.value) ?? '' })}>
              <option value="">{t('registryScreens.list.all')}</option>
              {SESSION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(SESSION_STATUS_LABEL[s])}
                </option>
              ))}
            </select>
          </div>
          <DayFilter label={t('schedulingScreens.sessions.dateFrom')} testId="filter-date-from" value={dateFrom} onChange={(day) => set({ from: day })} />
          <DayFilter label={t('schedulingScreens.sessions.dateTo')} testId="filter-date-to" value={dateTo} onChange={(day) => set({ to: day })} />
          <label className="registry-choice">
            <input type="checkbox" data-testid="filter-unsent" checked={unsent} onChange={(event) => set({ unsent: event.target.checked })} /> {t('schedulingScreens.sessions.unsentOnly')}
          </label>
          <label className="registry-choice">
            <input type="checkbox" data-testid="filter-rules" checked={rules} onChange={(event) => set({ rules: event.target.checked })} /> {t('schedulingScreens.sessions.rulesOnly')}
          </label>
        </ListSearch>
        {reversed ? (
          <p className="notice notice--warning" role="status" data-testid="sessions-range-reversed">
            {t('schedulingScreens.sessions.rangeReversed', { from: f.date(dateFrom), to: f.date(dateTo) })}
          </p>
        ) : (
          <>
            {list.rows.length > 0 && <SessionsTable rows={list.rows} />}
            <ListFooter
              list={list}
              filtered={query.search !== '' || query.status !== '' || query.dateFrom !== '' || query.dateTo !== '' || query.unsent || query.rules}
              empty={t('schedulingScreens.sessions.empty')}
            />
          </>
        )}
      </Section>
      <SchedulingSettingsPanel />
    </SchedulingPage>
  );
}
