import fs from 'node:fs';
import * as imports from '../../registry-import/service';
import { me, type CallContext, type Handlers } from '../context';
import { uploadedFile } from './bundles';

const env = (call: CallContext): imports.ImportEnv => ({ db: call.core.db, dataDir: call.core.dataDir, now: () => call.core.clock.now() });

/** Spreadsheet import and export of the registry (lsp_admin only, by the contract). */
export const registryImportHandlers = {
  'registryImport/preview': async ({ kind, uploadId }, call) => {
    const principal = me(call);
    const file = uploadedFile(call.core, uploadId);
    try {
      return await imports.previewImport(env(call), principal, kind, file);
    } finally {
      // The preview keeps the parsed rows; the upload is not needed again, refused or not.
      fs.rmSync(file, { force: true });
    }
  },
  'registryImport/apply': ({ importId }, call) => imports.applyImport(env(call), me(call), importId),
  'registryImport/refusedRows': ({ importId, language }, call) => imports.refusedRowsFile(env(call), me(call), importId, language),
  'registryImport/discard': ({ importId }, call) => imports.discardImport(env(call), me(call), importId),
  'registryImport/template': ({ kind, language }, call) => imports.templateFile(env(call), me(call), kind, language),
  'registryExport/sheet': ({ kind, language }, call) => imports.exportFile(env(call), me(call), kind, language),
} satisfies Partial<Handlers>;
