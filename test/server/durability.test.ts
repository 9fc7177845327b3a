import { describe, expect, it } from 'vitest';
import { durabilityRun } from '../support/durability';
import { tempDir } from '../support/core';

describe('answer durability under kill -9', () => {
  it('keeps every acknowledged save through several SIGKILLs of the room server', { timeout: 120_000 }, async () => {
    const run = durabilityRun(tempDir('ru-kill-'));
    const rounds = [];
    for (const killAfterMs of [150, 400, 800, 300]) rounds.push(await run.round(killAfterMs));
    const last = await run.finish();
    // Each round checks what the previous rounds acknowledged; the first starts empty.
    expect(rounds[0].checked).toBe(0);
    expect(last.checked).toBeGreaterThan(10);
    expect([...rounds, last].map((r) => r.lost)).toEqual([0, 0, 0, 0, 0]);
  });
});
