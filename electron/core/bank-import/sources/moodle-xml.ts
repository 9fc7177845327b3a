import type { BankSourceReason } from '../../../shared/bank-source';
import { AppError } from '../../../shared/errors';
import type { ImagePlace, SourceNote, SourceText } from '../source-question';
import { draftOf, idOnly, letter, type Sink, type Where } from './build';
import { acceptedAnswers, categoryTag, weightsIgnored } from './conversions';
import { attr, child, childrenNamed, elementsOf, textIn } from './dom';
import { dataUriImage, PICTURE_MARK, type ImageSource, type RawImage } from './images';
import { htmlToText, localName, plainText, type DomElement } from './text';
import { readXml } from './xml';

/** Moodle types the bank does not take, each with its reason. */
const REFUSED: Readonly<Record<string, BankSourceReason>> = {
  matching: 'BANK_MATCHING',
  randomsamatch: 'BANK_MATCHING',
  multianswer: 'BANK_CLOZE',
  ddwtos: 'BANK_DRAG_DROP',
  ddimageortext: 'BANK_DRAG_DROP',
  ddmarker: 'BANK_DRAG_DROP',
  gapselect: 'BANK_GAPSELECT',
  ordering: 'BANK_ORDERING',
  description: 'BANK_DESCRIPTION',
};

const FEEDBACK = ['generalfeedback', 'correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback'];

/**
 * Moodle XML (`<quiz>` of `<question type="…">`). Each question is numbered in file order (categories
 * not counted) and carries its line. HTML text (Moodle's html and auto formats, the latter's line ends kept as breaks) is reduced to text with
 * its images: `@@PLUGINFILE@@/name` from the `<file encoding="base64">` beside it, data: URIs kept,
 * internet addresses never fetched. `$CATEGORY`-style category questions become tags of the questions
 * after them, as do a question's own `<tags>`.
 */
