/**
 * In Electron the shell renders the page to PDF (webContents.printToPDF) and asks where to save it;
 * in a browser the browser's own print dialog offers "Save as PDF".
 */
export async function savePdf(name: string): Promise<void> {
  if (window.api?.printToPdf) {
    await window.api.printToPdf(name);
    return;
  }
  window.print();
}
