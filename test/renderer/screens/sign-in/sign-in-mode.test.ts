import { afterEach, describe, expect, it } from 'vitest';
import { initialMode, isLabPc, markCandidatePc, rememberMode } from '../../../../renderer/src/screens/sign-in/sign-in-mode';

const at = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return { protocol, hostname };
};

afterEach(() => localStorage.clear());

describe('the sign-in tab a computer opens on', () => {
  it('tells a computer on the LAN from the station', () => {
    expect(isLabPc(at('http://192.168.1.10:4321/'))).toBe(true);
    expect(isLabPc(at('http://ruang-uji.lan:4321/'))).toBe(true);
    expect(isLabPc(at('http://127.0.0.1:4321/'))).toBe(false);
    expect(isLabPc(at('http://localhost:4321/'))).toBe(false);
    expect(isLabPc(at('http://[::1]:4321/'))).toBe(false);
    expect(isLabPc(at('app://ruang-uji/'))).toBe(false);
  });

  it('is the candidate tab on a lab PC, also after a proctor signed in and out there', () => {
    const lab = at('http://192.168.1.10:4321/');
    expect(initialMode(lab, localStorage)).toBe('candidate');
    markCandidatePc(localStorage);
    rememberMode('staff', localStorage);
    expect(initialMode(lab, localStorage)).toBe('candidate');
  });

  it('is the staff tab on an assessor’s laptop on the LAN once it signed in as staff', () => {
    const laptop = at('http://192.168.1.23:4321/');
    rememberMode('staff', localStorage);
    expect(initialMode(laptop, localStorage)).toBe('staff');
  });

  it('is the staff tab again on a staff member’s own browser where a candidate once signed in, from their second sign-in on', () => {
    const laptop = at('http://192.168.1.23:4321/');
    // A candidate once sat at the assessor's laptop (a spare PC on the exam day).
    markCandidatePc(localStorage);
    expect(initialMode(laptop, localStorage)).toBe('candidate');
    // One staff sign-in may be a proctor helping at a lab PC: it stays a lab PC.
    rememberMode('staff', localStorage);
    expect(initialMode(laptop, localStorage)).toBe('candidate');
    // A second one with no candidate between: this is a staff PC, and keeps opening on the staff tab.
    rememberMode('staff', localStorage);
    expect(initialMode(laptop, localStorage)).toBe('staff');
    rememberMode('staff', localStorage);
    expect(initialMode(laptop, localStorage)).toBe('staff');
    // A candidate sitting here again makes it a lab PC again.
    markCandidatePc(localStorage);
    expect(initialMode(laptop, localStorage)).toBe('candidate');
  });

  it('keeps a lab PC on the candidate tab when a proctor helps there between candidates, time after time', () => {
    const lab = at('http://192.168.1.11:4321/');
    for (let i = 0; i < 3; i++) {
      markCandidatePc(localStorage);
      rememberMode('staff', localStorage);
      expect(initialMode(lab, localStorage)).toBe('candidate');
    }
  });

  it('is the FR.APL.02 tab again on a computer last used to fill FR.APL.02, on the LAN and on the station', () => {
    // Signed out or timed out, the candidate was sent to the staff tab (station) or the exam tab (LAN).
    for (const url of ['http://192.168.1.40:4321/', 'http://127.0.0.1:4321/']) {
      rememberMode('apl', localStorage);
      expect(initialMode(at(url), localStorage)).toBe('apl');
    }
    markCandidatePc(localStorage);
    rememberMode('apl', localStorage);
    expect(initialMode(at('http://192.168.1.40:4321/'), localStorage)).toBe('candidate');
  });

  it('is the tab last used on the station, staff when nothing was used yet', () => {
    const station = at('http://127.0.0.1:4321/');
    expect(initialMode(station, localStorage)).toBe('staff');
    markCandidatePc(localStorage);
    expect(initialMode(station, localStorage)).toBe('candidate');
    rememberMode('staff', localStorage);
    expect(initialMode(station, localStorage)).toBe('staff');
    expect(initialMode(station, null)).toBe('staff');
  });
});
