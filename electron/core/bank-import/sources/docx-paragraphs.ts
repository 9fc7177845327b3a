import { DomUtils } from 'htmlparser2';
import type { SourceNote } from '../source-question';
import { letter, MAX_OPTIONS, type Sink } from './build';
import { docxContent, type DocxContent } from './docx-content';
import type { RawImage } from './images';
import { withoutPictureMarks } from './picture-lines';
import { normalizeKey } from '../../spreadsheets/header';
import { IN_ORDER_LINE_NAMES } from './template-columns';
import { addTemplateRow, yesOrNo } from './template-rows';
import { isElement, isTextual, localName, type DomElement, type DomNode } from './text';

/** "3. Soal", "3) Soal", "Soal 3. …": a question number typed by hand. */
const TYPED_QUESTION = /^(?:soal\s+(?:no\.?\s*)?)?(\d{1,3})\s*([.)])\s*(\S[\s\S]*)$/i;
/** "a. Pilihan", "B) Pilihan", "(c) Pilihan": an option letter typed by hand ("f." too, to refuse a sixth option rather than run it into E). */
const TYPED_OPTION = /^\(?([a-f])[.)]\s*([\s\S]*)$/i;
/**
 * "Kunci: B", "Kunci jawaban: …", "Kunci jawaban yang tepat: B", "Jawaban: A", "Jawaban benar = C", "Jawab: A",
 * "Answer: D", "Answer key: A", "Correct answer: B", "Key: A". A key line the pattern missed was taken as
 * more words of the last option, and the question refused as having no key.
 */
const KEY_LINE =
  /^(?:kunci(?:\s+jawaban)?(?:\s+(?:yang\s+)?(?:benar|tepat))?|jawab(?:an)?(?:\s+(?:yang\s+)?(?:benar|tepat))?|(?:the\s+)?(?:correct\s+|right\s+)?answer(?:\s+key)?|key)\s*[:：=]\s*([\s\S]*)$/i;

/** A heading over an answer key typed after the questions: "KUNCI JAWABAN", "Kunci jawaban pilihan ganda:", "Answer key". */
const KEY_HEADING = /^(?:kunci(?:\s+jawaban)?|answer\s+key|answers)(?:\s+(?:soal\s+)?(?:pilihan\s+ganda|pg))?\s*[:：]?$/i;
/** One entry of such a key: "1. B", "2) a", "3 = C", "4 - D", "5: E", several to a line or a table's cells. */
const KEY_ENTRY = /(\d{1,3})\s*[.):=\-–]?\s*([A-Ea-e])(?![\p{L}\p{N}])\.?/gu;

/**
 * How a line that means to say "keep the options in order" starts, spaces and case aside ("Urutan pilihan
 * tetep", "Keep options order please"): under the options such a line would have been read as more words
 * of the last one, so one that is not read as the setting refuses the question instead.
 */
const IN_ORDER_LOOKALIKE = ['urutanpilihan', 'urutanjawaban', 'urutantetap', 'pilihantetap', 'pilihantidakdiacak', 'jangandiacak', 'janganacak', 'keepoption', 'keeptheoption', 'keepanswer', 'optionorder', 'optionsorder', 'optionsinorder', 'donotshuffle', 'dontshuffle'];

/** One paragraph, list item or table of the document, in reading order. */
type Block = { kind: 'paragraph'; nodes: DomNode[]; listLevel: number | null; bullet?: true } | { kind: 'table'; table: DomElement };

type Option = { content: DocxContent; bold: boolean };
type Question = {
  number: number;
  name: string;
  /** How its number was typed ("." or ")"), null for Word's list. */
  mark: string | null;
  /** The last number of a numbered list inside it (statements under the stem, points of an essay's answer), 0 for none. */
  inner: number;
  stem: DocxContent[];
  options: Option[];
  key: string | null;
  expected: string[];
  hasTable: boolean;
  /** What its "Urutan pilihan tetap" line says ("Ya" for the line alone), null without one. */
  inOrder: string | null;
  /** A line that looks like that one but cannot be read as it, refusing the question. */
  badInOrder: string | null;
  /** Options read side by side from one line: where they start and the line's option, to take back when the next line shows the split was wrong. */
  split?: { from: number; whole: Option };
};

