import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { applyBankImport, mapBankImport, previewBankImport } from '../../../electron/core/bank-import/service';
import { readBankSource } from '../../../electron/core/bank-import/sources/read';
import { exportedFile, storeUpload } from '../../../electron/core/bundles/transfers';
import { contract, METHOD_NAMES } from '../../../electron/shared/contract';
import { call, failure, signInAs } from '../../support/core';
import { importCore, textFile } from '../bank-import/support';

const METHODS = METHOD_NAMES.filter((m) => m.startsWith('bankImport/'));
const AIKEN = 'Satu?\nA. a\nB. b\nANSWER: A\n\nDua?\nA. a\nB. b\nANSWER:\n';
const UUID = '00000000-0000-4000-8000-000000000000';

describe('the bankImport methods', () => {
  it('are declared for the LSP admin alone and refuse the proctor, an assessor and a signed-out caller', async () => {
    expect(METHODS).toEqual(['bankImport/preview', 'bankImport/map', 'bankImport/apply', 'bankImport/discard', 'bankImport/template']);
    for (const m of METHODS) expect(contract[m].access, m).toEqual({ roles: ['lsp_admin'] });
    const { core, scheme, env } = await importCore();
    const args: Record<string, unknown> = {
      'bankImport/preview': { schemeId: scheme.id, uploadId: UUID, fileName: 'a.txt' },
      'bankImport/map': { importId: UUID, mapping: {} },
      'bankImport/apply': { importId: UUID, approve: true },
      'bankImport/discard': { importId: UUID },
      'bankImport/template': { format: 'xlsx' },
    };
    const tokens = { proctor: await signInAs(core, 'proctor'), assessor: await signInAs(core, 'assessor1') };
    for (const [role, token] of Object.entries(tokens)) {
      for (const m of METHODS) expect(await failure(core, m, args[m], token), `${role} ${m}`).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await failure(core, 'bankImport/template', { format: 'xlsx' })).code).toBe('UNAUTHENTICATED');
    // The core says so again, for the CLI and anything else that calls it directly.
    const proctor = core.principalFor(tokens.proctor)!;
    const file = textFile(fs.mkdtempSync(path.join(core.dataDir, 'x-')), 'a.txt', AIKEN);
    await expect(previewBankImport(env, proctor, scheme.id, file, 'a.txt')).rejects.toThrow(/FORBIDDEN/);
    expect(() => mapBankImport(env, proctor, UUID, {})).toThrow(/FORBIDDEN/);
    expect(() => applyBankImport(env, proctor, UUID, true)).toThrow(/FORBIDDEN/);
  });

  it('preview an upload (removed once read), map and apply it once', async () => {
    const { core, admin, scheme } = await importCore();
    const { uploadId } = await storeUpload(core.dataDir, Readable.from([Buffer.from(AIKEN)]));
    const preview = await call(core, 'bankImport/preview', { schemeId: scheme.id, uploadId, fileName: 'soal.txt' }, admin);
    expect(preview.counts).toMatchObject({ total: 2, add: 1, refused: 1 });
    expect(preview.refused[0]).toMatchObject({ by: 'reader', positionText: 'line 6', code: 'BANK_NO_KEY' });
    expect(fs.readdirSync(path.join(core.dataDir, 'transfers', 'uploads'))).toEqual([]);
    const unit = scheme.units[0];
    const mapped = await call(core, 'bankImport/map', { importId: preview.importId, mapping: { unitId: unit.id } }, admin);
    expect(mapped.counts).toMatchObject({ mapped: 1, approvable: 1 });
    expect((await failure(core, 'bankImport/map', { importId: preview.importId, mapping: { unitId: 'nope' } }, admin)).code).toBe('BANK_IMPORT_UNIT_UNKNOWN');
    const result = await call(core, 'bankImport/apply', { importId: preview.importId, approve: true }, admin);
    expect(result).toEqual({ added: 1, approved: 1, unchanged: 0, refused: 1, notApproved: { unmapped: 0, other: 0 } });
    expect((await failure(core, 'bankImport/apply', { importId: preview.importId, approve: true }, admin)).code).toBe('NOT_FOUND');
  });

  it('write our template as .xlsx or .docx under /files/exports, read back as a bank file', async () => {
    const { core, admin } = await importCore();
    for (const format of ['xlsx', 'docx'] as const) {
      // Named in the language asked for, as the template's text is.
      expect((await call(core, 'bankImport/template', { format, language: 'id' }, admin)).fileName).toMatch(new RegExp(`^bank-soal-templat-[0-9a-f]{8}\\.${format}$`));
      const { fileName } = await call(core, 'bankImport/template', { format, language: 'en' }, admin);
      expect(fileName).toMatch(new RegExp(`^bank-template-[0-9a-f]{8}\\.${format}$`));
      const file = exportedFile(core.dataDir, fileName);
      expect(file).not.toBeNull();
      // An empty template holds no question: read as ours, with its header found.
      await expect(readBankSource(file!, { fileName })).rejects.toThrow(/BANK_FILE_NO_QUESTIONS/);
    }
  });
});
