import { parse, SyntaxError as GiftSyntaxError, type GIFTQuestion, type NumericalFormat, type TextChoice, type TextFormat } from 'gift-pegjs';
import type { SourceNote, SourceText } from '../source-question';
import { draftOf, idOnly, letter, type Draft, type Sink, type Where } from './build';
import { acceptedAnswers, categoryTag, weightsIgnored } from './conversions';
import { dataUriImage, PICTURE_MARK, type ImageSource, type RawImage } from './images';
import { htmlToText, plainText, type ReduceHooks } from './text';

/**
 * GIFT, split into questions here (as Moodle reads it: a blank line ends a question, a line starting with
 * `//` is a comment, `$CATEGORY:` sets the category, a tag, of the questions after it), parsed by
 * gift-pegjs, and each question mapped back to its line. The text before the answer is taken as written
 * (see escapeText). Text is plain unless the question says [html].
 *
 * One broken question is refused with its line and the others are kept. A PEG parser given the whole
 * file stops at the first error, and given one question at a time it runs several times slower (each
 * call starts its rules anew), so the questions are parsed together and, where that fails, the broken
 * question is found by the error's place, parsed alone for its own error, and the questions around it
 * parsed together again (parseTogether).
 */
export function readGift(text: string, sink: Sink): void {
  let category: string | null = null;
  const items: Item[] = [];
  for (const chunk of chunks(text)) {
    let { lines, numbers } = chunk;
    const first = lines[0].trim();
    if (/^\$CATEGORY:/i.test(first)) {
      category = categoryTag(first.slice(first.indexOf(':') + 1));
      lines = lines.slice(1);
      numbers = numbers.slice(1);
      if (lines.length === 0) continue;
    }
    const source = lines.join('\n');
    const open = unclosedBrace(source);
    items.push({ numbers, source, category, escaped: open === null ? escapeText(source).text : '', outcome: open === null ? null : { brace: open } });
  }
  parseTogether(items.filter((item) => item.outcome === null), MAX_SPLITS);
  for (const item of items) emit(item, sink);
}

type Chunk = { lines: string[]; numbers: number[] };

type Outcome = { parsed: GIFTQuestion[] } | { brace: number } | { syntax: { line: number; column: number; found: string } };
type Item = { numbers: number[]; source: string; category: string | null; escaped: string; outcome: Outcome | null };

/** How many broken questions are found by parsing around them before the rest are parsed one by one. */
const MAX_SPLITS = 8;
const SEPARATOR = '\n\n';

function* chunks(text: string): Generator<Chunk> {
  let current: Chunk = { lines: [], numbers: [] };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') {
      if (current.lines.length) yield current;
      current = { lines: [], numbers: [] };
    } else if (!line.trimStart().startsWith('//')) {
      current.lines.push(line);
      current.numbers.push(i + 1);
    }
  }
  if (current.lines.length) yield current;
}

/**
 * Parses the items as one text. Each must give exactly one question (else they are parsed one by one).
 * On a syntax error, the item holding the error's place is parsed alone: when it fails it is refused
 * and the items before and after it are parsed together again; when it does not, the error lies between
 * questions in a way the split cannot tell, and every item is parsed alone.
 */
function parseTogether(items: Item[], splits: number): void {
  if (items.length === 0) return;
  if (splits <= 0 || items.length === 1) return items.forEach(parseAlone);
  try {
    const parsed = parse(items.map((item) => item.escaped).join(SEPARATOR));
    if (parsed.length !== items.length) return items.forEach(parseAlone);
    items.forEach((item, i) => (item.outcome = { parsed: [parsed[i]] }));
  } catch (error) {
    if (!(error instanceof GiftSyntaxError)) throw error;
    let start = 0;
    let broken = items.length - 1;
    for (const [i, item] of items.entries()) {
      start += item.escaped.length + SEPARATOR.length;
      if (error.location.start.offset < start) {
        broken = i;
        break;
      }
    }
    parseAlone(items[broken]);
    const alone = items[broken].outcome;
    if (!(alone && 'syntax' in alone)) return items.forEach(parseAlone);
    parseTogether(items.slice(0, broken), splits - 1);
    parseTogether(items.slice(broken + 1), splits - 1);
  }
}

function parseAlone(item: Item): void {
  try {
    item.outcome = { parsed: parse(item.escaped) };
  } catch (error) {
    if (!(error instanceof GiftSyntaxError)) throw error;
    // Back to the character of the file, before escaping.
    const at = escapeText(item.source).original(error.location.start.offset);
    const line = item.source.slice(0, at).split('\n').length;
    const column = at - item.source.lastIndexOf('\n', at - 1);
    item.outcome = { syntax: { line, column, found: error.found === null ? '(end)' : JSON.stringify(error.found) } };
  }
}

