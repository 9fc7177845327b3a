import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPath as certificatePath, sweepCertificateFiles } from '../../../electron/core/certificates/files';
import { call, signInAs, tempCore, tempDir } from '../../support/core';
import { MINUTE } from '../../support/clock';
import { exported } from './support';

/** Downloads are named in the language they were asked in (the screen's), else the installation's. */
describe("a downloaded workbook's name", () => {
  it("is in the language asked for, the registry sheets (the installation's, Indonesian in the demo, when none is)", async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const names = [
      (await call(core, 'registryExport/sheet', { kind: 'candidates' }, admin)).fileName,
      (await call(core, 'registryExport/sheet', { kind: 'candidates', language: 'en' }, admin)).fileName,
      (await call(core, 'registryImport/template', { kind: 'assessors', language: 'en' }, admin)).fileName,
      (await call(core, 'registryImport/template', { kind: 'schemes', language: 'id' }, admin)).fileName,
    ];
    expect(names.map((n) => n.replace(/[0-9a-f]{8}/, 'X'))).toEqual(['asesi-ekspor-X.xlsx', 'candidates-export-X.xlsx', 'assessors-template-X.xlsx', 'skema-templat-X.xlsx']);
  });

  it('is in the language asked for, the certificate sheets', async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    expect((await call(core, 'certificates/registerSheet', {}, admin)).fileName).toMatch(/^sertifikat-register-[0-9a-f]{8}\.xlsx$/);
    expect((await call(core, 'certificates/registerSheet', { language: 'en' }, admin)).fileName).toMatch(/^certificates-register-[0-9a-f]{8}\.xlsx$/);
    const dir = tempDir();
    expect(path.basename(certificatePath(dir, 'bnsp', 'id').fileName)).toMatch(/^sertifikat-bnsp-[0-9a-f]{8}\.xlsx$/);
    expect(path.basename(certificatePath(dir, 'bnsp', 'en').fileName)).toMatch(/^certificates-bnsp-[0-9a-f]{8}\.xlsx$/);
  });

  it("still sweeps an older version's English-named leftovers an hour on (they hold personal data in plain text)", async () => {
    const core = await tempCore();
    const admin = await signInAs(core, 'admin');
    const kept = await call(core, 'registryImport/template', { kind: 'assessors' }, admin);
    const dir = path.dirname(exported(core, kept.fileName));
    const old = ['candidates-export-1a2b3c4d.xlsx', 'assessors-refused-5e6f7a8b.xlsx', 'certificates-bnsp-0a1b2c3d.xlsx'].map((n) => path.join(dir, n));
    const twoHoursAgo = new Date(fs.statSync(exported(core, kept.fileName)).mtimeMs - 2 * 60 * MINUTE);
    for (const file of old) {
      fs.writeFileSync(file, 'x');
      fs.utimesSync(file, twoHoursAgo, twoHoursAgo);
    }
    await call(core, 'registryImport/template', { kind: 'schemes' }, admin);
    expect(old.map((f) => fs.existsSync(f))).toEqual([false, false, true]);
    const fresh = certificatePath(core.dataDir, 'register', 'id').file;
    fs.writeFileSync(fresh, 'x');
    sweepCertificateFiles(fresh);
    expect(old.map((f) => fs.existsSync(f))).toEqual([false, false, false]);
  });
});
