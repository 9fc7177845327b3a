import fs from 'node:fs/promises';
import { dialog, ipcMain } from 'electron';
import { errorReply, type Reply } from '../shared/errors';
import { PRINT_PDF_CHANNEL } from '../shared/ipc';
import type { SenderCheck } from './ipc';

export type PrintOptions = {
  isTrustedSender: SenderCheck;
  /** Where the PDF goes; a seam for tests. */
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
};

/** A name fit for a file: letters, digits, dots and dashes only. */
export function pdfFileName(name: unknown): string {
  const base = typeof name === 'string' ? name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) : '';
  return `${base || 'ruang-uji'}.pdf`;
}

/**
 * The print views become PDFs here: the page the user is looking at, rendered by Chromium's print
 * engine at A4 with the print stylesheet (the same engine `page.pdf()` drives in the tests), saved
 * where the user chooses. Only the main window's own page may ask.
 */
export function registerPrint({ isTrustedSender, writeFile = fs.writeFile }: PrintOptions): () => void {
  ipcMain.handle(PRINT_PDF_CHANNEL, async (event, name: unknown): Promise<Reply<{ path: string | null }>> => {
    if (!isTrustedSender(event)) return errorReply('BAD_REQUEST', { details: 'untrusted sender' });
    const pdf = await event.sender.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    const choice = await dialog.showSaveDialog({
      defaultPath: pdfFileName(name),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return { ok: true, result: { path: null } };
    await writeFile(choice.filePath, pdf);
    return { ok: true, result: { path: choice.filePath } };
  });
  return () => ipcMain.removeHandler(PRINT_PDF_CHANNEL);
}