export function readMoodleXml(text: string, sink: Sink): void {
  const xml = readXml(text);
  if (!xml.ok) throw xml.why === 'entities' ? new AppError('BANK_FILE_ENTITIES', { part: 'DOCTYPE' }) : new AppError('BANK_FILE_DAMAGED');
  const quiz = elementsOf(xml.nodes).find((e) => localName(e.name) === 'quiz');
  if (!quiz) throw new AppError('BANK_FILE_NOT_A_BANK');
  let category: string | null = null;
  let number = 0;
  for (const question of childrenNamed(quiz, 'question')) {
    const type = (attr(question, 'type') ?? '').trim().toLowerCase();
    if (type === 'category') {
      category = categoryTag(textIn(child(child(question, 'category') ?? question, 'text')));
      continue;
    }
    number++;
    const name = plainText(textIn(child(child(question, 'name') ?? question, 'text'))) || null;
    const stem = richText(child(question, 'questiontext'), 'stem', question);
    const where: Where = { position: { number, line: xml.lineAt(question.startIndex ?? 0) }, originalType: type || 'unknown', name, text: stem.text };
    const refused = REFUSED[type];
    if (refused) {
      sink.refuse(where, refused);
      continue;
    }
    const tags = [...(category ? [category] : []), ...childrenNamed(child(question, 'tags') ?? question, 'tag').map((t) => plainText(textIn(child(t, 'text') ?? t)))].filter(Boolean);
    const base = { position: where.position, originalType: where.originalType, name, stem: idOnly(stem.text), tags };
    const notes: SourceNote[] = [...stem.notes];
    const images: RawImage[] = [...stem.images];
    if (hasFeedback(question)) notes.push({ code: 'BANK_FEEDBACK_DROPPED', params: {} });
    const answers = childrenNamed(question, 'answer').map((answer) => ({ element: answer, fraction: Number.parseFloat(attr(answer, 'fraction') ?? '0') || 0 }));

    switch (type) {
      case 'multichoice': {
        const single = ['true', '1'].includes(textIn(child(question, 'single')).trim().toLowerCase());
        const keyed = keyOf(answers.map((a) => a.fraction), single);
        if (keyed.refusal) {
          sink.refuse(where, keyed.refusal);
          break;
        }
        const options: SourceText[] = answers.map((answer, index) => {
          const option = richText(answer.element, `option:${index}`, question);
          images.push(...option.images);
          notes.push(...option.notes);
          return idOnly(option.text);
        });
        // Moodle shuffles unless the question says not to (shuffleanswers 0 or false): the author's order is then the point.
        const inOrder = ['0', 'false'].includes(textIn(child(question, 'shuffleanswers')).trim().toLowerCase());
        if (inOrder) notes.push({ code: 'BANK_OPTIONS_IN_ORDER', params: {} });
        sink.add(draftOf({ ...base, kind: 'multiple_choice', options, key: keyed.key, optionsInOrder: inOrder, images, notes: [...notes, ...keyed.notes] }));
        break;
      }
      case 'truefalse': {
        const right = answers.find((a) => a.fraction >= 99.99);
        const value = right ? textIn(child(right.element, 'text')).trim().toLowerCase() : '';
        const key = value === 'true' ? 0 : value === 'false' ? 1 : null;
        notes.push({ code: 'BANK_TRUE_FALSE', params: {} });
        sink.add(draftOf({ ...base, kind: 'multiple_choice', options: TRUE_FALSE, key, optionsInOrder: true, images, notes }));
        break;
      }
      case 'shortanswer': {
        const accepted = answers.filter((a) => a.fraction > 0).map((a) => withWeight(plainText(textIn(child(a.element, 'text'))), a.fraction));
        notes.push({ code: 'BANK_SHORT_ANSWER_AS_ESSAY', params: {} });
        sink.add(draftOf({ ...base, kind: 'essay', expected: acceptedAnswers(accepted, false), images, notes }));
        break;
      }
      case 'numerical': {
        const unit = firstUnit(question);
        const accepted = answers
          .filter((a) => a.fraction > 0)
          .map((a) => ({ value: textIn(child(a.element, 'text')).trim(), tolerance: Number.parseFloat(textIn(child(a.element, 'tolerance'))) || 0, fraction: a.fraction }))
          .filter((a) => a.value !== '' && a.value !== '*')
          .map((a) => withWeight(`${a.value}${a.tolerance ? ` ± ${a.tolerance}` : ''}${unit ? ` ${unit}` : ''}`, a.fraction));
        notes.push({ code: 'BANK_NUMERICAL_AS_ESSAY', params: {} });
        sink.add(draftOf({ ...base, kind: 'essay', expected: acceptedAnswers(accepted, false), images, notes }));
        break;
      }
      case 'essay': {
        const guide = richText(child(question, 'graderinfo'), 'elsewhere', question);
        images.push(...guide.images);
        notes.push(...guide.notes);
        if (plainText(htmlToText(textIn(child(child(question, 'responsetemplate') ?? question, 'text'))).text) !== '') {
          notes.push({ code: 'BANK_RESPONSE_TEMPLATE_DROPPED', params: {} });
        }
        sink.add(draftOf({ ...base, kind: 'essay', scoringGuide: guide.text ? idOnly(guide.text) : null, images, notes }));
        break;
      }
      default:
        sink.refuse(where, 'BANK_UNKNOWN_TYPE', { type: type || '?' });
    }
  }
}

const TRUE_FALSE: SourceText[] = [
  { id: 'Benar', en: 'True' },
  { id: 'Salah', en: 'False' },
];

/**
 * The key from Moodle's answer fractions (percent): one answer at 100%. A single-answer question with
 * partial weights on others keeps its key with a note; a multiple-answer question with exactly one
 * positive answer, at 100%, is read as single answer with a note; more than one correct is refused.
 */
