import type { Reply } from './errors';

/**
 * The Electron bridge between preload and main. It lives in shared so main, the preload (bundled,
 * so importing it costs nothing at run time) and the renderer agree on one definition.
 */
export const INVOKE_CHANNEL = 'ruang-uji:invoke';
export const SUBSCRIBE_CHANNEL = 'ruang-uji:subscribe';
export const UNSUBSCRIBE_CHANNEL = 'ruang-uji:unsubscribe';
export const EVENT_CHANNEL = 'ruang-uji:event';
/** The shell renders the current page to an A4 PDF (print views) and asks where to save it. */
export const PRINT_PDF_CHANNEL = 'ruang-uji:print-pdf';

export type BridgeMessage = { event: string; payload: unknown };
export type BridgeListener = (message: BridgeMessage) => void;

/** What main sends on EVENT_CHANNEL: one core event, tagged with the subscription it belongs to. */
export type EventEnvelope = { subscriptionId: string; message: BridgeMessage };

/** What the preload exposes as `window.api`; generic, so adding a contract method never changes it. */
export type RuangUjiApi = {
  invoke: (method: string, args: unknown, token: string | null) => Promise<Reply<unknown>>;
  subscribe: (token: string, listener: BridgeListener) => () => void;
  /** Electron only: the page as a PDF, saved where the user says; `path` is null when they cancel. */
  printToPdf?: (name: string) => Promise<Reply<{ path: string | null }>>;
};
