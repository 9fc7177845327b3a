import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsealKeyMaterial } from '../../../electron/core/keys/installation';
import { call, demo, signInAs, tempDir } from '../../support/core';
import { exportSessionBundle, lspCore, tukStation, upload } from '../../support/bundles';
import { ROOT } from '../../support/source-files';

const AGE = process.env.AGE_PATH ?? '/usr/bin/age';
const TTY = path.join(ROOT, 'test', 'support', 'age-tty.py');

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} → ${r.status}\n${r.stderr}`);
  return r.stdout;
}

const withPassphrase = (passphrase: string, args: string[]) => run('python3', [TTY, passphrase, AGE, ...args]);
const tarList = (file: string) => run('tar', ['-tf', file]).trim().split('\n');

describe('interoperability with the age command-line tool', () => {
  it('age -d opens a passphrase bundle; the plaintext is a tar with the manifest first', async () => {
    expect(fs.existsSync(AGE), `${AGE} missing: apt-get install age`).toBe(true);
    const lsp = await lspCore();
    const bundle = await exportSessionBundle(lsp);
    const plain = path.join(tempDir(), 'plain.tar');
    withPassphrase(bundle.generatedPassphrase ?? '', ['-d', '-o', plain, bundle.filePath]);
    const names = tarList(plain);
    expect(names.slice(0, 2)).toEqual(['manifest.json', 'manifest.sig']);
    expect(names).toContain('data/candidate.ndjson');
    const manifest = JSON.parse(run('tar', ['-xOf', plain, 'manifest.json']));
    expect(manifest).toMatchObject({ format: 'ruang-uji-bundle', formatVersion: 1, kind: 'session', bundleId: bundle.bundleId });
    const candidates = run('tar', ['-xOf', plain, 'data/candidate.ndjson']).trim().split('\n').map((l) => JSON.parse(l).participant_no);
    expect(candidates.sort()).toEqual(demo.people.candidates.map((c) => c.participantNo).sort());
  });

  it('age -d -i opens a bundle made for an installation key; an archive re-encrypted by age imports', async () => {
    const lsp = await lspCore();
    const tuk = await tukStation();
    const proctor = await signInAs(tuk, 'proctor');
    const keys = await call(tuk, 'keys/status', {}, proctor);
    const bundle = await exportSessionBundle(lsp, { recipients: [keys.ageRecipient] });
    const dir = tempDir();
    const identity = path.join(dir, 'tuk.key');
    fs.writeFileSync(identity, unsealKeyMaterial(tuk.db, tuk.context.vault).ageIdentity + '\n', { mode: 0o600 });
    const plain = path.join(dir, 'plain.tar');
    run(AGE, ['-d', '-i', identity, '-o', plain, bundle.filePath]);
    expect(tarList(plain)[0]).toBe('manifest.json');

    // Encrypted by the age tool (to the key, and separately to a passphrase): our reader takes both.
    const byKey = path.join(dir, 'by-age-key.uji');
    run(AGE, ['-r', keys.ageRecipient, '-o', byKey, plain]);
    const preview = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, byKey), expectKind: 'session' }, proctor);
    expect(preview.bundleId).toBe(bundle.bundleId);
    const byPassphrase = path.join(dir, 'by-age-passphrase.uji');
    withPassphrase('kunci-rahasia-dari-age-cli-2026', ['-p', '-o', byPassphrase, plain]);
    const preview2 = await call(tuk, 'bundles/preview', { uploadId: upload(tuk, byPassphrase), passphrase: 'kunci-rahasia-dari-age-cli-2026', expectKind: 'session' }, proctor);
    await call(tuk, 'bundles/apply', { importId: preview2.importId, confirmSigner: preview2.signer.fingerprint }, proctor);
    expect(tuk.db.prepare('SELECT count(*) FROM candidate').pluck().get()).toBe(demo.people.candidates.length);
  });
});
