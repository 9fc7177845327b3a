import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { asElectron, electron, FakeBrowserWindow, resetElectron, type FakeWebContents } from './fake-electron';
import { APP_ORIGIN } from '../../electron/main/app-origin';
import { mainWindowSenderCheck } from '../../electron/main/ipc';
import { pdfFileName, registerPrint } from '../../electron/main/print';
import { PRINT_PDF_CHANNEL } from '../../electron/shared/ipc';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const PDF = Buffer.from('%PDF-1.7 a print view');

function printable(win: FakeBrowserWindow) {
  const contents = win.webContents as FakeWebContents & { printToPDF: ReturnType<typeof vi.fn> };
  contents.printToPDF = vi.fn(async () => PDF);
  return contents;
}

function handler() {
  const h = electron.fake.ipcHandlers.get(PRINT_PDF_CHANNEL);
  if (!h) throw new Error('no print handler');
  return h;
}

describe('PDF export of the print views (webContents.printToPDF)', () => {
  let win: FakeBrowserWindow;
  let written: [string, Uint8Array][];
  let dispose: () => void;

  beforeEach(() => {
    resetElectron();
    win = new FakeBrowserWindow({});
    written = [];
    dispose = registerPrint({
      isTrustedSender: mainWindowSenderCheck(() => asElectron<BrowserWindow>(win), APP_ORIGIN),
      writeFile: async (path, data) => {
        written.push([path, data]);
      },
    });
  });
  afterEach(() => dispose());

  it('renders the page at A4 with the print stylesheet and saves it where the user chooses', async () => {
    const contents = printable(win);
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/asesor/ak05.pdf' });
    const reply = await handler()({ sender: contents, senderFrame: contents.mainFrame }, 'ak05-sesi 1/../x');
    expect(reply).toEqual({ ok: true, result: { path: '/home/asesor/ak05.pdf' } });
    expect(contents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'ak05-sesi-1-..-x.pdf' }));
    expect(written).toEqual([['/home/asesor/ak05.pdf', PDF]]);
  });

  it('writes nothing when the user cancels', async () => {
    const contents = printable(win);
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true });
    expect(await handler()({ sender: contents, senderFrame: contents.mainFrame }, 'ia06')).toEqual({ ok: true, result: { path: null } });
    expect(written).toEqual([]);
  });

  it('refuses any page but the main window’s own', async () => {
    const other = printable(new FakeBrowserWindow({}));
    const reply = await handler()({ sender: other, senderFrame: other.mainFrame }, 'ak02');
    expect(reply).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(other.printToPDF).not.toHaveBeenCalled();
  });

  it('names files safely', () => {
    expect(pdfFileName('ak02-abc')).toBe('ak02-abc.pdf');
    expect(pdfFileName('../../etc/passwd')).toBe('..-..-etc-passwd.pdf');
    expect(pdfFileName(42)).toBe('ruang-uji.pdf');
  });

  it('removes its handler when disposed', () => {
    dispose();
    expect(electron.fake.ipcHandlers.has(PRINT_PDF_CHANNEL)).toBe(false);
    dispose = () => {};
  });
});
