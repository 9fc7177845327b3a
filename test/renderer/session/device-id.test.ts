import { afterEach, describe, expect, it, vi } from 'vitest';
import { deviceId } from '../../../renderer/src/session/device-id';

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe("a lab PC's device id", () => {
  it('is made and kept on a page served over plain http on the LAN, where crypto.randomUUID does not exist', () => {
    // What Chromium gives http://192.168.x.x: no randomUUID outside a secure context, getRandomValues still there.
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: <T extends ArrayBufferView>(array: T) => real.getRandomValues(array) });
    const id = deviceId(localStorage);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(localStorage.getItem('ruang-uji.device')).toBe(id);
    expect(deviceId(localStorage)).toBe(id);
    expect(deviceId(null)).not.toBe(id);
  });
});
