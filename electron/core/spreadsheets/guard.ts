import fs from 'node:fs';
import yauzl from 'yauzl';
import { AppError } from '../../shared/errors';
import type { SheetLimits } from './spec';

export type FileKind = { kind: 'xlsx' } | { kind: 'csv'; encoding: 'utf8' | 'latin1' };

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const EMPTY_ZIP = Buffer.from('PK\x05\x06', 'latin1');
/** The signature of an OLE compound file: legacy .xls, and OOXML once encrypted with a password. */
const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
/** Stream names in an OLE directory are UTF-16LE; an encrypted OOXML package has this one. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const BIFF_WORKBOOK = [Buffer.from('Workbook', 'utf16le'), Buffer.from('Book', 'utf16le')];
const TEXT_HEAD_BYTES = 64 * 1024;
/** How much of each XML part is searched for a DTD: it must come before the root element. */
const XML_HEAD_BYTES = 64 * 1024;
const DTD_MARKERS = ['<!doctype', '<!entity'];

/**
 * Identifies a file by its bytes, never its name, and refuses what must not reach the spreadsheet
 * library: a zip that unpacks beyond the caps (checked against its central directory, then counted
 * while it is actually unpacked, since a directory can lie), entries the directory does not list (a
 * program reading front to back would see another workbook than we do), and XML that declares entities.
 */
export async function identifyFile(file: string, limits: SheetLimits): Promise<FileKind> {
  const size = fs.statSync(file).size;
  if (size === 0) throw new AppError('SHEET_EMPTY');
  if (size > limits.maxBytes) throw tooLarge(limits);
  const head = readHead(file, TEXT_HEAD_BYTES);
  if (startsWith(head, ZIP)) {
    await checkWorkbookZip(file, limits);
    return { kind: 'xlsx' };
  }
  if (startsWith(head, EMPTY_ZIP)) throw new AppError('SHEET_NOT_SPREADSHEET');
  if (startsWith(head, OLE)) throw await oleRefusal(file);
  const encoding = textEncoding(head, size <= TEXT_HEAD_BYTES);
  if (encoding) return { kind: 'csv', encoding };
  throw new AppError('SHEET_NOT_SPREADSHEET');
}

export function tooLarge(limits: SheetLimits): AppError {
  return new AppError('SHEET_TOO_LARGE', { megabytes: Math.round((limits.maxBytes / (1024 * 1024)) * 10) / 10 });
}

function readHead(file: string, bytes: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}

function startsWith(buffer: Buffer, prefix: Buffer): boolean {
  return buffer.length >= prefix.length && buffer.subarray(0, prefix.length).equals(prefix);
}

/**
 * Text with no NUL and no control characters but tabs and line ends: CSV. UTF-8 when it decodes as
 * UTF-8 (a cut through the last character of the head is allowed), else Latin-1, which is what
 * Excel's plain "CSV (Comma delimited)" writes on most Windows computers.
 */
function textEncoding(head: Buffer, whole: boolean): 'utf8' | 'latin1' | null {
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return null;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !whole });
    return 'utf8';
  } catch {
    return 'latin1';
  }
}

/** An OLE file's directory may sit anywhere, so the whole file (at most the size cap) is searched in chunks. */
async function oleRefusal(file: string): Promise<AppError> {
  let found: 'encrypted' | 'xls' | null = null;
  let carry = Buffer.alloc(0);
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    const bytes = Buffer.concat([carry, Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))]);
    if (bytes.includes(ENCRYPTION_INFO)) return new AppError('SHEET_ENCRYPTED');
    if (BIFF_WORKBOOK.some((name) => bytes.includes(name))) found = 'xls';
    carry = bytes.subarray(Math.max(0, bytes.length - ENCRYPTION_INFO.length));
  }
  return new AppError(found === 'xls' ? 'SHEET_LEGACY_XLS' : 'SHEET_NOT_SPREADSHEET');
}

type Part = { entry: yauzl.Entry; fileDataStart: number };

