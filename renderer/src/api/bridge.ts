import type { Reply } from '../../../electron/shared/errors';

/** What electron/preload exposes as `window.api`; generic, so adding a method never changes it. */
export type RendererBridge = {
  invoke(method: string, args: unknown, token: string | null): Promise<Reply<unknown>>;
  subscribe(token: string, listener: (message: { event: string; payload: unknown }) => void): () => void;
};
