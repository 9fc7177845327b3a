import { AppError } from '../../../shared/errors';
import type { SourceRead, SourceType } from '../source-question';
import { readAiken } from './aiken';
import { Sink } from './build';
import { readDocx } from './docx';
import { readGift } from './gift';
import { identify } from './identify';
import { DEFAULT_BANK_LIMITS, type BankLimits } from './limits';
import { readMoodleXml } from './moodle-xml';
import { readQtiItemFile, readQtiPackage } from './qti';
import { readXlsx } from './xlsx';

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
 */
export async function readBankSource(file: string, options: ReadBankOptions): Promise<SourceRead> {
  const limits: BankLimits = { ...DEFAULT_BANK_LIMITS, ...options.limits };
  const identified = await identify(file, options.fileName, limits);
  const sourceType: SourceType = identified.format === 'qti_package' ? 'qti' : identified.format;
  const sink = new Sink(sourceType, limits);
  switch (identified.format) {
    case 'xlsx':
      await readXlsx(file, limits, sink);
      break;
    case 'docx':
      await readDocx(file, sink);
      break;
    case 'qti_package':
      await readQtiPackage(file, sink);
      break;
    case 'qti':
      readQtiItemFile(identified.text, sink);
      break;
    case 'moodle_xml':
      readMoodleXml(identified.text, sink);
      break;
    case 'aiken':
      readAiken(identified.text, sink);
      break;
    case 'gift':
      readGift(identified.text, sink);
      break;
  }
  if (sink.questions.length + sink.refused.length === 0) throw new AppError('BANK_FILE_NO_QUESTIONS');
  return { sourceType, questions: sink.questions, refused: sink.refused };
}
