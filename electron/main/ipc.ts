import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { errorReply, type Reply } from '../shared/errors';
import { INVOKE_CHANNEL, SUBSCRIBE_CHANNEL, UNSUBSCRIBE_CHANNEL } from '../shared/ipc';
import { isSameOrigin } from './app-origin';
import type { CoreLink } from './core-link';
import { createSubscriptions, type Subscriptions } from './subscriptions';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/** Only the main window's top frame, showing the app's own origin, may call the core. */
export function mainWindowSenderCheck(getWindow: () => BrowserWindow | null, origin: string): SenderCheck {
  return (event) => {
    const win = getWindow();
    if (!win || win.isDestroyed() || event.sender !== win.webContents) return false;
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isSameOrigin(frame.url, origin);
  };
}

export type IpcOptions = {
  core: Pick<CoreLink, 'dispatch' | 'subscribe'>;
  isTrustedSender: SenderCheck;
};

const MAX_ID_LENGTH = 64;

/**
 * The whole IPC surface: one generic invoke plus subscribe/unsubscribe, relayed to the core process.
 * Every answer is a Reply envelope, because Electron drops the properties of an Error thrown across IPC.
 */
export function registerIpc({ core, isTrustedSender }: IpcOptions): { subscriptions: Subscriptions; dispose: () => void } {
  const subscriptions = createSubscriptions(core);

  const refuse = (event: IpcMainInvokeEvent): Reply<never> | null => {
    if (isTrustedSender(event)) return null;
    console.warn(`[ruang-uji] IPC refused from ${event.senderFrame?.url ?? 'an unknown frame'}`);
    return badRequest('untrusted sender');
  };

  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, args: unknown, token: unknown = null): Promise<Reply<unknown>> => {
    const refused = refuse(event);
    if (refused) return refused;
    if (typeof method !== 'string') return badRequest('method must be a string');
    if (!isToken(token)) return badRequest('token must be a string or null');
    return core.dispatch(method, args, token);
  });

  ipcMain.handle(SUBSCRIBE_CHANNEL, async (event, subscriptionId: unknown, token: unknown = null): Promise<Reply<{ subscriptionId: string }>> => {
    const refused = refuse(event);
    if (refused) return refused;
    if (!isId(subscriptionId)) return badRequest('subscriptionId must be a short string');
    if (!isToken(token)) return badRequest('token must be a string or null');
    return subscriptions.subscribe(event.sender, subscriptionId, token);
  });

  ipcMain.handle(UNSUBSCRIBE_CHANNEL, (event, subscriptionId: unknown): Reply<{ unsubscribed: boolean }> => {
    const refused = refuse(event);
    if (refused) return refused;
    if (!isId(subscriptionId)) return badRequest('subscriptionId must be a short string');
    return { ok: true, result: { unsubscribed: subscriptions.unsubscribe(event.sender, subscriptionId) } };
  });

  return {
    subscriptions,
    dispose: () => {
      subscriptions.endEverything();
      for (const channel of [INVOKE_CHANNEL, SUBSCRIBE_CHANNEL, UNSUBSCRIBE_CHANNEL]) ipcMain.removeHandler(channel);
    },
  };
}

const badRequest = (details: string): Reply<never> => errorReply('BAD_REQUEST', { details });

function isToken(value: unknown): value is string | null {
  return value === null || (typeof value === 'string' && value.length <= 512);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}
