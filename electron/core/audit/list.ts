import { AUDIT_DETAILS_SHOWN, type AuditEntryView, type AuditListArgs, type AuditPage } from '../../shared/audit-log';
import { AppError } from '../../shared/errors';
import { LIST_LIMIT_DEFAULT } from '../../shared/registry';
import { parseLocalDate } from '../../shared/i18n/format';
import { addDays, localDate } from '../clock';
import type { Db } from '../db/open';
import { auditPage, recordName, type AuditListRow } from '../db/queries/audit-list';
import { decodeCursor, toPage } from '../registry/paging';
import { entryNames } from './names';

/** A day on this computer's calendar as the UTC instant of its first moment (as the log's `at` is written). */
function startOf(day: string): string {
  const start = parseLocalDate(day);
  // A day the calendar has not (2027-02-30) rolls over into the next month: refused, not read as another day.
  if (start === null || localDate(start) !== day) throw new AppError('BAD_ARGS', { details: `date ${day}` });
  return start.toISOString();
}

function view(r: AuditListRow & { names: Record<string, string> }): AuditEntryView {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actorAccountId === null ? null : { accountId: r.actorAccountId, name: r.actorName, username: r.actorUsername, role: r.actorRole },
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    entityName: r.entityName,
    entityRef: r.entityRef,
    candidateName: r.candidateName,
    names: r.names,
    details: r.details,
    detailsLength: r.detailsLength,
  };
}

/**
 * The log newest first, a page at a time. No total: counting a filter would read the whole log, and the
 * answer saves alone can be millions of rows on a station.
 */
export function listAudit(db: Db, args: AuditListArgs): AuditPage {
  const limit = args.limit ?? LIST_LIMIT_DEFAULT;
  const cursor = decodeCursor(args.cursor);
  const before = cursor === null ? null : Number(cursor.key);
  if (before !== null && !Number.isSafeInteger(before)) throw new AppError('BAD_ARGS', { details: 'cursor (invalid)' });
  const rows = auditPage(
    db,
    {
      source: args.source ?? null,
      area: args.area ?? null,
      actor: args.actorAccountId ?? null,
      entity: args.record?.entity ?? null,
      entityId: args.record?.id ?? null,
      fromAt: args.from ? startOf(args.from) : null,
      toAt: args.to ? startOf(addDays(args.to, 1)) : null,
      before,
      limit: limit + 1,
    },
    AUDIT_DETAILS_SHOWN,
  );
  const names = entryNames(db, rows);
  const named = rows.map((r, i) => ({ ...r, names: names[i] }));
  const page = toPage(named, limit, view, (r) => ({ key: String(r.seq), id: '' }), null);
  return { ...page, recordName: args.record ? recordName(db, args.record.entity, args.record.id) : null };
}