async function checkWorkbookZip(file: string, limits: SheetLimits): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch {
    throw new AppError('SHEET_DAMAGED');
  }
  try {
    if (zip.entryCount > limits.maxParts) throw new AppError('SHEET_TOO_MANY_PARTS', { cap: limits.maxParts });
    // Until the first entry is read, yauzl's read cursor is the central directory's offset (its typings
    // call the field a boolean, hence the check below).
    const centralDirectory: unknown = Reflect.get(zip, 'readEntryCursor');
    const parts = await listParts(zip, limits);
    const names = new Set(parts.map((p) => p.entry.fileName));
    if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) throw new AppError('SHEET_NOT_SPREADSHEET');
    checkContiguous(parts, typeof centralDirectory === 'number' ? centralDirectory : null);
    let unpacked = 0;
    for (const part of parts) unpacked = await unpackPart(zip, part.entry, unpacked, limits);
  } catch (error) {
    throw error instanceof AppError ? error : new AppError('SHEET_DAMAGED');
  } finally {
    zip.close();
  }
}

/** Every entry of the central directory against the caps, before anything is unpacked. */
async function listParts(zip: yauzl.ZipFile, limits: SheetLimits): Promise<Part[]> {
  const parts: Part[] = [];
  const names = new Set<string>();
  let declared = 0;
  for await (const entry of zip.eachEntry()) {
    if (names.has(entry.fileName)) throw new AppError('SHEET_DAMAGED');
    names.add(entry.fileName);
    if (entry.isEncrypted()) throw new AppError('SHEET_ENCRYPTED');
    declared += entry.uncompressedSize;
    if (declared > limits.maxBytes) throw tooLarge(limits);
    checkRatio(entry.fileName, entry.uncompressedSize, entry.compressedSize, limits);
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    parts.push({ entry, fileDataStart });
  }
  return parts;
}

function checkRatio(part: string, unpacked: number, packed: number, limits: SheetLimits): void {
  if (unpacked > limits.ratioFloorBytes && unpacked > packed * limits.maxRatio) {
    throw new AppError('SHEET_ZIP_BOMB', { part, ratio: limits.maxRatio });
  }
}

/**
 * Programs that walk a zip front to back by its local headers (exceljs's own WorkbookReader does) see
 * what the central directory lists only if the listed entries tile the file: the first at offset 0, each
 * next one right after the previous one's data (and its data descriptor, 12 to 24 bytes, when bit 3 of
 * the flags says there is one), the last one ending where the directory begins. A local header takes at
 * least 30 bytes, so no unlisted entry fits in a gap this check allows.
 */
function checkContiguous(parts: Part[], centralDirectory: number | null): void {
  const sorted = [...parts].sort((a, b) => a.entry.relativeOffsetOfLocalHeader - b.entry.relativeOffsetOfLocalHeader);
  let expected = 0;
  let slack = 0;
  for (const { entry, fileDataStart } of sorted) {
    const gap = entry.relativeOffsetOfLocalHeader - expected;
    if (gap < 0 || gap > slack) throw new AppError('SHEET_DAMAGED');
    expected = fileDataStart + entry.compressedSize;
    slack = entry.generalPurposeBitFlag & 0x8 ? 24 : 0;
  }
  if (centralDirectory !== null) {
    const gap = centralDirectory - expected;
    if (gap < 0 || gap > slack) throw new AppError('SHEET_DAMAGED');
  }
}

/**
 * Unpacks one part, counting its bytes against the total cap (yauzl checks that it unpacks to the
 * size the directory declares), and searches an XML part's head for a DTD.
 */
async function unpackPart(zip: yauzl.ZipFile, entry: yauzl.Entry, before: number, limits: SheetLimits): Promise<number> {
  const isXml = /\.(xml|rels|vml)$/i.test(entry.fileName);
  const stream = await zip.openReadStreamPromise(entry);
  let total = before;
  let head = '';
  try {
    for await (const chunk of stream) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      total += bytes.length;
      if (total > limits.maxBytes) throw tooLarge(limits);
      if (isXml && head.length < XML_HEAD_BYTES) {
        head += bytes.subarray(0, XML_HEAD_BYTES - head.length).toString('latin1').toLowerCase();
        if (DTD_MARKERS.some((marker) => head.includes(marker))) throw new AppError('SHEET_ENTITIES', { part: entry.fileName });
      }
    }
  } finally {
    stream.destroy();
  }
  return total;
}
