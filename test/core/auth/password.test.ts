import { describe, expect, it } from 'vitest';
import os from 'node:os';
import { hashPassword, hashThreadPriority, verifyPassword } from '../../../electron/core/auth/password';

describe('scrypt passwords', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('rahasia-123', { N: 1024 });
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('rahasia-123', hash)).toBe(true);
    expect(await verifyPassword('rahasia-124', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same', { N: 1024 })).not.toBe(await hashPassword('same', { N: 1024 }));
  });

  it('treats a malformed stored hash as a mismatch', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });

  it('normalises Unicode so the same visible password always matches', async () => {
    const composed = 'caf\u00e9-2026';
    const decomposed = 'cafe\u0301-2026';
    expect(await verifyPassword(decomposed, await hashPassword(composed, { N: 1024 }))).toBe(true);
  });
});

describe('hashing under a storm', () => {
  it('answers every one of many simultaneous checks correctly, however many run at once', async () => {
    const hash = await hashPassword('ujian-2026', { N: 1024 });
    const checks = await Promise.all(Array.from({ length: 40 }, (_, i) => verifyPassword(i % 4 === 0 ? 'salah' : 'ujian-2026', hash)));
    expect(checks.filter(Boolean)).toHaveLength(30);
    expect(checks.filter((ok) => !ok)).toHaveLength(10);
  });

  it('hashes on a thread of the lowest priority on Linux, leaving this thread as it was', async () => {
    const before = os.getPriority();
    await hashPassword('ujian-2026', { N: 1024 });
    const priority = await hashThreadPriority();
    if (process.platform === 'linux') expect(priority).toBe(os.constants.priority.PRIORITY_LOW);
    else expect(priority).toBeNull();
    expect(os.getPriority()).toBe(before);
  });
});
