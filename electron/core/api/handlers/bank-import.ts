import fs from 'node:fs';
import { exportBank } from '../../bank-import/export';
import * as imports from '../../bank-import/service';
import { me, type CallContext, type Handlers } from '../context';
import { uploadedFile } from './bundles';

const env = (call: CallContext): imports.BankImportEnv => ({ db: call.core.db, dataDir: call.core.dataDir, now: () => call.core.clock.now() });

/** The question-bank import (issue 15): lsp_admin only by the contract, checked again in the core. */
export const bankImportHandlers = {
  'bankImport/preview': async ({ schemeId, uploadId, fileName }, call) => {
    const principal = me(call);
    const file = uploadedFile(call.core, uploadId);
    try {
      return await imports.previewBankImport(env(call), principal, schemeId, file, fileName);
    } finally {
      // The preview keeps what the reader made of it; the upload is not needed again, refused or not.
      fs.rmSync(file, { force: true });
    }
  },
  'bankImport/map': ({ importId, mapping }, call) => imports.mapBankImport(env(call), me(call), importId, mapping),
  'bankImport/apply': ({ importId, approve }, call) => imports.applyBankImport(env(call), me(call), importId, approve),
  'bankImport/discard': ({ importId }, call) => imports.discardBankImport(env(call), me(call), importId),
  'bankImport/template': ({ format, language }, call) => imports.bankTemplateFile(env(call), me(call), format, language),
  'bank/export': ({ schemeId, language }, call) => exportBank(env(call), me(call), schemeId, language),
} satisfies Partial<Handlers>;
