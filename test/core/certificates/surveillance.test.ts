import { describe, expect, it } from 'vitest';
import { call, failure, signInAs } from '../../support/core';
import { seedSignedPleno, setSchemePolicy } from '../../support/pleno-rows';
import { exported, sheetValues } from '../registry-import/support';
import { certificateCore } from './support';

/** Three certificates issued on 2026-11-20 (the core's today, NOW) for three years. */
async function issued() {
  const core = await certificateCore();
  const admin = await signInAs(core, 'admin');
  setSchemePolicy(core.db, '85499');
  const seeded = seedSignedPleno(core.db, { candidates: 3, tag: 'S' });
  const result = await call(core, 'certificates/issue', { plenoId: seeded.plenoId, issuedOn: '2026-11-20' }, admin);
  const ids = result.issued.map((c) => c.certificateId);
  const setIssuedOn = (id: string, day: string) => core.db.prepare('UPDATE certificate SET issued_on = ? WHERE id = ?').run(day, id);
  const tasks = async () => (await call(core, 'lsp/overview', {}, admin)).tasks;
  const listed = async (surveillance: 'due' | 'decision') => (await call(core, 'certificates/list', { surveillance }, admin)).rows.map((r) => r.id);
  return { core, admin, ids, setIssuedOn, tasks, listed };
}

const record = { heldOn: '2026-11-18', method: 'interview', result: 'competent', note: '  Masih bekerja sebagai operator  ' } as const;

