import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { setupGate } from '../../electron/server/api-routes';
import { tempCore } from '../support/core';
import { post, raw, tempServer } from '../support/http';

const SETUP = {
  kind: 'lsp',
  lsp: { name: 'LSP Uji', code: 'LSP-U', licenceNo: 'L-1' },
  admin: { displayName: 'Admin', username: 'admin1', password: 'Kuat-sandi-2026' },
  language: 'id',
};

// A request from a LAN address cannot be made in a test; the gate reads the socket's remote address and the Host header.
const from = (remoteAddress: string, host = '127.0.0.1:4321') => ({ socket: { remoteAddress }, headers: { host } }) as unknown as IncomingMessage;

describe('set-up over the room server', () => {
  it('is refused from any address but loopback, before the core sees it', () => {
    for (const address of ['192.168.1.20', '10.0.0.5', '::ffff:192.168.1.20', 'fe80::1']) {
      expect(setupGate('setup/create', from(address))?.code).toBe('SETUP_LOCAL_ONLY');
      expect(setupGate('setup/status', from(address))?.code).toBe('SETUP_LOCAL_ONLY');
    }
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) expect(setupGate('setup/create', from(address))).toBeNull();
    expect(setupGate('auth/signIn', from('192.168.1.20'))).toBeNull();
  });

  it('is refused from loopback under any name but a loopback one (a page of another origin rebinding its name to 127.0.0.1)', async () => {
    for (const host of ['localhost', 'LOCALHOST:4321', '127.0.0.1', '127.1.2.3:80', '[::1]:4321']) expect(setupGate('setup/status', from('127.0.0.1', host))).toBeNull();
    for (const host of ['evil.example:4321', '192.168.1.5:4321', '127.0.0.1.evil.example', 'localhost.evil.example', '[fe80::1]:4321']) {
      expect(setupGate('setup/status', from('127.0.0.1', host))?.code).toBe('SETUP_LOCAL_ONLY');
    }

    const core = await tempCore({ demoIfEmpty: false });
    const server = await tempServer({ core });
    const rebound = { 'content-type': 'application/json', host: `evil.example:${server.port}` };
    const status = await raw(server, { method: 'POST', path: '/api/setup/status', headers: rebound, body: '{}' });
    expect([status.status, JSON.parse(status.body).error.code]).toEqual([403, 'SETUP_LOCAL_ONLY']);
    const create = await raw(server, { method: 'POST', path: '/api/setup/create', headers: rebound, body: JSON.stringify(SETUP) });
    expect([create.status, JSON.parse(create.body).error.code]).toEqual([403, 'SETUP_LOCAL_ONLY']);
    expect(JSON.parse((await post(server, 'setup/status', {})).body)).toEqual({ ok: true, result: { needed: true, kind: null } });
  });

  it('works once from 127.0.0.1 on an empty installation, then answers 409 SETUP_DONE', async () => {
    const core = await tempCore({ demoIfEmpty: false });
    const server = await tempServer({ core });
    expect(JSON.parse((await post(server, 'setup/status', {})).body)).toEqual({ ok: true, result: { needed: true, kind: null } });
    // What a browser on the LAN, refused setup/status, learns from the public app/info instead.
    expect(JSON.parse((await post(server, 'app/info', {})).body)).toMatchObject({ ok: true, result: { setUp: false } });
    const first = await post(server, 'setup/create', SETUP);
    expect(first.status).toBe(200);
    expect(JSON.parse((await post(server, 'app/info', {})).body)).toMatchObject({ ok: true, result: { setUp: true } });
    const again = await post(server, 'setup/create', { ...SETUP, admin: { ...SETUP.admin, username: 'admin2' } });
    expect(again.status).toBe(409);
    expect(JSON.parse(again.body)).toMatchObject({ ok: false, error: { code: 'SETUP_DONE' } });
  });
});