function keyOf(fractions: readonly number[], single: boolean): { key: number | null; notes: SourceNote[]; refusal?: BankSourceReason } {
  const full = fractions.flatMap((f, i) => (f >= 99.99 ? [i] : []));
  const positive = fractions.filter((f) => f > 0).length;
  if (full.length > 1 || (!single && positive > 1)) return { key: null, notes: [], refusal: 'BANK_MULTIPLE_RESPONSE' };
  if (full.length === 0) return { key: null, notes: [] };
  const key = full[0];
  const others = fractions.flatMap((f, i) => (i !== key && f !== 0 ? [`${letter(i)} ${round(f)}%`] : []));
  const notes = weightsIgnored(others);
  return { key, notes: single ? notes : [{ code: 'BANK_SINGLE_FROM_MULTI', params: {} }, ...notes] };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function withWeight(text: string, fraction: number): string {
  return fraction >= 99.99 ? text : `${text} (${round(fraction)}%)`;
}

function firstUnit(question: DomElement): string | null {
  const units = childrenNamed(child(question, 'units') ?? question, 'unit');
  const base = units.find((u) => Number.parseFloat(textIn(child(u, 'multiplier'))) === 1) ?? units[0];
  return base ? plainText(textIn(child(base, 'unit_name'))) || null : null;
}

function hasFeedback(question: DomElement): boolean {
  const texts = [
    ...FEEDBACK.map((name) => child(question, name)),
    ...childrenNamed(question, 'answer').map((a) => child(a, 'feedback')),
    ...childrenNamed(question, 'hint'),
  ];
  return texts.some((element) => element !== null && htmlToText(textIn(child(element, 'text') ?? element)).text !== '');
}

type Rich = { text: string; images: RawImage[]; notes: SourceNote[] };

/**
 * A Moodle text element (`<questiontext format="html"><text>…</text><file …/></questiontext>`): HTML
 * reduced to text, its images resolved against the files beside it (or anywhere in the question), and
 * plain, markdown or Moodle-plain text kept as written.
 */
function richText(element: DomElement | null, place: ImagePlace | 'elsewhere', question: DomElement): Rich {
  if (!element) return { text: '', images: [], notes: [] };
  const raw = textIn(child(element, 'text'));
  const format = (attr(element, 'format') ?? 'html').toLowerCase();
  if (format === 'plain_text' || format === 'markdown') return { text: plainText(raw), images: [], notes: [] };
  // Moodle shows an auto-format text's line ends as line breaks (nl2br); read as HTML alone they became spaces.
  const html = format === 'moodle_auto_format' ? raw.replace(/\r\n?|\n/g, '<br>') : raw;
  // A stem marks where its pictures stood among its words, to show each there (picture-lines.ts).
  const reduced = htmlToText(html, place === 'stem' ? { image: PICTURE_MARK } : {});
  const notes: SourceNote[] = reduced.dropped.length ? [{ code: 'BANK_CONTENT_DROPPED', params: { what: reduced.dropped.join(', ') } }] : [];
  const images = reduced.images.map((image): RawImage => ({ ...resolve(image.src, element, question), place }));
  return { text: reduced.text, images, notes };
}

const PLUGINFILE = '@@PLUGINFILE@@';

function resolve(src: string, element: DomElement, question: DomElement): ImageSource {
  const trimmed = src.trim();
  if (!trimmed.startsWith(PLUGINFILE)) return dataUriImage(trimmed);
  let wanted: string;
  try {
    wanted = decodeURIComponent(trimmed.slice(PLUGINFILE.length).split(/[?#]/)[0]);
  } catch {
    wanted = trimmed.slice(PLUGINFILE.length);
  }
  const name = wanted.split('/').pop() ?? wanted;
  const file = [...childrenNamed(element, 'file'), ...filesIn(question)].find((f) => `${attr(f, 'path') ?? '/'}${attr(f, 'name') ?? ''}` === wanted || attr(f, 'name') === name);
  if (!file || (attr(file, 'encoding') ?? 'base64') !== 'base64') return { name, missing: true };
  const bytes = Buffer.from(textIn(file).replace(/\s+/g, ''), 'base64');
  return { name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) };
}

function filesIn(question: DomElement): DomElement[] {
  return question.children.filter((c): c is DomElement => 'attribs' in c).flatMap((c) => childrenNamed(c, 'file'));
}
