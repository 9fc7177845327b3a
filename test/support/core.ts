import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../electron/core';
import { loadDemoContent } from '../../electron/core/demo/content';
import type { ArgsOf, MethodName, ResultOf } from '../../electron/shared/contract';
import type { ApiError, Reply } from '../../electron/shared/errors';

/** scrypt at N=2^10: the real code path, fast enough to seed the demo in every test. */
export const TEST_PASSWORD_COST = 1024;

export const demo = loadDemoContent();

export function tempDir(prefix = 'ru-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function tempCore(options: Partial<CoreOptions> = {}): Promise<Core> {
  const core = await createCore({
    dataDir: options.dataDir ?? tempDir(),
    demoIfEmpty: true,
    passwordCost: TEST_PASSWORD_COST,
    log: () => {},
    ...options,
  });
  onTestFinished(() => core.close());
  return core;
}

export async function call<M extends MethodName>(core: Core, method: M, args: ArgsOf<M>, token: string | null = null): Promise<ResultOf<M>> {
  const reply = await core.dispatch(method, args, token);
  if (!reply.ok) throw new Error(`${method} failed: ${JSON.stringify(reply.error)}`);
  // The dispatcher returns the handler's value for this method; the contract types it.
  return reply.result as ResultOf<M>;
}

export async function failure(core: Core, method: string, args: unknown, token: string | null = null): Promise<ApiError> {
  const reply: Reply<unknown> = await core.dispatch(method, args, token);
  if (reply.ok) throw new Error(`${method} unexpectedly succeeded`);
  return reply.error;
}

export const staff = {
  admin: demo.people.staff.find((s) => s.role === 'lsp_admin')!,
  proctor: demo.people.staff.find((s) => s.role === 'proctor')!,
  assessor1: demo.people.assessors[0],
  assessor2: demo.people.assessors[1],
};

export async function signInAs(core: Core, who: keyof typeof staff): Promise<string> {
  const { username, password } = staff[who];
  return (await call(core, 'auth/signIn', { username, password })).token;
}

/** The demo's session today (the core's own id for it). */
export function demoSessionId(core: Core): string {
  const row = core.db.prepare('SELECT id FROM session WHERE code = ?').get(demo.people.session.code) as { id: string } | undefined;
  if (!row) throw new Error('demo session missing');
  return row.id;
}

/** Starts the demo session as the proctor would (idempotent) and returns the token in force. */
export async function releaseToken(core: Core): Promise<string> {
  const proctor = await signInAs(core, 'proctor');
  const state = await call(core, 'exam/startSession', { sessionId: demoSessionId(core) }, proctor);
  if (!state.token) throw new Error('no token released');
  return state.token;
}

export async function signInCandidate(core: Core, index = 0, deviceId = `test-pc-${index}`): Promise<string> {
  const c = demo.people.candidates[index];
  const token = await releaseToken(core);
  return (await call(core, 'auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token, deviceId })).token;
}

export function candidateId(core: Core, index = 0): string {
  const row = core.db
    .prepare('SELECT id FROM candidate WHERE participant_no = ?')
    .get(demo.people.candidates[index].participantNo) as { id: string } | undefined;
  if (!row) throw new Error('demo candidate missing');
  return row.id;
}