function emit(item: Item, sink: Sink): void {
  const lineOf = (chunkLine: number) => item.numbers[Math.min(item.numbers.length, Math.max(1, chunkLine)) - 1];
  const where = (): Where => ({ position: { line: item.numbers[0] }, originalType: 'gift', name: titleOf(item.source), text: stemGuess(item.source) });
  const outcome = item.outcome;
  if (outcome === null) return;
  if ('brace' in outcome) return sink.refuse(where(), 'BANK_BRACE_NOT_CLOSED', { line: lineOf(outcome.brace) });
  if ('syntax' in outcome) return sink.refuse(where(), 'BANK_GIFT_SYNTAX', { ...outcome.syntax, line: lineOf(outcome.syntax.line) });
  for (const question of outcome.parsed) {
    if (question.type === 'Category') continue;
    // A stem marks where its pictures stood among its words, to show each there (picture-lines.ts).
    const stem = textOf(question.stem, { image: PICTURE_MARK });
    const named: Where = { position: { line: item.numbers[0] }, originalType: typeName(question), name: question.title ?? null, text: stem.text };
    if (question.type === 'Matching') sink.refuse(named, 'BANK_MATCHING');
    else if (question.type === 'Description') sink.refuse(named, 'BANK_DESCRIPTION');
    else if (question.hasEmbeddedAnswers) sink.refuse(named, 'BANK_CLOZE');
    else if (question.type === 'MC' && keyOf(question.choices).multiple) sink.refuse(named, 'BANK_MULTIPLE_RESPONSE');
    else sink.add(convert(question, stem, named, item.category));
  }
}

function typeName(question: GIFTQuestion): string {
  return question.type === 'Category' ? 'category' : question.type.toLowerCase();
}

type Convertible = Exclude<GIFTQuestion, { type: 'Category' | 'Matching' | 'Description' }>;

function convert(question: Convertible, stem: Text, where: Where, category: string | null): Draft {
  const images: RawImage[] = stem.images.map((image) => ({ ...image, place: 'stem' }));
  const notes: SourceNote[] = [...stem.notes];
  const feedback = [question.globalFeedback];
  const base = { position: where.position, originalType: where.originalType, name: question.title ?? null, stem: idOnly(stem.text), tags: category ? [category] : [] };
  let draft: Draft;
  switch (question.type) {
    case 'TF':
      feedback.push(question.trueFeedback, question.falseFeedback);
      notes.push({ code: 'BANK_TRUE_FALSE', params: {} });
      draft = draftOf({ ...base, kind: 'multiple_choice', options: TRUE_FALSE, key: question.isTrue ? 0 : 1, optionsInOrder: true });
      break;
    case 'MC': {
      feedback.push(...question.choices.map((c) => c.feedback));
      const options = question.choices.map((choice, index) => {
        const text = textOf(choice.text);
        images.push(...text.images.map((image): RawImage => ({ ...image, place: `option:${index}` })));
        notes.push(...text.notes);
        return idOnly(text.text);
      });
      const keyed = keyOf(question.choices);
      notes.push(...keyed.notes);
      draft = draftOf({ ...base, kind: 'multiple_choice', options, key: keyed.key });
      break;
    }
    case 'Short':
      feedback.push(...question.choices.map((c) => c.feedback));
      notes.push({ code: 'BANK_SHORT_ANSWER_AS_ESSAY', params: {} });
      draft = draftOf({ ...base, kind: 'essay', expected: acceptedAnswers(question.choices.filter(accepted).map((c) => withWeight(textOf(c.text).text, c.weight)), false) });
      break;
    case 'Numerical': {
      const choices = Array.isArray(question.choices) ? question.choices : [{ isCorrect: true, weight: null, text: question.choices, feedback: null }];
      feedback.push(...choices.map((c) => c.feedback));
      notes.push({ code: 'BANK_NUMERICAL_AS_ESSAY', params: {} });
      const values = choices.filter((c) => c.isCorrect || (c.weight ?? 0) > 0).map((c) => withWeight(numberText(c.text), c.weight));
      draft = draftOf({ ...base, kind: 'essay', expected: acceptedAnswers(values, false) });
      break;
    }
    case 'Essay':
      draft = draftOf({ ...base, kind: 'essay' });
      break;
  }
  if (feedback.some((f) => f !== null && f !== undefined && f.text.trim() !== '')) notes.push({ code: 'BANK_FEEDBACK_DROPPED', params: {} });
  return { ...draft, images, notes };
}

const TRUE_FALSE: SourceText[] = [
  { id: 'Benar', en: 'True' },
  { id: 'Salah', en: 'False' },
];

/**
 * The key of a GIFT multiple choice: the one option marked `=` or weighted 100%. Several such, or
 * several positive weights and none full, is multiple response; weights on the other options are
 * ignored with a note.
 */
