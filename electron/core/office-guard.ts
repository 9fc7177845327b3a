import fs from 'node:fs';
import yauzl from 'yauzl';
import { AppError } from '../shared/errors';

/**
 * The checks an uploaded zip (an .xlsx, a .docx, a QTI package) passes before any library reads it, and
 * the sniffing of OLE files (legacy .xls/.doc, and OOXML encrypted with a password). Shared by the
 * spreadsheet import and the question-bank import; each names its own refusals.
 */

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const EMPTY_ZIP = Buffer.from('PK\x05\x06', 'latin1');
/** The signature of an OLE compound file: legacy .xls and .doc, and OOXML once encrypted with a password. */
const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex');

/** A file's kind by its first bytes, never its name. */
export function signatureOf(head: Buffer): 'zip' | 'emptyZip' | 'ole' | null {
  if (startsWith(head, ZIP)) return 'zip';
  if (startsWith(head, EMPTY_ZIP)) return 'emptyZip';
  if (startsWith(head, OLE)) return 'ole';
  return null;
}

export function startsWith(buffer: Uint8Array, prefix: Uint8Array): boolean {
  return buffer.length >= prefix.length && Buffer.from(buffer.buffer, buffer.byteOffset, prefix.length).equals(prefix);
}

/** The first `bytes` bytes of a file (fewer when it is shorter). */
export function readHead(file: string, bytes: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}

export type ZipLimits = {
  /** The sum of the unpacked parts may be at most this many bytes. */
  maxBytes: number;
  /** A part larger than `ratioFloorBytes` may unpack to at most this many times its packed size. */
  maxRatio: number;
  ratioFloorBytes: number;
  maxParts: number;
};

export type ZipRefusal =
  | { why: 'damaged' }
  | { why: 'encrypted' }
  | { why: 'tooLarge' }
  | { why: 'tooManyParts'; cap: number }
  | { why: 'bomb'; part: string; ratio: number }
  | { why: 'entities'; part: string };

/** Turns a refusal into the caller's own AppError. */
export type Refuse = (refusal: ZipRefusal) => AppError;

/** How much of each XML part is searched for a DTD: it must come before the root element. */
const XML_HEAD_BYTES = 64 * 1024;
const DTD_MARKERS = ['<!doctype', '<!entity'];

type Part = { entry: yauzl.Entry; fileDataStart: number };

/**
 * What the checks unpack. `whole`: every part, counted against the caps as it really unpacks, since a
 * directory can lie; for readers that unpack with no size check of their own (mammoth's jszip holds a
 * part in memory before it compares its size). `xmlHeads`: only the head of each XML part, for the DTD;
 * for readers that unpack through yauzl with `validateEntrySizes`, which stops a part at the size the
 * directory declares, so the declared sizes checked here bound what they unpack. A part nobody reads is
 * then never unpacked at all.
 */
export type Unpack = 'whole' | 'xmlHeads';

/**
 * Checks a zip against the caps (against its central directory first, then as `unpack` says), refuses
 * entries the directory does not list (a program reading front to back would see another file than we
 * do) and XML parts that declare a DTD. `accept` sees the part names before anything is unpacked, to
 * refuse a zip that is not the expected kind; the names are returned too.
 */
export async function checkZip(
  file: string,
  limits: ZipLimits,
  refuse: Refuse,
  accept?: (names: ReadonlySet<string>) => void,
  unpack: Unpack = 'whole',
): Promise<ReadonlySet<string>> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
  } catch {
    throw refuse({ why: 'damaged' });
  }
  try {
    if (zip.entryCount > limits.maxParts) throw refuse({ why: 'tooManyParts', cap: limits.maxParts });
    // Until the first entry is read, yauzl's read cursor is the central directory's offset (its typings
    // call the field a boolean, hence the check below).
    const centralDirectory: unknown = Reflect.get(zip, 'readEntryCursor');
    const parts = await listParts(zip, limits, refuse);
    const names = new Set(parts.map((p) => p.entry.fileName));
    accept?.(names);
    checkContiguous(parts, typeof centralDirectory === 'number' ? centralDirectory : null, refuse);
    let unpacked = 0;
    for (const part of parts) {
      if (unpack === 'whole' || isXmlPart(part.entry)) unpacked = await unpackPart(zip, part.entry, unpacked, limits, refuse, unpack === 'xmlHeads');
    }
    return names;
  } catch (error) {
    throw error instanceof AppError ? error : refuse({ why: 'damaged' });
  } finally {
    zip.close();
  }
}

