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

    // To the TUK's key (read with `keys show`): no passphrase, so no scrypt in every step below.
    const shown = runCli(['keys', 'show', '--data', tuk]);
    const recipient = /age public key: (age1\S+)/.exec(shown.stdout)?.[1] ?? '';
    expect(recipient).toMatch(/^age1/);
    const out = path.join(dir, 'sesi.uji');
    const exported = runCli(['bundle', 'export', '--data', lsp, '--kind', 'session', '--session', demo.people.session.code, '--recipient', recipient, '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const fingerprint = /signed by fingerprint ([\d ]+)\n/.exec(exported.stdout)?.[1] ?? '';
    expect(exported.stdout).toContain('verified (bytes)');

    const verified = runCli(['bundle', 'verify', out, '--data', tuk, '--json']);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, kind: 'session', signer: fingerprint });
    const inspected = runCli(['bundle', 'inspect', out, '--data', tuk]);
    expect(inspected.stdout).toContain(`session:     `);
    expect(inspected.stdout).toContain(demo.people.session.code);

    const damaged = path.join(dir, 'rusak.uji');
    fs.copyFileSync(out, damaged);
    flipByte(damaged, fs.statSync(damaged).size - 100);
    const bad = runCli(['bundle', 'verify', damaged, '--data', tuk, '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, code: 'BUNDLE_TAMPERED' });

    const unconfirmed = runCli(['bundle', 'import', out, '--data', tuk, '--kind', 'session']);
    expect([unconfirmed.code, unconfirmed.stderr.split(':')[0]]).toEqual([1, 'BUNDLE_SIGNER_UNKNOWN']);
    const imported = runCli(['bundle', 'import', out, '--data', tuk, '--kind', 'session', '--accept-signer', fingerprint]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('candidate: +12 ~0 =0 !0');
    expect(imported.stdout).toContain('applied, signer pinned');
    const again = runCli(['bundle', 'import', out, '--data', tuk, '--kind', 'session']);
    expect(again.stdout).toContain('already imported');
    // Ten CLI processes, each starting tsx and a core with real password hashing: slow under a loaded run.
  }, 120_000);

  it('export with a generated passphrase prints it once, for handing over separately', () => {
    const dir = tempDir();
    expect(runCli(['demo', '--data', dir]).code).toBe(0);
    const res = runCli(['bundle', 'export', '--data', dir, '--kind', 'session', '--session', demo.people.session.code, '--generate-passphrase', '--out', path.join(dir, 's.uji')]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/passphrase \(hand it over separately\): ([a-z2-9]{4}-){5}[a-z2-9]{4}\n/);
    expect(res.stdout).toContain('verified (full)');
  }, 60_000);

  it('explains its usage', () => {
    const res = runCli(['bundle', 'export', '--kind', 'parcel']);
    expect([res.code, res.stderr]).toEqual([2, 'ruang-uji bundle: --kind must be one of session, results, backup\n']);
  });
});
