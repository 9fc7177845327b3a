/**
 * The IPC channels the bridge uses. A sandboxed preload may import nothing at run time but
 * 'electron', and the layering rules keep main and preload apart, so electron/main/channels.ts
 * holds the same names; a test keeps the two equal.
 */
export const INVOKE_CHANNEL = 'ruang-uji:invoke';
export const SUBSCRIBE_CHANNEL = 'ruang-uji:subscribe';
export const UNSUBSCRIBE_CHANNEL = 'ruang-uji:unsubscribe';
export const EVENT_CHANNEL = 'ruang-uji:event';

/** What main sends on EVENT_CHANNEL: one core event, tagged with the subscription it belongs to. */
export type EventEnvelope = { subscriptionId: string; message: { event: string; payload: unknown } };
