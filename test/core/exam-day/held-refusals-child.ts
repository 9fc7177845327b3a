// A core process refusing late answers (held-refusals-kill9.test.ts): `tsx held-refusals-child.ts <dataDir> <n>`.
// Candidate 0's PC beats to the end of the test; after the deadline one refused save gets its audit entry, then
// n more are refused within the minute, so no sweep may write them yet. It prints what the test needs and
// waits to be killed.
import { createCore } from '../../../electron/core';
import { loadDemoContent } from '../../../electron/core/demo/content';
import type { ArgsOf, MethodName, ResultOf } from '../../../electron/shared/contract';
import { movableClock } from '../../support/clock';

const [dataDir, n] = process.argv.slice(2);
const demo = loadDemoContent();
const clock = movableClock(new Date());
const core = await createCore({ dataDir, demoIfEmpty: true, passwordCost: 1024, log: () => {}, clock });

async function call<M extends MethodName>(method: M, args: ArgsOf<M>, token: string | null = null): Promise<ResultOf<M>> {
  const reply = await core.dispatch(method, args, token);
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`);
  // The dispatcher returns the handler's value for this method; the contract types it.
  return reply.result as ResultOf<M>;
}

const proctorAccount = demo.people.staff.find((s) => s.role === 'proctor')!;
const proctor = (await call('auth/signIn', { username: proctorAccount.username, password: proctorAccount.password })).token;
const sessionId = core.db.prepare('SELECT id FROM session WHERE code = ?').pluck().get(demo.people.session.code) as string;
const { token } = await call('exam/startSession', { sessionId }, proctor);
const c = demo.people.candidates[0];
const candidate = (await call('auth/candidateSignIn', { participantNo: c.participantNo, password: c.password, token: token!, deviceId: 'pc-0-device' })).token;
const state = await call('cbt/agree', { accept: true }, candidate);
const deadline = Date.parse(state.clock!.deadline);
clock.set(new Date(deadline - 10_000));
await call('cbt/heartbeat', { focusLost: 0 }, candidate);
clock.set(new Date(deadline + 60_000));

const refuse = async (seq: number) => {
  const args = { itemId: state.items[seq % state.items.length].itemId, seq, choice: 1, text: null, doubtful: false, answeredAt: new Date(deadline - 20_000).toISOString() };
  const reply = await core.dispatch('cbt/save', args, candidate);
  if (reply.ok || reply.error.code !== 'ANSWER_HELD_WHILE_ONLINE') throw new Error(`cbt/save: ${JSON.stringify(reply)}`);
};
const entries = () => core.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'cbt.heldAnswerRefused'").pluck().get() as number;

await refuse(1);
// The sweep as the exam day runs it: the entry joins the next group commit.
core.examDay.heldRefusals.flush(clock.now());
for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
if (entries() !== 1) throw new Error(`the first refusal's entry was not written (${entries()})`);
for (let seq = 2; seq < 2 + Number(n); seq++) await refuse(seq);

const attemptId = core.db.prepare('SELECT id FROM attempt').pluck().get() as string;
process.stdout.write(`${JSON.stringify({ attemptId, now: clock.now().toISOString(), firstItemId: state.items[2 % state.items.length].itemId })}\n`);
// Kept alive for the kill: the core's own timers do not hold the process.
setInterval(() => {}, 60_000);
