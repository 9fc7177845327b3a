import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { signInAs, tempCore } from '../support/core';
import { post, tempServer } from '../support/http';

async function result<T>(res: { status: number; body: string }): Promise<T> {
  expect(res.status, res.body).toBe(200);
  return (JSON.parse(res.body) as { result: T }).result;
}

describe('registry spreadsheets over the room server', () => {
  it('uploads a candidate list for preview and apply, and downloads the template and the refused rows as .xlsx', async () => {
    const core = await tempCore();
    const server = await tempServer({ core });
    const admin = await signInAs(core, 'admin');
    const auth = { authorization: `Bearer ${admin}` };

    const template = await result<{ fileName: string }>(await post(server, 'registryImport/template', { kind: 'candidates' }, admin));
    const dl = await fetch(new URL(`/files/exports/${template.fileName}`, server.url), { headers: auth });
    expect(dl.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await dl.arrayBuffer());
    // Fill the downloaded template as a user would, and send it back.
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (values: Record<string, string>) => header.map((h) => values[String(h)] ?? null);
    sheet.addRow(row({ 'Nama Lengkap': 'Siti Rahma', NIK: '3273015708950001', 'Tanggal Lahir': '17/08/1995' }));
    sheet.addRow(row({ 'Nama Lengkap': 'Tanpa NIK' }));
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    const up = await fetch(new URL('/files/upload', server.url), { method: 'POST', headers: { ...auth, 'content-type': 'application/octet-stream' }, body });
    const { uploadId } = ((await up.json()) as { result: { uploadId: string } }).result;

    const preview = await result<{ importId: string; counts: Record<string, number> }>(await post(server, 'registryImport/preview', { kind: 'candidates', uploadId }, admin));
    expect(preview.counts).toEqual({ add: 1, update: 0, unchanged: 0, refused: 1 });
    expect(await result(await post(server, 'registryImport/apply', { importId: preview.importId }, admin))).toEqual({ added: 1, updated: 0, unchanged: 0, refused: 1 });
    const refused = await result<{ fileName: string }>(await post(server, 'registryImport/refusedRows', { importId: preview.importId }, admin));
    expect(refused.fileName).toMatch(/\.xlsx$/);
    const file = await fetch(new URL(`/files/exports/${refused.fileName}`, server.url), { headers: auth });
    expect([file.status, file.headers.get('content-disposition')]).toEqual([200, `attachment; filename="${refused.fileName}"`]);
  });
});
