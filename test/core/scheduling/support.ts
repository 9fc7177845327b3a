import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../../electron/core';
import type { ArgsOf } from '../../../electron/shared/contract';
import type { SchedulingSettings, SessionPlanInput } from '../../../electron/shared/scheduling';
import type { AssessorInput } from '../../../electron/shared/registry';
import { SCHEDULING_SETTINGS_DEFAULT } from '../../../electron/shared/scheduling';
import { call, demo, signInAs, tempCore, tempDir, TEST_PASSWORD_COST } from '../../support/core';
import { assessorInput, candidateInput, fixedClock, schemeInput, tukInput } from '../registry/support';

export { NOW } from '../registry/support';

/**
 * An LSP ready to plan in: the demo's LSP (its session is today, 2026-11-20, on the fixed clock) plus a
 * small scheme of our own (2 units, 2 elements), a TUK Sewaktu of 40 places, a TUK Mandiri verified on
 * 2026-06-01, assessors who may assess the scheme (MET valid to 2028) and candidates. Sessions are planned
 * on 2026-12-01 and later: always after the clock's "now".
 */
export type World = {
  core: Core;
  admin: string;
  schemeId: string;
  schemeCode: string;
  sewaktuId: string;
  mandiriId: string;
  assessors: string[];
  candidates: string[];
};

export const DAY = '2026-12-01';

type WorldOptions = { assessors?: number; candidates?: number; aplGate?: boolean };
/** A world built once in its own data folder, closed: what each test's copy starts from. */
type Template = { dir: string; ids: Omit<World, 'core' | 'admin'> };
const templates = new Map<string, Promise<Template>>();

/**
 * Each test gets its own copy of the world's data folder, built once per set of options in a worker: building
 * it (the demo, a scheme, two TUKs, three assessors with sign-ins, twelve candidates, each call audited and
 * committed) cost more than most tests' own work, and a closed SQLite file copies in milliseconds. The clock
 * is fixed, so every copy is the world a fresh build would give, IDs aside, which are random anyway.
 */
export async function world(opts: WorldOptions = {}): Promise<World> {
  const key = JSON.stringify([opts.assessors ?? 3, opts.candidates ?? 12, opts.aplGate ?? true]);
  let template = templates.get(key);
  if (!template) templates.set(key, (template = buildTemplate(opts)));
  const { dir, ids } = await template;
  const dataDir = tempDir();
  fs.cpSync(dir, dataDir, { recursive: true });
  const core = await tempCore({ dataDir, clock: fixedClock });
  return { core, admin: await signInAs(core, 'admin'), ...ids };
}

async function buildTemplate(opts: WorldOptions): Promise<Template> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ru-world-'));
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const core = await createCore({ dataDir: dir, clock: fixedClock, demoIfEmpty: true, passwordCost: TEST_PASSWORD_COST, log: () => {} });
  try {
    return { dir, ids: await build(core, opts) };
  } finally {
    core.close();
  }
}

async function build(core: Core, opts: WorldOptions): Promise<Template['ids']> {
  const admin = await signInAs(core, 'admin');
  const scheme = await call(core, 'schemes/create', { scheme: schemeInput() }, admin);
  const sewaktu = await call(core, 'tuks/create', { tuk: tukInput(1, { capacity: 40 }) }, admin);
  const mandiri = await call(core, 'tuks/create', { tuk: tukInput(2, { type: 'mandiri', capacity: 40 }) }, admin);
  await call(core, 'tuks/addVerification', { tukId: mandiri.id, verification: { verifiedOn: '2026-06-01', verifier: 'Tim LSP', result: 'fit', note: null, sessionId: null } }, admin);
  const assessors: string[] = [];
  for (let i = 0; i < (opts.assessors ?? 3); i++) {
    const assessorId = (await call(core, 'assessors/create', { assessor: assessorInput(900 + i, { schemeCodes: [scheme.code] }) }, admin)).id;
    // Each with a sign-in, as the assessors of a real session have (one without is a pending rule of its own).
    await call(core, 'accounts/create', { role: 'assessor', username: `asesor-${900 + i}`, displayName: `Asesor ${900 + i}`, password: 'Sementara-2026', assessorId }, admin);
    assessors.push(assessorId);
  }
  const candidates: string[] = [];
  for (let i = 0; i < (opts.candidates ?? 12); i++) candidates.push((await call(core, 'candidates/create', { candidate: candidateInput(5000 + i) }, admin)).id);
  // Rule tables test one rule at a time: the APL gate has its own tests.
  if (opts.aplGate === false) await setRules(core, admin, { aplGate: false });
  return { schemeId: scheme.id, schemeCode: scheme.code, sewaktuId: sewaktu.id, mandiriId: mandiri.id, assessors, candidates };
}