/**
 * Questions typed as numbered paragraphs, as most offices keep them in Word: a question numbered by
 * Word's list or by hand ("1."), its options a–e below it (a list one level deeper, or typed "a."), the
 * key on a line "Kunci: B" (or "Jawaban: B"), in a "KUNCI JAWABAN" list after the questions, or the one
 * option in bold; a line "Urutan pilihan tetap" under its options keeps them in order (the template
 * column's Ya); a question with no options is an essay, whose "Kunci jawaban:" line is the expected
 * answer. A paragraph that is none of these continues the option above it, or the stem while there is
 * none (an option that runs over two paragraphs, a picture under the stem); a table in a question is kept as text lines with a note. Text before the first
 * question (a title, the scheme's name) is not a question. Returns false when the document has none.
 */
export function readNumberedParagraphs(body: readonly DomNode[], images: readonly Buffer[], sink: Sink): boolean {
  let current: Question | null = null;
  let count = 0;
  // Items of Word's numbered list that were no question ("Urutan pilihan tetap" typed as one): Word gives
  // each a number, so the questions after it are named as Word shows them, and a key list by those numbers fits.
  let numberedLines = 0;
  const questions: Question[] = [];
  const finish = () => {
    if (current) questions.push(current);
    current = null;
  };
  const blocks = [...blocksOf(body, null)];
  const keys: [number, string][] = [];
  let keyList = false;
  for (const [at, block] of blocks.entries()) {
    if (keyList) {
      const entries = keyEntriesOf(block, images);
      if (entries) {
        keys.push(...entries);
        continue;
      }
      keyList = false;
    }
    if (isKeyHeading(block, images) && keyEntriesOf(blocks[at + 1], images)) {
      // "KUNCI JAWABAN" then "1. B", "2. A"…: the key of each question by its number, kept apart from them.
      finish();
      keyList = true;
      continue;
    }
    if (block.kind === 'table') {
      if (!current) continue;
      const q: Question = current;
      const content = tableContent(block.table, q.options.length ? `option:${q.options.length - 1}` : 'stem', images);
      if (q.options.length) appendOption(q, content, q.options[q.options.length - 1].bold, '\n');
      else q.stem.push(content);
      q.hasTable = true;
      continue;
    }
    const content = docxContent(block.nodes, 'stem', images);
    // What the paragraph says, without where its pictures stood: a picture is neither a word nor a key.
    const text = withoutPictureMarks(content.text);
    if (text === '' && content.images.length === 0) continue;
    if (current && inOrderLine(current, text, block.listLevel === null && !block.bullet)) {
      if (block.listLevel === 0) numberedLines++;
      continue;
    }
    if (block.bullet) {
      // A bulleted line is part of the question above (statements under its stem), never a question or option.
      if (!current) continue;
      const q: Question = current;
      const line = { ...content, text: `• ${content.text.trim()}` };
      if (q.key !== null) continue;
      if (q.expected.length) q.expected.push(line.text);
      else if (q.options.length) appendOption(q, placed(line, `option:${q.options.length - 1}`), allBold(block.nodes), '\n');
      else q.stem.push(line);
      continue;
    }
    const typed = block.listLevel === null ? TYPED_QUESTION.exec(text) : null;
    const inner: boolean = typed !== null && current !== null && isInnerNumber(current, Number(typed[1]), typed[2]);
    const typedQuestion: RegExpExecArray | null = inner ? null : typed;
    if (inner && current && typed) {
      // "1) PHP berjalan di server" under "Perhatikan pernyataan berikut!", or an answer's points: a line as typed.
      const q: Question = current;
      q.inner = Number(typed[1]);
      if (q.expected.length) q.expected.push(text);
      else q.stem.push(content);
      continue;
    }
    if (block.listLevel === 0 || typedQuestion) {
      finish();
      count++;
      // The number typed before the words taken off the text with its picture marks, where it can be.
      const stem: DocxContent = typedQuestion ? { ...content, text: TYPED_QUESTION.exec(content.text.trim())?.[3] ?? typedQuestion[3] } : content;
      current = { number: count, name: typedQuestion?.[1] ?? String(count + numberedLines), mark: typedQuestion?.[2] ?? null, inner: 0, stem: [stem], options: [], key: null, expected: [], hasTable: false, inOrder: null, badInOrder: null };
      continue;
    }
    if (!current) continue;
    const q: Question = current;
    const keyLine = KEY_LINE.exec(text);
    if (keyLine) {
      if (q.options.length) q.key = keyLine[1].trim();
      else q.expected.push(keyLine[1].trim());
      continue;
    }
    if (q.key !== null) continue;
    if (q.expected.length) {
      q.expected.push(text);
      continue;
    }
    const typedOption = block.listLevel === null ? TYPED_OPTION.exec(text) : null;
    if (typedOption && q.split && typedOption[1].toUpperCase() === letter(q.split.from + 1)) {
      // "a. Wireless LAN (kelas b. jaringan)" then "b. Wide LAN": the line was one option after all.
      q.options = [...q.options.slice(0, q.split.from), q.split.whole];
    }
    q.split = undefined;
    const nextLetter = q.options.length < MAX_OPTIONS + 1 ? letter(q.options.length) : '';
    if ((block.listLevel !== null && block.listLevel > 0) || (typedOption && typedOption[1].toUpperCase() === nextLetter)) {
      const side = typedOption && content.images.length === 0 ? sideBySide(typedOption[1], typedOption[2]) : null;
      if (side && typedOption) {
        // "a. 80   b. 443   c. 8080" on one line: each its own option (no bold key can be told apart in it).
        q.split = { from: q.options.length, whole: { content: placed({ ...content, text: typedOption[2] }, `option:${q.options.length}`), bold: allBold(block.nodes) } };
        for (const words of side) q.options.push({ content: { ...content, text: words }, bold: false });
        continue;
      }
      const option = typedOption ? { ...content, text: typedOption[2] } : content;
      q.options.push({ content: placed(option, `option:${q.options.length}`), bold: allBold(block.nodes) });
      continue;
    }
    if (typedOption && q.options.length > 0 && isHeading(typedOption[2])) {
      // A lettered line in capitals out of turn after the options ("B. ESAI", a section's heading) ends the
      // question; it was read as more words of its last option. "A. Yani" continuing an option stays so.
      finish();
      continue;
    }
    if (q.options.length) appendOption(q, placed(content, `option:${q.options.length - 1}`), text === '' || allBold(block.nodes), ' ');
    else q.stem.push(content);
  }
  finish();
  assignKeys(questions, keys);
  for (const q of questions) addQuestion(q, sink);
  return count > 0;
}

