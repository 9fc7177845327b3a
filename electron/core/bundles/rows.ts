/**
 * Rows travel as NDJSON: one JSON object per line, column name → value. SQLite BLOBs (only in backups)
 * become {"$base64": "..."}; everything else in our schema is text, integer, real or null.
 */
export type Value = string | number | null;
export type Row = Record<string, Value>;

export function encodeRow(row: Record<string, unknown>): string {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = Buffer.isBuffer(v) ? { $base64: v.toString('base64') } : typeof v === 'bigint' ? Number(v) : v;
  }
  return JSON.stringify(out) + '\n';
}

export function decodeValue(v: unknown): Value | Buffer {
  if (v === null || typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'object' && v !== null && '$base64' in v && typeof v.$base64 === 'string') return Buffer.from(v.$base64, 'base64');
  throw new Error('unsupported value in row');
}
