import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { checkZip, oleContent, readHead, signatureOf, type Refuse } from '../../office-guard';
import type { BankLimits } from './limits';
import { decodeText, scanProlog } from './xml';

/** A bank file by its bytes: a zip kind (checked, not yet read) or text already decoded. */
export type Identified =
  | { format: 'xlsx' | 'docx' | 'qti_package' }
  | { format: 'moodle_xml' | 'qti' | 'aiken' | 'gift'; text: string };

const HEAD_BYTES = 4096;
const SNIFF_CHARS = 256 * 1024;

export function bankRefusal(limits: BankLimits): Refuse {
  return (refusal) => {
    switch (refusal.why) {
      case 'damaged':
        return new AppError('BANK_FILE_DAMAGED');
      case 'encrypted':
        return new AppError('BANK_FILE_ENCRYPTED');
      case 'tooLarge':
        return tooLarge(limits);
      case 'tooManyParts':
        return new AppError('BANK_FILE_TOO_MANY_PARTS', { cap: refusal.cap });
      case 'bomb':
        return new AppError('BANK_FILE_ZIP_BOMB', { part: refusal.part, ratio: refusal.ratio });
      case 'entities':
        return new AppError('BANK_FILE_ENTITIES', { part: refusal.part });
    }
  };
}

function tooLarge(limits: BankLimits): AppError {
  return new AppError('BANK_FILE_TOO_LARGE', { megabytes: Math.round((limits.maxBytes / 1048576) * 10) / 10 });
}

/**
 * Which reader a file goes to, by its bytes; the file name's extension only breaks a tie between Aiken
 * and GIFT. A zip passes office-guard's checks first (caps, hidden entries, DTDs in any XML part) and
 * is a .docx, an .xlsx or a QTI content package by the parts it holds; an OLE file is an old .doc/.xls
 * or a password-protected document; XML is Moodle's `<quiz>` or QTI's `assessmentItem` by its root,
 * and refused when it declares a DOCTYPE.
 */
export async function identify(file: string, fileName: string, limits: BankLimits): Promise<Identified> {
  const size = fs.statSync(file).size;
  if (size === 0) throw new AppError('BANK_FILE_EMPTY');
  if (size > limits.maxBytes) throw tooLarge(limits);
  const head = readHead(file, HEAD_BYTES);
  // An office saves its questions as PDF to print or send them; renamed, such a file only got "not a bank".
  if (/^\s*%PDF-/.test(head.subarray(0, 64).toString('latin1'))) throw new AppError('BANK_FILE_PDF', { file: fileName.slice(0, 80) });
  const signature = signatureOf(head);
  if (signature === 'zip') return { format: await zipFormat(file, limits) };
  if (signature === 'emptyZip') throw new AppError('BANK_FILE_NOT_A_BANK');
  if (signature === 'ole') {
    const content = await oleContent(file);
    throw new AppError(content === 'encrypted' ? 'BANK_FILE_ENCRYPTED' : content === 'other' ? 'BANK_FILE_NOT_A_BANK' : 'BANK_FILE_LEGACY_OFFICE');
  }
  const text = decodeText(fs.readFileSync(file));
  // eslint-disable-next-line no-control-regex -- NUL and other controls mark a binary file, not text
  if (/[\u0000-\u0008\u000E-\u001A]/.test(text.slice(0, 65536))) throw new AppError('BANK_FILE_NOT_A_BANK');
  if (text.trimStart().startsWith('<')) return { format: xmlFormat(text), text };
  return { format: textFormat(text, fileName), text };
}

async function zipFormat(file: string, limits: BankLimits): Promise<'xlsx' | 'docx' | 'qti_package'> {
  let format: 'xlsx' | 'docx' | 'qti_package' | null = null;
  await checkZip(file, limits, bankRefusal(limits), (names) => {
    if (names.has('word/document.xml')) format = 'docx';
    else if (names.has('xl/workbook.xml')) format = 'xlsx';
    else if (names.has('imsmanifest.xml')) format = 'qti_package';
    else throw new AppError('BANK_FILE_NOT_A_BANK');
  });
  if (format === null) throw new AppError('BANK_FILE_NOT_A_BANK');
  return format;
}

const QTI_OTHER_VERSIONS: Readonly<Record<string, string>> = {
  questestinterop: 'IMS QTI 1.2',
  'qti-assessment-item': 'IMS QTI 3.0',
};

function xmlFormat(text: string): 'moodle_xml' | 'qti' {
  const prolog = scanProlog(text);
  const root = prolog.root?.replace(/^[\w.-]+:/, '') ?? null;
  const format = root === 'quiz' ? 'moodle_xml' : root === 'assessmentItem' ? 'qti' : null;
  if (format && prolog.doctype) throw new AppError('BANK_FILE_ENTITIES', { part: 'DOCTYPE' });
  if (format) return format;
  const version = root ? QTI_OTHER_VERSIONS[root] : undefined;
  throw version ? new AppError('BANK_FILE_QTI_VERSION', { version }) : new AppError('BANK_FILE_NOT_A_BANK');
}

/**
 * Aiken and GIFT are both plain text: each has marks the other never writes (Aiken's `ANSWER:` lines and
 * `A.` options; GIFT's `{…}` answers, `::title::` and `$CATEGORY:`). The one with more wins; a tie goes to
 * the extension (.gift), and a text with neither is not a question bank.
 */
function textFormat(whole: string, fileName: string): 'aiken' | 'gift' {
  // The head says which: a long file is not scanned to the end for it.
  const text = whole.slice(0, SNIFF_CHARS);
  const aiken = (text.match(/^[ \t]*ANSWER\s*:/gim) ?? []).length * 2 + (text.match(/^[ \t]*[A-E][.)][ \t]/gm) ?? []).length / 5;
  const gift = (text.match(/\{[^{}]*\}/g) ?? []).length * 2 + (text.match(/^[ \t]*::/gm) ?? []).length + (text.match(/^[ \t]*\$CATEGORY:/gim) ?? []).length;
  if (aiken > gift) return 'aiken';
  if (gift > aiken || /\.gift$/i.test(fileName)) return 'gift';
  if (aiken > 0) return 'aiken';
  throw new AppError('BANK_FILE_NOT_A_BANK');
}
