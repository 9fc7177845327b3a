import { describe, expect, it } from 'vitest';
import type { CbtClock } from '../../../electron/shared/cbt';
import { createFocusTracker } from '../../../renderer/src/cbt/focus-tracker';
import { HEARTBEAT_MS, createHeartbeat } from '../../../renderer/src/cbt/heartbeat';
import { manualTimers } from './manual-timers';

const CLOCK: CbtClock = { serverNow: '2026-11-21T02:00:00.000Z', deadline: '2026-11-21T03:00:00.000Z', remainingMs: 3_600_000, paused: false };

describe('focus-loss counting', () => {
  it('counts one trip away once, though blur and visibilitychange both report it', () => {
    const focus = createFocusTracker();
    focus.lost(); // blur
    focus.lost(); // visibilitychange → hidden
    focus.regained(); // visible
    focus.regained(); // focus
    focus.lost();
    expect(focus.take()).toBe(2);
    expect(focus.take()).toBe(0);
  });

  it('counts again what a failed heartbeat could not report', () => {
    const focus = createFocusTracker();
    focus.lost();
    const taken = focus.take();
    focus.regained();
    focus.lost();
    focus.giveBack(taken);
    expect(focus.take()).toBe(2);
  });
});

/** A heartbeat whose beats the test answers one by one, on timers the test fires by hand. */
function harness() {
  const beats: { focusLost: number; answer: (reply: CbtClock | null | 'NETWORK') => Promise<void> }[] = [];
  const { timers, live, setTimer, clearTimer } = manualTimers();
  const clocks: CbtClock[] = [];
  const events: string[] = [];
  const focus = createFocusTracker();
  const heartbeat = createHeartbeat({
    beat: (focusLost) =>
      new Promise((resolve, reject) => {
        beats.push({
          focusLost,
          answer: async (reply) => {
            if (reply === 'NETWORK') reject(new Error('NETWORK'));
            else resolve(reply);
            await new Promise((r) => setTimeout(r, 0));
          },
        });
      }),
    focus,
    onClock: (clock) => clocks.push(clock),
    onGone: () => events.push('gone'),
    onReachable: () => events.push('reachable'),
    setTimer,
    clearTimer,
  });
  const fire = () => {
    const [timer] = live();
    if (!timer) throw new Error('no timer');
    timer.cleared = true;
    timer.run();
  };
  return { heartbeat, focus, beats, timers, live, fire, clocks, events };
}

describe('heartbeat', () => {
  it('beats at once, then every 10 s after the last one settled, carrying the focus losses and bringing the clock', async () => {
    const h = harness();
    h.focus.lost();
    h.heartbeat.start();
    expect(h.beats.map((b) => b.focusLost)).toEqual([1]);
    expect(h.live()).toHaveLength(0); // nothing scheduled while a beat is out: no pile-up on a slow link
    await h.beats[0].answer(CLOCK);
    expect(h.clocks).toEqual([CLOCK]);
    expect(h.events).toEqual(['reachable']);
    expect(h.live().map((t) => t.ms)).toEqual([HEARTBEAT_MS]);
    h.fire();
    expect(h.beats.map((b) => b.focusLost)).toEqual([1, 0]);
  });

  it('keeps beating through a cut link and reports the focus losses once it is back', async () => {
    const h = harness();
    h.focus.lost();
    h.heartbeat.start();
    await h.beats[0].answer('NETWORK');
    expect(h.events).toEqual([]);
    expect(h.live().map((t) => t.ms)).toEqual([HEARTBEAT_MS]);
    h.focus.regained();
    h.focus.lost();
    h.fire();
    await h.beats[1].answer(CLOCK);
    // The loss the failed beat carried comes again with the next one: the board gets every one.
    expect(h.beats.map((b) => b.focusLost)).toEqual([1, 2]);
    expect(h.events).toEqual(['reachable']);
  });

  it('says when the core has no running clock any more', async () => {
    const h = harness();
    h.heartbeat.start();
    await h.beats[0].answer(null);
    expect(h.events).toEqual(['reachable', 'gone']);
  });

  it('beats now on request (the link came back) and does not double up with one in flight', async () => {
    const h = harness();
    h.heartbeat.start();
    await h.beats[0].answer(CLOCK);
    h.heartbeat.beatNow();
    expect(h.beats).toHaveLength(2);
    expect(h.live()).toHaveLength(0); // the interval restarts after this beat
    h.heartbeat.beatNow(); // in flight: one more follows it, not two at once
    expect(h.beats).toHaveLength(2);
    await h.beats[1].answer(CLOCK);
    expect(h.beats).toHaveLength(3);
  });

  it('stops for good', async () => {
    const h = harness();
    h.heartbeat.start();
    await h.beats[0].answer(CLOCK);
    h.heartbeat.stop();
    expect(h.live()).toHaveLength(0);
    h.heartbeat.beatNow();
    expect(h.beats).toHaveLength(1);
  });
});