function keyOf(choices: readonly TextChoice[]): { key: number | null; notes: SourceNote[]; multiple: boolean } {
  const weight = (c: TextChoice) => c.weight ?? (c.isCorrect ? 100 : 0);
  const full = choices.flatMap((c, i) => (weight(c) >= 99.99 ? [i] : []));
  const positive = choices.filter((c) => weight(c) > 0).length;
  if (full.length > 1 || (full.length === 0 && positive > 1)) return { key: null, notes: [], multiple: true };
  if (full.length === 0) return { key: null, notes: [], multiple: false };
  const key = full[0];
  const others = choices.flatMap((c, i) => (i !== key && weight(c) !== 0 ? [`${letter(i)} ${weight(c)}%`] : []));
  return { key, notes: weightsIgnored(others), multiple: false };
}

function accepted(choice: TextChoice): boolean {
  return choice.isCorrect || (choice.weight ?? 0) > 0;
}

function withWeight(text: string, weight: number | null): string {
  return weight === null || weight >= 99.99 ? text : `${text} (${weight}%)`;
}

function numberText(format: NumericalFormat): string {
  if (format.type === 'high-low') return `${format.numberLow} – ${format.numberHigh}`;
  if (format.type === 'range' && format.range) return `${format.number} ± ${format.range}`;
  return String(format.number);
}

type Text = { text: string; images: ImageSource[]; notes: SourceNote[] };

/** A GIFT text: [html] reduced to text with its data: images, anything else kept as written. */
function textOf(format: TextFormat, hooks: ReduceHooks = {}): Text {
  if (format.format !== 'html') return { text: plainText(format.text), images: [], notes: [] };
  const reduced = htmlToText(format.text, hooks);
  const notes: SourceNote[] = reduced.dropped.length ? [{ code: 'BANK_CONTENT_DROPPED', params: { what: reduced.dropped.join(', ') } }] : [];
  return { text: reduced.text, images: reduced.images.map((image) => dataUriImage(image.src)), notes };
}

/**
 * Where a `{` is never closed (by the chunk's 1-based line), or null. Escaped braces do not count; a `}`
 * with no `{` is left to the parser.
 */
function unclosedBrace(source: string): number | null {
  let openedAt: number | null = null;
  let line = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '\n') line++;
    else if (c === '{' && openedAt === null) openedAt = line;
    else if (c === '}') openedAt = null;
  }
  return openedAt;
}

/**
 * Escapes what Moodle reads as plain characters but gift-pegjs would parse: outside the answer braces,
 * `:` (but the `::title::` marks), `=`, `~` and `#` (Moodle takes the text up to the first `{` as it is,
 * so `<b onclick="…">` or "Catatan: …" in a stem are text); inside a non-numerical answer, `:`. A line end
 * in the text before the first answer becomes the escape `\n`, a line break, as Moodle shows it.
 * `original` maps a place in the escaped text back to the source.
 */
function escapeText(source: string): { text: string; original: (offset: number) => number } {
  let out = '';
  let last = 0;
  const inserted: number[] = [];
  let i = 0;
  const title = /^\s*::/.exec(source);
  if (title) {
    const end = findUnescaped(source, '::', title[0].length);
    if (end >= 0) i = end + 2;
  }
  // Spaces and a format mark before the text stay as they are: gift-pegjs reads the mark only there.
  i += /^\s*(?:\[(?:html|moodle|plain|markdown)\])?[ \t]*/i.exec(source.slice(i))?.[0].length ?? 0;
  let brace: 'numerical' | 'answer' | null = null;
  let stem = true;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '\n' && stem) {
      // A line end in the text before the answers: Moodle shows it as a line break, gift-pegjs makes it a
      // space unless written as its escape, \n.
      out += `${source.slice(last, i)}\\n`;
      last = i + 1;
      inserted.push(i);
      continue;
    }
    if (c === '{') {
      brace = /^\s*#/.test(source.slice(i + 1, i + 20)) ? 'numerical' : 'answer';
      stem = false;
    } else if (c === '}') brace = null;
    if (brace === null ? ':=~#'.includes(c) : brace === 'answer' && c === ':') {
      out += `${source.slice(last, i)}\\`;
      last = i;
      inserted.push(i);
    }
  }
  out += source.slice(last);
  const original = (offset: number) => {
    let shift = 0;
    for (const at of inserted) if (at + shift < offset) shift++;
    return Math.min(source.length, offset - shift);
  };
  return { text: out, original };
}

function findUnescaped(source: string, marker: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source.startsWith(marker, i)) return i;
  }
  return -1;
}

function titleOf(source: string): string | null {
  const match = /^\s*::((?:\\.|[^:\\]|:(?!:))*)::/.exec(source);
  return match ? match[1].replace(/\\(.)/g, '$1').trim() || null : null;
}

/** The question's text for a refusal's excerpt, without title, format mark or answers. */
function stemGuess(source: string): string {
  return source
    .replace(/^\s*::(?:\\.|[^:\\]|:(?!:))*::/, '')
    .replace(/^\s*\[(html|moodle|plain|markdown)\]/i, '')
    .replace(/\{[\s\S]*$/, '')
    .replace(/\\(.)/g, '$1')
    .trim();
}
