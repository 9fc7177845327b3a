import crypto from 'node:crypto';

/** Random ids, so records made at different installations never collide when bundles merge. */
export function newId(): string {
  return crypto.randomUUID();
}