/**
 * Whether a line of the question is its "Urutan pilihan tetap" / "Keep option order" line (or another name
 * of the template's column), alone, which is the column's Ya, or with a value ("…: Ya", "…: Tidak"); a
 * value neither yes nor no, or under the options a plain paragraph that only starts like one (never a
 * list item: Word's next number is the next question, its letter an option), is kept to refuse the
 * question. A question typed as paragraphs had no way to keep its options in order.
 */
function inOrderLine(q: Question, text: string, plain: boolean): boolean {
  const line = text.trim();
  const colon = /[:：=]/.exec(line);
  const name = normalizeKey(colon ? line.slice(0, colon.index) : line);
  if (name !== '' && IN_ORDER_LINE_NAMES.some((n) => normalizeKey(n) === name)) {
    const value = colon ? line.slice(colon.index + 1).trim().replace(/[.!]$/, '') : 'Ya';
    if (yesOrNo(value) === null) q.badInOrder ??= line;
    else q.inOrder = value;
    return true;
  }
  if (!plain || q.options.length === 0 || !IN_ORDER_LOOKALIKE.some((start) => normalizeKey(line).startsWith(start))) return false;
  q.badInOrder ??= line;
  return true;
}

function isKeyHeading(block: Block, images: readonly Buffer[]): boolean {
  return block.kind === 'paragraph' && KEY_HEADING.test(withoutPictureMarks(docxContent(block.nodes, 'stem', images).text).trim());
}

