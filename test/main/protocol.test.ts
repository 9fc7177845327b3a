import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron, resetElectron } from './fake-electron';
import { tempDir } from '../support/core';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../electron/server/security';
import { createAppProtocolHandler, registerAppProtocol, registerAppSchemePrivileges } from '../../electron/main/protocol';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const SECRET = 'top secret answer key';

/** out/renderer beside a file the renderer must never be able to read. */
function fixture(): string {
  const base = tempDir('ru-main-');
  const root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Ruang Uji</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(base, 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(base, 'renderer-evil.txt'), SECRET);
  return root;
}

const get = (url: string, method = 'GET') => new Request(url, { method });

describe('app:// protocol', () => {
  beforeEach(resetElectron);

  it('registers app as a standard, secure scheme', () => {
    registerAppSchemePrivileges();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });

  it('handles the app scheme with the renderer folder', async () => {
    registerAppProtocol(fixture());
    const handler = electron.fake.protocolHandlers.get('app');
    const res = await handler!(get('app://ruang-uji/'));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Ruang Uji</title>');
  });

  it('serves files with the CSP and every security header of the room server', async () => {
    const handle = createAppProtocolHandler(fixture());
    for (const url of ['app://ruang-uji/', 'app://ruang-uji/index.html', 'app://ruang-uji/assets/index-abc.js', 'app://ruang-uji/missing.js']) {
      const res = await handle(get(url));
      expect(res.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), `${url} ${name}`).toBe(value);
    }
  });

  it('sends the right content types and falls back to index.html for client routes', async () => {
    const handle = createAppProtocolHandler(fixture());
    const js = await handle(get('app://ruang-uji/assets/index-abc.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    const route = await handle(get('app://ruang-uji/candidate/home'));
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await handle(get('app://ruang-uji/assets/nope.js'))).status).toBe(404);
  });

  it('refuses path traversal in every spelling', async () => {
    const handle = createAppProtocolHandler(fixture());
    const attempts = [
      'app://ruang-uji/../secret.txt',
      'app://ruang-uji/..%2fsecret.txt',
      'app://ruang-uji/%2e%2e/secret.txt',
      'app://ruang-uji/%2e%2e%2fsecret.txt',
      'app://ruang-uji/assets/..%2f..%2fsecret.txt',
      'app://ruang-uji/..%5csecret.txt',
      'app://ruang-uji/%2e%2e%5c%2e%2e%5csecret.txt',
      'app://ruang-uji/%2fsecret.txt',
      'app://ruang-uji/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      'app://ruang-uji/../renderer-evil.txt',
      'app://ruang-uji/secret.txt%00.html',
      'app://ruang-uji/%E0%A4%A',
    ];
    for (const url of attempts) {
      const res = await handle(get(url));
      expect([400, 403, 404], url).toContain(res.status);
      expect(await res.text(), url).not.toContain(SECRET);
      expect(res.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers only GET and HEAD, and only for its own host', async () => {
    const handle = createAppProtocolHandler(fixture());
    const post = await handle(get('app://ruang-uji/', 'POST'));
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await handle(get('app://ruang-uji/', 'HEAD'));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await handle(get('app://elsewhere/index.html'))).status).toBe(404);
  });

  it('says so when the renderer was never built', async () => {
    const handle = createAppProtocolHandler(path.join(tempDir('ru-main-'), 'renderer'));
    expect((await handle(get('app://ruang-uji/'))).status).toBe(503);
  });
});
