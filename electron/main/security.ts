import type { Session, WebContents } from 'electron';
import { isSameOrigin } from './app-origin';

/**
 * Everything the app shows is its own: a link or redirect elsewhere, a popup, a <webview> or a
 * permission prompt would be a way out of the exam, so each is refused.
 */
export function hardenWebContents(contents: WebContents, origin: string): void {
  const stayHome = (event: { url: string; preventDefault: () => void }) => {
    if (!isSameOrigin(event.url, origin)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