/** The answer-key entries a paragraph or a table's rows hold, or null when it is something else. */
function keyEntriesOf(block: Block | undefined, images: readonly Buffer[]): [number, string][] | null {
  if (!block) return null;
  if (block.kind === 'paragraph') return keyEntries(withoutPictureMarks(docxContent(block.nodes, 'stem', images).text));
  const rows = DomUtils.findAll((e) => localName(e.name) === 'tr', block.table.children).map((tr) =>
    tr.children.filter((c): c is DomElement => isElement(c) && (localName(c.name) === 'td' || localName(c.name) === 'th')).map((cell) => docxContent(cell.children, 'stem', images).text.trim()).join(' '),
  );
  // A header row ("No | Kunci") is no entry; every other row must be.
  const entries = rows.map(keyEntries);
  const found = entries.filter((e): e is [number, string][] => e !== null);
  return found.length > 0 && entries.slice(1).every((e) => e !== null) ? found.flat() : null;
}

function keyEntries(text: string): [number, string][] | null {
  const entries = [...text.matchAll(KEY_ENTRY)].map((m): [number, string] => [Number(m[1]), m[2].toUpperCase()]);
  return entries.length > 0 && text.replace(KEY_ENTRY, '').replace(/[\s,;|]+/g, '') === '' ? entries : null;
}

/**
 * An answer key typed after the questions gives each multiple-choice question its key by number (the
 * first one of that number without a key from the list, numbering restarting in another section); a key
 * line under the question itself wins. Such a document had every question refused for want of a key.
 */
function assignKeys(questions: readonly Question[], keys: readonly [number, string][]): void {
  const keyed = new Set<Question>();
  for (const [number, key] of keys) {
    const q = questions.find((candidate) => candidate.name === String(number) && candidate.options.length > 0 && !keyed.has(candidate));
    if (!q) continue;
    keyed.add(q);
    q.key ??= key;
  }
}

/**
 * Whether a typed number belongs inside the question above: a list of its own starting at 1 (statements
 * under a stem, points of an essay's answer) before the question has options or a key. Each such line
 * started a question, cutting the one it belonged to. The number that follows the question's own, typed
 * as the question's was ("3." after "2."), is the next question.
 */
function isInnerNumber(q: Question, number: number, mark: string): boolean {
  if (q.options.length > 0 || q.key !== null || number !== q.inner + 1) return false;
  return !(number === Number(q.name) + 1 && (q.mark === null || q.mark === mark));
}

/**
 * The options of one line typed side by side ("a. 80  b. 443  c. 8080"), or null when the line holds one:
 * the letters after the first, in turn and written as it is ("b." after "a.", "B)" after "A)").
 */
function sideBySide(first: string, text: string): string[] | null {
  const parts: string[] = [];
  let rest = text;
  for (let code = first.charCodeAt(0) + 1; code < first.charCodeAt(0) + MAX_OPTIONS + 1; code++) {
    const next = new RegExp(`\\s\\(?${String.fromCharCode(code)}[.)]\\s+`).exec(rest);
    if (!next) break;
    parts.push(rest.slice(0, next.index).trim());
    rest = rest.slice(next.index + next[0].length);
  }
  parts.push(rest.trim());
  return parts.length > 1 && parts.every((part) => part !== '') ? parts : null;
}

/** Words in capitals, as a section's heading is typed ("ESAI", "PILIHAN GANDA"). */
function isHeading(words: string): boolean {
  return /\p{Lu}/u.test(words) && !/\p{Ll}/u.test(words);
}

/** An option's content: its images placed there, its text without picture marks (only a stem places its pictures). */
function placed(content: DocxContent, place: RawImage['place']): DocxContent {
  return { ...content, text: withoutPictureMarks(content.text), images: content.images.map((image) => ({ ...image, place })) };
}

/**
 * The option above continues (a picture, a table, or its sentence wrapped with Enter, which joins it with a
 * space): it stays the bold key only when what follows is bold too.
 */
function appendOption(q: Question, content: DocxContent, bold: boolean, joint: ' ' | '\n'): void {
  const last = q.options[q.options.length - 1];
  last.content = { text: `${last.content.text.trim()}${joint}${content.text.trim()}`.trim(), images: [...last.content.images, ...content.images], notes: [...last.content.notes, ...content.notes] };
  last.bold = last.bold && bold;
}

