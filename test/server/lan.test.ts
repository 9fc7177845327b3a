import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { lanControl } from '../../electron/server/lan';
import { call, failure, signInAs, tempCore } from '../support/core';
import { freePort } from '../support/ports';

describe('opening the room to the LAN', () => {
  it('is off until the proctor opens it on one of this machine\'s addresses, and closes again', async () => {
    const core = await tempCore();
    // Loopback stands in for a LAN card here, so the test can really connect.
    const control = lanControl(core, {}, () => [{ name: 'test0', address: '127.0.0.1' }]);
    core.setRoomControl(control);
    const proctor = await signInAs(core, 'proctor');

    expect(await call(core, 'room/status', {}, proctor)).toMatchObject({ open: false, url: null, available: true });
    expect((await failure(core, 'room/open', { host: '10.9.8.7', port: 4321 }, proctor)).code).toBe('ROOM_ADDRESS_UNKNOWN');

    const port = await freePort();
    const opened = await call(core, 'room/open', { host: '127.0.0.1', port }, proctor);
    expect(opened).toMatchObject({ open: true, url: `http://127.0.0.1:${port}/`, port });
    const health = await fetch(`${opened.url}api/health`);
    expect(health.status).toBe(200);

    const closed = await call(core, 'room/close', {}, proctor);
    expect(closed.open).toBe(false);
    await expect(fetch(`${opened.url}api/health`)).rejects.toThrow();
    const actions = core.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'room.%' ORDER BY seq").pluck().all();
    expect(actions).toEqual(['room.opened', 'room.closed']);
    await control.close();
  });

  it('says when the port is taken, and only a proctor may open it', async () => {
    const core = await tempCore();
    core.setRoomControl(lanControl(core, {}, () => [{ name: 'test0', address: '127.0.0.1' }]));
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const proctor = await signInAs(core, 'proctor');
      expect(await failure(core, 'room/open', { host: '127.0.0.1', port }, proctor)).toMatchObject({
        code: 'ROOM_PORT_UNAVAILABLE',
        params: { port },
      });
      const admin = await signInAs(core, 'admin');
      expect((await failure(core, 'room/open', { host: '127.0.0.1', port }, admin)).code).toBe('FORBIDDEN');
    } finally {
      blocker.close();
    }
  });

  it('reports "not available" where no host process offers a LAN listener', async () => {
    const core = await tempCore();
    const proctor = await signInAs(core, 'proctor');
    expect((await call(core, 'room/status', {}, proctor)).available).toBe(false);
  });
});
