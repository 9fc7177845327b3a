import { afterEach, describe, expect, it } from 'vitest';
import { initialMode, isLabPc, rememberMode } from '../../../../renderer/src/screens/sign-in/sign-in-mode';

const at = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return { protocol, hostname };
};

afterEach(() => localStorage.clear());

describe('the sign-in tab a computer opens on', () => {
  it('is the candidate tab on a lab PC, which reaches the room server over the LAN', () => {
    expect(isLabPc(at('http://192.168.1.10:4321/'))).toBe(true);
    expect(isLabPc(at('http://ruang-uji.lan:4321/'))).toBe(true);
    expect(isLabPc(at('http://127.0.0.1:4321/'))).toBe(false);
    expect(isLabPc(at('http://localhost:4321/'))).toBe(false);
    expect(isLabPc(at('http://[::1]:4321/'))).toBe(false);
    expect(isLabPc(at('app://ruang-uji/'))).toBe(false);
    // Even right after a proctor used the lab PC.
    rememberMode('staff', localStorage);
    expect(initialMode(at('http://192.168.1.10:4321/'), localStorage)).toBe('candidate');
  });

  it('is the tab last used on the station, staff when nothing was used yet', () => {
    const station = at('http://127.0.0.1:4321/');
    expect(initialMode(station, localStorage)).toBe('staff');
    rememberMode('candidate', localStorage);
    expect(initialMode(station, localStorage)).toBe('candidate');
    rememberMode('staff', localStorage);
    expect(initialMode(station, localStorage)).toBe('staff');
    expect(initialMode(station, null)).toBe('staff');
  });
});
