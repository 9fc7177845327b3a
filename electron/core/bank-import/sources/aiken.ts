import { draftOf, idOnly, letter, type Sink, type Where } from './build';
import { plainText } from './text';

/**
 * Aiken, as Moodle reads it: a question's text, its options `A.` or `A)` in order, then `ANSWER: X`,
 * which ends the question. Blank lines between questions are optional. Read line by line and by hand (the
 * format has no grammar worth a library); every broken question is refused with its first line and the
 * reader carries on with the next one. The text is plain: markup is kept as typed.
 *
 * - A stem may run over several lines until its option A. A blank line before option A ends a stem that
 *   never got options (BANK_NO_OPTIONS), and the next line starts a new question.
 * - An option line is the next letter in order (A, then B, …), upper or lower case; any other line after
 *   the options began refuses the question: a letter out of order (BANK_OPTION_MISSING) or, when it is
 *   text, a missing ANSWER line (BANK_NO_KEY), that text starting the next question.
 * - `ANSWER:` empty is BANK_NO_KEY, a letter with no option BANK_KEY_NOT_AN_OPTION, several letters
 *   BANK_MULTIPLE_RESPONSE.
 */
export function readAiken(text: string, sink: Sink): void {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let question: Open | null = null;
  let skipping = false;
  const refuse = (q: Open, code: Parameters<Sink['refuse']>[1], params: Record<string, string | number> = {}) => sink.refuse(whereOf(q), code, params);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const number = i + 1;
    const answer = ANSWER.exec(line);
    if (skipping) {
      // After a refusal inside a question, its remaining lines up to its ANSWER (or a blank line) are its own.
      if (answer || line === '') skipping = false;
      continue;
    }
    if (line === '') {
      if (question && question.options.length === 0 && !nextIsOptionA(lines, i)) {
        refuse(question, 'BANK_NO_OPTIONS');
        question = null;
      }
      continue;
    }
    if (answer) {
      if (!question) {
        sink.refuse({ position: { line: number }, originalType: 'aiken', name: null, text: line }, 'BANK_NO_STEM');
        continue;
      }
      finish(question, answer[1].trim(), sink);
      question = null;
      continue;
    }
    if (!question) {
      question = { line: number, stem: [line], options: [] };
      continue;
    }
    const option = OPTION.exec(line);
    const expected = letter(question.options.length);
    if (option && option[1].toUpperCase() === expected) {
      question.options.push(option[2].trim());
      continue;
    }
    if (question.options.length === 0) {
      question.stem.push(line);
      continue;
    }
    if (option && LETTER_OPTION.test(line)) {
      refuse(question, 'BANK_OPTION_MISSING', { letter: expected });
      question = null;
      skipping = true;
      continue;
    }
    refuse(question, 'BANK_NO_KEY');
    question = { line: number, stem: [line], options: [] };
  }
  if (question) refuse(question, question.options.length === 0 ? 'BANK_NO_OPTIONS' : 'BANK_NO_KEY');
}

type Open = { line: number; stem: string[]; options: string[] };

const ANSWER = /^ANSWER\s*:(.*)$/i;
const OPTION = /^([A-Za-z])\s*[.)]\s*(.*)$/;
/** An option-like line whose letter is out of order: one letter, a dot or bracket, then text. */
const LETTER_OPTION = /^[A-Za-z]\s*[.)]\s+\S/;

function whereOf(q: Open): Where {
  return { position: { line: q.line }, originalType: 'aiken', name: null, text: q.stem.join(' ') };
}

function nextIsOptionA(lines: readonly string[], from: number): boolean {
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const option = OPTION.exec(line);
    return option !== null && option[1].toUpperCase() === 'A';
  }
  return false;
}

function finish(q: Open, key: string, sink: Sink): void {
  const where = whereOf(q);
  if (q.options.length === 0) return sink.refuse(where, 'BANK_NO_OPTIONS');
  const letters = key
    .toUpperCase()
    .split(/[\s,;/&]+/)
    .map((t) => t.replace(/[.)]$/, ''))
    .filter((t) => t !== '' && t !== 'DAN' && t !== 'AND');
  if (letters.length === 0) return sink.refuse(where, 'BANK_NO_KEY');
  if (letters.length > 1) return sink.refuse(where, 'BANK_MULTIPLE_RESPONSE');
  const index = /^[A-Z]$/.test(letters[0]) ? letters[0].charCodeAt(0) - 65 : -1;
  if (index < 0 || index >= q.options.length) return sink.refuse(where, 'BANK_KEY_NOT_AN_OPTION', { key: key.slice(0, 20) });
  sink.add(
    draftOf({
      position: { line: q.line },
      originalType: 'aiken',
      name: null,
      kind: 'multiple_choice',
      stem: idOnly(plainText(q.stem.join('\n'))),
      options: q.options.map((o) => idOnly(plainText(o))),
      key: index,
    }),
  );
}
