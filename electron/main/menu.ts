import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * No menu on Windows and Linux: nothing to wander into during an exam, and no DevTools shortcut. macOS
 * keeps the app and Edit menus, because without an Edit menu Cmd+C / Cmd+V do nothing in text fields.
 */
export function menuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] | null {
  return platform === 'darwin' ? [{ role: 'appMenu' }, { role: 'editMenu' }] : null;
}

export function applyApplicationMenu(platform: NodeJS.Platform = process.platform): void {
  const template = menuTemplate(platform);
  Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);
}