/** Every entry of the central directory against the caps, before anything is unpacked. */
async function listParts(zip: yauzl.ZipFile, limits: ZipLimits, refuse: Refuse): Promise<Part[]> {
  const parts: Part[] = [];
  const names = new Set<string>();
  let declared = 0;
  for await (const entry of zip.eachEntry()) {
    if (names.has(entry.fileName)) throw refuse({ why: 'damaged' });
    names.add(entry.fileName);
    if (entry.isEncrypted()) throw refuse({ why: 'encrypted' });
    // The ratio first: a small file with a part that unpacks past the total cap is a bomb, and "too
    // large" would send the office looking at a file of a few hundred kilobytes.
    checkRatio(entry.fileName, entry.uncompressedSize, entry.compressedSize, limits, refuse);
    declared += entry.uncompressedSize;
    if (declared > limits.maxBytes) throw refuse({ why: 'tooLarge' });
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    parts.push({ entry, fileDataStart });
  }
  return parts;
}

function checkRatio(part: string, unpacked: number, packed: number, limits: ZipLimits, refuse: Refuse): void {
  if (unpacked > limits.ratioFloorBytes && unpacked > packed * limits.maxRatio) throw refuse({ why: 'bomb', part, ratio: limits.maxRatio });
}

/**
 * Programs that walk a zip front to back by its local headers (exceljs's own WorkbookReader does) see
 * what the central directory lists only if the listed entries tile the file: the first at offset 0, each
 * next one right after the previous one's data (and its data descriptor, 12 to 24 bytes, when bit 3 of
 * the flags says there is one), the last one ending where the directory begins. A local header takes at
 * least 30 bytes, so no unlisted entry fits in a gap this check allows.
 */
function checkContiguous(parts: Part[], centralDirectory: number | null, refuse: Refuse): void {
  const sorted = [...parts].sort((a, b) => a.entry.relativeOffsetOfLocalHeader - b.entry.relativeOffsetOfLocalHeader);
  let expected = 0;
  let slack = 0;
  for (const { entry, fileDataStart } of sorted) {
    const gap = entry.relativeOffsetOfLocalHeader - expected;
    if (gap < 0 || gap > slack) throw refuse({ why: 'damaged' });
    expected = fileDataStart + entry.compressedSize;
    slack = entry.generalPurposeBitFlag & 0x8 ? 24 : 0;
  }
  if (centralDirectory !== null) {
    const gap = centralDirectory - expected;
    if (gap < 0 || gap > slack) throw refuse({ why: 'damaged' });
  }
}

const isXmlPart = (entry: yauzl.Entry) => /\.(xml|rels|vml)$/i.test(entry.fileName);

/**
 * Unpacks one part (or only its head), counting its bytes against the total cap (yauzl checks that it
 * unpacks to the size the directory declares), and searches an XML part's head for a DTD.
 */
async function unpackPart(zip: yauzl.ZipFile, entry: yauzl.Entry, before: number, limits: ZipLimits, refuse: Refuse, headOnly: boolean): Promise<number> {
  const isXml = isXmlPart(entry);
  const stream = await zip.openReadStreamPromise(entry);
  let total = before;
  let head = '';
  try {
    for await (const chunk of stream) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      total += bytes.length;
      if (total > limits.maxBytes) throw refuse({ why: 'tooLarge' });
      if (isXml && head.length < XML_HEAD_BYTES) {
        head += bytes.subarray(0, XML_HEAD_BYTES - head.length).toString('latin1').toLowerCase();
        if (DTD_MARKERS.some((marker) => head.includes(marker))) throw refuse({ why: 'entities', part: entry.fileName });
      }
      if (headOnly && head.length >= XML_HEAD_BYTES) break;
    }
  } finally {
    stream.destroy();
  }
  return total;
}

/** Stream names in an OLE directory are UTF-16LE; an encrypted OOXML package has this one. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const BIFF_WORKBOOK = [Buffer.from('Workbook', 'utf16le'), Buffer.from('Book', 'utf16le')];
const WORD_DOCUMENT = Buffer.from('WordDocument', 'utf16le');

export type OleContent = 'encrypted' | 'xls' | 'doc' | 'other';

/**
 * What an OLE compound file holds, by the stream names in its directory. The directory may sit
 * anywhere, so the whole file (the caller has capped its size) is searched in chunks.
 */
export async function oleContent(file: string): Promise<OleContent> {
  let found: OleContent = 'other';
  let carry = Buffer.alloc(0);
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) {
    const bytes = Buffer.concat([carry, Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))]);
    if (bytes.includes(ENCRYPTION_INFO)) return 'encrypted';
    if (bytes.includes(WORD_DOCUMENT)) found = 'doc';
    else if (found === 'other' && BIFF_WORKBOOK.some((name) => bytes.includes(name))) found = 'xls';
    carry = bytes.subarray(Math.max(0, bytes.length - ENCRYPTION_INFO.length));
  }
  return found;
}
