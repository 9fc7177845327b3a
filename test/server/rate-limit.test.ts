import { describe, expect, it } from 'vitest';
import { ACCOUNT_SIGN_INS_PER_MINUTE, RateLimiter } from '../../electron/core/auth/rate-limit';
import { failure, staff, tempCore } from '../support/core';
import { post, raw, tempServer } from '../support/http';

const wrong = { username: staff.admin.username, password: 'salah-sandi' };

describe('sign-in rate limits', () => {
  it('per address: the room server answers 429 with a wait time once the address is over its limit', async () => {
    const core = await tempCore();
    const server = await tempServer({ core, signInsPerAddress: { perMinute: 3, includeLoopback: true } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(server, 'auth/signIn', { username: `nobody${i}`, password: 'x' })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await post(server, 'auth/signIn', { username: staff.proctor.username, password: staff.proctor.password });
    expect(JSON.parse(limited.body)).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', params: { count: expect.any(Number) } } });
    // Other methods are not limited.
    expect((await post(server, 'app/info', {})).status).toBe(200);
    // A candidate's password typed on the assessor's screen counts as a sign-in try from that address.
    const ack = await post(server, 'assessment/candidateAcknowledge', { sessionId: 'x', candidateId: 'y', password: 'z' });
    expect(ack.status).toBe(429);
  });

  it('per address: loopback is exempt by default (every local caller shares it)', async () => {
    const core = await tempCore();
    const server = await tempServer({ core, signInsPerAddress: { perMinute: 2 } });
    for (let i = 0; i < 4; i++) expect((await post(server, 'auth/signIn', { username: `nobody${i}`, password: 'x' })).status).toBe(401);
  });

  it('per address: loopback under a name of another origin (DNS rebinding) is limited like a LAN address', async () => {
    const core = await tempCore();
    const server = await tempServer({ core, signInsPerAddress: { perMinute: 2 } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const body = JSON.stringify({ username: `nobody${i}`, password: 'x' });
      const res = await raw(server, { method: 'POST', path: '/api/auth/signIn', headers: { 'content-type': 'application/json', host: `evil.example:${server.port}` }, body });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 429]);
  });

  it('per account: counted by the name typed, before the password check', async () => {
    const core = await tempCore();
    const codes: string[] = [];
    // Unknown names never lock, so the limit is what stops a loop on them.
    for (let i = 0; i <= ACCOUNT_SIGN_INS_PER_MINUTE; i++) codes.push((await failure(core, 'auth/signIn', { username: 'tidak-ada', password: 'x' })).code);
    expect(codes.at(-2)).toBe('BAD_CREDENTIALS');
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    expect((await failure(core, 'auth/signIn', wrong)).code).toBe('BAD_CREDENTIALS');
  });

  it('the window resets', () => {
    const limiter = new RateLimiter(2, 60_000);
    expect([limiter.hit('a', 0), limiter.hit('a', 1), limiter.hit('a', 2)]).toEqual([0, 0, 60]);
    expect(limiter.hit('b', 2)).toBe(0);
    expect(limiter.hit('a', 60_000)).toBe(0);
  });
});
