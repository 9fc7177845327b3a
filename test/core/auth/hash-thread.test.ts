import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HashThread } from '../../../electron/core/auth/hash-thread';

const job = { password: 'ujian-2026', salt: Buffer.from('0123456789abcdef'), keyLen: 32, N: 1024, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const expected = crypto.scryptSync(job.password, job.salt, job.keyLen, { N: job.N, r: job.r, p: job.p });

describe('the hashing thread', () => {
  it('computes the same scrypt key as Node, for several asked at once', async () => {
    const thread = new HashThread();
    const keys = await Promise.all([thread.scrypt(job), thread.scrypt(job), thread.scrypt({ ...job, password: 'lain' })]);
    expect(keys[0].equals(expected)).toBe(true);
    expect(keys[1].equals(expected)).toBe(true);
    expect(keys[2].equals(expected)).toBe(false);
  });

  it("falls back to Node's thread pool when the thread dies before it ever answered, the hashes it held included", async () => {
    const thread = new HashThread('throw new Error("no thread here")');
    const keys = await Promise.all([thread.scrypt(job), thread.scrypt(job)]);
    expect(keys.every((k) => k.equals(expected))).toBe(true);
    // And for good: later hashes do not try the thread again.
    expect((await thread.scrypt(job)).equals(expected)).toBe(true);
    expect(await thread.priority()).toBeNull();
  });
});
