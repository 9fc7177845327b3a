import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorText } from '../../../electron/shared/i18n/error-text';
import { CANDIDATE_SPEC } from '../../bench/support/xlsx-candidates';
import { collect, refusal, sheetFile, tempDir, writeZip, zipParts } from './files';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const NIK = '3273011708950001';
const at = (name: string) => path.join(dir, name);

/** An OLE compound file's signature and the UTF-16 stream names its directory would hold. */
function oleFile(name: string, streams: string[]): string {
  const body = Buffer.concat([
    Buffer.from('d0cf11e0a1b11ae1', 'hex'),
    crypto.randomBytes(3000),
    ...streams.map((s) => Buffer.from(s, 'utf16le')),
    crypto.randomBytes(500),
  ]);
  fs.writeFileSync(at(name), body);
  return at(name);
}

/** A real workbook with its parts changed and others added, packed again. */
async function alteredWorkbook(name: string, change: (part: string, data: Buffer) => Buffer, extra: { name: string; data: Buffer; compress?: boolean }[] = []) {
  const source = await sheetFile(dir, `source-${name}`, [['Nama', 'NIK'], ['Siti', NIK]]);
  const parts = (await zipParts(source)).map((p) => ({ name: p.name, data: change(p.name, p.data) }));
  return writeZip(at(name), [...parts, ...extra]);
}