function addQuestion(q: Question, sink: Sink): void {
  const bold = q.options.flatMap((o, i) => (o.bold ? [letter(i)] : []));
  const notes: SourceNote[] = [...q.stem, ...q.options.map((o) => o.content)].flatMap((c) => c.notes);
  let key = q.key ?? '';
  // Bold on every option is the document's style, not a key.
  if (q.key === null && bold.length > 0 && bold.length < q.options.length) {
    key = bold.join(', ');
    if (bold.length === 1) notes.push({ code: 'BANK_KEY_FROM_BOLD', params: { letter: bold[0] } });
  }
  if (q.hasTable) notes.push({ code: 'BANK_TABLE_AS_TEXT', params: {} });
  addTemplateRow(
    {
      position: { number: q.number },
      name: q.name,
      stem: { id: q.stem.map((c) => c.text.trim()).filter(Boolean).join('\n'), en: null },
      options: q.options.map((o) => ({ text: { id: o.content.text.trim(), en: null }, hasImage: o.content.images.length > 0 })),
      key,
      kind: '',
      expected: { id: q.expected.join('\n').trim(), en: null },
      unit: '',
      kuk: '',
      inOrder: q.inOrder ?? '',
      ...(q.badInOrder === null ? {} : { problem: { code: 'BANK_BAD_IN_ORDER_LINE', params: { value: q.badInOrder.slice(0, 60) } } }),
      images: [...q.stem.flatMap((c) => c.images), ...q.options.flatMap((o) => o.content.images)],
      notes,
    },
    sink,
  );
}

/** A table as lines of text, a row a line and its cells separated by " | " (a cell's paragraphs on one line). */
function tableContent(table: DomElement, place: RawImage['place'], images: readonly Buffer[]): DocxContent {
  const rows = DomUtils.findAll((e) => localName(e.name) === 'tr', table.children).map((tr) =>
    tr.children.filter((c): c is DomElement => isElement(c) && (localName(c.name) === 'td' || localName(c.name) === 'th')).map((cell) => docxContent(cell.children, place, images)),
  );
  const cells = rows.flat();
  return {
    text: rows.map((row) => row.map((c) => c.text.replace(/\s+/g, ' ').trim()).join(' | ')).join('\n'),
    images: cells.flatMap((c) => c.images),
    notes: cells.flatMap((c) => c.notes),
  };
}

/** The document's paragraphs, list items (with their depth) and tables in reading order; a list item's own nested list follows it. */
function* blocksOf(nodes: readonly DomNode[], listLevel: number | null): Generator<Block> {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    const name = localName(node.name);
    if (name === 'table') yield { kind: 'table', table: node };
    else if (name === 'ol' || name === 'ul') yield* blocksOf(node.children, listLevel === null ? 0 : listLevel + 1);
    else if (name === 'li') {
      const own = node.children.filter((c) => !(isElement(c) && (localName(c.name) === 'ol' || localName(c.name) === 'ul')));
      // Word's bullets at the top level (mammoth's <ul>) are a question's statements, not questions: each
      // started a question of its own, splitting the one it belonged to.
      const bulleted = (listLevel ?? 0) === 0 && node.parent !== null && isElement(node.parent) && localName(node.parent.name) === 'ul';
      if (bulleted) yield { kind: 'paragraph', nodes: own, listLevel: null, bullet: true };
      else yield { kind: 'paragraph', nodes: own, listLevel: listLevel ?? 0 };
      yield* blocksOf(node.children.filter((c) => !own.includes(c)), listLevel ?? 0);
    } else yield { kind: 'paragraph', nodes: [node], listLevel };
  }
}

/** Whether every letter of the block is bold (mammoth writes Word's bold as <strong>). */
function allBold(nodes: readonly DomNode[]): boolean {
  let letters = false;
  const walk = (list: readonly DomNode[], bold: boolean): boolean =>
    list.every((node) => {
      if (isTextual(node)) {
        if (DomUtils.textContent(node).trim() === '') return true;
        letters = true;
        return bold;
      }
      if (!isElement(node)) return true;
      return walk(node.children, bold || isBoldElement(node));
    });
  return walk(nodes, false) && letters;
}

function isBoldElement(element: DomElement): boolean {
  const name = localName(element.name);
  return name === 'strong' || name === 'b';
}
