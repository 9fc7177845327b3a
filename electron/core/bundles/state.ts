import type { Pending } from './import';

/** In-memory state of transfers in progress: cancellable operations and previewed imports. */
export type BundleState = {
  operations: Map<string, AbortController>;
  pending: Map<string, Pending & { accountId: string }>;
  /** age scrypt work factor; tests lower it. */
  scryptLogN?: number;
};

export function newBundleState(scryptLogN?: number): BundleState {
  return { operations: new Map(), pending: new Map(), scryptLogN };
}