describe('surveillance of certificate holders', () => {
  it('is due a period (12 months by default) after issue, on the day itself; the register filter and the home count the same certificates', async () => {
    const { core, admin, ids, setIssuedOn, tasks, listed } = await issued();
    const fresh = await call(core, 'certificates/get', { certificateId: ids[0] }, admin);
    expect(fresh.surveillance).toEqual({ records: [], dueOn: '2027-11-20', due: false, needsDecision: false });
    expect((await tasks()).certificatesSurveillanceDue).toBe(0);

    // Issued a year ago today: due today. A day later: due tomorrow, not yet.
    setIssuedOn(ids[0], '2025-11-20');
    setIssuedOn(ids[1], '2025-11-21');
    expect((await call(core, 'certificates/get', { certificateId: ids[0] }, admin)).surveillance).toMatchObject({ dueOn: '2026-11-20', due: true });
    expect((await call(core, 'certificates/get', { certificateId: ids[1] }, admin)).surveillance).toMatchObject({ dueOn: '2026-11-21', due: false });
    expect(await listed('due')).toEqual([ids[0]]);
    expect((await tasks()).certificatesSurveillanceDue).toBe(1);

    // Surveilled, the next is due a period after that day.
    const after = await call(core, 'certificates/recordSurveillance', { certificateId: ids[0], ...record }, admin);
    expect(after.surveillance).toMatchObject({ dueOn: '2027-11-18', due: false, needsDecision: false });
    expect(await listed('due')).toEqual([]);

    // The LSP's period, set as the other certificate settings are (left out by an older caller: kept), moves both.
    const settings = await call(core, 'certificates/settings', {}, admin);
    expect(settings.surveillanceMonths).toBe(12);
    const { surveillanceMonths: _kept, ...older } = settings;
    expect((await call(core, 'certificates/setSettings', { settings: { ...older, validityYears: 3 } }, admin)).surveillanceMonths).toBe(12);
    await call(core, 'certificates/setSettings', { settings: { ...settings, surveillanceMonths: 6 } }, admin);
    expect((await call(core, 'certificates/get', { certificateId: ids[2] }, admin)).surveillance.dueOn).toBe('2027-05-20');
    expect(await listed('due')).toEqual([ids[1]]);
    expect((await tasks()).certificatesSurveillanceDue).toBe(1);
    // 2026-11-18 + 6 months is 2027-05-18; a month-end clamps (31 May + 6 is 30 Nov) as the TUK verification's does.
    setIssuedOn(ids[2], '2026-05-31');
    expect((await call(core, 'certificates/get', { certificateId: ids[2] }, admin)).surveillance).toMatchObject({ dueOn: '2026-11-30', due: false });

    // Revoked, it is no longer surveilled: nothing is due, and none can be recorded.
    await call(core, 'certificates/revoke', { certificateId: ids[1], reason: 'Dokumen persyaratan terbukti palsu' }, admin);
    expect((await call(core, 'certificates/get', { certificateId: ids[1] }, admin)).surveillance).toMatchObject({ dueOn: null, due: false });
    expect(await listed('due')).toEqual([]);
    expect(await failure(core, 'certificates/recordSurveillance', { certificateId: ids[1], ...record }, admin)).toMatchObject({ code: 'CERTIFICATE_SURVEILLANCE_NOT_IN_FORCE' });
  });

  it("dates each register row's next surveillance as its page does, in the list and the register sheet, none once no longer in force", async () => {
    const { core, admin, ids, setIssuedOn } = await issued();
    const listedDue = async () => Object.fromEntries((await call(core, 'certificates/list', {}, admin)).rows.map((r) => [r.id, r.surveillanceDueOn]));
    const pageDue = async (id: string) => (await call(core, 'certificates/get', { certificateId: id }, admin)).surveillance.dueOn;
    // Today is 2026-11-20: one issued on a month's last day (31 May + 12 months clamps to 31 May), one surveilled, one revoked.
    setIssuedOn(ids[0], '2026-05-31');
    setIssuedOn(ids[1], '2025-11-20');
    await call(core, 'certificates/recordSurveillance', { certificateId: ids[1], ...record }, admin);
    await call(core, 'certificates/revoke', { certificateId: ids[2], reason: 'Dokumen persyaratan terbukti palsu' }, admin);
    expect(await listedDue()).toEqual({ [ids[0]]: '2027-05-31', [ids[1]]: '2027-11-18', [ids[2]]: null });
    for (const id of ids) expect((await listedDue())[id]).toBe(await pageDue(id));
    // The period moves the rows as it moves the pages; a certificate past its last day has none due.
    const settings = await call(core, 'certificates/settings', {}, admin);
    await call(core, 'certificates/setSettings', { settings: { ...settings, surveillanceMonths: 9 } }, admin);
    core.db.prepare('UPDATE certificate SET valid_until = ? WHERE id = ?').run('2026-11-19', ids[1]);
    expect(await listedDue()).toEqual({ [ids[0]]: '2027-02-28', [ids[1]]: null, [ids[2]]: null });
    expect(await pageDue(ids[0])).toBe('2027-02-28');

    const sheet = await sheetValues(exported(core, (await call(core, 'certificates/registerSheet', {}, admin)).fileName));
    expect(sheet[0].at(-1)).toBe('Surveilan Berikutnya');
    expect(sheet.slice(1).map((row) => row[15] ?? null)).toEqual(['28-02-2027', null, null]);
  });

  it('lists the records newest first with who recorded them, audits each, and flags a holder not found competent for the LSP\'s decision without revoking', async () => {
    const { core, admin, ids, setIssuedOn, tasks, listed } = await issued();
    const id = ids[0];
    setIssuedOn(id, '2026-06-01');
    await call(core, 'certificates/recordSurveillance', { certificateId: id, ...record }, admin);
    const found = await call(core, 'certificates/recordSurveillance', { certificateId: id, heldOn: '2026-11-19', method: 'workplace_visit', result: 'not_competent', note: 'Tidak lagi mengoperasikan komputer' }, admin);
    expect(found.revoked).toBe(false);
    expect(found.surveillance.needsDecision).toBe(true);
    expect(found.surveillance.records.map((r) => [r.heldOn, r.method, r.result, r.note])).toEqual([
      ['2026-11-19', 'workplace_visit', 'not_competent', 'Tidak lagi mengoperasikan komputer'],
      ['2026-11-18', 'interview', 'competent', 'Masih bekerja sebagai operator'],
    ]);
    expect(found.surveillance.records[0].recordedBy).toBe(found.issuedBy);
    expect(await listed('decision')).toEqual([id]);
    expect((await tasks()).certificatesAwaitingDecision).toBe(1);

    const audit = core.db.prepare("SELECT entity_id, details FROM audit_log WHERE action = 'certificates.surveillance' ORDER BY seq").all() as { entity_id: string; details: string }[];
    expect(audit.map((a) => [a.entity_id, JSON.parse(a.details).result, JSON.parse(a.details).heldOn])).toEqual([
      [id, 'competent', '2026-11-18'],
      [id, 'not_competent', '2026-11-19'],
    ]);

    // A later surveillance that finds the holder competent (or the certificate revoked) clears it.
    await call(core, 'certificates/recordSurveillance', { certificateId: id, heldOn: '2026-11-20', method: 'portfolio', result: 'competent', note: '' }, admin);
    expect(await listed('decision')).toEqual([]);
    expect((await tasks()).certificatesAwaitingDecision).toBe(0);
  });

  it('refuses a date after today or before the issue, with the field named; staff other than the LSP admin may not record', async () => {
    const { core, admin, ids } = await issued();
    expect(await failure(core, 'certificates/recordSurveillance', { certificateId: ids[0], ...record, heldOn: '2026-11-21' }, admin)).toMatchObject({
      code: 'CERTIFICATE_SURVEILLANCE_IN_FUTURE',
      params: { date: '2026-11-20' },
      fields: [{ field: 'heldOn', reason: 'future' }],
    });
    expect(await failure(core, 'certificates/recordSurveillance', { certificateId: ids[0], ...record, heldOn: '2026-11-19' }, admin)).toMatchObject({
      code: 'CERTIFICATE_SURVEILLANCE_BEFORE_ISSUE',
      params: { date: '2026-11-20' },
    });
    expect(await failure(core, 'certificates/recordSurveillance', { certificateId: ids[0], ...record, method: 'telepathy' }, admin)).toMatchObject({ code: 'BAD_ARGS' });
    const proctor = await signInAs(core, 'proctor');
    expect(await failure(core, 'certificates/recordSurveillance', { certificateId: ids[0], ...record, heldOn: '2026-11-20' }, proctor)).toMatchObject({ code: 'FORBIDDEN' });
    expect(core.db.prepare('SELECT count(*) FROM certificate_surveillance').pluck().get()).toBe(0);
  });
});