describe('spreadsheet file guard', () => {
  it('knows a file by its bytes, not its name', async () => {
    const renamed = at('daftar.csv');
    fs.copyFileSync(await sheetFile(dir, 'real.xlsx', [['Nama', 'NIK'], ['Siti', NIK]]), renamed);
    expect((await refusal(renamed, CANDIDATE_SPEC, { maxRows: 0 })).code).toBe('SHEET_TOO_MANY_ROWS');
    fs.writeFileSync(at('random.xlsx'), crypto.randomBytes(4096));
    expect((await refusal(at('random.xlsx'), CANDIDATE_SPEC)).code).toBe('SHEET_NOT_SPREADSHEET');
    fs.writeFileSync(at('picture.xlsx'), Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), crypto.randomBytes(100)]));
    expect((await refusal(at('picture.xlsx'), CANDIDATE_SPEC)).code).toBe('SHEET_NOT_SPREADSHEET');
  });

  it('refuses an empty file', async () => {
    fs.writeFileSync(at('empty.xlsx'), '');
    expect((await refusal(at('empty.xlsx'), CANDIDATE_SPEC)).code).toBe('SHEET_EMPTY');
  });

  it('tells a legacy .xls from a password-protected workbook, both OLE files', async () => {
    expect((await refusal(oleFile('old.xls', ['Root Entry', 'Workbook', 'SummaryInformation']), CANDIDATE_SPEC)).code).toBe('SHEET_LEGACY_XLS');
    expect((await refusal(oleFile('secret.xlsx', ['Root Entry', 'EncryptionInfo', 'EncryptedPackage']), CANDIDATE_SPEC)).code).toBe('SHEET_ENCRYPTED');
    expect((await refusal(oleFile('letter.doc', ['Root Entry', 'WordDocument']), CANDIDATE_SPEC)).code).toBe('SHEET_NOT_SPREADSHEET');
  });

  it('refuses a zip that is not a workbook (a .docx, an .ods)', async () => {
    await writeZip(at('doc.xlsx'), [
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ]);
    expect((await refusal(at('doc.xlsx'), CANDIDATE_SPEC)).code).toBe('SHEET_NOT_SPREADSHEET');
  });

  it('refuses a part that unpacks beyond the ratio cap (zip bomb)', async () => {
    const file = await alteredWorkbook('bomb-ratio.xlsx', (_, data) => data, [{ name: 'xl/media/zeros.bin', data: Buffer.alloc(8 * 1024 * 1024) }]);
    expect(fs.statSync(file).size).toBeLessThan(100 * 1024);
    const error = await refusal(file, CANDIDATE_SPEC);
    expect(error.code).toBe('SHEET_ZIP_BOMB');
    expect(error.params).toEqual({ part: 'xl/media/zeros.bin', ratio: 100 });
    expect(errorText(error.toApiError(), 'en')).toContain('xl/media/zeros.bin unpacks to more than 100 times');
  });

  it('refuses parts that unpack beyond the total cap, and says the cap', async () => {
    // Each part below the size from which the ratio is checked, together above the total cap.
    const part = (n: number) => ({ name: `xl/media/image${n}.bin`, data: Buffer.alloc(400 * 1024) });
    const file = await alteredWorkbook('bomb-total.xlsx', (_, data) => data, [part(1), part(2), part(3)]);
    expect(fs.statSync(file).size).toBeLessThan(64 * 1024);
    const error = await refusal(file, CANDIDATE_SPEC, { maxBytes: 1024 * 1024 });
    expect(error.code).toBe('SHEET_TOO_LARGE');
    expect(error.params).toEqual({ megabytes: 1 });
    expect(errorText(error.toApiError(), 'id')).toContain('paling banyak memuat 1 MB');
    expect(errorText(error.toApiError(), 'en')).toContain('at most 1 MB');
    expect((await refusal(file, CANDIDATE_SPEC, { maxRows: 0 })).code).toBe('SHEET_TOO_MANY_ROWS'); // within the default caps
    const big = at('big.csv');
    fs.writeFileSync(big, `Nama,NIK\n${'Siti,3273011708950001\n'.repeat(60_000)}`);
    expect((await refusal(big, CANDIDATE_SPEC, { maxBytes: 1024 * 1024 })).params).toEqual({ megabytes: 1 }); // the file itself
  });

  it('refuses a zip of too many parts, and says the cap', async () => {
    const extra = Array.from({ length: 20 }, (_, i) => ({ name: `xl/media/p${i}.txt`, data: Buffer.from('x') }));
    const error = await refusal(await alteredWorkbook('parts.xlsx', (_, d) => d, extra), CANDIDATE_SPEC, { maxParts: 20 });
    expect(error.code).toBe('SHEET_TOO_MANY_PARTS');
    expect(error.params).toEqual({ cap: 20 });
    expect(errorText(error.toApiError(), 'en')).toContain('more than 20 internal parts');
  });

  it('refuses XML parts that declare a DOCTYPE or entities (entity bomb, external entities)', async () => {
    const doctype = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n';
    const bomb = await alteredWorkbook('entities.xlsx', (part, data) =>
      part === 'xl/worksheets/sheet1.xml' ? Buffer.from(data.toString('utf8').replace(/^<\?xml[^>]*\?>\s*/, doctype)) : data,
    );
    const error = await refusal(bomb, CANDIDATE_SPEC);
    expect(error.code).toBe('SHEET_ENTITIES');
    expect(error.params).toEqual({ part: 'xl/worksheets/sheet1.xml' });
    const external = await alteredWorkbook('external.xlsx', (part, data) =>
      part === 'xl/sharedStrings.xml' ? Buffer.from(data.toString('utf8').replace(/^<\?xml[^>]*\?>\s*/, '<?xml version="1.0"?><!doctype x SYSTEM "file:///etc/passwd">')) : data,
    );
    expect((await refusal(external, CANDIDATE_SPEC)).code).toBe('SHEET_ENTITIES');
  });

  it('refuses an entry the central directory does not list, which a front-to-back reader would still see', async () => {
    const source = await sheetFile(dir, 'hidden-source.xlsx', [['Nama', 'NIK'], ['Siti', NIK]]);
    const parts = (await zipParts(source)).map((p) => ({ ...p, compress: false }));
    const file = await writeZip(at('hidden.xlsx'), [...parts, { name: 'xl/media/hidden.bin', data: Buffer.from('tersembunyi'), compress: false }]);
    expect((await collect(file, CANDIDATE_SPEC)).map((r) => r.values.name)).toEqual(['Siti']);
    // Drop the last entry from the central directory: its local header and data stay in the file.
    const bytes = fs.readFileSync(file);
    const end = bytes.length - 22;
    const directory = bytes.readUInt32LE(end + 16);
    const count = bytes.readUInt16LE(end + 10);
    let cursor = directory;
    for (let i = 0; i < count - 1; i++) cursor += 46 + bytes.readUInt16LE(cursor + 28) + bytes.readUInt16LE(cursor + 30) + bytes.readUInt16LE(cursor + 32);
    expect(bytes.readUInt32LE(cursor + 42)).toBeLessThan(directory); // the dropped entry's local header
    const kept = Buffer.concat([bytes.subarray(0, cursor), bytes.subarray(end)]);
    const eocd = kept.length - 22;
    kept.writeUInt16LE(count - 1, eocd + 8);
    kept.writeUInt16LE(count - 1, eocd + 10);
    kept.writeUInt32LE(cursor - directory, eocd + 12);
    fs.writeFileSync(file, kept);
    expect((await refusal(file, CANDIDATE_SPEC)).code).toBe('SHEET_DAMAGED');
  });

  it('unpacks no part beyond the size the central directory declares for it', async () => {
    // The sheet padded with a 2 MB comment that does not compress, then declared as 1,000 bytes: under the
    // ratio floor, so the directory's figures pass, and only unpacking finds the lie out.
    const sheet = 'xl/worksheets/sheet1.xml';
    const noise = crypto.randomBytes(1536 * 1024).toString('base64');
    const padded = (part: string, data: Buffer) => (part === sheet ? Buffer.from(data.toString('utf8').replace('</worksheet>', `<!-- ${noise} --></worksheet>`)) : data);
    const file = await alteredWorkbook('lying.xlsx', padded);
    expect((await collect(file, CANDIDATE_SPEC)).map((r) => r.values.name)).toEqual(['Siti']); // padded, but true
    const bytes = fs.readFileSync(file);
    const name = Buffer.from(sheet);
    let record = bytes.readUInt32LE(bytes.length - 22 + 16);
    while (!bytes.subarray(record + 46, record + 46 + bytes.readUInt16LE(record + 28)).equals(name)) {
      record += 46 + bytes.readUInt16LE(record + 28) + bytes.readUInt16LE(record + 30) + bytes.readUInt16LE(record + 32);
    }
    expect(bytes.readUInt32LE(record + 24)).toBeGreaterThan(2 * 1024 * 1024);
    bytes.writeUInt32LE(1000, record + 24);
    const local = bytes.readUInt32LE(record + 42);
    if (bytes.readUInt32LE(local + 22) !== 0) bytes.writeUInt32LE(1000, local + 22);
    fs.writeFileSync(file, bytes);
    // yauzl stops unpacking as soon as the part passes its declared size.
    expect((await refusal(file, CANDIDATE_SPEC)).code).toBe('SHEET_DAMAGED');
  });

  it('refuses a workbook whose sheet is not well-formed XML as damaged', async () => {
    const broken = await alteredWorkbook('broken.xlsx', (part, data) =>
      part === 'xl/worksheets/sheet1.xml' ? Buffer.from(data.toString('utf8').replace('</sheetData>', '<row r="9"><c r="A9"><v>1</c></sheetData>')) : data,
    );
    expect((await refusal(broken, CANDIDATE_SPEC)).code).toBe('SHEET_DAMAGED');
  });

  it('refuses a workbook whose text cells point into a shared strings part it does not have', async () => {
    const file = await alteredWorkbook('no-strings.xlsx', (_, data) => data);
    const parts = (await zipParts(file)).filter((p) => p.name !== 'xl/sharedStrings.xml');
    await writeZip(at('no-strings.xlsx'), parts);
    expect((await refusal(at('no-strings.xlsx'), CANDIDATE_SPEC)).code).toBe('SHEET_DAMAGED');
  });

  it('refuses a truncated workbook as damaged', async () => {
    const source = await sheetFile(dir, 'whole.xlsx', [['Nama', 'NIK'], ['Siti', NIK]]);
    const bytes = fs.readFileSync(source);
    fs.writeFileSync(at('cut.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect((await refusal(at('cut.xlsx'), CANDIDATE_SPEC)).code).toBe('SHEET_DAMAGED');
  });
});
