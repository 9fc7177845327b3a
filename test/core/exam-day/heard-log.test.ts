import { describe, expect, it } from 'vitest';
import { LATE_SAVE_GRACE_MS } from '../../../electron/core/cbt/timing';
import type { HeardLog } from '../../../electron/core/exam-day/heard-log';
import { call } from '../../support/core';
import { MINUTE } from '../../support/clock';
import { examDay } from '../cbt/support';

/** One sweep's write, which joins the core's next group commit (a turn of the event loop), then that commit's reply. */
async function sweep(log: HeardLog): Promise<void> {
  log.flush();
  for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
}

describe('when a candidate PC was last heard from while its test took answers', () => {
  it('is held in memory until the sweep writes it to attempt.last_activity_at; an older call never replaces a newer one', async () => {
    const { clock, core, candidate } = await examDay();
    await call(core, 'cbt/agree', { accept: true }, candidate);
    const attempt = () => core.db.prepare('SELECT id, started_at AS startedAt, last_activity_at AS heard FROM attempt').get() as { id: string; startedAt: string; heard: string };
    const { id, startedAt } = attempt();
    clock.advance(MINUTE);
    await call(core, 'cbt/heartbeat', { focusLost: 0 }, candidate);
    const beat = clock.now().toISOString();
    const log = core.examDay.heardLog;
    expect(log.unwritten(id)).toBe(beat);
    expect(attempt().heard).toBe(startedAt);
    // Until the group commit writes it, the call stays readable here.
    log.flush();
    expect(log.unwritten(id)).toBe(beat);
    await sweep(log);
    expect(log.unwritten(id)).toBeNull();
    expect(attempt().heard).toBe(beat);

    // A visit writes its time at once (attempts.setPosition): a sweep carrying an older call must not take it back.
    clock.advance(10_000);
    await call(core, 'cbt/heartbeat', { focusLost: 0 }, candidate);
    const visited = new Date(clock.now().getTime() + 5_000).toISOString();
    core.db.prepare('UPDATE attempt SET last_activity_at = ?').run(visited);
    await sweep(log);
    expect(attempt().heard).toBe(visited);
  });

  it('keeps a call whose group commit failed and writes it with the next sweep', async () => {
    const { clock, core, candidate } = await examDay();
    await call(core, 'cbt/agree', { accept: true }, candidate);
    const heard = () => core.db.prepare('SELECT id, last_activity_at AS at FROM attempt').get() as { id: string; at: string };
    const { id, at: before } = heard();
    clock.advance(MINUTE);
    await call(core, 'cbt/heartbeat', { focusLost: 0 }, candidate);
    const beat = clock.now().toISOString();
    const log = core.examDay.heardLog;
    core.db.exec("CREATE TEMP TRIGGER refuse_heard BEFORE UPDATE OF last_activity_at ON attempt BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END");
    await sweep(log);
    expect(heard().at).toBe(before);
    expect(log.unwritten(id)).toBe(beat);
    core.db.exec('DROP TRIGGER refuse_heard');
    await sweep(log);
    expect(heard().at).toBe(beat);
    expect(log.unwritten(id)).toBeNull();
  });

  it('notes nothing while the test is paused, once its late grace has passed, or after it was submitted', async () => {
    const { clock, core, candidate, proctor, seat } = await examDay();
    const state = await call(core, 'cbt/agree', { accept: true }, candidate);
    const id = core.db.prepare('SELECT id FROM attempt').pluck().get() as string;
    const log = core.examDay.heardLog;
    await call(core, 'exam/pause', { ...seat, reason: 'listrik padam' }, proctor);
    clock.advance(MINUTE);
    await call(core, 'cbt/heartbeat', { focusLost: 0 }, candidate);
    expect(log.unwritten(id)).toBeNull();
    await call(core, 'exam/resume', { ...seat, reason: 'listrik menyala' }, proctor);
    const deadline = Date.parse((await call(core, 'cbt/clock', {}, candidate))!.deadline);
    expect(deadline).toBeGreaterThan(Date.parse(state.clock!.deadline));
    await sweep(log);

    // In the late grace the test still takes saves: a call then counts.
    clock.set(new Date(deadline + LATE_SAVE_GRACE_MS - 1));
    await call(core, 'cbt/heartbeat', { focusLost: 0 }, candidate);
    expect(log.unwritten(id)).toBe(clock.now().toISOString());
    await sweep(log);
    const lastHeard = core.db.prepare('SELECT last_activity_at FROM attempt').pluck().get();

    clock.set(new Date(deadline + LATE_SAVE_GRACE_MS));
    // This beat finds the grace over (the attempt is submitted as timed out); its focus count is kept, not as activity.
    await call(core, 'cbt/heartbeat', { focusLost: 2 }, candidate);
    clock.advance(MINUTE);
    await call(core, 'cbt/state', {}, candidate);
    expect(log.unwritten(id)).toBeNull();
    await sweep(log);
    expect(core.db.prepare('SELECT last_activity_at AS heard, focus_lost AS focus, submit_reason AS reason FROM attempt').get()).toEqual({ heard: lastHeard, focus: 2, reason: 'timeout' });
  });
});
