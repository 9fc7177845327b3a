// Files for the bank source tests: the text fixtures under test/fixtures/bank, and binary files made
// here (PNG and JPEG bytes, .docx through our own table writer, zips through yazl for what no office
// program writes).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { readBankSource } from '../../../../electron/core/bank-import/sources/read';
import type { BankLimits } from '../../../../electron/core/bank-import/sources/limits';
import type { SourceQuestion, SourceRead, SourceRefusal } from '../../../../electron/core/bank-import/source-question';
import { AppError } from '../../../../electron/shared/errors';

export const FIXTURES = path.join(import.meta.dirname, '../../../fixtures/bank');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ruang-uji-bank-'));
}

export function read(file: string, limits?: Partial<BankLimits>): Promise<SourceRead> {
  return readBankSource(file, { fileName: path.basename(file), limits });
}

/** Text written to a temp file under `name`, then read. */
export function readText(dir: string, name: string, text: string, limits?: Partial<BankLimits>): Promise<SourceRead> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return read(file, limits);
}

/** The AppError a whole-file refusal throws. */
export async function refusal(file: string, limits?: Partial<BankLimits>): Promise<AppError> {
  try {
    await read(file, limits);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${file} was read without a refusal`);
}

/** A question by its name, or fails the test. */
export function named(read: SourceRead, name: string): SourceQuestion {
  const question = read.questions.find((q) => q.name === name);
  if (!question) throw new Error(`no question named ${name}: ${read.questions.map((q) => q.name).join(', ')}`);
  return question;
}

export function refusedNamed(read: SourceRead, name: string): SourceRefusal {
  const refused = read.refused.find((r) => r.name === name);
  if (!refused) throw new Error(`no refusal named ${name}: ${read.refused.map((r) => `${r.name} ${r.code}`).join(', ')}`);
  return refused;
}

export function noteCodes(question: SourceQuestion): string[] {
  return question.notes.map((n) => n.code);
}


export { png } from '../../../support/png';

/** JPEG's first bytes and a little more: the reader goes by the signature only. */
export function jpeg(size = 64): Buffer {
  return Buffer.concat([Buffer.from('ffd8ffe000104a464946000101', 'hex'), Buffer.alloc(size)]);
}

export const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>');

export function writeZip(file: string, entries: { name: string; data: Buffer | string; compress?: boolean }[]): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(Buffer.from(e.data), e.name, { compress: e.compress ?? true });
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream.pipe(fs.createWriteStream(file)).on('finish', () => resolve(file)).on('error', reject);
  });
}

/** Every file of a zip, to change some and pack them again. */
export async function zipEntries(file: string): Promise<{ name: string; data: Buffer }[]> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const entries: { name: string; data: Buffer }[] = [];
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(Buffer.from(chunk));
    entries.push({ name: entry.fileName, data: Buffer.concat(chunks) });
  }
  zip.close();
  return entries;
}
