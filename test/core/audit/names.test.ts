import { describe, expect, it } from 'vitest';
import { appendAudit } from '../../../electron/core/audit/log';
import { AUDIT_ID_FIELDS, AUDIT_ID_KEYS } from '../../../electron/core/audit/names';
import type { Principal } from '../../../electron/shared/roles';
import type { SessionPlanInput } from '../../../electron/shared/scheduling';
import { call, signInAs, tempCore } from '../../support/core';
import { candidateInput, fixedClock, tukInput } from '../registry/support';
import { demoSchemeId, setRules } from '../scheduling/support';

const admin: Principal = { accountId: 'acc-admin', role: 'lsp_admin', username: 'admin', displayName: 'Admin', lspId: null, assessorId: null, candidateId: null };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every id-shaped string an entry's before/after hold, as values at any depth or (FR.APL.02's answers) as keys. */
function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return UUID.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => [...(UUID.test(k) ? [k] : []), ...idsIn(v)]);
  return [];
}

describe('the record ids an edit holds, named when the page is built', () => {
  it('covers these fields of the core\'s before/after, and FR.APL.02\'s answers keyed by element', () => {
    expect(AUDIT_ID_FIELDS).toEqual({
      schemeId: 'scheme', // session.update
      tukId: 'tuk', // session.update
      assessorIds: 'assessor', // session.update
      assessorId: 'assessor', // account.update, apl02.review, session.update's candidates
      candidateId: 'candidate', // session.update's candidates
      kukIds: 'kuk', // bank.item.*
      kukId: 'kuk', // bank.benchmark.*
      by: 'account', // apl01.verify
    });
    expect(AUDIT_ID_KEYS).toEqual({ 'apl02.save': 'element' });
  });

  it("names a session's scheme, TUK, assessors and candidates, an assessor's account, a verifier, KUK and FR.APL.02 elements; the details keep the ids", async () => {
    const core = await tempCore();
    const token = await signInAs(core, 'admin');
    const one = (q: string) => core.db.prepare(q).get() as Record<string, string>;
    const scheme = one('SELECT id, code FROM scheme LIMIT 1');
    const [a1, a2] = core.db.prepare('SELECT id, name FROM assessor ORDER BY name LIMIT 2').all() as { id: string; name: string }[];
    const candidate = one('SELECT id, name FROM candidate LIMIT 1');
    const account = one("SELECT id, display_name AS name FROM account WHERE username = 'admin'");
    const kuk = one("SELECT k.id, u.code || ' · ' || k.number AS name FROM kuk k JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id LIMIT 1");
    const element = one("SELECT e.id, u.code || ' · ' || e.ordinal || '. ' || e.title_id AS name FROM element e JOIN unit u ON u.id = e.unit_id LIMIT 1");
    const at = new Date();
    appendAudit(core.db, admin, { action: 'account.update', entity: 'account', entityId: account.id, details: { before: { assessorId: null }, after: { assessorId: a1.id } } }, at);
    appendAudit(core.db, admin, { action: 'apl01.verify', entity: 'apl_application', entityId: 'x', details: { before: { result: 'accepted', by: account.id }, after: { result: 'rejected' } } }, at);
    appendAudit(core.db, admin, { action: 'bank.item.update', entity: 'item', entityId: 'x', details: { before: { kukIds: [] }, after: { kukIds: [kuk.id] } } }, at);
    appendAudit(core.db, admin, { action: 'apl02.save', entity: 'apl_application', entityId: 'x', details: { before: {}, after: { [element.id]: { answer: 'K', evidence: null } } } }, at);
    appendAudit(core.db, admin, { action: 'session.update', entity: 'session', entityId: 'x', details: { before: { schemeId: 'gone', assessorIds: [a1.id], candidates: [{ candidateId: candidate.id, assessorId: a1.id }] }, after: { schemeId: scheme.id, assessorIds: [a1.id, a2.id], candidates: [{ candidateId: candidate.id, assessorId: a2.id }] } } }, at);
    const rows = (await call(core, 'audit/list', { limit: 5 }, token)).rows;
    const names = (action: string) => rows.find((r) => r.action === action)?.names;
    expect(names('account.update')).toEqual({ [a1.id]: a1.name });
    expect(names('apl01.verify')).toEqual({ [account.id]: account.name });
    expect(names('bank.item.update')).toEqual({ [kuk.id]: kuk.name });
    expect(names('apl02.save')).toEqual({ [element.id]: element.name });
    // A record gone is left unnamed (its id shows).
    expect(names('session.update')).toEqual({ [scheme.id]: scheme.code, [a1.id]: a1.name, [a2.id]: a2.name, [candidate.id]: candidate.name });
    expect(rows.find((r) => r.action === 'session.update')?.details).toContain(a2.id);
  });

  it('names every id of the edits the core writes: a session moved to another TUK and assessor, an FR.APL.02 reviewed, a benchmark edited', async () => {
    const core = await tempCore({ clock: fixedClock });
    const token = await signInAs(core, 'admin');
    await setRules(core, token, { aplGate: false });
    const assessorId = (await call(core, 'auth/whoami', {}, await signInAs(core, 'assessor1'))).assessorId!;
    const other = (await call(core, 'auth/whoami', {}, await signInAs(core, 'assessor2'))).assessorId!;
    const tuks = [];
    for (const n of [7, 8]) {
      const tuk = await call(core, 'tuks/create', { tuk: tukInput(n, { type: 'mandiri', capacity: 40 }) }, token);
      await call(core, 'tuks/addVerification', { tukId: tuk.id, verification: { verifiedOn: '2026-06-01', verifier: 'Tim LSP', result: 'fit', note: null, sessionId: null } }, token);
      tuks.push(tuk.id);
    }
    const candidateId = (await call(core, 'candidates/create', { candidate: candidateInput(7001) }, token)).id;
    const plan: SessionPlanInput = {
      schemeId: demoSchemeId(core),
      tukId: tuks[0],
      code: null,
      titleId: null,
      titleEn: null,
      date: '2026-12-01',
      startTime: '08:00',
      durationMinutes: 120,
      mode: 'single_station',
      assessorIds: [assessorId],
      candidates: [{ candidateId, assessorId }],
    };
    const session = await call(core, 'sessions/create', { session: plan }, token);
    await call(core, 'sessions/update', { sessionId: session.id, session: { ...plan, tukId: tuks[1], assessorIds: [other], candidates: [{ candidateId, assessorId: other }] } }, token);
    const benchmark = core.db.prepare("SELECT o.id, o.kuk_id AS kukId, u.scheme_id AS schemeId FROM observation_item o JOIN kuk k ON k.id = o.kuk_id JOIN element e ON e.id = k.element_id JOIN unit u ON u.id = e.unit_id WHERE o.status = 'approved' LIMIT 1").get() as { id: string; kukId: string; schemeId: string };
    await call(core, 'bank/saveBenchmark', { schemeId: benchmark.schemeId, benchmarkId: benchmark.id, benchmark: { kukId: benchmark.kukId, text: { id: 'Tolok ukur yang diubah', en: null } } }, token);
    const rows = [...(await call(core, 'audit/list', { limit: 200 }, token)).rows, ...(await call(core, 'audit/list', { limit: 200, area: 'answers' }, token)).rows];
    const edited = rows.filter((r) => /"before":\s*\{/.test(r.details) && r.details.length === r.detailsLength);
    expect(edited.map((r) => r.action)).toEqual(expect.arrayContaining(['session.update', 'apl02.review']));
    // A used benchmark is copied to a new draft rather than edited in place: either holds its KUK.
    expect(edited.some((r) => /^bank\.benchmark\.(update|copy)$/.test(r.action))).toBe(true);
    for (const r of edited) {
      const { before, after } = JSON.parse(r.details) as { before: unknown; after: unknown };
      expect({ action: r.action, unnamed: idsIn([before, after]).filter((id) => !(id in r.names)) }).toEqual({ action: r.action, unnamed: [] });
    }
    const update = rows.find((r) => r.action === 'session.update');
    expect(Object.values(update?.names ?? {})).toEqual(expect.arrayContaining([expect.stringContaining('TUK')]));
  });
});
