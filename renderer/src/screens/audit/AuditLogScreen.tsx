import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_AREA_LABEL, auditObjectText } from '../../../../electron/shared/audit-labels';
import { AUDIT_AREAS, type AuditArea } from '../../../../electron/shared/audit-log';
import { useLoad } from '../../api/use-load';
import { DayFilter } from '../../components/DayFilter';
import { useFormat } from '../../i18n/use-format';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { dayFilter, oneOfFilter, textFilter, useRouteFilters, useRoutePages } from '../../navigation/use-route-filters';
import { useClient } from '../../session/SessionProvider';
import { useAdminEyebrow } from '../../session/tuk-station';
import { ListFooter } from '../registry/ListFooter';
import { useDebounced, usePagedList } from '../registry/use-paged-list';
import { AuditTable } from './AuditTable';
import { VerifyPanel } from './VerifyPanel';

/**
 * The filters, in the address (`#/audit?area=exam&from=2027-03-01`), as every list keeps them: a reload or
 * Back from a record opened here shows the log as it was left.
 */
const FILTERS = { source: textFilter, area: oneOfFilter<AuditArea, ''>(AUDIT_AREAS, ''), actor: textFilter, from: dayFilter, to: dayFilter, entity: textFilter, id: textFilter };

/** Whose history is shown, and the way back to the whole log. */
function RecordNotice({ record, name }: { record: { entity: string; id: string }; name: string | null }) {
  const { t } = useTranslation();
  const what = auditObjectText({ entity: record.entity, entityId: record.id, entityName: name }, t);
  return (
    <p className="notice" data-testid="audit-record">
      {t('audit.recordFilter', { record: what })}{' '}
      <a href="#/audit" data-testid="audit-record-clear">
        {t('audit.recordFilterClear')}
      </a>
    </p>
  );
}

/**
 * The installation's audit log for its admin (the office's or a TUK station's): newest first, a page at a
 * time, by area, person and days; a link may open it filtered (`#/audit?area=exam`). Beside it, the log's
 * integrity check.
 */
export function AuditLogScreen() {
  const { t } = useTranslation();
  const client = useClient();
  const eyebrow = useAdminEyebrow();
  const f = useFormat();
  const areaId = useId();
  const actorId = useId();
  const [{ source, area, actor, from, to, entity, id }, set] = useRouteFilters(FILTERS);
  // A record page's "history" link (`?entity=candidate&id=…`): that record's entries only, until cleared.
  const record = entity && id ? { entity, id } : undefined;
  const accounts = useLoad('accounts/list', {});
  const sources = useLoad('audit/sources', {});
  const sourceId = useId();
  const query = useDebounced({ source, area, actor, from, to, record });
  // How many pages were open, in the address too: Back from a record opened here reopens as many.
  const pages = useRoutePages();
  // The record's name comes with its history's first page, for a record no entry names yet too; kept with
  // the record it names, so a late answer for another record is not shown under this one.
  const [named, setNamed] = useState<{ key: string; name: string | null } | null>(null);
  const list = usePagedList(
    query,
    async (q, cursor) => {
      const page = await client.call('audit/list', {
        source: q.source || undefined,
        area: q.area || undefined,
        actorAccountId: q.actor || undefined,
        record: q.record,
        from: q.from || undefined,
        to: q.to || undefined,
        cursor,
      });
      if (q.record && cursor === null) setNamed({ key: `${q.record.entity}/${q.record.id}`, name: page.recordName });
      return page;
    },
    pages,
  );
  const recordName = record && named?.key === `${record.entity}/${record.id}` ? named.name : null;
  const people = accounts.state.status === 'ready' ? accounts.state.data : [];
  const received = sources.state.status === 'ready' ? sources.state.data : [];
  return (
    <div className="home" data-testid="audit-screen">
      <PageTitle eyebrow={eyebrow} title={t('audit.title')}>
        <a href="#/" data-testid="back-home">{t('bundles.backHome')}</a>
      </PageTitle>
      <p className="muted">{t('audit.intro')}</p>
      <VerifyPanel />
      <Section title={t('audit.listTitle')}>
        <div className="registry-filters" role="search">
          {/* The TUK stations' logs that came back with results bundles, when any did: what happened on their exam days. */}
          {(received.length > 0 || source !== '') && (
            <div className="field">
              <label className="field__label" htmlFor={sourceId}>
                {t('audit.source')}
              </label>
              <select id={sourceId} className="field__input" data-testid="filter-source" value={source} onChange={(event) => set({ source: event.target.value })}>
                <option value="">{t('audit.ownLog')}</option>
                {received.map((r) => (
                  <option key={r.installationId} value={r.installationId}>
                    {t('audit.receivedLog', { label: r.label ?? r.installationId, rows: f.number(r.rows) })}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label className="field__label" htmlFor={areaId}>
              {t('audit.area')}
            </label>
            <select id={areaId} className="field__input" data-testid="filter-area" value={area} onChange={(event) => set({ area: AUDIT_AREAS.find((a) => a === event.target.value) ?? '' })}>
              <option value="">{t('audit.allAreas')}</option>
              {AUDIT_AREAS.map((a) => (
                <option key={a} value={a}>
                  {t(AUDIT_AREA_LABEL[a])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={actorId}>
              {t('audit.actor')}
            </label>
            <select id={actorId} className="field__input" data-testid="filter-actor" value={actor} onChange={(event) => set({ actor: event.target.value })}>
              <option value="">{t('audit.anyone')}</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName} ({p.username})
                </option>
              ))}
            </select>
          </div>
          <DayFilter label={t('audit.fromDay')} testId="filter-from" value={from} onChange={(day) => set({ from: day })} />
          <DayFilter label={t('audit.toDay')} testId="filter-to" value={to} onChange={(day) => set({ to: day })} />
        </div>
        <p className="muted small">{t('audit.filterHint')}</p>
        {record && <RecordNotice record={record} name={recordName ?? list.rows[0]?.entityName ?? null} />}
        {list.rows.length > 0 && <AuditTable rows={list.rows} />}
        <ListFooter list={list} filtered={source !== '' || area !== '' || actor !== '' || from !== '' || to !== '' || record !== undefined} empty={t('audit.empty')} />
      </Section>
    </div>
  );
}
