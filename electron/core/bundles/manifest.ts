import { z } from 'zod';
import { BUNDLE_KINDS } from '../../shared/types';
import { BundleFailure } from './failure';

export const FORMAT = 'ruang-uji-bundle';
/** Bumped on any change to the layout or the manifest; a reader refuses versions above its own. */
export const FORMAT_VERSION = 1;
export { BUNDLE_KINDS, type BundleKind } from '../../shared/types';

export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'manifest.sig';
export const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;
export const MAX_SIGNATURE_BYTES = 256;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const ref = z.object({ id: z.string().min(1).max(64), code: z.string().max(64), name: z.string().max(300) }).strict();

export const entrySchema = z
  .object({
    path: z.string().regex(/^(data\/[a-z_]+\.ndjson|attachments\/[0-9a-f]{64})$/),
    size: z.number().int().nonnegative(),
    sha256,
    /** NDJSON entries: number of lines; attachments: null. */
    rows: z.number().int().nonnegative().nullable(),
  })
  .strict();
export type ManifestEntry = z.infer<typeof entrySchema>;

export const manifestSchema = z
  .object({
    format: z.literal(FORMAT),
    formatVersion: z.literal(FORMAT_VERSION),
    bundleId: z.uuid(),
    kind: z.enum(BUNDLE_KINDS),
    createdAt: z.iso.datetime(),
    appVersion: z.string().max(40),
    source: z
      .object({
        installationId: z.string().min(1).max(64),
        label: z.string().max(300),
        signingPublic: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
        ageRecipient: z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/),
        fingerprint: z.string().regex(/^\d{5}( \d{5}){5}$/),
      })
      .strict(),
    lsp: ref.nullable(),
    tuk: ref.nullable(),
    session: ref.nullable(),
    /** results: the session bundle they answer; null otherwise. */
    basedOn: z.uuid().nullable(),
    /** results from one standalone lab PC, to be merged with the others. */
    partial: z.object({ station: z.string().min(1).max(100) }).strict().nullable(),
    counts: z.record(z.string().regex(/^[a-z_]+$/), z.number().int().nonnegative()),
    /** Archive bytes after the manifest.sig entry, end marker and padding included. */
    payloadBytes: z.number().int().nonnegative(),
    entries: z.array(entrySchema).max(1_000_000),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;

/** Version first: a newer writer may have changed anything else, and deserves its own message. */
export function parseManifest(bytes: Buffer): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'manifest is not JSON');
  }
  if (typeof raw !== 'object' || raw === null || !('format' in raw) || raw.format !== FORMAT) {
    throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'manifest format');
  }
  const version = 'formatVersion' in raw ? raw.formatVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > FORMAT_VERSION) {
    throw new BundleFailure('BUNDLE_FORMAT_TOO_NEW', `format ${version}`, { found: version, supported: FORMAT_VERSION });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', `manifest fields: ${parsed.error.issues[0]?.path.join('.')}`);
  const paths = new Set(parsed.data.entries.map((e) => e.path));
  if (paths.size !== parsed.data.entries.length) throw new BundleFailure('BUNDLE_NOT_A_BUNDLE', 'duplicate entry');
  return parsed.data;
}