/** An assessor made for one case, with a sign-in as the world's assessors have. */
export async function assessorWithAccount(w: World, assessor: AssessorInput): Promise<{ id: string }> {
  const made = await call(w.core, 'assessors/create', { assessor }, w.admin);
  await call(w.core, 'accounts/create', { role: 'assessor', username: `asesor-${made.id.slice(0, 8)}`, displayName: made.name, password: 'Sementara-2026', assessorId: made.id }, w.admin);
  return made;
}

export async function setRules(core: Core, admin: string, over: Partial<SchedulingSettings>): Promise<void> {
  await call(core, 'sessions/setSettings', { settings: { ...SCHEDULING_SETTINGS_DEFAULT, ...over } }, admin);
}

/** A plan at the Mandiri TUK on DAY 08:00 for 2 hours, the first assessor, no candidates unless given. */
export function plan(w: World, over: Partial<SessionPlanInput> = {}): SessionPlanInput {
  return {
    schemeId: w.schemeId,
    tukId: w.mandiriId,
    code: null,
    titleId: null,
    titleEn: null,
    date: DAY,
    startTime: '08:00',
    durationMinutes: 120,
    mode: 'room_server',
    assessorIds: [w.assessors[0]],
    candidates: [],
    ...over,
  };
}

/** The first n candidates, all with one assessor. */
export const seats = (w: World, n: number, assessorId = w.assessors[0], from = 0) =>
  w.candidates.slice(from, from + n).map((candidateId) => ({ candidateId, assessorId }));

export async function check(w: World, p: SessionPlanInput, sessionId: string | null = null) {
  return call(w.core, 'sessions/check', { sessionId, session: p }, w.admin);
}

/** The codes of a check's conflicts, in order. */
export async function codes(w: World, p: SessionPlanInput, sessionId: string | null = null): Promise<string[]> {
  return (await check(w, p, sessionId)).conflicts.map((c) => c.code);
}

export async function create(w: World, p: SessionPlanInput) {
  return call(w.core, 'sessions/create', { session: p }, w.admin);
}

/** Makes a candidate schedulable for a scheme: APL.01 saved and accepted, APL.02 all K, reviewed "proceed" by the assessor. */
export async function approveApl(core: Core, admin: string, assessor: string, candidateId: string, schemeId: string): Promise<void> {
  const key = { candidateId, schemeId };
  await call(core, 'apl/saveApplication', { ...key, purpose: 'sertifikasi', purposeNote: null, evidence: [{ kind: 'basic', description: 'Ijazah SMK', status: 'memenuhi' }] }, admin);
  await call(core, 'apl/verifyApplication', { ...key, result: 'accepted', note: null }, admin);
  const detail = await call(core, 'apl/get', key, admin);
  const answers: ArgsOf<'apl/saveSelfAssessment'>['answers'] = detail.apl02.rows.map((r) => ({ elementId: r.elementId, answer: 'K', evidence: 'Sertifikat pelatihan' }));
  await call(core, 'apl/saveSelfAssessment', { ...key, answers }, admin);
  await call(core, 'apl/reviewSelfAssessment', { ...key, recommendation: 'proceed', note: null }, assessor);
}

/** The demo's scheme (8 units, 25 elements), which the demo assessors may assess. */
export function demoSchemeId(core: Core): string {
  return core.db.prepare('SELECT id FROM scheme WHERE code = ?').pluck().get(demo.scheme.code) as string;
}
