import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { setupGate } from '../../electron/server/api-routes';
import { tempCore } from '../support/core';
import { post, tempServer } from '../support/http';

const SETUP = {
  kind: 'lsp',
  lsp: { name: 'LSP Uji', code: 'LSP-U', licenceNo: 'L-1' },
  admin: { displayName: 'Admin', username: 'admin1', password: 'Kuat-sandi-2026' },
  language: 'id',
};

// A request from a LAN address cannot be made in a test; the gate reads only the socket's remote address.
const from = (remoteAddress: string) => ({ socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('set-up over the room server', () => {
  it('is refused from any address but loopback, before the core sees it', () => {
    for (const address of ['192.168.1.20', '10.0.0.5', '::ffff:192.168.1.20', 'fe80::1']) {
      expect(setupGate('setup/create', from(address))?.code).toBe('SETUP_LOCAL_ONLY');
      expect(setupGate('setup/status', from(address))?.code).toBe('SETUP_LOCAL_ONLY');
    }
    for (const address of ['127.0.0.1', '::1', '::ffff:127.0.0.1']) expect(setupGate('setup/create', from(address))).toBeNull();
    expect(setupGate('auth/signIn', from('192.168.1.20'))).toBeNull();
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
