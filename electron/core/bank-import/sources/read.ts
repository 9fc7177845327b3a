import { AppError } from '../../../shared/errors';
import type { SourceRead, SourceType } from '../source-question';
import { Sink } from './build';
import { identify } from './identify';
import { DEFAULT_BANK_LIMITS, type BankLimits } from './limits';

export type ReadBankOptions = {
  /** The name the user's file had: only a hint (Aiken or GIFT, when the text does not say). */
  fileName: string;
  limits?: Partial<BankLimits>;
};

/**
 * Reads one question-bank file into questions and refusals (source-question.ts), touching no database.
 * The file is identified by its bytes (identify.ts): a zip is a .docx, an .xlsx or a QTI package; XML is
 * Moodle XML or a QTI item; text is Aiken or GIFT. A question the bank cannot take is refused with its
 * place in the file and a reason (BANK_SOURCE_REASONS), and the rest are kept; a file refused as a
 * whole throws AppError with one of BANK_FILE_FAILURES. Pass the app's own copy of an upload: the file
 * is opened more than once (checked, then read).
 *
 * Each format's reader is loaded when a file of that format is read, not when the core starts: their
 * libraries (mammoth, htmlparser2, fast-xml-parser, gift-pegjs) cost every core process ~20 MB of
 * memory, and most never read a question bank.
 */
export async function readBankSource(file: string, options: ReadBankOptions): Promise<SourceRead> {
  const limits: BankLimits = { ...DEFAULT_BANK_LIMITS, ...options.limits };
  const identified = await identify(file, options.fileName, limits);
  const sourceType: SourceType = identified.format === 'qti_package' ? 'qti' : identified.format;
  const sink = new Sink(sourceType, limits);
  switch (identified.format) {
    case 'xlsx':
      await (await import('./xlsx')).readXlsx(file, limits, sink);
      break;
    case 'docx':
      await (await import('./docx')).readDocx(file, sink);
      break;
    case 'qti_package':
      await (await import('./qti')).readQtiPackage(file, sink);
      break;
    case 'qti':
      (await import('./qti')).readQtiItemFile(identified.text, sink);
      break;
    case 'moodle_xml':
      (await import('./moodle-xml')).readMoodleXml(identified.text, sink);
      break;
    case 'aiken':
      (await import('./aiken')).readAiken(identified.text, sink);
      break;
    case 'gift':
      (await import('./gift')).readGift(identified.text, sink);
      break;
  }
  if (sink.questions.length + sink.refused.length === 0) throw new AppError('BANK_FILE_NO_QUESTIONS');
  return { sourceType, questions: sink.questions, refused: sink.refused, ignoredColumns: sink.ignoredColumns };
}
