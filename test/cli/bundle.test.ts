import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { demo, tempDir } from '../support/core';
import { flipByte } from '../support/bundles';

describe('ruang-uji bundle', () => {
  it('export → verify/inspect → import into a TUK station, refusing a damaged copy and an unconfirmed signer', () => {
    const dir = tempDir();
    const lsp = path.join(dir, 'lsp');
    const tuk = path.join(dir, 'tuk');
    expect(runCli(['demo', '--data', lsp]).code).toBe(0);
    expect(runCli(['demo', '--data', tuk, '--tuk-station']).stdout).toBe(`Demo TUK station created in ${tuk}\n`);

    const out = path.join(dir, 'sesi.uji');
    const exported = runCli(['bundle', 'export', '--data', lsp, '--kind', 'session', '--session', demo.people.session.code, '--generate-passphrase', '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const passphrase = /passphrase \(hand it over separately\): (\S+)/.exec(exported.stdout)?.[1] ?? '';
    const fingerprint = /signed by fingerprint ([\d ]+)\n/.exec(exported.stdout)?.[1] ?? '';
    expect(passphrase).toMatch(/^([a-z2-9]{4}-){5}[a-z2-9]{4}$/);
    const passFile = path.join(dir, 'pass.txt');
    fs.writeFileSync(passFile, passphrase + '\n');

    const verified = runCli(['bundle', 'verify', out, '--data', tuk, '--passphrase-file', passFile, '--json']);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, kind: 'session', signer: fingerprint });
    const inspected = runCli(['bundle', 'inspect', out, '--data', tuk, '--passphrase-file', passFile]);
    expect(inspected.stdout).toContain(`session:     `);
    expect(inspected.stdout).toContain(demo.people.session.code);

    const damaged = path.join(dir, 'rusak.uji');
    fs.copyFileSync(out, damaged);
    flipByte(damaged, fs.statSync(damaged).size - 100);
    const bad = runCli(['bundle', 'verify', damaged, '--data', tuk, '--passphrase-file', passFile, '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, code: 'BUNDLE_TAMPERED' });

    const unconfirmed = runCli(['bundle', 'import', out, '--data', tuk, '--kind', 'session', '--passphrase-file', passFile]);
    expect([unconfirmed.code, unconfirmed.stderr.split(':')[0]]).toEqual([1, 'BUNDLE_SIGNER_UNKNOWN']);
    const imported = runCli(['bundle', 'import', out, '--data', tuk, '--kind', 'session', '--passphrase-file', passFile, '--accept-signer', fingerprint]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('candidate: +12 ~0 =0 !0');
    expect(imported.stdout).toContain('applied, signer pinned');
    const again = runCli(['bundle', 'import', out, '--data', tuk, '--kind', 'session', '--passphrase-file', passFile]);
    expect(again.stdout).toContain('already imported');
    // Real costs here: the CLI uses age's scrypt work factor (2^18, ~1.4 s in JS) for each passphrase step.
  }, 120_000);

  it('explains its usage', () => {
    const res = runCli(['bundle', 'export', '--kind', 'parcel']);
    expect([res.code, res.stderr]).toEqual([2, 'ruang-uji bundle: --kind must be one of session, results, backup\n']);
  });
});
