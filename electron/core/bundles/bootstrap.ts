import type { ImportPreview, ImportResult } from '../../shared/types';
import { bundleEnv } from '../api/handlers/bundles';
import type { CoreContext } from '../api/context';
import { applyImport, discardImport, previewImport } from './import';

export type BackupImport = { preview: ImportPreview; result: ImportResult | null };

/**
 * A backup bundle brought onto a new computer (`ruang-uji bundle import --kind backup`). The target
 * must hold no account and no LSP (checked in import.ts), so no one exists who could sign in: this is
 * the one import that does not go through the contract, and its audit row names no actor. Every
 * account arrives with the bundle. `onPreview` sees the preview before anything is applied; `dryRun`
 * stops there.
 */
export async function importBackupBundle(
  core: { context: CoreContext },
  args: { file: string; passphrase?: string; confirmSigner?: string; dryRun: boolean; onPreview?: (preview: ImportPreview) => void },
): Promise<BackupImport> {
  const env = bundleEnv(core.context);
  const pending = await previewImport(env, { file: args.file, passphrase: args.passphrase, expectKind: 'backup' });
  args.onPreview?.(pending.preview);
  if (args.dryRun) {
    discardImport(pending);
    return { preview: pending.preview, result: null };
  }
  return { preview: pending.preview, result: applyImport(env, pending, null, { confirmSigner: args.confirmSigner }) };
}
